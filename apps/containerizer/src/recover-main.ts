import { DeimosError } from '@deimos/errors';
import { runMain } from '@deimos/log';
import { recoverCommand } from './commands/recover';
import { fullRuntime } from './commands/runtime';
import { PROGRAM } from './program';

/**
 * The third bundle of deimos-containerizer (tools/build/build.mjs): the
 * loader starts it for `recover` with nothing else on the line. Recover runs
 * at every agent start, before any task can run; this bundle holds the
 * lifecycle's recovery and what it needs (a third of the whole program),
 * and no command-line parser, launch or explain.
 */
runMain(PROGRAM, { debug: process.env.DEIMOS_DEBUG === '1' }, async (ctx) => {
  if (process.argv.length !== 3 || process.argv[2] !== 'recover') {
    throw new DeimosError('USAGE', `the recover bundle of ${PROGRAM} serves only recover, not "${process.argv.slice(2).join(' ')}"`, {
      hint: `run ${PROGRAM} itself; its loader starts this bundle for recover`,
    });
  }
  const rt = fullRuntime(ctx);
  await recoverCommand(rt, rt.config.recover.removeOrphans);
});
