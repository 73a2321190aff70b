import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import { buildContainerModel, checkPolicy, dockerNameFor, exposedPortsOf, imageCommandOf, interpretLaunch, ownLabels, type ContainerModel, type LaunchSpec } from '@deimos/docker';
import type { Launch } from '@deimos/protocol';
import type { DockerClient } from '@deimos/engine';
import { validateContainerId, type ContainerState, type HeldLock } from '@deimos/state';
import {
  EXIT_LAUNCH_FAILED,
  afterEnd,
  MIDONET_BRIDGE_VARIABLE,
  fetchUris,
  findMesosExecutor,
  loadNetwork,
  recordEnd,
  spawnObserver,
  spawnWatcher,
  processStartTime,
  startHook,
  type Runtime,
} from '@deimos/lifecycle';

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

export function executorEnv(spec: LaunchSpec, env: Record<string, string | undefined>, workdir: string): Array<[string, string]> {
  if (spec.kind !== 'executor') return [];
  const out: Array<[string, string]> = [];
  for (const k of EXECUTOR_IDENTITY) {
    const v = env[k];
    if (v !== undefined) out.push([k, v]);
  }
  out.push(['MESOS_DIRECTORY', workdir]);
  return out;
}

type NetworkModule = Awaited<ReturnType<typeof loadNetwork>>;
type WiringPlan = NonNullable<ReturnType<NetworkModule['planNetwork']>>;

export type PlannedLaunch = LaunchSpec & { midonet?: { plan: WiringPlan; module: NetworkModule } };

/** Work out the spec and check it, before anything is created. */
export async function planLaunch(rt: Runtime, launch: Launch, opts: { checkSandbox?: boolean } = {}): Promise<PlannedLaunch> {
  const id = validateContainerId(launch.containerId?.value);
  const spec = interpretLaunch(launch, rt.containers, rt.env);
  const wired = spec.env.some(([k]) => k === MIDONET_BRIDGE_VARIABLE) && rt.config.midonet !== undefined;
  checkPolicy(spec, rt.config.policy, { allocatedPorts: spec.ports, wired, resolve: realPath, bridgeNetwork: rt.containers.bridgeNetwork });
  if (spec.user !== undefined && rt.containers.runAsUser && !/^[a-z_][a-z0-9_.-]{0,31}$|^\d+(:\d+)?$/i.test(spec.user)) {
    throw new DeimosError('INVALID_INPUT', `user "${spec.user.slice(0, 40)}" is not a valid user name or uid`);
  }
  if (spec.directory !== undefined && !path.isAbsolute(spec.directory)) {
    throw new DeimosError('INVALID_INPUT', `directory "${spec.directory}" is not an absolute path`);
  }
  if (opts.checkSandbox !== false && spec.directory !== undefined && !fs.existsSync(spec.directory)) {
    throw new DeimosError('INVALID_INPUT', `sandbox directory ${spec.directory} does not exist`, { hint: 'the agent creates it before launch' });
  }
  if (spec.env.some(([k]) => k === MIDONET_BRIDGE_VARIABLE)) {
    const module = await loadNetwork();
    const plan = module.planNetwork(rt, id, spec.env);
    if (plan) return { ...spec, containerId: id, midonet: { plan, module } };
  }
  return { ...spec, containerId: id };
}

/** A host path with its links resolved, or undefined when it does not exist (policy.ts). */
function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Whether launch needs `docker image inspect` (exposed ports, or the image's command for a held task). */
export function needsImageFacts(spec: PlannedLaunch): boolean {
  return (spec.ports.length > 0 && spec.portMappings.length === 0) || spec.midonet !== undefined;
}

/**
 * The image, as launch needs it: pulled first when the task asks for
 * force_pull (every time), and `docker image inspect` when the launch needs
 * its facts (pulled if missing). `pulled` says whether a pull happened, so
 * that a missing image is pulled once, not again by create.
 */
async function imageFacts(docker: DockerClient, spec: PlannedLaunch): Promise<{ facts: unknown | undefined; pulled: boolean }> {
  let pulled = false;
  if (spec.forcePull) {
    await docker.pull(spec.image);
    pulled = true;
  }
  if (!needsImageFacts(spec)) return { facts: undefined, pulled };
  let inspect = await docker.imageInspect(spec.image);
  if (inspect === undefined && !pulled) {
    await docker.pull(spec.image);
    pulled = true;
    inspect = await docker.imageInspect(spec.image);
  }
  return { facts: inspect, pulled };
}

/**
 * The container to create for a planned launch: one function for launch and
 * explain, so that explain shows exactly what launch creates.
 */
export function containerModelFor(rt: Runtime, spec: PlannedLaunch, facts: unknown | undefined, sandboxLink: string | undefined): ContainerModel {
  const workdir = rt.containers.workdir;
  return buildContainerModel(spec, {
    name: dockerNameFor(spec.containerId),
    labels: ownLabels(spec.containerId, rt.root.root),
    sandboxLink,
    workdir,
    exposedPorts: facts === undefined ? [] : exposedPortsOf(facts),
    noNetwork: spec.midonet !== undefined,
    hardCpuLimits: rt.containers.hardCpuLimits,
    extraEnv: executorEnv(spec, rt.env, workdir),
    user: rt.containers.runAsUser ? spec.user : undefined,
    passThrough: rt.config.policy.unjudgedOptions,
    // A wired task must not start before its eth0 exists: the container
    // holds it in a shell loop until launch writes the marker.
    holdUntil: spec.midonet
      ? { file: path.posix.join(workdir, NETWORK_READY), imageEntrypoint: imageCommandOf(facts).entrypoint, imageCmd: imageCommandOf(facts).cmd }
      : undefined,
  });
}

/** The marker launch writes into the sandbox once the network is wired. */
const NETWORK_READY = '.deimos-network-ready';

/**
 * Write a file into the sandbox without following a link someone planted
 * there: the name is unlinked first and created exclusively.
 */
function writeSandboxFile(file: string, content: string | Buffer, mode: number): void {
  removeQuietly(file);
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, mode);
  try {
    if (typeof content === 'string') fs.writeSync(fd, content);
    else fs.writeSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    /* not there */
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until the container runs (or already ended); fail on a start error. */
async function awaitStart(docker: DockerClient, st: ContainerState, dockerId: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
    const s = await docker.inspect(dockerId);
    if (!s) throw new DeimosError('DOCKER', `container ${dockerId.slice(0, 12)} disappeared while starting`);
    if (s.error) throw new DeimosError('DOCKER', `container ${dockerId.slice(0, 12)} did not start: ${s.error}`);
    if (s.running) {
      st.write('pid', String(s.pid));
      return;
    }
    if (s.status === 'exited' || s.status === 'dead') return; // ran and ended already: wait reports it
    if (Date.now() > deadline) throw new DeimosError('DOCKER', `container ${dockerId.slice(0, 12)} did not start within ${timeoutMs / 1000} s`);
    await sleep(delay);
  }
}

/**
 * launch: create the state, take the locks, run the container under a
 * detached watcher and return once it runs. Any failure leaves the state
 * recorded as ended (so wait and cleanup behave) and the container removed.
 */
export async function launchCommand(rt: Runtime, launch: Launch): Promise<void> {
  const spec = await planLaunch(rt, launch); // validates: nothing is created on bad input
  const st = rt.root.create(spec.containerId);
  const log = rt.log.withContainer(spec.containerId);
  const docker = rt.docker.withLog(log);
  log.info(`launch // ${spec.kind} task, image ${spec.image}, command ${JSON.stringify(spec.command)}`);
  let launchLock: HeldLock | undefined;
  let waitLock: HeldLock | undefined;
  let observeLock: HeldLock | undefined;
  let dockerId: string | undefined;
  try {
    // A command task's observer inherits the `observe` lock; which
    // mesos-executor runs it is known now.
    const mesosExecutor = spec.kind === 'command' ? findMesosExecutor(spec, rt.env) : undefined;
    // The locks at once, through one child (see acquireExclusiveLocksNow).
    [launchLock, waitLock, observeLock] = await st.lockAllNow(mesosExecutor ? ['launch', 'wait', 'observe'] : ['launch', 'wait'], log);
    st.write('eid', spec.executorId);
    st.write('kind', spec.kind);
    if (rt.hooks.ondestroy) st.writeHookEnv(spec.env);
    if (spec.diskMb !== undefined) st.write('disk-limit', String(Math.round(spec.diskMb * 1024 * 1024)));

    const sandboxLink = spec.directory ? st.linkSandbox(spec.directory) : undefined;
    if (spec.directory) {
      // Credentials first, into a fresh file: fetched archives must not be
      // able to plant a link that redirects the copy.
      if (rt.dockercfg) writeSandboxFile(path.join(spec.directory, '.dockercfg'), fs.readFileSync(rt.dockercfg), 0o600);
      await fetchUris(spec.uris, spec.directory, {
        unpack: rt.uris.unpack,
        timeoutMs: rt.uris.timeoutMs,
        maxBytes: rt.uris.maxBytes,
        localPaths: rt.uris.localPaths,
        // The same user the container runs as: every fetch step runs as it.
        user: rt.containers.runAsUser ? spec.user : undefined,
        log,
      });
    }
    const { facts, pulled } = await imageFacts(docker, spec);
    if (spec.midonet && !spec.directory) throw new DeimosError('INVALID_INPUT', 'a MidoNet task needs a sandbox directory', { hint: 'the agent always sends one' });
    if (spec.directory) removeQuietly(path.join(spec.directory, NETWORK_READY));
    if (rt.hooks.onlaunch) startHook(rt.hooks.onlaunch, spec.env, rt.hooks.timeoutMs, log, 'onlaunch-hook', st.file('hooks.log'));

    const name = dockerNameFor(spec.containerId);
    const model = containerModelFor(rt, spec, facts, sandboxLink);
    st.write('argv', JSON.stringify(docker.createArgv(model, name)));
    st.write('docker-name', name);
    // A missing image is pulled (with our credentials) by create, unless pulled above.
    dockerId = await docker.create(model, name, pulled ? {} : { pullMissing: { image: spec.image } });
    st.recordDockerId(dockerId);

    const out = spec.directory
      ? { stdout: path.join(spec.directory, 'stdout'), stderr: path.join(spec.directory, 'stderr') }
      : { stdout: st.file('task.out'), stderr: st.file('task.out') };
    const watcherPid = spawnWatcher(rt, dockerId, waitLock, out);
    st.write('watcher-pid', String(watcherPid));
    waitLock.annotate(watcherPid);
    await awaitStart(docker, st, dockerId);
    log.info(`launch // container ${dockerId.slice(0, 12)} started, watcher pid ${watcherPid}`);
    const initPid = Number(st.read('pid'));
    if (spec.midonet && initPid > 1) {
      await spec.midonet.module.wireNetwork(rt, st, spec.midonet.plan, initPid, log);
      writeSandboxFile(path.join(spec.directory!, NETWORK_READY), '', 0o644);
    } else if (spec.midonet) {
      log.warn('midonet // the container ended before it could be wired');
    }

    if (spec.kind === 'command') {
      // The agent's command executor reports the task's status; our
      // observer, run by it, mirrors the container's exit code.
      if (!mesosExecutor || !observeLock) {
        log.warn('no mesos-executor found (executor_info command or $MESOS_LIBEXEC_DIRECTORY); running the task without an observer');
      } else {
        const observerPid = spawnObserver(rt, st, mesosExecutor, observeLock);
        observeLock.annotate(observerPid);
        // Who wait stops if it outlives the container (with its start
        // time, so that a reused pid is never signalled).
        st.write('executor-pid', `${observerPid} ${processStartTime(observerPid) ?? ''}`.trim());
        log.info(`launch // observer ${mesosExecutor} --override ... pid ${observerPid}`);
      }
    }
  } catch (err) {
    log.error(`launch failed: ${(err as Error).message}`);
    // A failed launch leaves no container behind and its state recorded as
    // ended, so that wait, containers and cleanup see it as over.
    if (dockerId) await docker.remove(dockerId, true).catch(() => undefined);
    if (st.exitCode() === undefined) {
      try {
        recordEnd(st, { exitCode: EXIT_LAUNCH_FAILED, oomKilled: false, message: `launch failed: ${(err as Error).message}`, source: 'launch' });
      } catch (recordErr) {
        // e.g. the disk is full: report the first failure, not this one.
        log.error(`could not record the failed launch: ${(recordErr as Error).message}`);
      }
    }
    await afterEnd(rt, st, log).catch(() => undefined);
    throw err;
  } finally {
    observeLock?.release();
    waitLock?.release();
    launchLock?.release();
  }
}
