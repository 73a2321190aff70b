import * as fs from 'node:fs';
import { locksOnFile, readKernelLocks, type ContainerState, type HeldLock } from '@deimos/state';
import type { Runtime } from './runtime';
import { finishEnd, finishUnfinished } from './after-end';
import { readEnd, settleContainer, type EndRecord } from './settle';

// Waiting for a container's end, and recording it once whoever sees it
// first: the agent's wait, destroy, settle, the observer's polling wait.

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
 * Block until the end is recorded and its after-end work done. The watcher
 * (the docker client) holds `wait` exclusively while the container runs;
 * once the lock is free and no end is written, record it ourselves under
 * the same lock, once, and finish it (after-end.ts). An end found recorded
 * whose after-end work is not done (its recorder died) is finished here.
 */
export async function awaitEnd(rt: Runtime, st: ContainerState): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  let end = readEnd(st);
  if (end) return finished(rt, st, end);
  const shared = await st.lock('wait', { mode: 'shared', timeoutMs: null, log });
  shared.release();
  end = readEnd(st);
  if (end) return finished(rt, st, end);
  const ex = await st.lock('wait', { mode: 'exclusive', timeoutMs: null, log });
  return recordEndHolding(rt, st, ex, 'wait');
}

/** A recorded end, once its after-end work is done (or left to the call doing it). */
async function finished(rt: Runtime, st: ContainerState, end: EndRecord): Promise<EndRecord> {
  await finishUnfinished(rt, st, rt.log.withContainer(st.id));
  return end;
}

/**
 * With the `wait` lock held exclusively: the end, recorded from Docker
 * unless another waiter recorded it while we queued for the lock, and its
 * after-end work done. Releases the lock.
 */
async function recordEndHolding(rt: Runtime, st: ContainerState, waitLock: HeldLock, source: string): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  try {
    let end = readEnd(st);
    if (!end) {
      log.info('the container ended; recording its end from Docker');
      end = await settleContainer(rt, st, { source, engineRetryMs: 0 });
    }
    await finishEnd(rt, st, log);
    return end;
  } finally {
    waitLock.release();
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
        const ex = await st.lockNow('wait', log); // undefined: someone else is settling
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
