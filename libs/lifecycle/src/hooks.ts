import * as fs from 'node:fs';
import type { Logger } from '@deimos/log';
import { spawnDetached } from '@deimos/process';
import { SANE_PATH } from './sane-path';

/**
 * Start a hook (fire and forget, through libs/process): the task's
 * environment with our sane PATH over it (a framework must not choose which
 * programs an operator's hook runs), a time limit through timeout(1), in
 * its own session so it outlives us. Its start is logged here; its output
 * and a line with its exit status (`<time> <what> exited N`) go to
 * `logFile` (the container's `hooks.log` in the state), as we do not wait
 * for it.
 */
export function startHook(argv: readonly string[], env: ReadonlyArray<readonly [string, string]>, timeoutMs: number, log: Logger, what: string, logFile: string): void {
  if (argv.length === 0) return;
  const hookEnv: Record<string, string> = {};
  for (const [k, v] of env) hookEnv[k] = v;
  hookEnv.PATH = SANE_PATH;
  let out: number;
  try {
    out = fs.openSync(logFile, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
  } catch (err) {
    log.warn(`${what} not started: cannot open ${logFile}: ${(err as Error).message}`);
    return;
  }
  try {
    const limit = String(Math.max(1, Math.ceil(timeoutMs / 1000)));
    // sh reports the exit ("$0" is the hook's name for the line).
    const script = '"$@"; s=$?; echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $0 exited $s"';
    const pid = spawnDetached({ argv: ['/bin/sh', '-c', script, what, 'timeout', '-k', '5', limit, ...argv], stdout: out, stderr: out, env: hookEnv, what });
    log.info(`${what} started (pid ${pid}, at most ${limit} s) // ${argv.join(' ')}`);
  } catch (err) {
    log.warn(`${what} could not start: ${(err as Error).message}`);
  } finally {
    fs.closeSync(out);
  }
}
