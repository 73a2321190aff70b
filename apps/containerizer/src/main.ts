import { DeimosError, exitCodeOf, formatError, isHelpOrVersion } from '@deimos/errors';
import { isAgentSubcommand, PROGRAM, runAgentCall, type CallContext } from './agent-call';

/**
 * Agent calls (`deimos-containerizer <subcommand>`, nothing else on the line)
 * take a lean path; anything else goes through the full command line.
 */
async function main(argv: string[]): Promise<number> {
  const ctx: CallContext = { debug: process.env.DEIMOS_DEBUG === '1' };
  const args = argv.slice(2);
  try {
    if (args.length === 1 && isAgentSubcommand(args[0])) {
      await runAgentCall(args[0], ctx);
      return 0;
    }
    const { buildProgram } = await import('./cli');
    const { CommanderError } = await import('commander');
    const program = buildProgram(ctx);
    try {
      await program.parseAsync(argv);
      return 0;
    } catch (err) {
      if (!(err instanceof CommanderError)) throw err;
      if (isHelpOrVersion(err)) return 0;
      // commander printed its one-line message; add the usage.
      process.stderr.write(program.helpInformation());
      return exitCodeOf(new DeimosError('USAGE', err.message));
    }
  } catch (err) {
    const line = formatError(err, ctx.debug);
    if (ctx.log) ctx.log.error(line);
    else process.stderr.write(`${PROGRAM}: ${line}\n`);
    return exitCodeOf(err);
  } finally {
    await ctx.log?.close();
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
