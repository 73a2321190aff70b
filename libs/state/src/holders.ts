import * as fs from 'node:fs';
import { CONTAINER_LOCKS } from './lock-names';
import { devParts } from './locks';

/** A file's identity as /proc/locks and fdinfo print it: `major:minor:inode`. */
export type FileKey = string;

export function keyOf(major: number, minor: number, inode: number | bigint): FileKey {
  return `${major}:${minor}:${inode}`;
}

/** The key of a file (following links, as /proc/<pid>/fd entries need); undefined when it is gone. */
export function statKey(file: string): FileKey | undefined {
  try {
    const st = fs.statSync(file, { bigint: true });
    const { major, minor } = devParts(st.dev);
    return keyOf(major, minor, st.ino);
  } catch {
    return undefined;
  }
}

export interface FdLock {
  kind: string;
  mode: 'shared' | 'exclusive';
  key: FileKey;
}

/**
 * The `lock:` lines of /proc/<pid>/fdinfo/<fd>. The kernel prints them only
 * on a descriptor whose open file description holds the lock (every process
 * sharing that description shows it); a waiter's descriptor has none.
 *
 *     lock:	1: FLOCK  ADVISORY  WRITE 21150 fe:00:2147816 0 EOF
 */
export function parseFdinfoLocks(text: string): FdLock[] {
  const out: FdLock[] = [];
  for (const line of text.split('\n')) {
    const m = /^lock:\s+\d+:\s+(\S+)\s+\S+\s+(READ|WRITE)\s+-?\d+\s+([0-9a-f]+):([0-9a-f]+):(\d+)\s/.exec(line);
    if (!m) continue;
    out.push({ kind: m[1], mode: m[2] === 'WRITE' ? 'exclusive' : 'shared', key: keyOf(parseInt(m[3], 16), parseInt(m[4], 16), Number(m[5])) });
  }
  return out;
}

export interface Holder {
  pid: number;
  fd: number;
  command: string;
  mode: 'shared' | 'exclusive';
}

export interface HolderScan {
  holders: Map<FileKey, Holder[]>;
  /** Processes whose descriptors we may not read (not root): a holder may hide among them. */
  hidden: number;
}

/** Lock files are named after their lock (CONTAINER_LOCKS); a removed one reads "(deleted)". */
const LOCK_NAME = new RegExp(`/(${CONTAINER_LOCKS.join('|')})(?: \\(deleted\\))?$`);

/**
 * Find the processes that really hold locks on the given files. /proc/locks
 * names the process that took a flock, which for our locks is the
 * short-lived flock(1) (the lock lives on in the descriptor it was given), so
 * instead every process's descriptors are matched to the files and their
 * fdinfo is read for a `lock:` line. Read-only.
 */
export function scanHolders(keys: ReadonlySet<FileKey>, procRoot = '/proc'): HolderScan {
  const holders = new Map<FileKey, Holder[]>();
  let hidden = 0;
  if (keys.size === 0) return { holders, hidden };
  let pids: string[];
  try {
    pids = fs.readdirSync(procRoot).filter((n) => /^\d+$/.test(n));
  } catch {
    return { holders, hidden: 1 };
  }
  for (const p of pids) {
    const pid = Number(p);
    let fds: string[];
    try {
      fds = fs.readdirSync(`${procRoot}/${p}/fd`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EACCES') hidden++;
      continue; // gone meanwhile, or a kernel thread
    }
    for (const fd of fds) {
      const link = `${procRoot}/${p}/fd/${fd}`;
      let target: string;
      try {
        target = fs.readlinkSync(link);
      } catch {
        continue;
      }
      if (!LOCK_NAME.test(target)) continue;
      const key = statKey(link);
      if (key === undefined || !keys.has(key)) continue;
      let info: string;
      try {
        info = fs.readFileSync(`${procRoot}/${p}/fdinfo/${fd}`, 'utf8');
      } catch {
        continue;
      }
      for (const lock of parseFdinfoLocks(info)) {
        if (lock.key !== key) continue;
        const list = holders.get(key) ?? [];
        list.push({ pid, fd: Number(fd), command: commandOf(pid, procRoot), mode: lock.mode });
        holders.set(key, list);
      }
    }
  }
  return { holders, hidden };
}

export function commandOf(pid: number, procRoot = '/proc'): string {
  try {
    return fs.readFileSync(`${procRoot}/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** Linux reports process times in USER_HZ, 100 on every architecture we run on. */
const USER_HZ = 100;

/** When a process started (from /proc/<pid>/stat and the boot time in /proc/stat). */
export function processStart(pid: number, procRoot = '/proc'): Date | undefined {
  try {
    const stat = fs.readFileSync(`${procRoot}/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces and parentheses): state is field 3, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[22 - 3]);
    const btime = /^btime\s+(\d+)$/m.exec(fs.readFileSync(`${procRoot}/stat`, 'utf8'));
    if (!btime || !Number.isFinite(ticks)) return undefined;
    return new Date(Number(btime[1]) * 1000 + (ticks / USER_HZ) * 1000);
  } catch {
    return undefined;
  }
}
