import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError, hasErrno } from '@deimos/errors';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

function stateError(action: string, file: string, err: unknown): DeimosError {
  const code = hasErrno(err, 'ENOSPC')
    ? 'the file system is full'
    : hasErrno(err, 'EROFS')
      ? 'the file system is read-only'
      : hasErrno(err, 'EACCES') || hasErrno(err, 'EPERM')
        ? 'permission denied'
        : (err as Error).message;
  return new DeimosError('STATE', `cannot ${action} ${file}: ${code}`, {
    hint: 'check the [state] root directory and its file system',
    cause: err,
  });
}

/**
 * Write a whole file atomically: a temporary sibling is written, flushed and
 * renamed over the target, so readers see the old value or the new one and a
 * crash never leaves a half-written file. The temporary file is removed on
 * any failure (for example ENOSPC).
 */
export function writeFileAtomic(file: string, content: string, mode = FILE_MODE): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, mode);
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* it may not exist */
    }
    throw stateError('write', file, err);
  }
}

/** Read a one-value state file; undefined when it does not exist. */
export function readValue(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if (hasErrno(err, 'ENOENT') || hasErrno(err, 'ENOTDIR')) return undefined;
    throw stateError('read', file, err);
  }
}

export function mkdirp(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  } catch (err) {
    // A recursive mkdir on a read-only file system says ENOENT; a plain one
    // of the same directory gives the real cause (EROFS, ENOSPC, EACCES).
    let real = err;
    if (hasErrno(err, 'ENOENT') && fs.existsSync(path.dirname(dir))) {
      try {
        fs.mkdirSync(dir, { mode: DIR_MODE });
        return;
      } catch (again) {
        real = again;
      }
    }
    throw stateError('create directory', dir, real);
  }
}

/** Create or replace a symlink atomically (temp link + rename). */
export function symlinkAtomic(target: string, link: string): void {
  const tmp = `${link}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    fs.symlinkSync(target, tmp);
    fs.renameSync(tmp, link);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* may not exist */
    }
    throw stateError('link', link, err);
  }
}

/** Remove a file or link; missing is fine. */
export function removeFile(file: string): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch (err) {
    if (hasErrno(err, 'ENOENT')) return false;
    throw stateError('remove', file, err);
  }
}

export { stateError };
