import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import type { ContainerModel, UriSpec } from '@deimos/docker';
import type { Engine } from '@deimos/engine';
import { crashPoint, type Logger } from '@deimos/log';
import { recordLaunchProgress, type ContainerLockName, type LogFile, type StateFile } from '@deimos/state';
import type { WiringPlan } from '@deimos/midonet';
import { describeStyle, type CommandExecutor } from './command-executor';
import { NETWORK_READY, needsImageFacts, type PlannedLaunch } from './plan';
import { EXIT_LAUNCH_FAILED } from './runtime';
import { recordEnd } from './settle';

/*
 * Launch's rules, against small ports: the engine, the container's state,
 * the sandbox, the processes launch starts, the network and the clock.
 * `launchPortsFor` (launch-ports.ts) gives the real ones; the unit tests
 * give fakes that record every call, so lock order, rollback and start
 * polling are checked without Docker.
 */

/** A held lock, as launch uses it. */
export interface LockHandle {
  readonly fd: number;
  annotate(pid: number): void;
  release(): void;
}

/** The container's state directory, as launch uses it. */
export interface LaunchState<L extends LockHandle = LockHandle> {
  readonly id: string;
  read(name: StateFile): string | undefined;
  write(name: StateFile, value: string): void;
  exitCode(): number | undefined;
  writeHookEnv(env: ReadonlyArray<readonly [string, string]>): void;
  linkSandbox(sandbox: string): string;
  recordDockerId(dockerId: string): void;
  file(name: StateFile | LogFile): string;
  lockAllNow(names: readonly ContainerLockName[], log?: Logger): Promise<L[]>;
}

export interface LaunchPorts<L extends LockHandle = LockHandle> {
  log: Logger;
  state: LaunchState<L>;
  /** The engine calls launch makes (the runtime's Engine, logging as the container). */
  engine: Pick<Engine, 'pull' | 'imageInspect' | 'createArgv' | 'create' | 'inspect' | 'remove'>;
  sandbox: {
    /** Write a file without following a link planted at its name (unlink, then O_EXCL|O_NOFOLLOW). */
    writeFile(file: string, content: string | Buffer, mode: number): void;
    removeFile(file: string): void;
    /** The registry credentials to copy into the sandbox, when configured. */
    dockercfg(): Buffer | undefined;
    fetch(uris: readonly UriSpec[], sandbox: string): Promise<void>;
  };
  processes: {
    /**
     * The mesos-executor a command task's observer runs under, with how it
     * takes the observer (command-executor.ts); undefined when none is
     * found, a failure when the one found can take no observer.
     */
    mesosExecutor(spec: PlannedLaunch): Promise<CommandExecutor | undefined>;
    startHook(env: ReadonlyArray<readonly [string, string]>): void;
    spawnWatcher(dockerId: string, waitLock: L, output: { stdout: string; stderr: string }): number;
    spawnObserver(executor: CommandExecutor, observeLock: L): number;
    /** Record the running container's cgroups (for usage, and the watcher's pressure counters on cgroup v1). */
    recordCgroups(initPid: number): void;
    startTime(pid: number): string | undefined;
  };
  network: { wire(plan: WiringPlan, initPid: number): Promise<void> };
  clock: { now(): number; sleep(ms: number): Promise<void> };
  /** Unwiring, the ondestroy hook and removal, after a failed launch (finishEnd, after-end.ts). */
  afterEnd(): Promise<unknown>;
  settings: {
    /** Whether the task's environment is recorded for the ondestroy hook. */
    recordHookEnv: boolean;
    startTimeoutMs: number;
    /** The container to create, from the image's facts and the sandbox link. */
    model(facts: unknown | undefined, sandboxLink: string | undefined): ContainerModel;
    name: string;
  };
}

/**
 * The image, as launch needs it: pulled first when the task asks for
 * force_pull (every time), and inspected when the launch needs its facts
 * (pulled if missing). `pulled` says whether a pull happened, so that a
 * missing image is pulled once, not again by create.
 */
export async function imageFacts(engine: LaunchPorts['engine'], spec: PlannedLaunch): Promise<{ facts: unknown | undefined; pulled: boolean }> {
  let pulled = false;
  if (spec.forcePull) {
    await engine.pull(spec.image);
    pulled = true;
  }
  if (!needsImageFacts(spec)) return { facts: undefined, pulled };
  let inspect = await engine.imageInspect(spec.image);
  if (inspect === undefined && !pulled) {
    await engine.pull(spec.image);
    pulled = true;
    inspect = await engine.imageInspect(spec.image);
  }
  return { facts: inspect, pulled };
}

/** The process that starts the container (`docker start -a`), as awaitStart watches it. */
export interface StartingWatcher {
  alive(): boolean;
  /** Where its errors go (the task's stderr), named when it ended before the start. */
  errors: string;
}

/**
 * Poll until the container runs (recording its init pid) or already ended;
 * fail on a start error, a vanished container, a watcher that ended while
 * the container was still only created (it never started it: a docker
 * client that cannot run, or that failed), or the time limit. Returns the
 * pid, or undefined when it ended before it was seen running.
 */
export async function awaitStart(ports: Pick<LaunchPorts, 'engine' | 'state' | 'clock'>, dockerId: string, timeoutMs: number, watcher?: StartingWatcher): Promise<number | undefined> {
  const { engine, state, clock } = ports;
  const short = dockerId.slice(0, 12);
  const deadline = clock.now() + timeoutMs;
  let watcherGone = false;
  for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
    const s = await engine.inspect(dockerId);
    if (!s) throw new DeimosError('DOCKER', `container ${short} disappeared while starting`);
    if (s.error) throw new DeimosError('DOCKER', `container ${short} did not start: ${s.error}`);
    if (s.running) {
      state.write('pid', String(s.pid));
      return s.pid;
    }
    if (s.status === 'exited' || s.status === 'dead') return undefined; // ran and ended already: wait reports it
    // Seen gone before this inspect, and the container is still not started:
    // asked again after the watcher ended, so not a start and end in between.
    if (watcherGone) throw new DeimosError('DOCKER', `container ${short} was not started: its watcher (the docker client that starts it) ended first`, { hint: `its error is in ${watcher?.errors}` });
    if (clock.now() > deadline) throw new DeimosError('DOCKER', `container ${short} did not start within ${timeoutMs / 1000} s`);
    watcherGone = watcher !== undefined && !watcher.alive();
    if (!watcherGone) await clock.sleep(delay);
  }
}

/**
 * launch: take the locks, fill the sandbox, create the container, run it
 * under a detached watcher, wire it, start the observer, and return once it
 * runs. The locks are taken at once and before anything is written, and
 * released (in reverse) whatever happens. Intent before action: `launch`
 * is recorded `started` first and `done` last, and the container's name
 * (`docker-name`) before it is created, so that a launch killed anywhere
 * leaves what it made findable. Any failure leaves no container behind and
 * the state recorded as ended (so wait and cleanup behave).
 */
export async function runLaunch<L extends LockHandle>(ports: LaunchPorts<L>, spec: PlannedLaunch): Promise<void> {
  const { log, state: st, engine, sandbox, processes } = ports;
  log.info(`launch // ${spec.kind} task, image ${spec.image}, command ${JSON.stringify(spec.command)}`);
  const held: L[] = [];
  let dockerId: string | undefined;
  try {
    // A command task's observer inherits the `observe` lock; which
    // mesos-executor runs it, and how, is known now, before anything exists.
    const mesosExecutor = spec.kind === 'command' ? await processes.mesosExecutor(spec) : undefined;
    held.push(...(await st.lockAllNow(mesosExecutor ? ['launch', 'wait', 'observe'] : ['launch', 'wait'], log)));
    const [, waitLock, observeLock] = held;
    // Before anything is created: a launch that dies from here on is found
    // by its record (`started` and no lock held) and ended by cleanup.
    recordLaunchProgress(st, 'started');
    crashPoint('launch:locked');
    st.write('eid', spec.executorId);
    st.write('kind', spec.kind);
    if (ports.settings.recordHookEnv) st.writeHookEnv(spec.env);
    if (spec.diskMb !== undefined) st.write('disk-limit', String(Math.round(spec.diskMb * 1024 * 1024)));

    const sandboxLink = spec.directory ? st.linkSandbox(spec.directory) : undefined;
    if (spec.directory) {
      // Credentials first, into a fresh file: fetched archives must not be
      // able to plant a link that redirects the copy.
      const cfg = sandbox.dockercfg();
      if (cfg) sandbox.writeFile(path.join(spec.directory, '.dockercfg'), cfg, 0o600);
      await sandbox.fetch(spec.uris, spec.directory);
      sandbox.removeFile(path.join(spec.directory, NETWORK_READY));
    }
    crashPoint('launch:sandbox');
    const { facts, pulled } = await imageFacts(engine, spec);
    processes.startHook(spec.env);

    const name = ports.settings.name;
    const model = ports.settings.model(facts, sandboxLink);
    st.write('argv', JSON.stringify(engine.createArgv(model, name)));
    st.write('docker-name', name);
    crashPoint('launch:create:intent');
    // A missing image is pulled (with our credentials) by create, unless pulled above.
    dockerId = await engine.create(model, name, pulled ? {} : { pullMissing: { image: spec.image } });
    crashPoint('launch:create:reply');
    st.recordDockerId(dockerId);
    crashPoint('launch:created');

    const out = spec.directory ? { stdout: path.join(spec.directory, 'stdout'), stderr: path.join(spec.directory, 'stderr') } : { stdout: st.file('task.out'), stderr: st.file('task.out') };
    const watcherPid = processes.spawnWatcher(dockerId, waitLock!, out);
    crashPoint('launch:watcher');
    const watcherStart = processes.startTime(watcherPid);
    st.write('watcher-pid', String(watcherPid));
    waitLock!.annotate(watcherPid);
    const initPid = await awaitStart(ports, dockerId, ports.settings.startTimeoutMs, {
      alive: () => watcherStart !== undefined && processes.startTime(watcherPid) === watcherStart,
      errors: out.stderr,
    });
    if (initPid !== undefined) processes.recordCgroups(initPid);
    crashPoint('launch:started');
    log.info(`launch // container ${dockerId.slice(0, 12)} started, watcher pid ${watcherPid}`);
    if (spec.midonet && initPid !== undefined && initPid > 1) {
      await ports.network.wire(spec.midonet.plan, initPid);
      sandbox.writeFile(path.join(spec.directory!, NETWORK_READY), '', 0o644);
      crashPoint('launch:wired');
    } else if (spec.midonet) {
      log.warn('midonet // the container ended before it could be wired');
    }
    if (spec.kind === 'command') startObserver(ports, mesosExecutor, observeLock);
    // The agent counts the launch as done once we exit 0 (a kill from here
    // on is a launch the agent saw fail with a container that runs: its
    // next recover lists it, and the agent destroys it as an orphan).
    recordLaunchProgress(st, 'done');
  } catch (err) {
    await rollBack(ports, dockerId, err as Error);
    throw err;
  } finally {
    for (const lock of held.reverse()) lock.release();
  }
}

/**
 * A command task's observer: the agent's command executor reports the
 * task's status, and our observer, run by it, mirrors the container's exit.
 */
function startObserver<L extends LockHandle>(ports: LaunchPorts<L>, mesosExecutor: CommandExecutor | undefined, observeLock: L | undefined): void {
  const { log, state: st, processes } = ports;
  if (!mesosExecutor || !observeLock) {
    log.warn('no mesos-executor found (executor_info command or $MESOS_LIBEXEC_DIRECTORY); running the task without an observer');
    return;
  }
  const observerPid = processes.spawnObserver(mesosExecutor, observeLock);
  crashPoint('launch:observer');
  observeLock.annotate(observerPid);
  // Who wait stops if it outlives the container (with its start time, so
  // that a reused pid is never signalled).
  st.write('executor-pid', `${observerPid} ${processes.startTime(observerPid) ?? ''}`.trim());
  log.info(`launch // observer ${mesosExecutor.path} ${describeStyle(mesosExecutor.style)} ... pid ${observerPid}`);
}

/** After a failed step: no container left, the end recorded once, the after-end work done. */
async function rollBack(ports: LaunchPorts<LockHandle>, dockerId: string | undefined, err: Error): Promise<void> {
  const { log, state: st } = ports;
  log.error(`launch failed: ${err.message}`);
  if (dockerId) await ports.engine.remove(dockerId, true).catch(() => undefined);
  if (st.exitCode() === undefined) {
    try {
      recordEnd(st, { exitCode: EXIT_LAUNCH_FAILED, oomKilled: false, message: `launch failed: ${err.message}`, source: 'launch' });
    } catch (recordErr) {
      // e.g. the disk is full: report the first failure, not this one.
      log.error(`could not record the failed launch: ${(recordErr as Error).message}`);
    }
  }
  await ports.afterEnd().catch(() => undefined);
}
