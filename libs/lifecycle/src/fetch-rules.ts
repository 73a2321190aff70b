import * as path from 'node:path';

/**
 * The decisions of fetching URIs that need no I/O: which local paths a task
 * with no user may copy, and which archive members may be unpacked.
 */

/** `real` (already realpath'd) lies in one of `allowed` (absolute, normalized) or is it. */
export function localPathAllowed(real: string, allowed: readonly string[]): boolean {
  return allowed.some((dir) => real === dir || real.startsWith(dir === '/' ? '/' : `${dir}/`));
}

export type MemberType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface ArchiveMember {
  readonly type: MemberType;
  readonly name: string;
  /** Symlink or hard link target, as stored. */
  readonly target?: string;
  /** The set-user-id or set-group-id bit is set. */
  readonly setId: boolean;
}

/** Undo tar's C quoting; octal escapes are bytes, read as UTF-8 (undefined when they are not). */
function unquoteC(s: string): string | undefined {
  const latin = s.replace(/\\([0-7]{3}|.)/g, (_m, e: string) => {
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b', a: '\x07', '\\': '\\', '"': '"', '?': '?' };
    return map[e] ?? e;
  });
  if (/[^\x00-\xff]/.test(latin)) return undefined;
  const text = Buffer.from(latin, 'latin1').toString('utf8');
  return text.includes('\ufffd') ? undefined : text;
}

const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const TAR_LINE = new RegExp(`^(\\S)(\\S{9})\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+${QUOTED}(?:\\s+(->|link to)\\s+${QUOTED})?$`);

/**
 * Read GNU `tar --quoting-style=c -tv` output (names in C quotes, so a name
 * holding " -> " or a newline cannot be misread). Octal escapes give bytes;
 * names are compared as such. Returns the members or the first line that
 * does not parse.
 */
export function parseTarListing(text: string): { members: ArchiveMember[] } | { bad: string } {
  const members: ArchiveMember[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const m = TAR_LINE.exec(line);
    if (!m) return { bad: line.slice(0, 120) };
    const [, t, perms, name, linkKind, target] = m;
    const type: MemberType = t === '-' ? (linkKind === 'link to' ? 'hardlink' : 'file') : t === 'd' ? 'dir' : t === 'l' ? 'symlink' : t === 'h' ? 'hardlink' : 'other';
    const setId = /[sS]/.test(perms![2]!) || /[sS]/.test(perms![5]!);
    const plainName = unquoteC(name!);
    const plainTarget = target === undefined ? undefined : unquoteC(target);
    if (plainName === undefined || (target !== undefined && plainTarget === undefined)) return { bad: line.slice(0, 120) };
    members.push({ type, name: plainName, target: plainTarget, setId });
  }
  return { members };
}

const ZIP_LINE = /^(\S)(\S{9})\s+\S+\s+\S+\s+\d+\s+\S+\s+\S+\s+\S+\s+\S+\s(.+)$/;

/**
 * Read `unzip -Z` (zipinfo) output: one line per member after the
 * `Archive:` and `Zip file size:` header lines, then a totals line. Its
 * lines do not show a link's target, so a symbolic link member is refused
 * here (`refused`, with the reason) rather than judged; a line that does not
 * parse is returned as `bad`, like parseTarListing.
 */
export function parseZipListing(text: string): { members: ArchiveMember[] } | { bad: string } | { refused: string } {
  const members: ArchiveMember[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('Archive:') || /^\d+ files?,/.test(line) || line.trim() === '' || /^Zip file size/.test(line)) continue;
    const m = ZIP_LINE.exec(line);
    if (!m) return { bad: line.slice(0, 120) };
    const [, t, perms, name] = m;
    if (t === 'l') return { refused: `member ${JSON.stringify(name)} is a symbolic link (refused in zip archives)` };
    members.push({ type: t === 'd' ? 'dir' : t === '-' ? 'file' : 'other', name: name!, setId: /[sS]/.test(perms![2]!) || /[sS]/.test(perms![5]!) });
  }
  return { members };
}

/** The member's path relative to the sandbox, normalized, or undefined when it leaves it. */
function inside(rel: string): string | undefined {
  if (rel === '' || path.posix.isAbsolute(rel)) return undefined;
  if (rel.split('/').includes('..')) return undefined;
  const n = path.posix.normalize(rel).replace(/\/+$/, '');
  return n === '' || n === '.' ? '.' : n;
}

/**
 * Why an archive may not be unpacked into the sandbox, or undefined when
 * it may. Refused: absolute names and names with a `..` component; device,
 * fifo and other special members; a symlink whose target (taken from the
 * link's own directory) leaves the sandbox or is absolute; a hard link to a
 * path outside; a member below a symlink member of the same archive (tar
 * would write through it). Set-id bits are not refused here: the caller
 * clears them after unpacking.
 */
export function archiveProblem(members: readonly ArchiveMember[]): string | undefined {
  const links = new Set<string>();
  for (const m of members) {
    const shown = JSON.stringify(m.name);
    const rel = inside(m.name);
    if (rel === undefined) return `member ${shown} is absolute or has a ".." component`;
    if (m.type === 'other') return `member ${shown} is a device, fifo or other special file`;
    if (m.type === 'symlink') {
      const t = m.target ?? '';
      if (t === '' || path.posix.isAbsolute(t)) return `symlink ${shown} points to ${JSON.stringify(t)}, outside the sandbox`;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rel), t));
      if (resolved === '..' || resolved.startsWith('../')) return `symlink ${shown} points to ${JSON.stringify(t)}, outside the sandbox`;
    }
    if (m.type === 'hardlink' && inside(m.target ?? '') === undefined) return `hard link ${shown} points to ${JSON.stringify(m.target ?? '')}, outside the sandbox`;
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      if (links.has(parts.slice(0, i).join('/'))) return `member ${shown} lies below a symlink of the same archive`;
    }
    if (m.type === 'symlink') links.add(rel);
  }
  return undefined;
}

/** Every path prefix of a member ("a/b/c" -> a, a/b, a/b/c), for the caller's check that none is already a link. */
export function memberPrefixes(name: string): string[] {
  const rel = inside(name);
  if (rel === undefined || rel === '.') return [];
  const parts = rel.split('/');
  return parts.map((_p, i) => parts.slice(0, i + 1).join('/'));
}
