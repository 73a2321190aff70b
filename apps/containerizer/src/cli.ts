/** The command line for people: help, version, options, and the operator subcommands. */
import { Command, Option } from 'commander';
import { loadConfig, renderConfig } from '@deimos/config';
import { DeimosError } from '@deimos/errors';
import { loadDoctor } from '@deimos/lifecycle';
import { VERSION } from '@deimos/log';
import { readFrameFromFd } from '@deimos/process';
import { AGENT_SUBCOMMANDS, runAgentCall, type AgentSubcommand, type CallContext } from './agent-call';
import { PROGRAM } from './program';

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
    .command('doctor')
    .description('check the host: configuration, Docker engine, cgroups, registry credentials, state root, tools, mesos-executor, inotify, MidoNet')
    .option('--libexec-dir <dir>', 'where the agent keeps mesos-executor (default $MESOS_LIBEXEC_DIRECTORY or /usr/libexec/mesos)')
    .option('--json', 'print the results as JSON')
    .action(async (opts: { libexecDir?: string; json?: boolean }) => {
      const [{ runDoctor, renderDoctor }, { fullRuntime }] = await Promise.all([loadDoctor(), import('./commands/runtime')]);
      const loaded = loadConfig();
      const results = await runDoctor(fullRuntime(ctx), loaded, { libexecDir: opts.libexecDir });
      process.stdout.write(opts.json ? `${JSON.stringify(results, null, 2)}\n` : renderDoctor(results));
      if (results.some((r) => r.status === 'fail')) {
        throw new DeimosError('HOST_CHECK', `${results.filter((r) => r.status === 'fail').length} check(s) failed`, { hint: 'each FAIL line above says its fix' });
      }
    });

  program
    .command('explain')
    .description('show what launch would do for a Launch (a frame on stdin, or --file), starting nothing')
    .option('--file <path>', 'read the Launch from this file (a frame or the bare message)')
    .option('--json', 'print the plan as JSON')
    .action(async (opts: { file?: string; json?: boolean }) => {
      const [{ explainCommand, readLaunchInput }, { fullRuntime }] = await Promise.all([import('./commands/explain'), import('./commands/runtime')]);
      const launch = readLaunchInput(opts.file, () => readFrameFromFd(0));
      process.stdout.write(await explainCommand(fullRuntime(ctx), launch, opts.json === true));
    });

  program
    .command('settle', { hidden: true })
    .description('record how a container ended, if it has (safe to run by hand; waiters do the same)')
    .argument('<container-id>')
    .action(async (id: string) => {
      const { settleCall } = await import('./commands/lifecycle-calls');
      await settleCall(ctx, id);
    });

  return program;
}
