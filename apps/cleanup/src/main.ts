import { Command, Option } from 'commander';
import { runMain, VERSION, type MainState } from '@deimos/log';
import { checkStates, sweepStates } from '@deimos/sweep';
import { makeContext, PROGRAM } from './context';
import { boundMemory } from './memory';
import { toRequest, type RawCleanupOptions } from './options';

const state: MainState = { debug: process.env.DEIMOS_DEBUG === '1' };

const program = new Command(PROGRAM)
  .description(
    'List the state of ended containers that started before a threshold (default: now); --rm removes it, ' +
      'with their stopped Docker containers and MidoNet leftovers. --check reports inconsistencies.',
  )
  .version(VERSION, '-V, --version')
  .addOption(new Option('--before <time>', 'threshold as an ISO 8601 time, e.g. 2026-01-02T03:04:05Z').conflicts('olderThan'))
  .option('--older-than <duration>', 'threshold as an age: 90s, 15m, 2h, 7d, 1w, 1h30m')
  .option('--rm', 'remove what is listed: state directory, docker/ and start-time/ links, stopped Docker container')
  .option('--dry-run', 'show what --rm would remove, change nothing')
  .option('--check', 'report inconsistencies between state, locks and Docker; change nothing')
  .option('--repair', 'with --check: fix the inconsistencies that are safe to fix')
  .option('--json', 'print the results as JSON on stdout')
  .option('--quiet-if-busy', 'exit 0 silently when another cleanup is running (for cron)')
  .option('--state-root <dir>', 'state root to clean (default: [state] root of the configuration)')
  .option('--debug', 'log at DEBUG level and print stacks on errors')
  .showSuggestionAfterError(true)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .action(async (raw: RawCleanupOptions & { stateRoot?: string; debug?: boolean }) => {
    if (raw.debug) state.debug = true;
    const req = toRequest(raw, new Date());
    const ctx = { ...makeContext({ stateRoot: raw.stateRoot, debug: state.debug }), betweenChunks: boundMemory() };
    // Errors stay on stderr after the program name (cron mails them); the
    // logger is only closed.
    try {
      if (req.kind === 'check') await checkStates(ctx, req);
      else await sweepStates(ctx, req);
    } finally {
      await ctx.log.close();
    }
  });

runMain(PROGRAM, state, async () => {
  await program.parseAsync(process.argv);
});
