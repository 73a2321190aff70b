import { DeimosError } from '@deimos/errors';
import { runMain } from '@deimos/log';
import { isHotSubcommand, runHotCall } from './hot-calls';
import { PROGRAM } from './program';

/**
 * The second bundle of deimos-containerizer (tools/build/build.mjs): the
 * loader starts it instead of the whole program for `usage` and
 * `containers` with nothing else on the line (the agent's calls).
 */
runMain(PROGRAM, { debug: process.env.DEIMOS_DEBUG === '1' }, async (ctx) => {
  const sub = process.argv[2];
  if (process.argv.length !== 3 || !isHotSubcommand(sub)) {
    throw new DeimosError('USAGE', `the hot path of ${PROGRAM} serves only usage and containers, not "${process.argv.slice(2).join(' ')}"`, {
      hint: `run ${PROGRAM} itself; its loader starts this bundle for those two calls`,
    });
  }
  runHotCall(sub, ctx);
});
