import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import {
  buildContainerModel,
  checkPolicy,
  dockerNameFor,
  exposedPortsOf,
  imageCommandOf,
  interpretLaunch,
  ownLabels,
  parseTaskUser,
  type ContainerModel,
  type HostBind,
  type LaunchSpec,
  type PolicyContext,
  wantsEngineDefaults,
  type TaskUser,
} from '@deimos/docker';
import type { Launch } from '@deimos/protocol';
import { validateContainerId } from '@deimos/state';
import type { WiringPlan } from '@deimos/midonet';
import { createBindSources, realBindHost, type BindHost } from './bind-host';
import type { Runtime } from './runtime';
import { judgeSandbox, realSandboxHost, type SandboxHost, type SandboxRoots } from './sandbox-path';

const MIDONET_BRIDGE_VARIABLE = 'MIDONET_BRIDGE_ID';

/** The marker launch writes into the sandbox once the network is wired (a wired task waits for it). */
export const NETWORK_READY = '.deimos-network-ready';

/**
 * Variables a custom executor needs to find and talk to its agent, as the
 * agents of 0.20-1.0 put them in the launch environment (apache/mesos
 * containerizer.cpp executorEnvironment() at each tag): forwarded into the
 * container when the agent gave them, never made up. MESOS_DIRECTORY is
 * the sandbox as the container sees it; MESOS_NATIVE_*LIBRARY name host
 * paths and are not forwarded.
 */
const EXECUTOR_IDENTITY = [
  'MESOS_SLAVE_ID',
  'MESOS_SLAVE_PID',
  'MESOS_FRAMEWORK_ID',
  'MESOS_EXECUTOR_ID',
  'MESOS_CHECKPOINT',
  'MESOS_RECOVERY_TIMEOUT',
  'LIBPROCESS_PORT', // 0: the executor picks a free port
  'LIBPROCESS_IP', // 0.26+
  'MESOS_AGENT_ENDPOINT', // 0.27+
  'MESOS_SUBSCRIPTION_BACKOFF_MAX', // 0.27+, with checkpointing
  'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD', // 0.28+
  'MESOS_HTTP_COMMAND_EXECUTOR', // 1.0
];

/** The agent variables a custom executor gets inside its container (none for a command task). */
function executorEnv(spec: Pick<LaunchSpec, 'kind'>, env: Record<string, string | undefined>, workdir: string): Array<[string, string]> {
  if (spec.kind !== 'executor') return [];
  const out: Array<[string, string]> = [];
  for (const k of EXECUTOR_IDENTITY) {
    const v = env[k];
    if (v !== undefined) out.push([k, v]);
  }
  out.push(['MESOS_DIRECTORY', workdir]);
  return out;
}

/** Where sandboxes may be: the agent's work directory (its environment) and `[containers] sandbox_roots`. */
export function sandboxRootsOf(rt: Pick<Runtime, 'env' | 'config'>): SandboxRoots {
  // Empty is as good as unset (no agent sets it so).
  return { workDir: rt.env.MESOS_WORK_DIRECTORY || undefined, sandboxRoots: rt.config.containers.sandboxRoots };
}

/** A launch after planning: the spec, checked, with its MidoNet plan when the task is wired. */
export type PlannedLaunch = LaunchSpec & {
  containerId: string;
  /** Who the task runs as, in the container and while fetching (set only when `[containers] run_as_user` is on). */
  runAs?: TaskUser;
  midonet?: { plan: WiringPlan };
  /** The task's bind sources, judged: the resolved host path each is mounted from. */
  hostBinds: HostBind[];
};

/** How planLaunch looks at the host, and whether it may create missing bind sources (launch does, explain does not). */
export interface PlanOptions {
  checkSandbox?: boolean;
  sandboxHost?: SandboxHost;
  binds?: BindHost;
  createBindSources?: boolean;
}

/**
 * Work out the spec and check it, before anything is created: the id, the
 * texts of the message, the options against the policy, the user, the
 * sandbox, the MidoNet plan. Every refusal is an INVALID_INPUT (or POLICY)
 * error naming the input. The planned directory is the sandbox resolved
 * (sandbox-path.ts), the one path used from then on; `checkSandbox: false`
 * (explain) leaves it as the agent wrote it. Only then, when `[policy]
 * create_missing_bind_paths` lets a bind source be missing, is it created
 * (and the policy checked again).
 */
export async function planLaunch(rt: Runtime, launch: Launch, opts: PlanOptions = {}): Promise<PlannedLaunch> {
  const { planned, policy } = await planChecked(rt, launch, opts);
  if (opts.createBindSources === false || !planned.hostBinds.some((b) => b.create)) return planned;
  createBindSources(planned.hostBinds, opts.binds ?? realBindHost);
  // Judged again in the same context (the engine is not asked twice).
  return { ...planned, hostBinds: checkPolicy(planned, rt.config.policy, policy) };
}

async function policyContext(rt: Runtime, spec: LaunchSpec, wired: boolean, binds: BindHost): Promise<PolicyContext> {
  // The engine is asked for its defaults only when a task names one of them (its runtime, platform or cgroup namespace).
  const engine = wantsEngineDefaults(spec) ? await rt.docker.defaults() : undefined;
  return { allocatedPorts: spec.ports, wired, host: binds, bridgeNetwork: rt.containers.bridgeNetwork, ...(engine ? { engine } : {}) };
}

/** The checked plan, and the policy context it was judged in (planLaunch judges created bind sources in it again). */
async function planChecked(rt: Runtime, launch: Launch, opts: PlanOptions): Promise<{ planned: PlannedLaunch; policy: PolicyContext }> {
  const id = validateContainerId(launch.containerId?.value);
  const interpreted = interpretLaunch(launch, rt.containers, rt.env);
  const spec =
    opts.checkSandbox === false || interpreted.directory === undefined
      ? interpreted
      : { ...interpreted, directory: judgeSandbox(interpreted.directory, id, sandboxRootsOf(rt), opts.sandboxHost ?? realSandboxHost()) };
  const asksMidonet = spec.env.some(([k]) => k === MIDONET_BRIDGE_VARIABLE);
  const policy = await policyContext(rt, spec, asksMidonet && rt.config.midonet !== undefined, opts.binds ?? realBindHost);
  const hostBinds = checkPolicy(spec, rt.config.policy, policy);
  // Read once: the container's User and the fetcher's setpriv come from this value.
  const runAs = spec.user !== undefined && rt.containers.runAsUser ? { runAs: parseTaskUser(spec.user) } : {};
  if (asksMidonet) {
    const { planNetwork } = await import('./network');
    const plan = planNetwork(rt, id, spec.env);
    if (plan) {
      if (spec.directory === undefined) throw new DeimosError('INVALID_INPUT', 'a MidoNet task needs a sandbox directory', { hint: 'the agent always sends one' });
      return { planned: { ...spec, ...runAs, containerId: id, hostBinds, midonet: { plan } }, policy };
    }
  }
  return { planned: { ...spec, ...runAs, containerId: id, hostBinds }, policy };
}

/** Whether launch needs the image's facts (exposed ports, or the image's command for a held task). */
export function needsImageFacts(spec: PlannedLaunch): boolean {
  return (spec.ports.length > 0 && spec.portMappings.length === 0) || spec.midonet !== undefined;
}

/**
 * The container to create for a planned launch: one function for launch and
 * explain, so that explain shows exactly what launch creates.
 */
export function containerModelFor(rt: Runtime, spec: PlannedLaunch, facts: unknown | undefined, sandboxLink: string | undefined): ContainerModel {
  const workdir = rt.containers.workdir;
  const image = imageCommandOf(facts);
  return buildContainerModel(spec, {
    name: dockerNameFor(spec.containerId),
    labels: ownLabels(spec.containerId, rt.root.root),
    sandboxLink,
    workdir,
    exposedPorts: facts === undefined ? [] : exposedPortsOf(facts),
    noNetwork: spec.midonet !== undefined,
    hardCpuLimits: rt.containers.hardCpuLimits,
    extraEnv: executorEnv(spec, rt.env, workdir),
    user: spec.runAs,
    passThrough: rt.config.policy.unjudgedOptions,
    hostBinds: spec.hostBinds,
    // A wired task must not start before its eth0 exists: the container
    // holds it in a shell loop until launch writes the marker.
    holdUntil: spec.midonet ? { file: path.posix.join(workdir, NETWORK_READY), imageEntrypoint: image.entrypoint, imageCmd: image.cmd } : undefined,
  });
}
