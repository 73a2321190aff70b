/**
 * Bind sources judged where the engine will land, and held there. A task's
 * host path is resolved as the kernel resolves it (links followed, `..`
 * after a link taken from where the link led), judged against `[policy]
 * allowed_volume_paths` where it lands, and mounted as the resolved path,
 * never as the task's text: runc resolves the source again when it starts
 * the container, so what it finds then must be what we judged. That holds
 * only when no one but root can change a directory on the way, which is
 * what sudo and sshd demand of the files they trust; so every directory the
 * resolution looks a name up in, and the source itself, must be owned by
 * root and not writable by its group or others, except a directory the
 * operator lists in `task_writable_paths`, which may be mounted whole.
 *
 * Pure: the file system is read through `PathFacts` (lstat and readlink).
 */

/** A path's owner and mode as lstat(2) gives them (the mode with its file-type bits). */
export interface PathStat {
  uid: number;
  mode: number;
}

/** What judging a host path asks of the host's file system (a port; fakes in tests). */
export interface PathFacts {
  /** lstat(2) of a path; undefined when nothing is there. */
  lstat(p: string): PathStat | undefined;
  /** readlink(2) of a path lstat called a link; undefined when it is no longer one (changed meanwhile). */
  readlink(p: string): string | undefined;
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** The kernel's limit on links followed in one lookup (MAXSYMLINKS, ELOOP after it). */
const MAX_LINKS = 40;

export interface ResolvedPath {
  /** The part that exists, with no links in it. */
  existing: string;
  /** Names below `existing` that do not exist, outermost first (empty when the whole path exists). */
  missing: string[];
  /** Where the path leads: `existing`, then `missing`. */
  path: string;
  /** Each directory a name was looked up in, and the existing end, once each, with its owner and mode. */
  met: Array<{ path: string; stat: PathStat }>;
}

const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);
const parentOf = (p: string) => (p.lastIndexOf('/') <= 0 ? '/' : p.slice(0, p.lastIndexOf('/')));
const names = (p: string) => p.split('/').filter((s) => s !== '' && s !== '.');

/** A path with `.`, `..` and repeated slashes removed as text, as the engine cleans a bind source (moby volume/mounts/linux_parser.go, path.Clean). */
export function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of names(p)) {
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** `p` is `base` or lies below it. */
export const pathUnder = (p: string, base: string) => base === '/' || p === base || p.startsWith(`${base}/`);

/**
 * Resolve an absolute path as the kernel's lookup does, one name at a time:
 * a link's target replaces it (from `/` when absolute), `..` goes to the
 * parent of where the walk is. Stops at the first name that does not exist;
 * the rest is reported as missing. A non-directory in the middle, a loop of
 * links, or `..` below a missing name is a problem.
 */
export function resolveHostPath(p: string, host: PathFacts): ResolvedPath | { problem: string } {
  const met = new Map<string, PathStat>();
  const root = host.lstat('/');
  if (root === undefined) return { problem: '/ cannot be examined' };
  met.set('/', root);
  const queue = names(p);
  let cur = '/';
  let links = 0;
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (name === '..') {
      cur = parentOf(cur);
      continue;
    }
    const next = join(cur, name);
    const st = host.lstat(next);
    if (st === undefined) {
      const rest = [name, ...queue];
      if (rest.includes('..')) return { problem: `${next} does not exist, and the path goes up from below it` };
      return { existing: cur, missing: rest, path: rest.reduce(join, cur), met: [...met].map(([path, stat]) => ({ path, stat })) };
    }
    const type = st.mode & S_IFMT;
    if (type === S_IFLNK) {
      if (++links > MAX_LINKS) return { problem: `more than ${MAX_LINKS} links on the way` };
      const target = host.readlink(next);
      if (target === undefined) return { problem: `${next} changed while it was being resolved` };
      if (target.startsWith('/')) cur = '/';
      queue.unshift(...names(target));
      continue;
    }
    if (type !== S_IFDIR && queue.length > 0) return { problem: `${next} is not a directory` };
    met.set(next, st);
    cur = next;
  }
  return { existing: cur, missing: [], path: cur, met: [...met].map(([path, stat]) => ({ path, stat })) };
}

/** The operator's rules for bind sources (`[policy]`). */
export interface BindRules {
  allowedVolumePaths: readonly string[];
  taskWritablePaths: readonly string[];
  createMissingBindPaths: boolean;
}

/** A task's bind source, judged: what is mounted in its place. */
export interface HostBind {
  /** The source as the task wrote it. */
  written: string;
  /** The host path it resolves to, with no links in it: what the engine is given. */
  mounted: string;
  /** The path in the container. */
  target: string;
  /** What launch creates first (`[policy] create_missing_bind_paths`): names below `under`, outermost first. */
  create?: { under: string; names: string[] };
}

/** Why a bind source is refused: the clause after the option, the `[policy]` key and the fix. */
export interface BindRefusal {
  why: string;
  key: string;
  hint: string;
}

/** Characters the engine's bind syntaxes cannot carry in a source (`src:dst:mode`, the CLI's `--mount` fields). */
const UNRENDERABLE = /[:,"\n\r]/;

function weakness(st: PathStat): string | undefined {
  if (st.uid !== 0) return `owned by uid ${st.uid}`;
  const group = (st.mode & 0o020) !== 0;
  const others = (st.mode & 0o002) !== 0;
  if (!group && !others) return undefined;
  // The sticky bit is no help: anyone may still make a name that is missing, and an entry's owner may still replace it.
  return `writable by ${group && others ? 'its group and others' : group ? 'its group' : 'others'} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')})`;
}

/** A path resolved for comparison only (an allowed or task-writable entry): where it leads, or itself when it cannot be resolved. */
function leadsTo(p: string, host: PathFacts): string {
  const r = resolveHostPath(cleanPath(p), host);
  return 'problem' in r ? cleanPath(p) : r.path;
}

/**
 * Judge one bind source a task wrote: where it leads (allowed?), whether it
 * exists (or may be created), and whether anyone but root could change a
 * directory on the way before the engine mounts it.
 */
export function judgeBindSource(source: string, target: string, rules: BindRules, host: PathFacts): { bind: HostBind } | { refused: BindRefusal } {
  const refuse = (why: string, key: string, hint: string) => ({ refused: { why, key, hint } });
  const clean = cleanPath(source);
  const bases = rules.allowedVolumePaths.map(cleanPath).filter((base) => pathUnder(clean, base));
  const notAllowed = 'bind it from a path under [policy] allowed_volume_paths, or add its directory there';
  if (bases.length === 0) return refuse(`bind-mounts host path ${source}, which is not allowed`, 'allowed_volume_paths', notAllowed);
  const r = resolveHostPath(clean, host);
  if ('problem' in r) return refuse(`bind-mounts host path ${source}, which cannot be resolved on the host (${r.problem}), and is not allowed`, 'allowed_volume_paths', notAllowed);
  const shown = r.path === clean ? source : `${source} (which is ${r.path} on the host)`;
  if (!bases.some((base) => pathUnder(r.path, leadsTo(base, host)))) return refuse(`bind-mounts host path ${shown}, which is not allowed`, 'allowed_volume_paths', notAllowed);
  if (UNRENDERABLE.test(r.path))
    return refuse(`bind-mounts host path ${shown}, which the engine's bind syntax cannot carry, and is not allowed`, 'allowed_volume_paths', 'bind a path without ":" "," or quotes');
  if (r.missing.length > 0 && !rules.createMissingBindPaths) {
    return refuse(
      `bind-mounts host path ${shown}, which does not exist (${join(r.existing, r.missing[0])} is missing; the engine would create it as root): creating it is not allowed`,
      'create_missing_bind_paths',
      'create it on the host first, or set [policy] create_missing_bind_paths: true',
    );
  }
  const shared = new Set(rules.taskWritablePaths.map((p) => leadsTo(p, host)));
  for (const { path, stat } of r.met) {
    const weak = weakness(stat);
    if (weak === undefined) continue;
    const whole = path === r.path && r.missing.length === 0;
    if (whole && shared.has(path)) continue;
    if (whole) {
      return refuse(
        `bind-mounts host path ${shown}, which is ${weak}, so someone other than root could swap it before the engine mounts it, and it is not listed`,
        'task_writable_paths',
        `list ${path} there to share it with tasks (mounted whole only), or make it owned by root and not writable by group or others`,
      );
    }
    return refuse(
      `bind-mounts host path ${shown} through ${path}, which is ${weak}, so someone other than root could swap what lies below it before the engine mounts it; nothing below such a directory is mounted, listed or not`,
      'task_writable_paths',
      `bind ${path} itself, listed there, or make every directory from / down to the source owned by root and not writable by group or others`,
    );
  }
  return { bind: { written: source, mounted: r.path, target, ...(r.missing.length > 0 ? { create: { under: r.existing, names: r.missing } } : {}) } };
}
