import * as fs from 'node:fs';
import { DeimosError, LockTimeout } from '@deimos/errors';
import { silentLogger, type Logger } from '@deimos/log';
import { runWithDescriptors } from '@deimos/process';
import { FILE_MODE, stateError } from './files';
import { formatNote } from './notes';

export type LockMode = 'shared' | 'exclusive';

export interface LockOptions {
  mode: LockMode;
  /** Give up after this long; `null` waits for ever. Ignored with nonBlocking. */
  timeoutMs?: number | null;
  nonBlocking?: boolean;
  log?: Logger;
}

/**
 * A held flock(2) lock. The lock belongs to the open file description behind
 * `fd`: it is released when every descriptor for it is closed, which the
 * kernel does at once when the holder dies. A child started with `fd` among
 * its stdio keeps the lock alive after we exit (how launch hands the `wait`
 * lock to its watcher).
 */
export class HeldLock {
  private released = false;
  constructor(
    readonly name: string,
    readonly file: string,
    readonly fd: number,
    readonly mode: LockMode,
  ) {}

  /** Record who holds the lock and since when (read by the lock browser). */
  annotate(pid: number = process.pid, since: Date = new Date()): void {
    if (this.mode !== 'exclusive' || this.released) return;
    try {
      const text = formatNote(pid, since);
      fs.ftruncateSync(this.fd, 0);
      fs.writeSync(this.fd, text, 0);
    } catch {
      // The note is informational only; never fail a lock over it.
    }
  }

  /** Drop our descriptor. Idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }
}

function describe(opts: LockOptions): string {
  if (opts.nonBlocking) return 'non-blocking';
  if (opts.timeoutMs === null || opts.timeoutMs === undefined) return 'no time limit';
  return `${(opts.timeoutMs / 1000).toFixed(1)} s`;
}

/** Open (creating) a lock file, never through a link. */
function openLockFile(file: string): number {
  try {
    return fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, FILE_MODE);
  } catch (err) {
    throw stateError('open lock file', file, err);
  }
}

/**
 * Take a flock(2) lock on `file`. Node has no flock binding, so util-linux
 * flock(1) is run on a duplicate of our descriptor (`flock -x 3`): flock locks
 * belong to the shared open file description, so the lock stays ours after
 * flock(1) exits. Shared/exclusive, blocking with a timeout and non-blocking
 * are the kernel's own semantics, and a dead holder releases at once.
 */
export async function acquireLock(file: string, name: string, opts: LockOptions): Promise<HeldLock> {
  const log = opts.log ?? silentLogger;
  const fd = openLockFile(file);
  const args = [opts.mode === 'exclusive' ? '-x' : '-s'];
  if (opts.nonBlocking) args.push('-n');
  else if (opts.timeoutMs !== null && opts.timeoutMs !== undefined) args.push('-w', (opts.timeoutMs / 1000).toFixed(3));
  args.push('3');
  log.debug(`request // ${name} ${opts.mode} (${describe(opts)})`);
  const outcome = await runWithDescriptors(['flock', ...args], [fd]);
  if (outcome.code === 0) {
    const lock = new HeldLock(name, file, fd, opts.mode);
    lock.annotate();
    log.debug(`success // ${name} ${opts.mode}`);
    return lock;
  }
  fs.closeSync(fd);
  if (outcome.error) {
    throw new DeimosError('STATE', `cannot run flock(1) to lock ${file}: ${outcome.error.message}`, {
      hint: 'install util-linux (it provides flock)',
      cause: outcome.error,
    });
  }
  if (outcome.code === 1) {
    log.debug(`failure // ${name} ${opts.mode} (${describe(opts)})`);
    throw new LockTimeout(name, opts.nonBlocking ? `lock "${name}" (${file}) is held by another process` : `lock "${name}" (${file}) was not free within ${describe(opts)}`);
  }
  throw new DeimosError('STATE', `flock(1) failed on ${file} (exit ${outcome.code}): ${outcome.stderr.trim()}`);
}

/**
 * Several exclusive locks at once, without waiting (launch takes three). A
 * flock(1) child for each costs a fork of this process each; here one sh
 * runs flock(1) on each inherited descriptor in turn. All or none: when one
 * is held elsewhere the others are dropped, and the LockTimeout names it.
 */
export async function acquireExclusiveLocksNow(entries: ReadonlyArray<{ file: string; name: string }>, log: Logger = silentLogger): Promise<HeldLock[]> {
  const fds: number[] = [];
  const closeAll = () => fds.forEach((fd) => fs.closeSync(fd));
  try {
    for (const e of entries) fds.push(openLockFile(e.file));
  } catch (err) {
    closeAll();
    throw err;
  }
  const names = entries.map((e) => e.name).join(', ');
  log.debug(`request // ${names} exclusive (non-blocking, together)`);
  // flock(1) exits 1 when the lock is held: report that as 100 + its index.
  const script = entries.map((_, i) => `flock -x -n ${i + 3} || { s=$?; [ "$s" = 1 ] && exit ${100 + i}; exit "$s"; }`).join('; ');
  const outcome = await runWithDescriptors(['sh', '-c', script], fds);
  if (outcome.code === 0) {
    const locks = entries.map((e, i) => new HeldLock(e.name, e.file, fds[i], 'exclusive'));
    for (const l of locks) l.annotate();
    log.debug(`success // ${names} exclusive`);
    return locks;
  }
  closeAll();
  const busy = outcome.code !== null && outcome.code >= 100 ? entries[outcome.code - 100] : undefined;
  if (busy) {
    log.debug(`failure // ${busy.name} exclusive (non-blocking)`);
    throw new LockTimeout(busy.name, `lock "${busy.name}" (${busy.file}) is held by another process`);
  }
  const cause = outcome.error?.message ?? `exit ${outcome.code}: ${outcome.stderr.trim()}`;
  throw new DeimosError('STATE', `cannot lock ${names} under ${entries[0]?.file ?? '?'} with sh and flock(1): ${cause}`, {
    hint: 'install util-linux (it provides flock)',
  });
}

export interface KernelLock {
  kind: string; // FLOCK, POSIX, OFDLCK
  mode: 'shared' | 'exclusive';
  pid: number;
  blocked: boolean;
  major: number;
  minor: number;
  inode: number;
}

/** Parse /proc/locks text. Lines of waiters start with `->`. */
export function parseProcLocks(text: string): KernelLock[] {
  const out: KernelLock[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\d+:\s+(->\s+)?(\S+)\s+\S+\s+(READ|WRITE)\s+(-?\d+)\s+([0-9a-f]+):([0-9a-f]+):(\d+)\s/.exec(line);
    if (!m) continue;
    out.push({
      kind: m[2],
      blocked: Boolean(m[1]),
      mode: m[3] === 'WRITE' ? 'exclusive' : 'shared',
      pid: Number(m[4]),
      major: parseInt(m[5], 16),
      minor: parseInt(m[6], 16),
      inode: Number(m[7]),
    });
  }
  return out;
}

export function readKernelLocks(procRoot = '/proc'): KernelLock[] {
  // Measured here: the first read after a pause waits 6-25 ms in the
  // kernel (a read right after it takes 0.2 ms), with almost no CPU spent.
  try {
    return parseProcLocks(fs.readFileSync(`${procRoot}/locks`, 'utf8'));
  } catch {
    return [];
  }
}

/** Device numbers as /proc/locks prints them (Linux new_encode_dev layout). */
export function devParts(dev: bigint): { major: number; minor: number } {
  const major = Number(((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn));
  const minor = Number((dev & 0xffn) | ((dev >> 12n) & ~0xffn));
  return { major, minor };
}

/** Granted locks of a table by file (`major:minor:inode`), made once per table read. */
const grantedByFile = new WeakMap<readonly KernelLock[], Map<string, KernelLock[]>>();

function grantedIndex(table: readonly KernelLock[]): Map<string, KernelLock[]> {
  let index = grantedByFile.get(table);
  if (!index) {
    index = new Map();
    for (const l of table) {
      if (l.blocked) continue;
      const key = `${l.major}:${l.minor}:${l.inode}`;
      const list = index.get(key);
      if (list) list.push(l);
      else index.set(key, [l]);
    }
    grantedByFile.set(table, index);
  }
  return index;
}

/**
 * Granted (not waiting) kernel locks on one file. A table is indexed by
 * file the first time it is asked, so that asking for each of N files costs
 * N lookups, not N passes over every lock on the host; a table is one read
 * of the kernel's (readKernelLocks, parseProcLocks) and nobody changes it.
 */
export function locksOnFile(file: string, table: readonly KernelLock[]): KernelLock[] {
  if (table.length === 0) return [];
  let st: fs.BigIntStats | undefined;
  try {
    st = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return [];
  }
  if (!st) return [];
  const { major, minor } = devParts(st.dev);
  return [...(grantedIndex(table).get(`${major}:${minor}:${Number(st.ino)}`) ?? [])];
}
