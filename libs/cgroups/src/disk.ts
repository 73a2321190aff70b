// The sandbox's size for usage's disk_used_bytes: a bounded walk (entries
// and time capped, links never followed, allocated blocks counted as du
// does), and the cache record that spares an agent polling once a second a
// walk on every call.
import * as fs from 'node:fs';
import { posix as path } from 'node:path';

/** Limits of one walk. */
export interface WalkLimits {
  /** Stop after this many directory entries (default 100,000). */
  maxEntries?: number;
  /** Stop after this many milliseconds (default 200). */
  maxMs?: number;
}

/** What a walk found. */
export interface DiskWalk {
  /** Bytes allocated to the files seen (st_blocks * 512; a hard-linked file once). */
  bytes: number;
  /** Entries looked at. */
  entries: number;
  /** False when a limit stopped the walk: `bytes` is then a lower bound. */
  complete: boolean;
}

const DEFAULT_MAX_ENTRIES = 100_000;
const DEFAULT_MAX_MS = 200;

/**
 * Size of the tree under `root` as allocated blocks. lstat only: a symbolic
 * link counts as itself and is never followed, so a task cannot make us walk
 * the host. Entries that vanish or cannot be read while we walk are skipped.
 */
export function walkDiskUsage(root: string, limits: WalkLimits = {}): DiskWalk {
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const deadline = Date.now() + (limits.maxMs ?? DEFAULT_MAX_MS);
  const seen = new Set<string>();
  let bytes = 0;
  let entries = 0;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue; // gone, or not a directory any more
    }
    for (const name of names) {
      if (entries >= maxEntries || (entries % 256 === 0 && Date.now() > deadline)) return { bytes, entries, complete: false };
      entries += 1;
      const p = path.join(dir, name);
      let s: fs.Stats;
      try {
        s = fs.lstatSync(p);
      } catch {
        continue;
      }
      if (s.nlink > 1 && !s.isDirectory()) {
        const key = `${s.dev}:${s.ino}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      bytes += s.blocks * 512;
      if (s.isDirectory()) stack.push(p);
    }
  }
  return { bytes, entries, complete: true };
}

/** A cached walk result: its bytes and when it was taken (ms since the epoch). */
export interface DiskCacheRecord {
  bytes: number;
  atMs: number;
}

/** The text of a cache record: `<bytes> <ms>`. */
export function formatDiskCache(r: DiskCacheRecord): string {
  return `${r.bytes} ${r.atMs}`;
}

/** Reads a cache record; anything malformed is no record (the walk is redone). */
export function parseDiskCache(text: string | undefined): DiskCacheRecord | undefined {
  const m = /^(\d+) (\d+)$/.exec((text ?? '').trim());
  if (!m) return undefined;
  return { bytes: Number(m[1]), atMs: Number(m[2]) };
}

/** Whether a record is recent enough to report (not from the future either). */
export function diskCacheFresh(r: DiskCacheRecord | undefined, nowMs: number, maxAgeMs: number): r is DiskCacheRecord {
  return r !== undefined && r.atMs <= nowMs && nowMs - r.atMs < maxAgeMs;
}

/** How long a sandbox size is reported before the sandbox is walked again. */
const DISK_CACHE_MAX_AGE_MS = 5000;

/** What usage keeps of a sandbox's size: the container's state files and its sandbox link. */
export interface DiskStore {
  readonly sandboxLink: string;
  read(name: 'disk-limit' | 'disk-used'): string | undefined;
  write(name: 'disk-used', value: string): void;
}

/**
 * disk_limit_bytes from the task's `disk` resource (recorded at launch) and
 * disk_used_bytes, the sandbox's allocated size. The walk is bounded (see
 * walkDiskUsage) and its result kept in the state's `disk-used` file for
 * `maxAgeMs`, so an agent asking every second walks at most once in five
 * calls. No sandbox, no disk_used_bytes.
 */
export function sandboxDisk(store: DiskStore, nowMs = Date.now(), maxAgeMs = DISK_CACHE_MAX_AGE_MS): { diskLimitBytes?: number; diskUsedBytes?: number } {
  const out: { diskLimitBytes?: number; diskUsedBytes?: number } = {};
  const limitText = store.read('disk-limit');
  const limit = Number(limitText);
  if (limitText !== undefined && Number.isSafeInteger(limit) && limit > 0) out.diskLimitBytes = limit;
  const cached = parseDiskCache(store.read('disk-used'));
  if (diskCacheFresh(cached, nowMs, maxAgeMs) && fs.existsSync(store.sandboxLink)) return { ...out, diskUsedBytes: cached.bytes };
  // The link names the sandbox; resolve it once, then walk without following links.
  let sandbox: string;
  try {
    sandbox = fs.realpathSync(store.sandboxLink);
  } catch {
    return out; // no sandbox, or removed while we looked
  }
  const walk = walkDiskUsage(sandbox);
  try {
    store.write('disk-used', formatDiskCache({ bytes: walk.bytes, atMs: nowMs }));
  } catch {
    /* a cache we cannot write only costs the next call a walk */
  }
  return { ...out, diskUsedBytes: walk.bytes };
}
