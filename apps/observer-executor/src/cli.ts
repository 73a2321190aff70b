/** The command line for people: --help, --version, --debug. */
import { Command, CommanderError } from 'commander';
import { DeimosError, exitCodeOf, isHelpOrVersion } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import { observe, type captureSignals } from './commands/observe';
import { makeRuntime } from './commands/runtime';

declare const DEIMOS_VERSION: string | undefined;
const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';
const PROGRAM = 'deimos-observer-executor';

export async function runCli(argv: string[], signals: ReturnType<typeof captureSignals>, onRuntime: (log: Logger, debug: boolean) => void): Promise<number> {
  let exitCode = 0;
  const program = new Command(PROGRAM)
    .description(
      'Run by the Mesos command executor (mesos-executor --override ' +
        PROGRAM +
        ' <id>): waits until the container ends and exits with the task exit code, so the executor reports FINISHED or FAILED. SIGTERM/SIGINT stop the container.',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'log at DEBUG level and print stacks on errors')
    .argument('<mesos-container-id>', 'the Mesos container id the task runs in')
    .exitOverride()
    .action(async (id: string, opts: { debug?: boolean }) => {
      const rt = makeRuntime({ program: PROGRAM, debug: Boolean(opts.debug) });
      onRuntime(rt.log, Boolean(opts.debug));
      exitCode = await observe(rt, id, signals);
    });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (isHelpOrVersion(err)) return 0;
    process.stderr.write(program.helpInformation());
    return exitCodeOf(new DeimosError('USAGE', err.message));
  }
}
