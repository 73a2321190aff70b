import * as path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '@deimos/config';
import { runMain, VERSION, type MainState } from '@deimos/log';
import { readKernelLocks, StateRoot } from '@deimos/state';
import { browseCommand } from './commands/browse';

const PROGRAM = 'deimos-lock-browser';
const state: MainState = { debug: process.env.DEIMOS_DEBUG === '1' };

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
    if (raw.debug) state.debug = true;
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

runMain(PROGRAM, state, async () => {
  await program.parseAsync(process.argv);
});
