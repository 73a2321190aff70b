import * as fs from 'node:fs';

/**
 * The note an exclusive lock holder writes into its lock file,
 * `pid=<pid> since=<ISO time>` (HeldLock.annotate in @deimos/state). The
 * cleanup job writes the same note into `<root>/cleanup` for its
 * proper-lockfile lock, so the lock browser reads both the same way.
 * Read by the lock browser and cleanup's --check.
 */
export interface LockNote {
  pid: number;
  since: string;
}

export function formatNote(pid: number, since: Date): string {
  return `pid=${pid} since=${since.toISOString()}\n`;
}

function parseNote(text: string | undefined): LockNote | undefined {
  const m = /^pid=(\d+) since=(\S+)\s*$/.exec(text ?? '');
  return m ? { pid: Number(m[1]), since: m[2] } : undefined;
}

/**
 * The note in a lock file; undefined when there is none or the file is
 * missing. Read-only, and never follows a link or blocks on a planted FIFO.
 */
export function readNote(file: string): LockNote | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    const buf = Buffer.alloc(256);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return parseNote(buf.subarray(0, n).toString('utf8'));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether a process with this pid exists (any owner). */
export function pidAlive(pid: number, procRoot = '/proc'): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    // /proc/<pid> exists for zombies too; a zombie holds no descriptors.
    const stat = fs.readFileSync(`${procRoot}/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}
