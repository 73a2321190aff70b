import { DeimosError } from '@deimos/errors';
import type { CommandInfo, ContainerInfo, Launch, Resource } from '@deimos/protocol';
import { ContainerInfoType, DockerNetwork, VolumeMode, resourceTotals } from '@deimos/protocol';
import { checkLaunchText } from './launch-text';
import { parseImageSetting, parseImageUrl, qualifyImage, validateImageRef } from './image';

/** Operator settings that shape a launch (from the configuration file). */
export interface ContainerSettings {
  defaultImage?: string;
  ignoreTaskImage: boolean;
  defaultOptions: string[];
  appendOptions: string[];
  ignoreTaskOptions: boolean;
  /** Where the sandbox is mounted and the work directory inside the container. */
  workdir: string;
  /** The Docker network DockerInfo BRIDGE means (`[containers] bridge_network`, default `bridge`). */
  bridgeNetwork?: string;
  /** `[docker.index] index` / `account`: where images without a registry host come from (qualifyImage). */
  index?: string;
  account?: string;
}

export interface PortRange {
  begin: number;
  end: number;
}

export interface VolumeSpec {
  containerPath: string;
  hostPath?: string;
  readOnly: boolean;
}

export interface UriSpec {
  value: string;
  executable: boolean;
  extract: boolean;
}

/** Everything launch needs to know, worked out from the Launch message alone. */
export interface LaunchSpec {
  containerId: string;
  /** `command`: a TaskInfo without executor (runs under mesos-executor); `executor`: a custom executor. */
  kind: 'command' | 'executor';
  executorId: string;
  taskId?: string;
  taskName?: string;
  frameworkId?: string;
  directory?: string;
  user?: string;
  image: string;
  imageSource: 'task' | 'config' | 'agent-default';
  forcePull: boolean;
  /** The argv run inside the container; empty means the image's own command. */
  command: string[];
  /**
   * Option words for `docker create`, by where they came from: the task's
   * old-style ContainerInfo options (`fromTask`), or `[containers.options]`
   * default/append (the operator's). Read by container.ts, never here.
   */
  optionGroups: Array<{ source: string; words: string[]; fromTask: boolean }>;
  /** DockerInfo.network as a Docker network: host, none, or the bridge network. */
  network?: string;
  /** ContainerInfo.hostname (0.21+). */
  hostname?: string;
  portMappings: Array<{ hostPort: number; containerPort: number; protocol?: string }>;
  volumes: VolumeSpec[];
  privileged: boolean;
  parameters: Array<{ key: string; value: string }>;
  cpus?: number;
  memMb?: number;
  /** The task's `disk` resource (MB): usage reports it as disk_limit_bytes. */
  diskMb?: number;
  ports: PortRange[];
  /** The task's environment, in order, without duplicates (last wins). */
  env: Array<[string, string]>;
  uris: UriSpec[];
  /** Command tasks: the executor command the agent generated (mesos-executor's path). */
  executorCommand?: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function invalid(message: string, hint?: string): DeimosError {
  return new DeimosError('INVALID_INPUT', message, hint ? { hint } : {});
}

/** Split options at the first `//`: what follows replaces the command. */
export function splitOnDoubleSlash(options: readonly string[]): { options: string[]; trailing?: string[] } {
  const at = options.indexOf('//');
  if (at < 0) return { options: [...options] };
  return { options: options.slice(0, at), trailing: options.slice(at + 1) };
}

/** The argv a CommandInfo runs: `sh -c <value>` for shell commands. */
export function commandArgv(cmd: CommandInfo | null | undefined): string[] {
  if (!cmd) return [];
  const value = cmd.value ?? '';
  const shell = cmd.shell ?? true;
  if (shell) return value ? ['sh', '-c', value] : [];
  const args = cmd.arguments ?? [];
  if (!value) return [...args];
  // Mesos execs `value` with `arguments` as argv (arguments[0] is argv0).
  return [value, ...args.slice(1)];
}

function dockerInfoOf(container: ContainerInfo | null | undefined): ContainerInfo['docker'] | undefined {
  if (!container) return undefined;
  // A MESOS container has no Docker image.
  if (container.type !== undefined && container.type !== null && Number(container.type) !== ContainerInfoType.DOCKER) return undefined;
  return container.docker ?? undefined;
}

function networkName(n: unknown, bridge: string): LaunchSpec['network'] {
  switch (Number(n)) {
    case DockerNetwork.HOST:
      return 'host';
    case DockerNetwork.BRIDGE:
      return bridge;
    case DockerNetwork.NONE:
      return 'none';
    default:
      return undefined;
  }
}

function envEntries(cmd: CommandInfo | null | undefined, field: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const v of cmd?.environment?.variables ?? []) {
    const name = v.name ?? '';
    if (!ENV_NAME.test(name)) {
      throw invalid(`${field} has an environment variable named ${JSON.stringify(name.slice(0, 80))}`, 'variable names are letters, digits and _ and do not start with a digit');
    }
    out.push([name, v.value ?? '']);
  }
  return out;
}

function dedupeEnv(entries: Array<[string, string]>): Array<[string, string]> {
  const map = new Map<string, string>();
  for (const [k, v] of entries) {
    map.delete(k);
    map.set(k, v);
  }
  return [...map.entries()];
}

function uriSpecs(cmd: CommandInfo | null | undefined): UriSpec[] {
  return (cmd?.uris ?? []).map((u, i) => {
    const value = u.value ?? '';
    if (!/^(https?|ftp|s3|file):\/\/\S+$|^\/\S+$/.test(value)) {
      throw invalid(`uris[${i}] "${value.slice(0, 200)}" is not a URL or absolute path we can fetch`, 'use http(s)://, ftp://, s3://, file:// or an absolute path');
    }
    return { value, executable: Boolean(u.executable), extract: u.extract ?? true };
  });
}

function volumeSpecs(container: ContainerInfo | null | undefined): VolumeSpec[] {
  return (container?.volumes ?? []).map((v, i) => {
    const containerPath = v.containerPath ?? '';
    if (!containerPath.startsWith('/') || containerPath.includes(':') || containerPath.split('/').includes('..')) {
      throw invalid(`volumes[${i}].container_path "${containerPath}" must be an absolute path without ':' or '..'`);
    }
    const hostPath = v.hostPath ?? undefined;
    if (hostPath !== undefined && hostPath !== '' && (!hostPath.startsWith('/') || hostPath.includes(':') || hostPath.split('/').includes('..'))) {
      throw invalid(`volumes[${i}].host_path "${hostPath}" must be an absolute path without ':' or '..'`);
    }
    return { containerPath, hostPath: hostPath || undefined, readOnly: Number(v.mode) === VolumeMode.RO };
  });
}

/**
 * Work out what to run from a Launch, without any I/O. Every text in it is
 * first checked for control characters (launch-text.ts). Command tasks carry
 * task_info (the task's command and resources) plus a generated
 * executor_info that runs mesos-executor; custom executors carry only
 * executor_info, whose command runs in the container.
 */
export function interpretLaunch(launch: Launch, settings: ContainerSettings, agentEnv: Record<string, string | undefined>): LaunchSpec {
  // Every text of the message, judged once before any of it is used.
  checkLaunchText(launch);
  const containerId = launch.containerId?.value ?? '';
  const task = launch.taskInfo ?? undefined;
  const executor = launch.executorInfo ?? undefined;
  if (!task && !executor) throw invalid('Launch has neither task_info nor executor_info', 'the agent always sends executor_info; check the frame');
  const kind: LaunchSpec['kind'] = task && !task.executor ? 'command' : 'executor';
  const cmd: CommandInfo | undefined = (kind === 'command' ? task?.command : (executor ?? task?.executor)?.command) ?? undefined;
  const containerInfo: ContainerInfo | undefined = (kind === 'command' ? (task?.container ?? executor?.container) : ((executor ?? task?.executor)?.container ?? undefined)) ?? undefined;
  const resources: Resource[] = (kind === 'command' ? task?.resources : (executor ?? task?.executor)?.resources) ?? [];
  const fieldPrefix = kind === 'command' ? 'task_info.command' : 'executor_info.command';

  // Image and options from the old nested ContainerInfo, then the new one.
  const old = cmd?.container ?? undefined;
  const docker = dockerInfoOf(containerInfo);
  let taskImage: string | undefined;
  if (old?.image) taskImage = parseImageUrl(old.image, `${fieldPrefix}.container.image`);
  else if (docker?.image) taskImage = validateImageRef(docker.image, 'container.docker.image');
  const split = splitOnDoubleSlash(old?.options ?? []);
  const taskOptions = settings.ignoreTaskOptions ? [] : split.options;
  const optionGroups: LaunchSpec['optionGroups'] = [];
  if (taskOptions.length > 0) optionGroups.push({ source: `${fieldPrefix}.container.options`, words: taskOptions, fromTask: true });
  else if (settings.defaultOptions.length > 0) optionGroups.push({ source: '[containers.options] default', words: [...settings.defaultOptions], fromTask: false });
  if (settings.appendOptions.length > 0) optionGroups.push({ source: '[containers.options] append', words: [...settings.appendOptions], fromTask: false });

  let image: string | undefined;
  let imageSource: LaunchSpec['imageSource'] = 'task';
  if (taskImage && !settings.ignoreTaskImage) image = taskImage;
  else if (settings.defaultImage) {
    image = parseImageSetting(settings.defaultImage, '[containers.image] default');
    imageSource = 'config';
  } else if (agentEnv.MESOS_DEFAULT_CONTAINER_IMAGE) {
    image = parseImageSetting(agentEnv.MESOS_DEFAULT_CONTAINER_IMAGE, 'MESOS_DEFAULT_CONTAINER_IMAGE');
    imageSource = 'agent-default';
  }
  if (!image) {
    throw invalid('the task names no Docker image and none is configured', 'set [containers.image] default, or give the task docker:///<image>');
  }

  const command = split.trailing !== undefined ? split.trailing : commandArgv(cmd);
  const totals = resourceTotals(resources);
  const env = dedupeEnv([...envEntries(cmd, fieldPrefix), ['TASK_INFO', task?.name ?? executor?.name ?? '']]);

  return {
    containerId,
    kind,
    executorId: executor?.executorId?.value ?? task?.taskId?.value ?? containerId,
    taskId: task?.taskId?.value ?? undefined,
    taskName: task?.name ?? undefined,
    frameworkId: executor?.frameworkId?.value ?? undefined,
    directory: launch.directory ?? undefined,
    user: launch.user ?? undefined,
    // Policy, explain, create and pull all see the name that is pulled.
    image: qualifyImage(image, { index: settings.index, account: settings.account }),
    imageSource,
    forcePull: Boolean(docker?.forcePullImage),
    command,
    optionGroups,
    // Only a network the message really carries: protobufjs reads an absent
    // field as its proto default (HOST), and "absent" must mean "the engine's
    // default network", not host networking.
    network: docker && Object.prototype.hasOwnProperty.call(docker, 'network') ? networkName(docker.network, settings.bridgeNetwork ?? 'bridge') : undefined,
    hostname: containerInfo?.hostname || undefined,
    portMappings: (docker?.portMappings ?? []).map((p) => ({
      hostPort: Number(p.hostPort),
      containerPort: Number(p.containerPort),
      protocol: p.protocol ?? undefined,
    })),
    volumes: volumeSpecs(containerInfo),
    privileged: Boolean(docker?.privileged),
    parameters: (docker?.parameters ?? []).map((p) => ({ key: p.key ?? '', value: p.value ?? '' })),
    cpus: totals.cpus,
    memMb: totals.memMb,
    diskMb: totals.diskMb,
    ports: totals.ports,
    env,
    uris: uriSpecs(cmd),
    executorCommand: kind === 'command' ? (executor?.command?.value ?? undefined) : undefined,
  };
}
