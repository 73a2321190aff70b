/** The command line for people: --help, --version, --debug. */
import { Command } from 'commander';
import { VERSION, type MainState } from '@deimos/log';
import { observe, type captureSignals } from './commands/observe';
import { makeRuntime } from './commands/runtime';
import { PROGRAM } from './program';

export async function runCli(argv: string[], signals: ReturnType<typeof captureSignals>, state: MainState): Promise<number> {
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
      state.log = rt.log;
      state.debug = Boolean(opts.debug);
      exitCode = await observe(rt, id, signals);
    });
  // A usage error (raised to runMain) is followed by the whole usage.
  state.usage = () => program.helpInformation();
  await program.parseAsync(argv);
  return exitCode;
}
