// Finds a process's cgroup directories from /proc/<pid>/cgroup and the
// mount table, for every layout at once (v1 per controller, co-mounted
// controllers, systemd slices, /cgroup on old hosts, v2 unified, hybrid).
// The pure functions, here, do the work; locate.ts only reads the two files.
import { posix as path } from 'node:path';
import { DeimosError } from '@deimos/errors';
import { contentLines } from './parse';

/** How cgroups are mounted on a host: v1 only, v2 only, or v1 controllers plus a v2 mount. */
export type CgroupVersion = 'v1' | 'v2' | 'hybrid';

/**
 * The directories of one process's cgroups.
 * - `v1`: controller name -> absolute directory (`cpu`, `cpuacct`, `memory`,
 *   `pids`, ..., and named hierarchies as `name=systemd`). On a hybrid host
 *   `unified` is added: the v2 directory, which holds the `*.pressure` files.
 * - `v2`: `{ unified: dir }`.
 */
export interface CgroupPaths {
  version: 'v1' | 'v2';
  dirs: Record<string, string>;
}

/** Where to look. Tests point both at a recorded fixture tree. */
export interface LocateOptions {
  /** The proc file system; default `<fsRoot>/proc`. */
  procRoot?: string;
  /** Prefix for the mount points found in mountinfo; default `/`. */
  fsRoot?: string;
}

/** One line of /proc/<pid>/cgroup: `hierarchy-ID:controller-list:cgroup-path`. */
export interface ProcCgroupEntry {
  hierarchyId: number;
  /** Empty for the v2 hierarchy (`0::/path`). */
  controllers: string[];
  /** Relative to the hierarchy's root as seen from the reader's cgroup namespace. */
  path: string;
}

/** The fields of one /proc/<pid>/mountinfo line that matter here. */
export interface MountInfoEntry {
  mountId: number;
  parentId: number;
  /** The directory of the file system mounted here: for cgroups, a cgroup path. */
  root: string;
  mountPoint: string;
  fsType: string;
  source: string;
  superOptions: string[];
}

// The cgroup v1 controllers a kernel may offer, used only to tell a real v1
// hierarchy from a named one (name=systemd) when classifying a host.
const V1_CONTROLLERS = new Set(['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'net_cls', 'net_prio', 'blkio', 'perf_event', 'hugetlb', 'pids', 'rdma', 'misc', 'debug']);

/** Parses /proc/<pid>/cgroup. A malformed line is a CGROUP error naming `file` and the line. */
export function parseProcCgroup(text: string, file = '/proc/<pid>/cgroup'): ProcCgroupEntry[] {
  return contentLines(text, false).map(({ no, line }) => {
    // The path is last and may itself contain ':'.
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line);
    if (!m) {
      throw new DeimosError('CGROUP', `${file}:${no}: expected "<id>:<controllers>:<path>", got ${JSON.stringify(line)}`);
    }
    return { hierarchyId: Number(m[1]), controllers: m[2].split(',').filter((c) => c !== ''), path: m[3] };
  });
}

// mountinfo escapes space, tab, newline and backslash in paths as \ooo.
function unescapeOctal(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/**
 * Parses /proc/<pid>/mountinfo (proc(5)): `id parent major:minor root
 * mount-point options [optional fields...] - fstype source super-options`.
 */
export function parseMountInfo(text: string, file = '/proc/self/mountinfo'): MountInfoEntry[] {
  return contentLines(text).map(({ no, line }) => {
    const f = line.trim().split(' ');
    const sep = f.indexOf('-', 6);
    if (sep < 0 || f.length < sep + 3 || !/^\d+$/.test(f[0]) || !/^\d+$/.test(f[1])) {
      throw new DeimosError('CGROUP', `${file}:${no}: expected "<id> <parent> <dev> <root> <mount point> <options> ... - <type> <source> <super options>", got ${JSON.stringify(line)}`);
    }
    return {
      mountId: Number(f[0]),
      parentId: Number(f[1]),
      root: unescapeOctal(f[3]),
      mountPoint: unescapeOctal(f[4]),
      fsType: f[sep + 1],
      source: unescapeOctal(f[sep + 2]),
      superOptions: (f[sep + 3] ?? '').split(','),
    };
  });
}

/** Classifies a mount table: v1 controllers, a cgroup2 mount, or both. */
export function cgroupVersionOf(mounts: readonly MountInfoEntry[]): CgroupVersion | undefined {
  const v1 = mounts.some((m) => m.fsType === 'cgroup' && m.superOptions.some((o) => V1_CONTROLLERS.has(o)));
  const v2 = mounts.some((m) => m.fsType === 'cgroup2');
  if (v1 && v2) return 'hybrid';
  if (v1) return 'v1';
  if (v2) return 'v2';
  return undefined;
}

function isWithin(root: string, p: string): boolean {
  return root === '/' || p === root || p.startsWith(`${root}/`);
}

/**
 * The mount through which a cgroup path is reachable: among the mounts of
 * its hierarchy (bind mounts and subtree mounts included), one whose root
 * holds the path, preferring the widest root, then mount-table order.
 */
function mountFor(entry: ProcCgroupEntry, mounts: readonly MountInfoEntry[]): MountInfoEntry | undefined {
  const ofHierarchy =
    entry.controllers.length === 0
      ? mounts.filter((m) => m.fsType === 'cgroup2')
      : // Each controller lives in exactly one v1 hierarchy, so the mount
        // whose options list all of the line's controllers is that hierarchy
        // whatever order either side lists them in ("cpu,cpuacct" vs "cpuacct,cpu").
        mounts.filter((m) => m.fsType === 'cgroup' && entry.controllers.every((c) => m.superOptions.includes(c)));
  return ofHierarchy.filter((m) => isWithin(m.root, entry.path)).sort((a, b) => a.root.length - b.root.length)[0];
}

/**
 * Joins /proc/<pid>/cgroup entries with the mount table into directories.
 * The cgroup path is relative to the hierarchy root and the mount may show
 * only a subtree of it (mountinfo's root field), so the directory is
 * `<fsRoot>/<mount point>/<path relative to the mount's root>`. Hierarchies
 * that are not mounted are left out.
 */
export function resolveCgroupPaths(entries: readonly ProcCgroupEntry[], mounts: readonly MountInfoEntry[], opts: { fsRoot?: string; pid?: number } = {}): CgroupPaths {
  const fsRoot = opts.fsRoot ?? '/';
  const who = opts.pid === undefined ? 'the process' : `process ${opts.pid}`;
  const dirs: Record<string, string> = {};
  const resolvedPaths: string[] = [];
  let v1 = false;
  for (const entry of entries) {
    if (entry.path === '/..' || entry.path.startsWith('/../')) {
      throw new DeimosError('CGROUP', `${who} is in cgroup ${entry.path}, outside our own cgroup namespace`, {
        hint: 'run the containerizer in the host cgroup namespace so that /proc/<pid>/cgroup shows host paths',
      });
    }
    const mount = mountFor(entry, mounts);
    if (!mount) continue;
    const dir = path.join(fsRoot, mount.mountPoint, path.relative(mount.root, entry.path));
    resolvedPaths.push(entry.path);
    if (entry.controllers.length === 0) {
      dirs.unified = dir;
    } else {
      for (const c of entry.controllers) dirs[c] = dir;
      if (entry.controllers.some((c) => !c.startsWith('name='))) v1 = true;
    }
  }
  if (resolvedPaths.length === 0) {
    throw new DeimosError('CGROUP', `no mounted cgroup hierarchy holds ${who}`, {
      hint: 'check that cgroup file systems are mounted (grep cgroup /proc/self/mountinfo)',
    });
  }
  // Host-wide numbers must never pass for a container's. A container's init
  // shows "/" only when read from inside its own cgroup namespace, or when it
  // is not in a container at all.
  if (resolvedPaths.every((p) => p === '/')) {
    throw new DeimosError('CGROUP', `${who} is in the root cgroup of every hierarchy; it is not in a container we can see`, {
      hint: 'read /proc/<pid>/cgroup from the host cgroup namespace',
    });
  }
  return v1 ? { version: 'v1', dirs } : { version: 'v2', dirs: { unified: dirs.unified } };
}

/*
 * The record of a container's cgroup directories (the state's `cgroups`
 * file): located once, when the container starts, and read by every usage
 * call after, which so never reads the mount table (it grows by lines with
 * every running container). A container keeps its cgroups while it runs;
 * usage still checks, from the small /proc/<pid>/cgroup, that the process
 * is in the container's cgroup.
 */

/** The text of the `cgroups` record. */
export function formatCgroupPaths(paths: CgroupPaths): string {
  return JSON.stringify({ version: paths.version, dirs: paths.dirs });
}

/** The one reader of the `cgroups` record: undefined when absent or not what formatCgroupPaths writes (then locate again). */
export function parseCgroupPaths(text: string | undefined): CgroupPaths | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, dirs } = value as { version?: unknown; dirs?: unknown };
  if (version !== 'v1' && version !== 'v2') return undefined;
  if (typeof dirs !== 'object' || dirs === null || Array.isArray(dirs)) return undefined;
  const entries = Object.entries(dirs as Record<string, unknown>);
  if (entries.length === 0 || !entries.every(([, d]) => typeof d === 'string' && path.isAbsolute(d) && !d.split('/').includes('..'))) return undefined;
  return { version, dirs: Object.fromEntries(entries) as Record<string, string> };
}
