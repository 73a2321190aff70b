import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import type { HostBind, PathFacts, PathStat } from '@deimos/docker';

/**
 * The host's file system as bind sources need it (a port: planLaunch's
 * rules are unit-tested with a fake): lstat and readlink for the judgement
 * (libs/docker binds.ts), and the one way we create a missing source.
 */
export interface BindHost extends PathFacts {
  /**
   * Make one directory, owned by root and mode 0755, in a parent that only
   * root can change; never follows a link at its name. Fails when what is
   * there then is not such a directory.
   */
  makeDirectory(p: string): void;
}

const refusedPath = (p: string, what: string) =>
  new DeimosError('POLICY', `launch refused: cannot create bind source ${p}: ${what}`, { hint: 'create it on the host as root, or remove the bind from the task' });

/** A Node error's code, for the cases below. */
const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code;

const unexaminable = (p: string, err: unknown) => new DeimosError('POLICY', `launch refused: host path ${p} cannot be examined (${codeOf(err)})`, { hint: 'bind a path root can read', cause: err });

function lstatOrUndefined(p: string): PathStat | undefined {
  try {
    return fs.lstatSync(p);
  } catch (err) {
    // Nothing by that name (or its directory was replaced meanwhile by something else).
    if (codeOf(err) === 'ENOENT' || codeOf(err) === 'ENOTDIR') return undefined;
    throw unexaminable(p, err);
  }
}

function readlinkOrUndefined(p: string): string | undefined {
  try {
    return fs.readlinkSync(p);
  } catch (err) {
    // No longer a link (EINVAL), or gone: it changed since lstat, and the judgement says so.
    if (codeOf(err) === 'EINVAL' || codeOf(err) === 'ENOENT' || codeOf(err) === 'ENOTDIR') return undefined;
    throw unexaminable(p, err);
  }
}

export const realBindHost: BindHost = {
  lstat: lstatOrUndefined,
  readlink: readlinkOrUndefined,
  makeDirectory(p) {
    let made = true;
    try {
      fs.mkdirSync(p, 0o700);
    } catch (err) {
      // Made meanwhile (only root could, in a parent only root can change): judged below, not changed.
      if (codeOf(err) !== 'EEXIST') throw refusedPath(p, codeOf(err) ?? String(err));
      made = false;
    }
    let fd: number;
    try {
      // O_NOFOLLOW: a link at the name fails (ENOTDIR with O_DIRECTORY, else ELOOP) instead of being followed.
      fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_DIRECTORY);
    } catch (err) {
      throw refusedPath(p, `it is not a directory of its own (${codeOf(err)})`);
    }
    try {
      const st = fs.fstatSync(fd);
      if (st.uid !== 0) throw refusedPath(p, `it is owned by uid ${st.uid}, not root`);
      // Ours: mode 0755 whatever the umask, set on the directory we hold open.
      if (made) fs.fchmodSync(fd, 0o755);
      else if ((st.mode & 0o022) !== 0) throw refusedPath(p, `it is writable by others than root (mode ${(st.mode & 0o7777).toString(8)})`);
    } finally {
      fs.closeSync(fd);
    }
  },
};

/**
 * Create what the judged binds lack (`[policy] create_missing_bind_paths`),
 * one name at a time below the part that exists, following no link.
 */
export function createBindSources(binds: readonly HostBind[], host: BindHost): void {
  for (const b of binds) {
    if (!b.create) continue;
    let dir = b.create.under;
    for (const name of b.create.names) {
      dir = path.posix.join(dir, name);
      host.makeDirectory(dir);
    }
  }
}
