/** The command line for people: help, version, options, and the operator subcommands. */
import { Command, Option } from 'commander';
import { loadConfig, renderConfig } from '@deimos/config';
import { AGENT_SUBCOMMANDS, PROGRAM, runAgentCall, type AgentSubcommand, type CallContext } from './agent-call';

declare const DEIMOS_VERSION: string | undefined;
export const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';

const DESCRIPTIONS: Record<AgentSubcommand, string> = {
  launch: 'start a container for a Launch read from stdin; returns once it runs',
  update: 'apply the cpus/mem of an Update read from stdin to the running container',
  usage: 'write ResourceStatistics for the container of a Usage read from stdin',
  wait: 'block until the container of a Wait read from stdin ends; write its Termination',
  destroy: 'stop the container of a Destroy read from stdin (grace period, then kill)',
  containers: 'write the ids of our live containers as one Containers frame (reads no stdin)',
  recover: 'reconcile our state with Docker after an agent start (reads no stdin)',
};

export function buildProgram(ctx: CallContext): Command {
  const program = new Command(PROGRAM)
    .description(
      `Docker external containerizer for Mesos agents. The agent runs \`${PROGRAM} <subcommand>\` with one length-prefixed protobuf on stdin; results are written the same way to stdout, logs to stderr.`,
    )
    .version(VERSION, '-V, --version')
    .addOption(new Option('--debug', 'log at DEBUG level and print stacks on errors'))
    .hook('preAction', (cmd) => {
      if (cmd.opts().debug) ctx.debug = true;
    })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  for (const sub of AGENT_SUBCOMMANDS) {
    program
      .command(sub)
      .description(DESCRIPTIONS[sub])
      .action(() => runAgentCall(sub, ctx));
  }

  program
    .command('config')
    .description('print the effective configuration, secrets redacted')
    .action(() => {
      process.stdout.write(renderConfig(loadConfig()));
    });

  program
    .command('settle', { hidden: true })
    .description('record how a container ended (run by the watcher; safe to run by hand)')
    .option('--from-watcher', 'the wait lock is inherited on fd 3')
    .argument('<container-id>')
    .action(async (id: string, opts: { fromWatcher?: boolean }) => {
      const { settleCall } = await import('./commands/lifecycle-calls');
      await settleCall(ctx, id, Boolean(opts.fromWatcher));
    });

  return program;
}
