import { DeimosError, exitCodeOf, formatError, isHelpOrVersion } from '@deimos/errors';
import type { Logger } from './log';

declare const DEIMOS_VERSION: string | undefined;

/** The package version the build bakes in (esbuild `define`); `0.0.0-dev` when run from source. */
export const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';

/** What a program's body learns while it runs and the ending needs: set fields as they become known. */
export interface MainState {
  debug: boolean;
  /** Once set, the final error goes to it (so also to syslog) and it is closed at the end. */
  log?: Logger;
  /** The text after commander's own one-line message on a usage error (default: where --help is). */
  usage?: () => string;
}

/** commander's errors carry a `commander.*` code (its CommanderError), tested without loading commander. */
function commanderCode(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('commander.') ? code : undefined;
}

/**
 * Run a program's body and give its exit status, the same way for every
 * program: the body's number (0 when it returns nothing); `--help` and
 * `--version` are 0; another commander error (it printed its own line) adds
 * the usage and is 1; any other error becomes one line, on the logger when
 * there is one, else on stderr after the program's name, with its status
 * from the one table in @deimos/errors. The logger is closed last.
 */
export async function mainExitCode<S extends MainState>(program: string, state: S, body: (state: S) => Promise<number | void>): Promise<number> {
  try {
    return (await body(state)) ?? 0;
  } catch (err) {
    const code = commanderCode(err);
    if (code !== undefined) {
      if (isHelpOrVersion({ code })) return 0;
      process.stderr.write(state.usage ? state.usage() : `(${program} --help lists the options)\n`);
      return exitCodeOf(new DeimosError('USAGE', (err as Error).message));
    }
    const line = formatError(err, state.debug);
    // The logger makes one line of each call: the stack (debug) goes line by line.
    if (state.log) for (const l of line.split('\n')) state.log.error(l);
    else process.stderr.write(`${program}: ${line}\n`);
    return exitCodeOf(err);
  } finally {
    await state.log?.close();
  }
}

/** mainExitCode, then the process's exit status (set, not forced: pending output is written first). */
export function runMain<S extends MainState>(program: string, state: S, body: (state: S) => Promise<number | void>): void {
  void mainExitCode(program, state, body).then((code) => {
    process.exitCode = code;
  });
}
