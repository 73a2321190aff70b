import { Command, CommanderError, Option } from 'commander';
import { DeimosError, exitCodeOf, formatError } from '@deimos/errors';
import { readFrameFromFd, writeFrameToFd } from '@deimos/process';
import { decode, encode } from '@deimos/protocol';
import { loadConfig, renderConfig } from '@deimos/config';
import { makeRuntime, type Runtime } from '@deimos/lifecycle';
import { launchCommand } from './commands/launch';
import { destroyCommand, liveContainers, settleCommand, waitCommand } from '@deimos/lifecycle';

const PROGRAM = 'deimos-containerizer';
import { updateCommand } from './commands/update';
import { usageCommand } from './commands/usage';
import { recoverCommand } from './commands/recover';

declare const DEIMOS_VERSION: string | undefined;
const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';

let runtime: Runtime | undefined;
let debug = process.env.DEIMOS_DEBUG === '1';

function rt(): Runtime {
  runtime ??= makeRuntime({ program: PROGRAM, debug });
  return runtime;
}

const program = new Command(PROGRAM)
  .description('Docker external containerizer for Mesos agents: the agent runs `' + PROGRAM + ' <subcommand>` with a framed protobuf on stdin.')
  .version(VERSION, '-V, --version')
  .addOption(new Option('--debug', 'log at DEBUG level and print stacks on errors'))
  .hook('preAction', (cmd) => {
    if (cmd.opts().debug) debug = true;
  })
  .showSuggestionAfterError(true)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('launch')
  .description('start a container for a Launch read from stdin; returns once it runs')
  .action(async () => {
    const msg = decode('Launch', readFrameFromFd(0));
    await launchCommand(rt(), msg);
  });

program
  .command('update')
  .description('apply the cpus/mem of an Update read from stdin to the running container')
  .action(async () => {
    await updateCommand(rt(), decode('Update', readFrameFromFd(0)));
  });

program
  .command('usage')
  .description('write ResourceStatistics for the container named by a Usage read from stdin')
  .action(async () => {
    const stats = usageCommand(rt(), decode('Usage', readFrameFromFd(0)));
    writeFrameToFd(encode('ResourceStatistics', stats));
  });

program
  .command('wait')
  .description('block until the container of a Wait read from stdin ends; write its Termination')
  .action(async () => {
    const msg = decode('Wait', readFrameFromFd(0));
    const termination = await waitCommand(rt(), msg.containerId?.value);
    writeFrameToFd(encode('Termination', termination));
  });

program
  .command('destroy')
  .description('stop the container of a Destroy read from stdin (grace period, then kill)')
  .action(async () => {
    await destroyCommand(rt(), decode('Destroy', readFrameFromFd(0)).containerId?.value);
  });

program
  .command('containers')
  .description('write the ids of our live containers as one Containers frame (reads no stdin)')
  .action(() => {
    const ids = liveContainers(rt());
    writeFrameToFd(encode('Containers', { containers: ids.map((value) => ({ value })) }));
  });

program
  .command('recover')
  .description('reconcile our state with Docker after an agent start (reads no stdin)')
  .action(async () => {
    await recoverCommand(rt(), rt().config.recover.removeOrphans);
  });

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
    await settleCommand(rt(), id, Boolean(opts.fromWatcher));
  });

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      // commander already printed its one-line message; add the usage.
      process.stderr.write(program.helpInformation());
      return exitCodeOf(new DeimosError('USAGE', err.message));
    }
    const line = formatError(err, debug);
    if (runtime) runtime.log.error(line);
    else process.stderr.write(`${PROGRAM}: ${line}\n`);
    return exitCodeOf(err);
  } finally {
    await runtime?.log.close();
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
