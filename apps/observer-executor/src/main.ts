import { runMain, type MainState } from '@deimos/log';
import { captureSignals, observe } from './commands/observe';
import { PROGRAM } from './program';

// Signals are caught from the first moment (see captureSignals).
const signals = captureSignals();

/**
 * `deimos-observer-executor <id>` (how mesos-executor runs us) takes a lean
 * path: this process lives as long as the task, so it loads neither the
 * command-line parser nor anything else it does not need. An error's status
 * is not the task's code: the executor reports a failed task either way.
 */
runMain(PROGRAM, { debug: false } as MainState, async (state) => {
  const args = process.argv.slice(2);
  if (args.length === 1 && !args[0].startsWith('-')) {
    const { makeRuntime } = await import('./commands/runtime');
    const rt = makeRuntime({ program: PROGRAM, debug: process.env.DEIMOS_DEBUG === '1' });
    state.log = rt.log;
    return observe(rt, args[0], signals);
  }
  const { runCli } = await import('./cli');
  return runCli(process.argv, signals, state);
});
