import { runMain } from '@deimos/log';
import { isAgentSubcommand, runAgentCall, type CallContext } from './agent-call';
import { PROGRAM } from './program';

/**
 * Agent calls (`deimos-containerizer <subcommand>`, nothing else on the line)
 * take a lean path; anything else goes through the full command line.
 */
runMain(PROGRAM, { debug: process.env.DEIMOS_DEBUG === '1' } as CallContext, async (ctx) => {
  const args = process.argv.slice(2);
  if (args.length === 1 && isAgentSubcommand(args[0])) return runAgentCall(args[0], ctx);
  const { buildProgram } = await import('./cli');
  const program = buildProgram(ctx);
  // After commander's one-line message for a usage error: the whole usage.
  ctx.usage = () => program.helpInformation();
  await program.parseAsync(process.argv);
});
