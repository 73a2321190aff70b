import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { decode, encode, type MessageName } from '@deimos/protocol';
import { invoke, type InvokeResult, type Subcommand } from './invoke';
import { commandTaskLaunch, launchEnvOf, resourcesOf } from './launch';
import { DEFAULT_WORK_DIR, sandboxPath, standinLibexecDir } from './paths';
import { MESOS_VERSIONS, parseMesosVersion, terminationProblem, type MesosVersion } from './versions';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const REPLY_TYPE: Partial<Record<Subcommand, MessageName>> = {
  usage: 'ResourceStatistics',
  wait: 'Termination',
  containers: 'Containers',
};

/**
 * The emulator's command line. Prints one JSON object per call on stdout and
 * returns 0 when the call succeeded by the agent's rules, 1 when it failed,
 * 2 for a usage error.
 *
 *   agent-emulator call <subcommand> --containerizer PATH [--container-id ID] [--sandbox DIR]
 *   agent-emulator launch --containerizer PATH --command 'sleep 5' [--image docker:///busybox]
 */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('agent-emulator').description('Stand-in for a Mesos agent driving an external containerizer').exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('call')
    .description('run one containerizer subcommand (not launch) the way the agent does')
    .argument('<subcommand>', 'update | usage | wait | destroy | containers | recover')
    .requiredOption('--containerizer <path>', 'the --containerizer_path to run')
    .option('--container-id <id>', 'container the message is about')
    .option('--sandbox <dir>', 'cwd, and where stderr is appended')
    .option('--work-dir <dir>', 'MESOS_WORK_DIRECTORY', DEFAULT_WORK_DIR)
    .option('--cpus <n>', 'update: cpus', Number, 1)
    .option('--mem <mb>', 'update: mem in MB', Number, 128)
    .option('--timeout-ms <ms>', 'diagnostic limit (the agent has none)', Number)
    .option('--mesos-version <v>', `agent generation: ${MESOS_VERSIONS.join(', ')}`, parseMesosVersion, '0.20' as MesosVersion)
    .action(async (subcommand: string, o: CallOptions) => {
      exitCode = await callCommand(subcommand, o, io);
    });

  program
    .command('launch')
    .description('launch a command task the way the agent does')
    .requiredOption('--containerizer <path>', 'the --containerizer_path to run')
    .requiredOption('--command <shell>', "the task's shell command")
    .option('--container-id <id>', 'container id (default: a random UUID)')
    .option('--task-id <id>', 'task id', 'task-1')
    .option('--framework-id <id>', 'framework id', 'framework-1')
    .option('--slave-id <id>', 'agent id', 'slave-1')
    .option('--work-dir <dir>', 'MESOS_WORK_DIRECTORY and root of the sandbox', DEFAULT_WORK_DIR)
    .option('--image <uri>', 'old-style CommandInfo.container.image, e.g. docker:///busybox')
    .option('--cpus <n>', 'task cpus', Number, 1)
    .option('--mem <mb>', 'task mem in MB', Number, 128)
    .option('--timeout-ms <ms>', 'diagnostic limit (the agent has none)', Number)
    .option('--mesos-version <v>', `agent generation: ${MESOS_VERSIONS.join(', ')}`, parseMesosVersion, '0.20' as MesosVersion)
    .action(async (o: LaunchOptions) => {
      exitCode = await launchCommand(o, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    io.err(`agent-emulator: ${(err as Error).message}\n`);
    return 1;
  }
  return exitCode;
}

interface CallOptions {
  containerizer: string;
  containerId?: string;
  sandbox?: string;
  workDir: string;
  cpus: number;
  mem: number;
  timeoutMs?: number;
  mesosVersion: MesosVersion;
}

interface LaunchOptions {
  containerizer: string;
  command: string;
  containerId?: string;
  taskId: string;
  frameworkId: string;
  slaveId: string;
  workDir: string;
  image?: string;
  cpus: number;
  mem: number;
  timeoutMs?: number;
  mesosVersion: MesosVersion;
}

async function callCommand(subcommand: string, o: CallOptions, io: CliIo): Promise<number> {
  const sub = subcommand as Subcommand;
  if (!['update', 'usage', 'wait', 'destroy', 'containers', 'recover'].includes(sub)) {
    io.err(`agent-emulator: unknown subcommand "${subcommand}" (use launch for launch)\n`);
    return 2;
  }
  let input: Uint8Array | undefined;
  if (sub !== 'containers' && sub !== 'recover') {
    if (!o.containerId) {
      io.err(`agent-emulator: ${sub} needs --container-id\n`);
      return 2;
    }
    const containerId = { value: o.containerId };
    input =
      sub === 'update'
        ? encode('Update', { containerId, resources: resourcesOf({ cpus: o.cpus, mem: o.mem }) })
        : encode(sub === 'usage' ? 'Usage' : sub === 'wait' ? 'Wait' : 'Destroy', { containerId });
  }
  const result = await invoke({
    containerizer: o.containerizer,
    subcommand: sub,
    ...(input ? { input } : {}),
    ...(o.sandbox ? { sandbox: o.sandbox } : {}),
    workDir: o.workDir,
    timeoutMs: o.timeoutMs,
  });
  return report(sub, result, io, {}, o.mesosVersion);
}

async function launchCommand(o: LaunchOptions, io: CliIo): Promise<number> {
  const containerId = o.containerId ?? randomUUID();
  const directory = sandboxPath({
    workDir: o.workDir,
    slaveId: o.slaveId,
    frameworkId: o.frameworkId,
    executorId: o.taskId,
    containerId,
  });
  fs.mkdirSync(directory, { recursive: true });
  const launch = commandTaskLaunch({
    containerId,
    taskId: o.taskId,
    command: o.command,
    ...(o.image ? { image: o.image } : {}),
    resources: { cpus: o.cpus, mem: o.mem },
    directory,
    slaveId: o.slaveId,
    frameworkId: o.frameworkId,
    mesosExecutorPath: path.join(standinLibexecDir(o.mesosVersion), 'mesos-executor'),
    version: o.mesosVersion,
  });
  const result = await invoke({
    containerizer: o.containerizer,
    subcommand: 'launch',
    input: encode('Launch', launch),
    sandbox: directory,
    env: launchEnvOf(launch, { version: o.mesosVersion, agentEnv: process.env }),
    libexecDir: standinLibexecDir(o.mesosVersion),
    workDir: o.workDir,
    timeoutMs: o.timeoutMs,
  });
  return report('launch', result, io, { containerId, sandbox: directory });
}

function report(sub: Subcommand, result: InvokeResult, io: CliIo, extra: Record<string, string> = {}, version: MesosVersion = '0.20'): number {
  const replyType = REPLY_TYPE[sub];
  let ok = result.exitCode === 0;
  let reply: unknown;
  let replyError: string | undefined;
  if (ok && replyType) {
    if (result.frame === undefined) {
      ok = false;
      replyError = `Could not receive any result: ${result.frameError ?? 'no frame'}`;
    } else {
      try {
        reply = decode(replyType, result.frame);
        const problem = sub === 'wait' ? terminationProblem(version, reply as Parameters<typeof terminationProblem>[1]) : undefined;
        if (problem) {
          ok = false;
          replyError = problem;
        }
      } catch (err) {
        ok = false;
        replyError = `Failed to deserialize message: ${(err as Error).message}`;
      }
    }
  }
  const summary = {
    subcommand: sub,
    ok,
    ...extra,
    exitCode: result.exitCode,
    signal: result.signal,
    status: result.status,
    timedOut: result.timedOut,
    ...(reply !== undefined ? { reply } : {}),
    ...(replyError !== undefined ? { replyError } : {}),
    stderr: result.stderr,
  };
  io.out(`${JSON.stringify(summary)}\n`);
  return ok ? 0 : 1;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
