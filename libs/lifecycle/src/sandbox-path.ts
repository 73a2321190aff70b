import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError, quoted } from '@deimos/errors';

/*
 * Launch.directory is bind-mounted read-write into the container and our
 * own files (stdout, stderr, .dockercfg, the network-ready marker) are
 * written into it, as root. The agent builds it from its work directory and
 * ids, some chosen by frameworks (agents before 1.0 did not validate
 * executor ids), so it is judged as any other input: it must be a directory
 * that looks like a sandbox, where it really is once links are followed.
 *
 * - MESOS_WORK_DIRECTORY is the agent's --work_dir: every agent generation
 *   puts it in the environment of each containerizer call
 *   (apache/mesos src/slave/containerizer/external_containerizer.cpp,
 *   ExternalContainerizerProcess::invoke: line 1089 at 0.20.1, 1085 at
 *   1.0.4). Under it, a sandbox is an executor's run directory,
 *   `slaves/<slave>/frameworks/<framework>/executors/<executor>/runs/<container id>`
 *   (src/slave/paths.hpp EXECUTOR_RUN_PATH and createExecutorDirectory at
 *   0.20.1; paths.cpp getExecutorRunPath at 1.0.4), the last component the
 *   Launch's container id. An executor id may hold '/', so the executor
 *   part may span components.
 * - `[containers] sandbox_roots` names other parents, for operators whose
 *   agents lay sandboxes out otherwise: there, any directory strictly below
 *   a root is a sandbox.
 * - Never a mount point (a bind mount of another tree, or another file
 *   system) and never the root of the host's file system.
 */

/** The field and the configuration key every refusal names. */
const FIELD = 'Launch.directory';
const ROOTS_KEY = '[containers] sandbox_roots';

/** What judging a sandbox asks of the host (a port: the rules are unit-tested with a fake). */
export interface SandboxHost {
  /**
   * The directory `p` names, links followed, as the kernel names it once
   * opened; or why it is not one.
   */
  resolveDirectory(p: string): { path: string } | { problem: string };
  /** Whether `p` (a resolved directory) is a mount point. */
  isMountPoint(p: string): boolean;
}

/** Where sandboxes may be: the agent's work directory (from its environment) and the operator's roots. */
export interface SandboxRoots {
  /** MESOS_WORK_DIRECTORY as the agent set it, if it did. */
  workDir?: string;
  sandboxRoots: readonly string[];
}

function refuse(message: string, hint: string): DeimosError {
  return new DeimosError('INVALID_INPUT', `${FIELD} ${message}`, { hint });
}

const WHERE = `under its --work_dir (MESOS_WORK_DIRECTORY); for sandboxes laid out otherwise, list their parent directory in ${ROOTS_KEY}`;
const HINT = `the agent makes the sandbox ${WHERE}`;

/** The components of `p` below `root` (both resolved), or undefined when it is not strictly below. */
function below(p: string, root: string): string[] | undefined {
  const rel = path.relative(root, p);
  if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return undefined;
  return rel.split('/');
}

/** Whether components below the work directory are an executor run directory of this container. */
function isRunDirectory(parts: readonly string[], containerId: string): boolean {
  const n = parts.length;
  return n >= 8 && parts[0] === 'slaves' && parts[2] === 'frameworks' && parts[4] === 'executors' && parts[n - 2] === 'runs' && parts[n - 1] === containerId;
}

/**
 * Judge Launch.directory and give the path to use from now on: the
 * directory it resolves to. Throws one INVALID_INPUT line naming the field
 * and, where it helps, `[containers] sandbox_roots`.
 */
export function judgeSandbox(directory: string, containerId: string, roots: SandboxRoots, host: SandboxHost): string {
  if (!path.isAbsolute(directory)) throw refuse(`${quoted(directory, 200)} is not an absolute path`, HINT);
  const got = host.resolveDirectory(directory);
  if ('problem' in got) throw refuse(`${quoted(directory, 200)} ${got.problem}`, `the agent creates it before launch, ${WHERE}`);
  const real = got.path;
  const shown = real === directory ? quoted(directory, 200) : `${quoted(directory, 200)} (which is ${quoted(real, 200)})`;
  if (real === '/') throw refuse(`${shown} is the root of the host's file system, not a sandbox`, HINT);

  const work = roots.workDir !== undefined && path.isAbsolute(roots.workDir) ? host.resolveDirectory(roots.workDir) : undefined;
  const workPath = work && 'path' in work ? work.path : undefined;
  const others = roots.sandboxRoots.map((r) => host.resolveDirectory(r)).flatMap((r) => ('path' in r && r.path !== '/' ? [r.path] : []));
  if (workPath === undefined && others.length === 0) {
    const why = roots.workDir === undefined ? 'MESOS_WORK_DIRECTORY is not set' : `MESOS_WORK_DIRECTORY ${quoted(roots.workDir, 200)} is not an absolute path to a directory`;
    throw refuse(
      `${shown} cannot be judged: ${why} and ${ROOTS_KEY} names no directory`,
      `run under a Mesos agent (it sets MESOS_WORK_DIRECTORY), or list the sandboxes' parent directory in ${ROOTS_KEY}`,
    );
  }

  const underWork = workPath !== undefined ? below(real, workPath) : undefined;
  const accepted = (underWork !== undefined && isRunDirectory(underWork, containerId)) || others.some((r) => below(real, r) !== undefined);
  if (!accepted) {
    const where = [
      ...(workPath !== undefined
        ? [`an executor run directory <work_dir>/slaves/<slave>/frameworks/<framework>/executors/<executor>/runs/${containerId} under the agent's work directory ${quoted(workPath, 200)}`]
        : []),
      ...(others.length > 0 ? [`a directory under ${ROOTS_KEY} (${others.map((r) => quoted(r, 200)).join(', ')})`] : []),
    ];
    throw refuse(`${shown} is not a sandbox: it must resolve to ${where.join(', or to ')}`, HINT);
  }
  if (host.isMountPoint(real)) throw refuse(`${shown} is a mount point, not a sandbox directory`, `nothing may be mounted on a sandbox, which the agent makes ${WHERE}`);
  return real;
}

/** Mount points listed in a mountinfo text (proc(5): field 5, with \ooo escapes). */
export function mountPointsOf(mountinfo: string): Set<string> {
  const out = new Set<string>();
  for (const line of mountinfo.split('\n')) {
    const field = line.split(' ')[4];
    if (field) out.add(field.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
  }
  return out;
}

/**
 * The mount a directory is on, by the id the kernel gives it: the `mnt_id`
 * line of /proc/self/fdinfo/<fd> for the directory opened (proc(5), Linux
 * 3.15 and later); undefined on a kernel that does not say. A few bytes,
 * where /proc/self/mountinfo grows by lines with every running container.
 */
export function mountIdOf(p: string): number | undefined {
  const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
  try {
    const m = /^mnt_id:\s*(\d+)$/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** How the real host tells a mount point (ports for the unit tests). */
export interface MountProbes {
  mountId(p: string): number | undefined;
  /** The mountinfo text, read only where the kernel gives no mount ids. */
  mountinfo(): string;
}

const realProbes: MountProbes = { mountId: mountIdOf, mountinfo: () => fs.readFileSync('/proc/self/mountinfo', 'utf8') };

/**
 * The real host: a directory is opened (links followed, as the kernel
 * follows them) and named by its /proc/self/fd link; the name is then
 * checked to be the same directory (device and inode), so that a path the
 * kernel resolves elsewhere than a path walk would (`/proc/<pid>/root/...`)
 * is refused, not misread. A mount point is a directory on another mount
 * than its parent (a bind mount within one file system keeps the device,
 * not the mount); where the kernel gives no mount ids, one on another
 * device than its parent or listed in mountinfo.
 */
export function realSandboxHost(probes: MountProbes = realProbes): SandboxHost {
  return {
    resolveDirectory(p) {
      let fd: number;
      try {
        fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { problem: 'does not exist' };
        if (code === 'ENOTDIR') return { problem: 'is not a directory' };
        if (code === 'ELOOP') return { problem: 'resolves through a loop of links' };
        return { problem: `cannot be opened (${code ?? (err as Error).message})` };
      }
      try {
        const opened = fs.fstatSync(fd);
        const named = fs.readlinkSync(`/proc/self/fd/${fd}`);
        const again = path.isAbsolute(named) ? fs.statSync(named, { throwIfNoEntry: false }) : undefined;
        if (!again || again.dev !== opened.dev || again.ino !== opened.ino) return { problem: `resolves to a directory this host cannot name (${quoted(named, 200)})` };
        return { path: named };
      } finally {
        fs.closeSync(fd);
      }
    },
    isMountPoint(p) {
      if (p === '/') return true;
      const own = probes.mountId(p);
      const parent = probes.mountId(path.dirname(p));
      if (own !== undefined && parent !== undefined) return own !== parent;
      return fs.statSync(p).dev !== fs.statSync(path.dirname(p)).dev || mountPointsOf(probes.mountinfo()).has(p);
    },
  };
}
