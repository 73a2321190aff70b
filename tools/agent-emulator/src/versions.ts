/**
 * The agent generations the emulator speaks, and what changes between them
 * on the external containerizer's side. Facts from the EC protocol
 * note (docs/sources.md) §1.6, §4.3, §5 and §10, and from apache/mesos
 * `src/slave/containerizer/containerizer.cpp` executorEnvironment() at the
 * tags 0.22.0, 0.25.0, 0.26.0, 0.27.0, 0.28.0 and 1.0.0
 * (src/slave/constants.hpp for the durations).
 */
import type { ContainerInfo, Termination } from '@deimos/protocol';

export const MESOS_VERSIONS = ['0.20', '0.22', '0.23', '0.25', '0.28', '1.0'] as const;
export type MesosVersion = (typeof MESOS_VERSIONS)[number];

const order = (v: MesosVersion | '0.21' | '0.26' | '0.27') => Number(v.split('.')[0]) * 100 + Number(v.split('.')[1]);

/** Whether `version` is at least `since`. */
export function atLeast(version: MesosVersion, since: MesosVersion | '0.21' | '0.26' | '0.27'): boolean {
  return order(version) >= order(since);
}

export function parseMesosVersion(text: string): MesosVersion {
  if ((MESOS_VERSIONS as readonly string[]).includes(text)) return text as MesosVersion;
  throw new Error(`--mesos-version ${text}: one of ${MESOS_VERSIONS.join(', ')}`);
}

/** Stringified Durations as stout writes them. */
export const EXECUTOR_REREGISTER_TIMEOUT = '2secs';
export const DEFAULT_EXECUTOR_SHUTDOWN_GRACE_PERIOD = '5secs';

/**
 * The variables executorEnvironment() adds after 0.20's set, for `version`:
 * LIBPROCESS_IP copied from the agent's own environment when it has one
 * (0.26+), MESOS_AGENT_ENDPOINT (the agent's ip:port, 0.27+) and, when
 * checkpointing, MESOS_SUBSCRIPTION_BACKOFF_MAX (0.27+),
 * MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD (0.28+), MESOS_HTTP_COMMAND_EXECUTOR
 * (1.0). Nothing else is added by any of them.
 */
export function laterExecutorEnv(version: MesosVersion, o: { slavePid: string; checkpoint: boolean; agentEnv: Record<string, string | undefined> }): Record<string, string> {
  const env: Record<string, string> = {};
  if (atLeast(version, '0.26') && o.agentEnv.LIBPROCESS_IP !== undefined) env.LIBPROCESS_IP = o.agentEnv.LIBPROCESS_IP;
  if (atLeast(version, '0.27')) {
    env.MESOS_AGENT_ENDPOINT = o.slavePid.slice(o.slavePid.indexOf('@') + 1);
    if (o.checkpoint) env.MESOS_SUBSCRIPTION_BACKOFF_MAX = EXECUTOR_REREGISTER_TIMEOUT;
  }
  if (atLeast(version, '0.28')) env.MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD = DEFAULT_EXECUTOR_SHUTDOWN_GRACE_PERIOD;
  if (atLeast(version, '1.0')) env.MESOS_HTTP_COMMAND_EXECUTOR = '0';
  return env;
}

/**
 * A ContainerInfo as an agent of `version` can carry it: 0.20 knows only
 * the type, volumes and the Docker image (hostname, privileged and
 * parameters come in 0.21, force_pull_image in 0.22; network and port
 * mappings are 0.20.1's but a 0.20 framework library does not send them).
 */
export function containerInfoFor(version: MesosVersion, info: ContainerInfo): ContainerInfo {
  if (atLeast(version, '0.22')) return info;
  const docker = info.docker ? { image: info.docker.image } : undefined;
  return { type: info.type, volumes: info.volumes, ...(docker ? { docker } : {}) };
}

/**
 * Check a Termination as the agent of `version` reads it: before 0.26,
 * `killed` and `message` are required fields (a message without them does
 * not parse); from 0.26 every field is optional. Returns the problem, or
 * undefined.
 */
export function terminationProblem(version: MesosVersion, t: Termination): string | undefined {
  if (atLeast(version, '0.26')) return undefined;
  const has = (k: keyof Termination) => Object.prototype.hasOwnProperty.call(t, k) && t[k] !== null && t[k] !== undefined;
  if (!has('killed')) return 'Termination.killed is required by agents before 0.26';
  if (!has('message')) return 'Termination.message is required by agents before 0.26';
  return undefined;
}

/**
 * The state, reason and message the agent of `version` gives the tasks of an
 * executor that ended (spec §5), for tests that check what a framework sees.
 */
export function taskEndAsSeenBy(version: MesosVersion, t: Termination, commandExecutor: boolean): { state: string; reason?: string; message: string } {
  const message = t.message ?? '';
  if (atLeast(version, '0.26')) {
    const state = t.state !== undefined && t.state !== null ? stateName(Number(t.state)) : 'TASK_FAILED';
    return { state, reason: t.reasons?.[0] !== undefined ? reasonName(Number(t.reasons[0])) : 'REASON_EXECUTOR_TERMINATED', message: message || 'Executor terminated' };
  }
  const failed = Boolean(t.killed) || commandExecutor;
  if (!atLeast(version, '0.21')) return { state: failed ? 'TASK_FAILED' : 'TASK_LOST', message };
  if (t.killed) return { state: 'TASK_FAILED', reason: 'REASON_MEMORY_LIMIT', message };
  return commandExecutor ? { state: 'TASK_FAILED', reason: 'REASON_COMMAND_EXECUTOR_FAILED', message } : { state: 'TASK_LOST', reason: 'REASON_EXECUTOR_TERMINATED', message };
}

const STATES = ['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED', 'TASK_FAILED', 'TASK_KILLED', 'TASK_LOST', 'TASK_STAGING', 'TASK_ERROR'];
const stateName = (n: number) => STATES[n] ?? `TASK_STATE_${n}`;
const REASONS: Record<number, string> = { 1: 'REASON_EXECUTOR_TERMINATED', 8: 'REASON_CONTAINER_LIMITATION_MEMORY', 21: 'REASON_CONTAINER_LAUNCH_FAILED' };
const reasonName = (n: number) => REASONS[n] ?? `REASON_${n}`;

/*
 * What the agent does around `update` (docs/agent-call-failures.md has the
 * whole table, per call and generation).
 */

/** What the agent does when an `update` it made fails. */
export interface UpdateFailureRule {
  /** Destroys the container ("Failed to update resources for container ..., destroying container"). */
  destroy: boolean;
  /** Reports the container's unfinished tasks TASK_LOST with REASON_CONTAINER_UPDATE_FAILED when its executor ends (pendingTermination). */
  lost: boolean;
}

/**
 * Whether the agent hands a newly registered executor its task only after
 * the `update` it makes on registration has answered: from 0.22
 * (slave.cpp@0.22.0 registerExecutor: `update(...).onAny(... runTasks ...)`);
 * 0.20.1 and 0.21 send the task and update without waiting
 * (slave.cpp@0.20.1:1839, "TODO(idownes): Wait until this completes").
 */
export function registrationWaitsForUpdate(version: MesosVersion): boolean {
  return atLeast(version, '0.22');
}

/**
 * A failed `update` on an executor's registration or re-registration:
 * ignored by 0.20-0.21 (slave.cpp@0.20.1:1839 and :1973 do not look at the
 * result); from 0.22 the container is destroyed (slave.cpp@0.22.0
 * runTasks:1432 and _reregisterExecutor:2435); from 0.26 its tasks are
 * also reported TASK_LOST (slave.cpp@0.26.0 runTasks:1694-1712 and _reregisterExecutor:2672-2690;
 * slave.cpp@1.0.4 runTasks:1907-1922, _reregisterExecutor:3122-3137).
 */
export function onRegistrationUpdateFailure(version: MesosVersion): UpdateFailureRule {
  return { destroy: atLeast(version, '0.22'), lost: atLeast(version, '0.26') };
}

/**
 * A failed `update` after a terminal status update: the container is
 * destroyed in every generation (slave.cpp@0.20.1 _statusUpdate:2196-2210);
 * from 0.26 its other unfinished tasks are reported TASK_LOST
 * (slave.cpp@0.26.0 _statusUpdate:2954-2980). The status update itself is
 * forwarded either way.
 */
export function onTerminalUpdateFailure(version: MesosVersion): UpdateFailureRule {
  return { destroy: true, lost: atLeast(version, '0.26') };
}
