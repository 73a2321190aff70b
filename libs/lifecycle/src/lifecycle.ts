import { TaskState, TaskStatusReason, waitStatus, type Termination } from '@deimos/protocol';
import { validateContainerId, type ContainerState } from '@deimos/state';
import type { Runtime } from './runtime';
import { afterEnd, readEnd, settleContainer, type EndRecord } from './settle';

/** The state of an existing container, or a NOT_FOUND error naming it. */
export function existingState(rt: Runtime, rawId: string | null | undefined): ContainerState {
  return rt.root.existing(rawId);
}

/** Wait for a launch in progress to finish (launch holds `launch` exclusively). */
export async function awaitLaunch(rt: Runtime, st: ContainerState, timeoutMs = 120_000): Promise<void> {
  const lock = await st.lock('launch', { mode: 'shared', timeoutMs, log: rt.log.withContainer(st.id) });
  lock.release();
}

/**
 * Block until the end is recorded. The watcher holds `wait` exclusively until
 * then; if it died first (the lock is free but no end is written), find the
 * end ourselves under the same lock, as recovery would.
 */
export async function awaitEnd(rt: Runtime, st: ContainerState): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  let end = readEnd(st);
  if (end) return end;
  const shared = await st.lock('wait', { mode: 'shared', timeoutMs: null, log });
  shared.release();
  end = readEnd(st);
  if (end) return end;
  log.warn('the watcher ended without recording an exit; finding the end from Docker');
  const ex = await st.lock('wait', { mode: 'exclusive', timeoutMs: null, log });
  try {
    end = await settleContainer(rt, st, { source: 'wait', engineRetryMs: 0 });
    await afterEnd(rt, st, log);
    return end;
  } finally {
    ex.release();
  }
}

/** The Termination for an end: status is a wait(2) word, killed only for OOM. */
export function terminationOf(end: EndRecord): Termination {
  const t: Termination = { killed: end.oomKilled, message: end.message, status: waitStatus({ code: end.exitCode }) };
  if (end.oomKilled) {
    t.state = TaskState.TASK_FAILED;
    t.reasons = [TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY];
  }
  return t;
}

export async function waitCommand(rt: Runtime, containerId: string | null | undefined): Promise<Termination> {
  const st = existingState(rt, containerId);
  await awaitLaunch(rt, st);
  const end = await awaitEnd(rt, st);
  if (st.read('kind') === 'command') {
    // The observer (command executor) sends the task's own status update;
    // the container's termination must not overtake it.
    const observe = await st.lock('observe', { mode: 'shared', timeoutMs: null, log: rt.log.withContainer(st.id) });
    observe.release();
  }
  rt.log.withContainer(st.id).info(`wait // exit ${end.exitCode}`);
  return terminationOf(end);
}

/**
 * destroy: stop the container (grace period, then SIGKILL) unless it already
 * ended, and return once the end is recorded. Idempotent.
 */
export async function destroyCommand(rt: Runtime, containerId: string | null | undefined): Promise<void> {
  const id = validateContainerId(containerId);
  const st = rt.root.container(id);
  const log = rt.log.withContainer(id);
  if (!st.exists()) {
    log.warn('destroy // no such container; nothing to do');
    return;
  }
  await awaitLaunch(rt, st);
  const grace = rt.containers.stopGraceSeconds;
  const lock = await st.lock('destroy', { mode: 'exclusive', timeoutMs: grace * 1000 + 60_000, log });
  try {
    if (st.exitCode() !== undefined) {
      log.info('destroy // already ended');
      return;
    }
    const dockerId = st.dockerId();
    if (dockerId) {
      log.info(`destroy // docker stop -t ${grace} ${dockerId.slice(0, 12)}`);
      await rt.docker.withLog(log).stop(dockerId, grace, 30_000);
    }
    // The watcher records the end; wait for it (briefly) so that a wait
    // started after us sees the end at once.
    const waitLock = await st.lock('wait', { mode: 'shared', timeoutMs: 30_000, log }).catch(() => undefined);
    waitLock?.release();
    if (st.exitCode() === undefined) await awaitEnd(rt, st);
  } finally {
    lock.release();
  }
}

/** containers: our live containers (see StateRoot.liveIds). */
export function liveContainers(rt: Runtime): string[] {
  return rt.root.liveIds();
}

/** settle: the watcher's tail, after `docker start -a` returned. */
export async function settleCommand(rt: Runtime, containerId: string, fromWatcher: boolean): Promise<void> {
  const st = existingState(rt, containerId);
  const log = rt.log.withContainer(st.id);
  if (!fromWatcher) {
    const ex = await st.lock('wait', { mode: 'exclusive', timeoutMs: null, log });
    try {
      await settleContainer(rt, st, { source: 'settle', engineRetryMs: 0 });
      await afterEnd(rt, st, log);
    } finally {
      ex.release();
    }
    return;
  }
  // We inherited the wait lock (fd 3): it is released when we exit.
  await settleContainer(rt, st, { source: 'watcher', engineRetryMs: 0 });
  await afterEnd(rt, st, log);
}
