import { Command, CommanderError } from 'commander';
import { DeimosError, exitCodeOf, formatError } from '@deimos/errors';
import { makeRuntime, type Runtime } from '@deimos/lifecycle';
import { captureSignals, observe } from './commands/observe';

const signals = captureSignals();

declare const DEIMOS_VERSION: string | undefined;
const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';
const PROGRAM = 'deimos-observer-executor';

let runtime: Runtime | undefined;
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
    runtime = makeRuntime({ program: PROGRAM, debug: Boolean(opts.debug) });
    exitCode = await observe(runtime, id, signals);
  });

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      process.stderr.write(program.helpInformation());
      return exitCodeOf(new DeimosError('USAGE', err.message));
    }
    const line = formatError(err, program.opts().debug === true);
    if (runtime) runtime.log.error(line);
    else process.stderr.write(`${PROGRAM}: ${line}\n`);
    // Not the task's code: the executor reports a failed task either way.
    return exitCodeOf(err);
  } finally {
    await runtime?.log.close();
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
