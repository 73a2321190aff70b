/**
 * The lock table of a state root as the lock browser shows it: every held
 * lock with its real holders (found through their descriptors), its mode,
 * since when, who waits, and what is wrong with it. Reads only: it never
 * takes, breaks or rewrites a lock.
 */
import { DeimosError } from '@deimos/errors';
import { inspectCleanupLock } from './cleanup-lock';
import { validateContainerId } from './ids';
import type { ContainerState, StateRoot } from './layout';
import { CONTAINER_LOCKS } from './lock-names';
import type { KernelLock } from './locks';
import { pidAlive, readNote } from './notes';
import { commandOf, keyOf, processStart, scanHolders, statKey, type FileKey, type Holder } from './holders';

export type LockName = (typeof CONTAINER_LOCKS)[number] | 'cleanup';

/**
 * - `holder-dead`: held, but no live process holds it (the kernel's pid is gone).
 * - `holder-unknown`: held, no holder found, and some processes could not be inspected (run as root).
 * - `stale`: the cleanup lock has not been refreshed within its stale period (its run died or hangs).
 * - `stale-note`: the holder note names a dead process that does not hold the lock.
 */
export type LockFlag = 'holder-dead' | 'holder-unknown' | 'stale' | 'stale-note';

export interface LockRow {
  /** The Mesos container id; null for the cleanup job's lock. */
  containerId: string | null;
  lock: LockName;
  file: string;
  /** False only for stale notes listed with --all. */
  held: boolean;
  mode: 'shared' | 'exclusive' | null;
  /** The holder: the process named in the note when it holds the lock, else the lowest holder pid. */
  pid: number | null;
  alive: boolean;
  /** Every process whose descriptor holds the lock (a lock handed to children is shared by them). */
  holders: Array<Pick<Holder, 'pid' | 'command' | 'mode'>>;
  /** From the holder's note (exclusive holders write one). */
  since: string | null;
  /** When no note applies (shared holders): the holder process's start, a lower bound. */
  sinceAtLeast: string | null;
  /** Pids waiting for the lock (their flock(1) processes). */
  waiting: number[];
  flags: LockFlag[];
}

export interface LockQuery {
  /** Only this container's locks (validated as --container). */
  container?: string;
  /** Also list free lock files whose note names a dead process. */
  all: boolean;
}

export interface LockTableContext {
  root: StateRoot;
  readLocks: () => KernelLock[];
  procRoot?: string;
}

/** Rows sort in lock order: the cleanup lock first, then the container locks as CONTAINER_LOCKS lists them. */
const ORDER = (name: LockName): number => (name === 'cleanup' ? 0 : CONTAINER_LOCKS.indexOf(name) + 1);

/**
 * Every held lock under the state root, with its real holders. Reads only:
 * it never takes, breaks or rewrites a lock.
 */
export async function collectLocks(ctx: LockTableContext, req: LockQuery): Promise<{ rows: LockRow[]; hidden: number }> {
  const { root } = ctx;
  let states: ContainerState[];
  if (req.container !== undefined) {
    const st = root.container(validateContainerId(req.container, '--container'));
    if (!st.exists()) throw new DeimosError('NOT_FOUND', `no container ${st.id} under ${root.root}`, { hint: 'check the id and --state-root' });
    states = [st];
  } else {
    states = root.list().flatMap((id) => {
      try {
        return [root.container(id)];
      } catch {
        return []; // a stray name, not one of ours
      }
    });
  }

  // Granted and waiting kernel locks by file.
  const granted = new Map<FileKey, KernelLock[]>();
  const waiting = new Map<FileKey, KernelLock[]>();
  for (const l of ctx.readLocks()) {
    const map = l.blocked ? waiting : granted;
    const key = keyOf(l.major, l.minor, l.inode);
    map.set(key, [...(map.get(key) ?? []), l]);
  }

  const pending: Array<{ row: LockRow; key: FileKey; kernel: KernelLock[] }> = [];
  const rows: LockRow[] = [];
  const mustLook = granted.size > 0 || waiting.size > 0 || req.all;
  for (const st of mustLook ? states : []) {
    for (const lock of CONTAINER_LOCKS) {
      const file = st.lockFile(lock);
      const key = statKey(file);
      if (key === undefined) continue;
      const kernel = granted.get(key) ?? [];
      const row: LockRow = {
        containerId: st.id,
        lock,
        file,
        held: kernel.length > 0,
        mode: kernel.length === 0 ? null : kernel.some((k) => k.mode === 'exclusive') ? 'exclusive' : 'shared',
        pid: null,
        alive: false,
        holders: [],
        since: null,
        sinceAtLeast: null,
        waiting: (waiting.get(key) ?? []).map((k) => k.pid),
        flags: [],
      };
      if (row.held) {
        pending.push({ row, key, kernel });
      } else if (req.all) {
        const note = readNote(file);
        if (note && !pidAlive(note.pid, ctx.procRoot)) {
          row.pid = note.pid;
          row.since = note.since;
          row.flags.push('stale-note');
          rows.push(row);
        }
      }
    }
  }

  const scan = scanHolders(new Set(pending.map((p) => p.key)), ctx.procRoot);
  for (const { row, key, kernel } of pending) {
    const holders = scan.holders.get(key) ?? [];
    if (holders.length === 0) {
      // Not found through the descriptors: fall back on the pid the kernel recorded.
      const pid = kernel[0].pid;
      row.pid = pid;
      row.alive = pidAlive(pid, ctx.procRoot);
      if (row.alive) row.holders.push({ pid, command: commandOf(pid, ctx.procRoot), mode: kernel[0].mode });
      else row.flags.push(scan.hidden > 0 ? 'holder-unknown' : 'holder-dead');
    } else {
      row.holders = holders.map(({ pid, command, mode }) => ({ pid, command, mode }));
      row.alive = true;
    }
    const note = readNote(row.file);
    const pids = row.holders.map((h) => h.pid);
    if (row.mode === 'exclusive' && note && pids.includes(note.pid)) {
      row.pid = note.pid;
      row.since = note.since;
    } else {
      if (pids.length > 0) row.pid = Math.min(...pids);
      if (row.mode === 'exclusive' && note && !pidAlive(note.pid, ctx.procRoot)) row.flags.push('stale-note');
      const start = row.pid !== null && row.alive ? processStart(row.pid, ctx.procRoot) : undefined;
      row.sinceAtLeast = start ? start.toISOString() : null;
    }
    rows.push(row);
  }

  if (req.container === undefined) {
    const cleanup = await inspectCleanupLock(root);
    const note = cleanup.note;
    const alive = note ? pidAlive(note.pid, ctx.procRoot) : false;
    const base = { containerId: null, lock: 'cleanup' as const, file: `${root.cleanupLockFile}.lock`, waiting: [], sinceAtLeast: null };
    if (cleanup.present) {
      const flags: LockFlag[] = [];
      if (!cleanup.fresh) flags.push('stale');
      if (note && !alive) flags.push('holder-dead');
      rows.push({
        ...base,
        held: true,
        mode: 'exclusive',
        pid: note?.pid ?? null,
        alive,
        holders: note && alive ? [{ pid: note.pid, command: commandOf(note.pid, ctx.procRoot), mode: 'exclusive' }] : [],
        since: note?.since ?? null,
        flags,
      });
    } else if (req.all && note && !alive) {
      rows.push({ ...base, held: false, mode: null, pid: note.pid, alive: false, holders: [], since: note.since, flags: ['stale-note'] });
    }
  }

  rows.sort((a, b) => (a.containerId ?? '').localeCompare(b.containerId ?? '') || ORDER(a.lock) - ORDER(b.lock));
  return { rows, hidden: scan.hidden };
}
