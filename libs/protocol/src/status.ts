import { DeimosError } from '@deimos/errors';

/**
 * The wait(2) status word that `Termination.status` carries: a normal exit
 * with code c is `c << 8`, death by signal s is `s` (the agent decodes it with
 * WIFEXITED/WEXITSTATUS/WTERMSIG). A signal wins when both are given.
 */
export function waitStatus(exit: { code?: number; signal?: number }): number {
  if (exit.signal !== undefined && exit.signal !== null) {
    if (!Number.isInteger(exit.signal) || exit.signal < 1 || exit.signal > 0x7f) {
      throw new DeimosError('INVALID_INPUT', `signal ${exit.signal} is not a signal number (1-127)`);
    }
    return exit.signal;
  }
  if (exit.code !== undefined && exit.code !== null) {
    if (!Number.isInteger(exit.code)) {
      throw new DeimosError('INVALID_INPUT', `exit code ${exit.code} is not an integer`);
    }
    // WEXITSTATUS keeps the low 8 bits only.
    return (exit.code & 0xff) << 8;
  }
  throw new DeimosError('INVALID_INPUT', 'an exit needs a code or a signal to make a wait status');
}
