// Finds a process's cgroup directories: reads /proc/<pid>/cgroup and the
// mount table and hands them to the pure functions of pure/locate.ts.
import { posix as path } from 'node:path';
import { DeimosError } from '@deimos/errors';
import { cgroupVersionOf, parseCgroupPaths, parseMountInfo, parseProcCgroup, resolveCgroupPaths, type CgroupPaths, type CgroupVersion, type LocateOptions } from './pure/locate';
import { readOptional, readRequired } from './read';

export * from './pure/locate';

function roots(opts: LocateOptions): { procRoot: string; fsRoot: string } {
  const fsRoot = opts.fsRoot ?? '/';
  return { fsRoot, procRoot: opts.procRoot ?? path.join(fsRoot, 'proc') };
}

/** The text of `<procRoot>/<pid>/cgroup` and its path; the CGROUP error of a bad pid or a process that is gone. */
function readProcCgroupFile(pid: number, procRoot: string): { text: string; file: string } {
  if (!Number.isInteger(pid) || pid <= 0) throw new DeimosError('CGROUP', `process id must be a positive integer, got ${pid}`);
  const file = path.join(procRoot, String(pid), 'cgroup');
  const text = readOptional(file);
  if (text === undefined) {
    throw new DeimosError('CGROUP', `process ${pid} does not exist (no ${file})`, { hint: 'has the container exited?' });
  }
  return { text, file };
}

/** The directories of a process whose cgroup file was read, joined with our own mount table. */
function locateFrom(pid: number, cgroup: { text: string; file: string }, opts: LocateOptions): CgroupPaths {
  const { procRoot, fsRoot } = roots(opts);
  const mountFile = path.join(procRoot, 'self', 'mountinfo');
  const mounts = parseMountInfo(readRequired(mountFile), mountFile);
  return resolveCgroupPaths(parseProcCgroup(cgroup.text, cgroup.file), mounts, { fsRoot, pid });
}

/**
 * Finds the cgroup directories of a running process (a container's init)
 * from `<procRoot>/<pid>/cgroup` and our own `<procRoot>/self/mountinfo`:
 * the host's mount table, since the container's own shows its namespace.
 * Throws a CGROUP error when the process does not exist or sits in no
 * container cgroup.
 */
export function locateCgroups(pid: number, opts: LocateOptions = {}): CgroupPaths {
  return locateFrom(pid, readProcCgroupFile(pid, roots(opts).procRoot), opts);
}

/**
 * The cgroup directories of a container's init process for usage: its
 * `cgroups` record (`recorded`, parseCgroupPaths) when there is one, once
 * `<procRoot>/<pid>/cgroup` shows the process still in the container's
 * cgroup (`marker`, its Docker id: a recycled pid is in another); else
 * located as locateCgroups does. Throws the CGROUP error of a process that
 * is gone.
 */
export function containerCgroups(pid: number, marker: string, recorded: string | undefined, opts: LocateOptions = {}): CgroupPaths {
  const cgroup = readProcCgroupFile(pid, roots(opts).procRoot);
  const paths = parseCgroupPaths(recorded);
  // No usable record, or the pid is in another cgroup now (recycled):
  // located afresh from what was read, the caller sees it is not the container's.
  if (!paths || !Object.values(paths.dirs).some((d) => d.includes(marker)) || !cgroup.text.includes(marker)) return locateFrom(pid, cgroup, opts);
  return paths;
}

/** Tells from our own mount table whether this host runs cgroup v1, v2 or both (hybrid). */
export function detectCgroupVersion(opts: LocateOptions = {}): CgroupVersion {
  const mountFile = path.join(roots(opts).procRoot, 'self', 'mountinfo');
  const version = cgroupVersionOf(parseMountInfo(readRequired(mountFile), mountFile));
  if (!version) {
    throw new DeimosError('CGROUP', `no cgroup file system is mounted according to ${mountFile}`);
  }
  return version;
}
