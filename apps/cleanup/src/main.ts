import { Command, CommanderError, Option } from 'commander';
import { DeimosError, exitCodeOf, formatError, isHelpOrVersion } from '@deimos/errors';
import { checkStates, sweepStates, type CleanupContext } from '@deimos/sweep';
import { makeContext, PROGRAM } from './context';
import { toRequest, type RawCleanupOptions } from './options';

declare const DEIMOS_VERSION: string | undefined;
const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';

let ctx: CleanupContext | undefined;
let debug = process.env.DEIMOS_DEBUG === '1';

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
    if (raw.debug) debug = true;
    const req = toRequest(raw, new Date());
    ctx = makeContext({ stateRoot: raw.stateRoot, debug });
    if (req.kind === 'check') await checkStates(ctx, req);
    else await sweepStates(ctx, req);
  });

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (isHelpOrVersion(err)) return 0;
      // commander already printed its one-line message.
      process.stderr.write(`(${PROGRAM} --help lists the options)\n`);
      return exitCodeOf(new DeimosError('USAGE', err.message));
    }
    const line = formatError(err, debug);
    process.stderr.write(`${PROGRAM}: ${line}\n`);
    return exitCodeOf(err);
  } finally {
    await ctx?.log.close();
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
