import { exitCodeOf, formatError } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import { captureSignals, observe } from './commands/observe';

const PROGRAM = 'deimos-observer-executor';

// Signals are caught from the first moment (see captureSignals).
const signals = captureSignals();

/**
 * `deimos-observer-executor <id>` (how mesos-executor runs us) takes a lean
 * path: this process lives as long as the task, so it loads neither the
 * command-line parser nor anything else it does not need.
 */
async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  let log: Logger | undefined;
  let debug = false;
  try {
    if (args.length === 1 && !args[0].startsWith('-')) {
      const { makeRuntime } = await import('./commands/runtime');
      const rt = makeRuntime({ program: PROGRAM, debug: process.env.DEIMOS_DEBUG === '1' });
      log = rt.log;
      return await observe(rt, args[0], signals);
    }
    const { runCli } = await import('./cli');
    return await runCli(argv, signals, (l, d) => {
      log = l;
      debug = d;
    });
  } catch (err) {
    const line = formatError(err, debug);
    if (log) log.error(line);
    else process.stderr.write(`${PROGRAM}: ${line}\n`);
    // Not the task's code: the executor reports a failed task either way.
    return exitCodeOf(err);
  } finally {
    await log?.close();
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});

