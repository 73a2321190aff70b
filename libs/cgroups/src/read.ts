// The one module that reads files. Everything else in this lib is a pure
// function of the text read here.
import { readFileSync } from 'node:fs';
import { DeimosError, hasErrno } from '@deimos/errors';

/**
 * Reads a small text file synchronously; `undefined` when it does not exist
 * (a controller that is not mounted, a key the kernel does not offer, a
 * process that just exited). Any other failure is a CGROUP error naming the
 * path.
 */
export function readOptional(path: string): string | undefined {
  try {
    // cgroupfs and procfs files report size 0; readFileSync reads to EOF anyway.
    return readFileSync(path, 'utf8');
  } catch (err) {
    if (hasErrno(err, 'ENOENT')) return undefined;
    throw new DeimosError('CGROUP', `cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** Like readOptional, but a missing file is a CGROUP error too. */
export function readRequired(path: string, hint?: string): string {
  const text = readOptional(path);
  if (text === undefined) throw new DeimosError('CGROUP', `${path} does not exist`, { hint });
  return text;
}
