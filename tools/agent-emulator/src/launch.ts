import * as fs from 'node:fs';
import * as path from 'node:path';
import { ValueType, type CommandInfo, type ContainerInfo, type Environment, type ExecutorInfo, type Launch, type Resource } from '@deimos/protocol';
import { sandboxPath } from './paths';
import { atLeast, containerInfoFor, laterExecutorEnv, type MesosVersion } from './versions';

/** What a task or executor asks for, as in `--resources=cpus:1;mem:128;ports:[...]`. */
export interface ResourceSpec {
  cpus: number;
  /** MB. */
  mem: number;
  /** MB. */
  disk?: number;
  ports?: Array<[number, number]>;
}

/** DEFAULT_EXECUTOR_CPUS / DEFAULT_EXECUTOR_MEM the agent adds for a command executor. */
export const COMMAND_EXECUTOR_RESOURCES: ResourceSpec = { cpus: 0.1, mem: 32 };

/** The UPID string the emulated agent puts in Launch.slave_pid and MESOS_SLAVE_PID. */
export const DEFAULT_SLAVE_PID = 'slave(1)@127.0.0.1:5051';

/** A stringified Duration of the agent's default RECOVERY_TIMEOUT (15 minutes). */
export const DEFAULT_RECOVERY_TIMEOUT = '15mins';

/** Resources with role "*", in the order cpus, mem, disk, ports. */
export function resourcesOf(spec: ResourceSpec): Resource[] {
  const out: Resource[] = [scalar('cpus', spec.cpus), scalar('mem', spec.mem)];
  if (spec.disk !== undefined) out.push(scalar('disk', spec.disk));
  if (spec.ports && spec.ports.length > 0) {
    out.push({
      name: 'ports',
      type: ValueType.RANGES,
      ranges: { range: spec.ports.map(([begin, end]) => ({ begin, end })) },
      role: '*',
    });
  }
  return out;
}

/**
 * `a += b` the way the agent's Resources class adds: same name, role and type
 * combine (scalars add, ranges and sets join), the rest is appended.
 */
export function addResources(a: readonly Resource[], b: readonly Resource[]): Resource[] {
  const out = a.map(cloneResource);
  for (const r of b) {
    const same = out.find((o) => o.name === r.name && (o.role ?? '*') === (r.role ?? '*') && o.type === r.type);
    if (same && r.type === ValueType.SCALAR && same.scalar && r.scalar) {
      same.scalar = { value: Math.round((same.scalar.value + r.scalar.value) * 1000) / 1000 };
    } else if (same && r.type === ValueType.RANGES) {
      same.ranges = { range: [...(same.ranges?.range ?? []), ...(r.ranges?.range ?? [])] };
    } else if (same && r.type === ValueType.SET) {
      same.set = { item: [...new Set([...(same.set?.item ?? []), ...(r.set?.item ?? [])])] };
    } else {
      out.push(cloneResource(r));
    }
  }
  return out;
}

export interface CommonLaunchSpec {
  containerId: string;
  /** The sandbox (see sandboxPath). */
  directory: string;
  slaveId: string;
  frameworkId: string;
  slavePid?: string;
  checkpoint?: boolean;
  /** Launch.user: set by an agent running with --switch_user. */
  user?: string;
  env?: Record<string, string>;
  /** CommandInfo.uris: a string is `{ value }`; an object sets executable/extract too. */
  uris?: Array<string | { value: string; executable?: boolean; extract?: boolean }>;
  /** Old-style `CommandInfo.container.image`, e.g. `docker:///busybox` (0.20-0.26). */
  image?: string;
  /** Old-style `CommandInfo.container.options`. */
  options?: string[];
  /** New-style top-level ContainerInfo. */
  dockerInfo?: ContainerInfo;
  /**
   * The agent generation whose Launch this is (default 0.20): from 0.27
   * the old-style `image` travels as a ContainerInfo (CommandInfo.container
   * is gone); 0.20 carries only the image and volumes of a ContainerInfo.
   */
  version?: MesosVersion;
}

/** The ContainerInfo a Launch of the spec's generation carries, if any. */
function containerOf(spec: CommonLaunchSpec): ContainerInfo | undefined {
  const version = spec.version ?? '0.20';
  if (spec.dockerInfo) return containerInfoFor(version, spec.dockerInfo);
  if (spec.image !== undefined && atLeast(version, '0.27')) {
    return { type: 1, docker: { image: spec.image.replace(/^docker:\/\/\/?/, '') } } as ContainerInfo;
  }
  return undefined;
}

export interface CommandTaskSpec extends CommonLaunchSpec {
  taskId: string;
  /** Defaults to the task id. */
  taskName?: string;
  /** The task's shell command (`sh -c`). */
  command: string;
  resources: ResourceSpec;
  /** Realpath of `<launcher_dir>/mesos-executor` (see STANDIN_EXECUTOR_PATH). */
  mesosExecutorPath: string;
  /** 0.23+ agents also copy TaskInfo.container into ExecutorInfo.container. */
  copyContainerToExecutor?: boolean;
  data?: Uint8Array;
}

/**
 * The Launch an agent sends for a command task (a TaskInfo without an
 * executor): `task_info` with the command and resources, plus the executor
 * the agent makes up for it, which runs mesos-executor with the task's
 * uris/environment/user/old-style container, `shell` true, and the task's
 * resources plus cpus 0.1 and mem 32.
 */
export function commandTaskLaunch(spec: CommandTaskSpec): Launch {
  const taskCommand = commandInfo(spec.command, spec);
  const taskResources = resourcesOf(spec.resources);
  const container = containerOf(spec);
  const copyContainer = spec.copyContainerToExecutor ?? atLeast(spec.version ?? '0.20', '0.23');
  const executorInfo: ExecutorInfo = {
    executorId: { value: spec.taskId },
    frameworkId: { value: spec.frameworkId },
    command: commandExecutorCommand(spec, taskCommand),
    resources: addResources(resourcesOf(COMMAND_EXECUTOR_RESOURCES), taskResources),
    name: commandExecutorName(spec.taskId, spec.command),
    source: spec.taskId,
  };
  if (copyContainer && container) executorInfo.container = container;
  return {
    containerId: { value: spec.containerId },
    taskInfo: {
      name: spec.taskName ?? spec.taskId,
      taskId: { value: spec.taskId },
      slaveId: { value: spec.slaveId },
      resources: taskResources,
      command: taskCommand,
      ...(container ? { container } : {}),
      ...(spec.data ? { data: spec.data } : {}),
    },
    executorInfo,
    ...launchTail(spec),
  };
}

/**
 * The command of the executor the agent makes up for a command task: the
 * task's CommandInfo (uris, environment, user, old-style container) with
 * mesos-executor's realpath as the value, run by the shell up to 0.28
 * (slave.cpp@0.28.2 getExecutorInfo sets shell true); from 1.0 run without
 * a shell, with arguments `mesos-executor --launcher_dir=<dir>`
 * (slave.cpp@1.0.4 getExecutorInfo).
 */
function commandExecutorCommand(spec: CommandTaskSpec, taskCommand: CommandInfo): CommandInfo {
  if (!atLeast(spec.version ?? '0.20', '1.0')) return { ...taskCommand, value: spec.mesosExecutorPath, shell: true };
  return { ...taskCommand, value: spec.mesosExecutorPath, shell: false, arguments: ['mesos-executor', `--launcher_dir=${path.dirname(spec.mesosExecutorPath)}`] };
}

export interface CustomExecutorSpec extends CommonLaunchSpec {
  executorId: string;
  /** The executor's command value; run with `sh -c` unless `shell` is false. */
  command: string;
  shell?: boolean;
  arguments?: string[];
  /** The executor's resources, already including its first task's (the agent merges them). */
  resources: ResourceSpec;
  name?: string;
  source?: string;
  data?: Uint8Array;
}

/** The Launch an agent sends for a task with its own executor: `executor_info` only. */
export function customExecutorLaunch(spec: CustomExecutorSpec): Launch {
  const command = commandInfo(spec.command, spec);
  if (spec.shell === false) command.shell = false;
  if (spec.arguments) command.arguments = [...spec.arguments];
  const executorInfo: ExecutorInfo = {
    executorId: { value: spec.executorId },
    frameworkId: { value: spec.frameworkId },
    command,
    resources: resourcesOf(spec.resources),
    ...(containerOf(spec) ? { container: containerOf(spec) } : {}),
    ...(spec.name !== undefined ? { name: spec.name } : {}),
    ...(spec.source !== undefined ? { source: spec.source } : {}),
    ...(spec.data ? { data: spec.data } : {}),
  };
  return { containerId: { value: spec.containerId }, executorInfo, ...launchTail(spec) };
}

/** "Command Executor (Task: <id>) (Command: sh -c '<first 12 chars>...')", short form up to 15 chars. */
export function commandExecutorName(taskId: string, command: string): string {
  const shown = command.length > 15 ? `${command.slice(0, 12)}...` : command;
  return `Command Executor (Task: ${taskId}) (Command: sh -c '${shown}')`;
}

export interface LaunchEnvSpec {
  frameworkId: string;
  executorId: string;
  directory: string;
  slaveId: string;
  slavePid?: string;
  checkpoint?: boolean;
  /** Only passed when checkpointing; default "15mins". */
  recoveryTimeout?: string;
  /** The agent's --default_container_image, if set. */
  defaultContainerImage?: string;
  /** The agent's --hadoop_home, if non-empty. */
  hadoopHome?: string;
  /** The agent generation (default 0.20): later ones add variables. */
  version?: MesosVersion;
  /** The agent's own environment (LIBPROCESS_IP is copied from it, 0.26+). */
  agentEnv?: Record<string, string | undefined>;
}

/**
 * The variables the agent adds for `launch` only (spec 1.6), without the
 * libmesos paths (there is no libmesos here).
 */
export function launchEnv(spec: LaunchEnvSpec): Record<string, string> {
  const env: Record<string, string> = {
    LIBPROCESS_PORT: '0',
    MESOS_FRAMEWORK_ID: spec.frameworkId,
    MESOS_EXECUTOR_ID: spec.executorId,
    MESOS_DIRECTORY: spec.directory,
    MESOS_SLAVE_ID: spec.slaveId,
    MESOS_SLAVE_PID: spec.slavePid ?? DEFAULT_SLAVE_PID,
    MESOS_CHECKPOINT: spec.checkpoint ? '1' : '0',
  };
  if (spec.checkpoint) env.MESOS_RECOVERY_TIMEOUT = spec.recoveryTimeout ?? DEFAULT_RECOVERY_TIMEOUT;
  Object.assign(env, laterExecutorEnv(spec.version ?? '0.20', { slavePid: env.MESOS_SLAVE_PID, checkpoint: Boolean(spec.checkpoint), agentEnv: spec.agentEnv ?? {} }));
  if (spec.hadoopHome) env.HADOOP_HOME = spec.hadoopHome;
  if (spec.defaultContainerImage) env.MESOS_DEFAULT_CONTAINER_IMAGE = spec.defaultContainerImage;
  return env;
}

/** launchEnv for a Launch message (as the agent derives it from the executor). */
export function launchEnvOf(launch: Launch, extra: Pick<LaunchEnvSpec, 'recoveryTimeout' | 'defaultContainerImage' | 'hadoopHome' | 'version' | 'agentEnv'> = {}): Record<string, string> {
  const executor = launch.executorInfo;
  if (!executor) throw new Error(`launch of ${launch.containerId.value} has no executor_info (the agent always sets it)`);
  return launchEnv({
    frameworkId: executor.frameworkId?.value ?? '',
    executorId: executor.executorId.value,
    directory: launch.directory ?? '',
    slaveId: launch.slaveId?.value ?? '',
    slavePid: launch.slavePid || DEFAULT_SLAVE_PID,
    checkpoint: launch.checkpoint ?? false,
    ...extra,
  });
}

function commandInfo(value: string, spec: CommonLaunchSpec): CommandInfo {
  const command: CommandInfo = { value, shell: true };
  if (spec.uris && spec.uris.length > 0) command.uris = spec.uris.map((uri) => (typeof uri === 'string' ? { value: uri } : { ...uri }));
  if (spec.env && Object.keys(spec.env).length > 0) command.environment = environmentOf(spec.env);
  // CommandInfo.ContainerInfo (image and options) is gone from 0.27 on.
  if (spec.image !== undefined && !atLeast(spec.version ?? '0.20', '0.27')) command.container = { image: spec.image, options: [...(spec.options ?? [])] };
  return command;
}

function environmentOf(env: Record<string, string>): Environment {
  return { variables: Object.entries(env).map(([name, value]) => ({ name, value })) };
}

function launchTail(spec: CommonLaunchSpec): Omit<Launch, 'containerId' | 'taskInfo' | 'executorInfo'> {
  return {
    directory: spec.directory,
    ...(spec.user !== undefined ? { user: spec.user } : {}),
    slaveId: { value: spec.slaveId },
    slavePid: spec.slavePid ?? DEFAULT_SLAVE_PID,
    checkpoint: spec.checkpoint ?? false,
  };
}

function scalar(name: string, value: number): Resource {
  return { name, type: ValueType.SCALAR, scalar: { value }, role: '*' };
}

function cloneResource(r: Resource): Resource {
  return {
    ...r,
    ...(r.scalar ? { scalar: { value: r.scalar.value } } : {}),
    ...(r.ranges ? { ranges: { range: (r.ranges.range ?? []).map((x) => ({ begin: x.begin, end: x.end })) } } : {}),
    ...(r.set ? { set: { item: [...(r.set.item ?? [])] } } : {}),
  };
}

/**
 * A command task for tests: its sandbox is created under `workDir` at the
 * agent's path, with small resources and no observer unless
 * `mesosExecutorPath` is given. Anything else can be overridden.
 */
export function sandboxedCommandTask(workDir: string, id: string, command: string, over: Partial<Omit<CommandTaskSpec, 'containerId' | 'command'>> = {}): Launch {
  const taskId = over.taskId ?? `t-${id}`;
  const slaveId = over.slaveId ?? 's1';
  const frameworkId = over.frameworkId ?? 'fw';
  const directory = over.directory ?? sandboxPath({ workDir, slaveId, frameworkId, executorId: taskId, containerId: id });
  fs.mkdirSync(directory, { recursive: true });
  return commandTaskLaunch({
    resources: { cpus: 0.1, mem: 32 },
    mesosExecutorPath: '/nonexistent/libexec/mesos-executor',
    ...over,
    containerId: id,
    taskId,
    directory,
    slaveId,
    frameworkId,
    command,
  });
}
