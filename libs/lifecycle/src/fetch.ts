import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import { userText, type TaskUser, type UriSpec } from '@deimos/docker';
import type { Logger } from '@deimos/log';
import { run } from '@deimos/process';
import { SANE_PATH } from './sane-path';
import { archiveProblem, localPathAllowed, memberPrefixes, parseTarListing, parseZipListing, type ArchiveMember } from './fetch-rules';

const FETCH_ENV = { PATH: SANE_PATH, LC_ALL: 'C' };

function basenameOf(uri: string): string {
  const noQuery = uri.replace(/[?#].*$/, '');
  const base = path.posix.basename(noQuery);
  if (!base || base === '.' || base === '..' || base === '/') throw new DeimosError('FETCH', `URI "${uri}" names no file`);
  return base;
}

function archiveKind(file: string): 'tar' | 'zip' | undefined {
  if (/\.(tgz|tar\.gz|tar\.bz2|tbz2|tar\.xz|txz|tar)$/.test(file)) return 'tar';
  if (/\.zip$/.test(file)) return 'zip';
  return undefined;
}

export interface FetchOptions {
  unpack: boolean;
  timeoutMs: number;
  /** Largest file one URI may bring. */
  maxBytes: number;
  /** Directories a task with no user may copy local URIs from. */
  localPaths: readonly string[];
  /** The task's user; every step then runs as it. */
  user?: TaskUser;
  log: Logger;
}

/** A refusal or failure of one URI: one line naming it and the reason. */
class UriRefused extends Error {}

/** The argv prefix that runs a program as the task's user and group (setpriv, util-linux), or [] for root. */
async function asUserPrefix(user: TaskUser | undefined, log: Logger): Promise<string[]> {
  if (user === undefined) return [];
  if (user.kind === 'ids' && user.gid !== undefined) return ['setpriv', `--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--'];
  const who = userText(user);
  let gid: string;
  try {
    gid = (await run(['id', '-g', '--', who], { log, env: FETCH_ENV, extendEnv: false, timeoutMs: 10_000 })).stdout.trim();
  } catch {
    throw new DeimosError('FETCH', `user "${who}" is unknown on this host: its URIs cannot be fetched as it`, { hint: 'create the user on the agent or launch without one' });
  }
  if (!/^\d+$/.test(gid)) throw new DeimosError('FETCH', `user "${who}" has no usable group (id -g said ${JSON.stringify(gid.slice(0, 40))})`);
  return ['setpriv', `--reuid=${who}`, `--regid=${gid}`, '--init-groups', '--'];
}

const NOFOLLOW_READ = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

/** Open `p` without following a final link; a regular file only. */
function openRegular(p: string, what: string): { fd: number; stat: fs.Stats } {
  let fd: number;
  try {
    fd = fs.openSync(p, NOFOLLOW_READ);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UriRefused(code === 'ELOOP' ? `${what} is a symbolic link` : `${what} cannot be opened (${code ?? (err as Error).message})`);
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw new UriRefused(`${what} is not a regular file`);
  }
  return { fd, stat };
}

/** Copy a local file (root, no user) into a new file `to`, at most maxBytes. */
function copyAsRoot(real: string, to: string, maxBytes: number): void {
  const { fd: src, stat } = openRegular(real, `the local file ${real}`);
  try {
    if (stat.size > maxBytes) throw new UriRefused(`it is ${stat.size} bytes, more than [uris] max_bytes (${maxBytes})`);
    const dst = fs.openSync(to, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o644);
    try {
      const buf = Buffer.allocUnsafe(1 << 16);
      let total = 0;
      for (;;) {
        const n = fs.readSync(src, buf, 0, buf.length, null);
        if (n === 0) break;
        total += n;
        if (total > maxBytes) throw new UriRefused(`it grew past [uris] max_bytes (${maxBytes}) while copied`);
        fs.writeSync(dst, buf, 0, n);
      }
    } finally {
      fs.closeSync(dst);
    }
  } finally {
    fs.closeSync(src);
  }
}

/** The URI as a local path (plain or file://), or undefined for a remote one. */
function localPathOf(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('file://')) return undefined;
  const p = value.startsWith('file://') ? decodeURIComponent(value.slice('file://'.length).replace(/^localhost\//, '/')) : value;
  return p;
}

/** What is already at `dest` forbids writing it: a link or a directory. */
function refuseExisting(dest: string, name: string): void {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dest);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) throw new UriRefused(`the sandbox already holds "${name}" as a symbolic link; not writing through it`);
  if (!st.isFile()) throw new UriRefused(`the sandbox already holds "${name}" and it is not a regular file`);
}

/** Clear set-id bits of what an archive put in the sandbox, without following links. */
function clearSetIdBits(sandbox: string, members: readonly ArchiveMember[]): void {
  for (const m of members) {
    if (m.type !== 'file' && m.type !== 'dir' && m.type !== 'hardlink') continue;
    const p = path.join(sandbox, m.name);
    let fd: number;
    try {
      fd = fs.openSync(p, NOFOLLOW_READ);
    } catch {
      continue; // not there (unpack skipped it) or a link: nothing to clear
    }
    try {
      const mode = fs.fstatSync(fd).mode & 0o7777;
      if (mode & 0o6000) fs.fchmodSync(fd, mode & ~0o6000);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/**
 * Unpack `file` into the sandbox after listing it: the members must pass
 * archiveProblem, and no member path (or a directory above it) may exist
 * in the sandbox as a symbolic link already. Unpacked as `asUser`, with no
 * owners and no permissions kept from the archive; set-id bits cleared.
 */
async function unpack(kind: 'tar' | 'zip', file: string, sandbox: string, asUser: string[], opts: FetchOptions): Promise<void> {
  const runOpts = { timeoutMs: opts.timeoutMs, log: opts.log, env: FETCH_ENV, extendEnv: false, cwd: sandbox };
  let members: ArchiveMember[];
  if (kind === 'tar') {
    const listing = await run([...asUser, 'tar', '--quoting-style=c', '-tvf', file], runOpts);
    const parsed = parseTarListing(listing.stdout);
    if ('bad' in parsed) throw new UriRefused(`its listing line ${JSON.stringify(parsed.bad)} cannot be read`);
    members = parsed.members;
  } else {
    const listing = await run([...asUser, 'unzip', '-Z', file], runOpts);
    const parsed = parseZipListing(listing.stdout);
    if ('bad' in parsed) throw new UriRefused(`its listing line ${JSON.stringify(parsed.bad)} cannot be read`);
    if ('refused' in parsed) throw new UriRefused(parsed.refused);
    members = parsed.members;
  }
  const problem = archiveProblem(members);
  if (problem) throw new UriRefused(`the archive is refused: ${problem}`);
  for (const m of members) {
    for (const prefix of memberPrefixes(m.name)) {
      let isLink = false;
      try {
        isLink = fs.lstatSync(path.join(sandbox, prefix)).isSymbolicLink();
      } catch {
        break; // not there: nothing below it exists either
      }
      if (isLink) throw new UriRefused(`the archive is refused: member ${JSON.stringify(m.name)} would be written through the existing link "${prefix}" in the sandbox`);
    }
  }
  if (kind === 'tar') await run([...asUser, 'tar', '-C', sandbox, '--no-same-owner', '--no-same-permissions', '--no-overwrite-dir', '-xf', file], runOpts);
  else await run([...asUser, 'unzip', '-o', '-q', file, '-d', sandbox], runOpts);
  if (asUser.length) {
    // The user's own files: cleared as the user (find does not follow links).
    await run([...asUser, 'find', '-P', sandbox, '-xdev', '(', '-perm', '-4000', '-o', '-perm', '-2000', ')', '!', '-type', 'l', '-exec', 'chmod', 'ug-s', '--', '{}', '+'], runOpts);
  } else {
    clearSetIdBits(sandbox, members);
  }
}

async function fetchOne(uri: UriSpec, sandbox: string, asUser: string[], opts: FetchOptions): Promise<void> {
  const name = basenameOf(uri.value);
  const dest = path.join(sandbox, name);
  refuseExisting(dest, name);
  const local = localPathOf(uri.value);
  if (local !== undefined && !path.isAbsolute(local)) throw new UriRefused('a local path must be absolute');
  if (local === undefined && !/^(https?|ftp|s3):\/\//i.test(uri.value)) throw new UriRefused('its scheme is not one of http, https, ftp, s3, file');
  if (local !== undefined && asUser.length === 0) {
    // No user: only what the operator allows, judged after resolving links.
    let real: string;
    try {
      real = fs.realpathSync(local);
    } catch (err) {
      throw new UriRefused(`it cannot be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    if (!localPathAllowed(real, opts.localPaths)) {
      throw new UriRefused(opts.localPaths.length === 0 ? 'a task with no user may not copy local files; list their directory in [uris] local_paths' : `${real} is outside [uris] local_paths`);
    }
  }
  // A private directory in the sandbox (mkdtemp: new, 0700, ours or the
  // user's); the file is made there and renamed into place.
  const tmpDir = asUser.length
    ? (await run([...asUser, 'mktemp', '-d', path.join(sandbox, '.deimos-fetch.XXXXXXXX')], { log: opts.log, env: FETCH_ENV, extendEnv: false, timeoutMs: 10_000 })).stdout.trim()
    : fs.mkdtempSync(path.join(sandbox, '.deimos-fetch.'));
  if (path.dirname(tmpDir) !== sandbox) throw new UriRefused(`its temporary directory ${JSON.stringify(tmpDir)} is not in the sandbox`);
  const tmp = path.join(tmpDir, 'f');
  try {
    const secs = String(Math.max(1, Math.ceil(opts.timeoutMs / 1000)));
    if (local !== undefined && asUser.length === 0) copyAsRoot(fs.realpathSync(local), tmp, opts.maxBytes);
    else if (local !== undefined) {
      // As the user: curl reads the file with the user's rights, with the size limit.
      const url = `file://${local.split('/').map(encodeURIComponent).join('/')}`;
      await run([...asUser, 'curl', '-sSf', '--max-filesize', String(opts.maxBytes), '-o', tmp, url], { timeoutMs: opts.timeoutMs + 5000, log: opts.log, env: FETCH_ENV, extendEnv: false });
    } else if (uri.value.startsWith('s3://')) {
      await run([...asUser, 'aws', 's3', 'cp', '--', uri.value, tmp], { timeoutMs: opts.timeoutMs, log: opts.log });
    } else {
      // --max-filesize only helps when the size is announced; the size
      // check below catches chunked answers.
      const argv = [
        ...asUser,
        'curl',
        '-sSfL',
        '--proto',
        '=http,https,ftp',
        '--proto-redir',
        '=http,https,ftp',
        '--max-time',
        secs,
        '--max-filesize',
        String(opts.maxBytes),
        '-o',
        tmp,
        '--',
        uri.value,
      ];
      await run(argv, { timeoutMs: opts.timeoutMs + 5000, log: opts.log, env: FETCH_ENV, extendEnv: false });
    }
    // lstat, not open: the user owns the directory, and root opens nothing
    // the user may have put there.
    const stat = fs.lstatSync(tmp);
    if (!stat.isFile()) throw new UriRefused('the fetched file is not a regular file');
    if (stat.size > opts.maxBytes) throw new UriRefused(`it is ${stat.size} bytes, more than [uris] max_bytes (${opts.maxBytes})`);
    refuseExisting(dest, name);
    if (asUser.length) {
      // As the user: whatever a link could redirect, it reaches only what
      // the user may change anyway.
      const userRun = { log: opts.log, env: FETCH_ENV, extendEnv: false, timeoutMs: 10_000 };
      if (uri.executable) await run([...asUser, 'chmod', '0755', '--', tmp], userRun);
      await run([...asUser, 'mv', '-T', '--', tmp, dest], userRun);
    } else {
      const fd = fs.openSync(tmp, NOFOLLOW_READ);
      try {
        if (uri.executable) fs.fchmodSync(fd, 0o755);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, dest);
    }
  } finally {
    if (asUser.length) await run([...asUser, 'rm', '-rf', '--', tmpDir], { log: opts.log, env: FETCH_ENV, extendEnv: false, timeoutMs: 30_000 }).catch(() => undefined);
    else fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  const kind = archiveKind(name);
  if (opts.unpack && uri.extract && kind && !uri.executable) await unpack(kind, dest, sandbox, asUser, opts);
}

/**
 * Fetch the task's URIs into the sandbox, as Mesos's fetcher does: curl for
 * http(s)/ftp, aws for s3, a copy for local paths; then chmod +x and unpack
 * as asked. With a user, every step runs as that user and group (setpriv),
 * so it reads only what the user may; without one, local paths come only
 * from [uris] local_paths. Files are made in a private directory of the
 * sandbox and renamed into place, never written through a link. The first
 * failure is one line naming the URI and the reason (FETCH).
 */
export async function fetchUris(uris: readonly UriSpec[], sandbox: string, opts: FetchOptions): Promise<void> {
  if (uris.length === 0) return;
  const asUser = await asUserPrefix(opts.user, opts.log);
  for (const uri of uris) {
    try {
      await fetchOne(uri, sandbox, asUser, opts);
    } catch (err) {
      const reason = err instanceof UriRefused ? err.message : ((err as { stderr?: string }).stderr?.trim().split('\n').pop() ?? (err as Error).message);
      throw new DeimosError('FETCH', `could not fetch ${JSON.stringify(uri.value)} into the sandbox: ${reason}`, { cause: err });
    }
  }
}
