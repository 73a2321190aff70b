import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '@deimos/config';
import { DeimosError, exitCodeOf, formatError, isHelpOrVersion } from '@deimos/errors';
import { readKernelLocks, StateRoot } from '@deimos/state';
import { browseCommand } from './commands/browse';

declare const DEIMOS_VERSION: string | undefined;
const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';
const PROGRAM = 'deimos-lock-browser';
let debug = process.env.DEIMOS_DEBUG === '1';

interface RawOptions {
  container?: string;
  json?: boolean;
  all?: boolean;
  stateRoot?: string;
  debug?: boolean;
}

const program = new Command(PROGRAM)
  .description('Show every lock held under the state root: container, lock, mode, holder pid (alive?), since when. Reads only.')
  .version(VERSION, '-V, --version')
  .option('--container <id>', 'only the locks of this Mesos container')
  .option('--json', 'print the locks as JSON')
  .option('--all', 'also list free lock files whose holder note names a dead process (stale notes)')
  .option('--state-root <dir>', 'state root to look at (default: [state] root of the configuration)')
  .option('--debug', 'print stacks on errors')
  .showSuggestionAfterError(true)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .action(async (raw: RawOptions) => {
    if (raw.debug) debug = true;
    const root = new StateRoot(raw.stateRoot !== undefined ? path.resolve(raw.stateRoot) : loadConfig().config.state.root);
    await browseCommand(
      {
        root,
        readLocks: () => readKernelLocks(),
        out: (text) => process.stdout.write(text),
        warn: (line) => process.stderr.write(`${PROGRAM}: ${line}\n`),
      },
      { container: raw.container, json: Boolean(raw.json), all: Boolean(raw.all) },
    );
  });

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (isHelpOrVersion(err)) return 0;
      process.stderr.write(`(${PROGRAM} --help lists the options)\n`);
      return exitCodeOf(new DeimosError('USAGE', err.message));
    }
    process.stderr.write(`${PROGRAM}: ${formatError(err, debug)}\n`);
    return exitCodeOf(err);
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
