import * as fs from 'node:fs';
import { LockTimeout } from '@deimos/errors';
import { locksOnFile, readKernelLocks, validateContainerId, type ContainerState, type HeldLock } from '@deimos/state';
import type { Termination } from '@deimos/protocol';
import { awaitExecutor } from './observer';
import type { Runtime } from './runtime';
import { afterEnd, readEnd, settleContainer, type EndRecord } from './settle';
import { terminationOf } from './termination';

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
 * Block until the end is recorded. The watcher (the docker client) holds
 * `wait` exclusively while the container runs; once the lock is free and no
 * end is written, record it ourselves under the same lock, once.
 */
export async function awaitEnd(rt: Runtime, st: ContainerState): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  let end = readEnd(st);
  if (end) return end;
  const shared = await st.lock('wait', { mode: 'shared', timeoutMs: null, log });
  shared.release();
  end = readEnd(st);
  if (end) return end;
  const ex = await st.lock('wait', { mode: 'exclusive', timeoutMs: null, log });
  return recordEndHolding(rt, st, ex, 'wait');
}

/**
 * With the `wait` lock held exclusively: the end, recorded from Docker (and
 * its hooks run) unless another waiter recorded it while we queued for the
 * lock. Releases the lock.
 */
async function recordEndHolding(rt: Runtime, st: ContainerState, waitLock: HeldLock, source: string): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  try {
    const known = readEnd(st);
    if (known) return known;
    log.info('the container ended; recording its end from Docker');
    const end = await settleContainer(rt, st, { source, engineRetryMs: 0 });
    await afterEnd(rt, st, log);
    return end;
  } finally {
    waitLock.release();
  }
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
      await rt.docker.withLog(log).stop(dockerId, grace, rt.config.dockerTimeouts.stopExtraSeconds * 1000);
    }
    // The watcher lets go of `wait` when the container is gone; then record
    // the end, so that a wait started after us sees it at once.
    const waitLock = await st.lock('wait', { mode: 'shared', timeoutMs: rt.config.dockerTimeouts.stopExtraSeconds * 1000, log }).catch(() => undefined);
    waitLock?.release();
    if (st.exitCode() === undefined) await awaitEnd(rt, st);
  } finally {
    lock.release();
  }
}

/**
 * wait: block until the end is recorded, then answer with a Termination
 * (always killed, message and status; exit 0 whatever the task's code was).
 */
export async function waitContainer(rt: Runtime, containerId: string | null | undefined): Promise<Termination> {
  const st = existingState(rt, containerId);
  await awaitLaunch(rt, st);
  const ending = awaitEnd(rt, st);
  if (st.read('kind') === 'command' && st.read('executor-pid') !== undefined && (await executorGoneFirst(st, ending))) {
    // Nothing is left to report the task or to stop it: the executor was its
    // owner (as it is the container of a Mesos-containerizer task).
    rt.log.withContainer(st.id).warn("wait // the task's mesos-executor ended while its container runs: stopping the container");
    await destroyCommand(rt, st.id);
  }
  const end = await ending;
  if (st.read('kind') === 'command') {
    // The observer (command executor) sends the task's own status update;
    // the container's termination must not overtake it. An executor that
    // hangs is stopped after [containers] executor_grace_seconds.
    await awaitExecutor(rt, st);
  }
  rt.log.withContainer(st.id).info(`wait // exit ${end.exitCode}`);
  return terminationOf(end);
}

/** How often wait looks whether a command task's executor is still there. */
const EXECUTOR_CHECK_MS = 1000;

/**
 * Whether the command executor (every holder of the `observe` lock: the
 * mesos-executor, the observer and what they started) is gone while the
 * container has not ended: a kill that reached the observer before it could
 * catch SIGTERM, an executor that crashed. Read from /proc/locks once a
 * second (no process of ours waits on the lock), until `ending` settles.
 */
async function executorGoneFirst(st: ContainerState, ending: Promise<unknown>): Promise<boolean> {
  let ended = false;
  void ending.then(
    () => (ended = true),
    () => (ended = true),
  );
  let timer: NodeJS.Timeout | undefined;
  const tick = () => new Promise<void>((resolve) => (timer = setTimeout(resolve, EXECUTOR_CHECK_MS)));
  try {
    for (;;) {
      await Promise.race([ending.then(() => undefined, () => undefined), tick()]);
      if (ended || readEnd(st)) return false;
      if (locksOnFile(st.lockFile('observe'), readKernelLocks()).length === 0) return readEnd(st) === undefined;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** settle: record how a container ended (an operator's tool; every waiter does the same). */
export async function settleCommand(rt: Runtime, containerId: string): Promise<void> {
  const st = existingState(rt, containerId);
  await awaitEnd(rt, st);
}

/**
 * The observer's wait: like awaitEnd, but without blocking in flock(1), so
 * that the long-lived observer costs one process, not two. It wakes when
 * anything in the state directory changes (inotify: the end recorded by the
 * agent's `wait` is seen at once) and at least every `everyMs`; then, if the
 * watcher is gone (the `wait` lock is free) and nobody has recorded the end,
 * it records it itself under the `wait` lock. That fallback is for when no
 * agent `wait` runs (the agent always has one outstanding while it is up),
 * so it can be slow. Measured with 50 idle observers: checking every second
 * cost about 4% of a core in all, every 5 s about 1%.
 */
export async function awaitEndPolling(rt: Runtime, st: ContainerState, everyMs = 5000): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  const changes = watchDirectory(st.dir);
  try {
    for (;;) {
      const end = readEnd(st);
      if (end) return end;
      const held = locksOnFile(st.lockFile('wait'), readKernelLocks()).length > 0;
      if (!held) {
        const ex = await st.lock('wait', { mode: 'exclusive', nonBlocking: true, log }).catch((err: unknown) => {
          if (err instanceof LockTimeout) return undefined; // someone else is settling
          throw err;
        });
        if (ex) return recordEndHolding(rt, st, ex, 'observer');
      }
      // Without inotify (each observer needs an instance; root has 128 by
      // default, fs.inotify.max_user_instances), check once a second.
      await changes.next(changes.working ? everyMs : Math.min(everyMs, 1000));
    }
  } finally {
    changes.close();
  }
}

/** Wake-ups for changes in a directory; `next(ms)` resolves on the next change or after `ms`. */
export function watchDirectory(dir: string): { readonly working: boolean; next(ms: number): Promise<void>; close(): void } {
  let wake: (() => void) | undefined;
  let changed = false;
  let watcher: fs.FSWatcher | undefined;
  try {
    watcher = fs.watch(dir, { persistent: true }, () => {
      changed = true;
      wake?.();
    });
    watcher.on('error', () => {
      watcher?.close();
      watcher = undefined;
      wake?.();
    });
  } catch {
    watcher = undefined; // e.g. out of inotify watches: polling still works
  }
  return {
    get working() {
      return watcher !== undefined;
    },
    next(ms: number) {
      if (changed) {
        changed = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = undefined;
          changed = false;
          resolve();
        }
        wake = done;
      });
    },
    close() {
      watcher?.close();
    },
  };
}
