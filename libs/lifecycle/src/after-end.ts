import { LABELS } from '@deimos/docker';
import { LockTimeout } from '@deimos/errors';
import { crashPoint, type Logger } from '@deimos/log';
import { endProgress, readAfterEnd, writeAfterEnd, type AfterEndRecord, type ContainerState, type EndProgress, type HeldLock } from '@deimos/state';
import { startHook } from './hooks';
import type { Runtime } from './runtime';

// The work owed after a container's end (unwire and release its address,
// the ondestroy hook, removing the container), done once by whoever records
// the end, and finished by any later call when the one that recorded it
// died first. Each step is recorded in the state's `after-end` record
// (@deimos/state records.ts) as it is done.

const now = () => new Date().toISOString();

/** How long a call waits for another one that is finishing the same end. */
const FINISH_LOCK_MS = 60_000;

/**
 * The Docker id of the container launch created under the name it recorded
 * (`docker-name`), for a state whose `cid` was never written (a launch that
 * died between the engine's create and recording its answer). The
 * container is ours only when its labels name this container and this
 * state root; it is then recorded, so later calls need not look again.
 */
export async function containerByName(rt: Pick<Runtime, 'docker' | 'root'>, st: ContainerState, log: Logger): Promise<string | undefined> {
  const name = st.read('docker-name');
  if (!name) return undefined;
  const found = await rt.docker.withLog(log).inspect(name);
  if (!found || found.labels[LABELS.containerId] !== st.id || found.labels[LABELS.stateRoot] !== rt.root.root) return undefined;
  log.info(`found container ${found.id.slice(0, 12)} by its name ${name}: launch had not recorded its id`);
  st.recordDockerId(found.id);
  return found.id;
}

function readRecord(st: ContainerState, log: Logger): AfterEndRecord {
  try {
    return readAfterEnd(st) ?? { owed: now() };
  } catch (err) {
    log.warn(`${(err as Error).message}: doing every after-end step again`);
    return { owed: now() };
  }
}

/**
 * The after-end work, each step recorded in `after-end` once done:
 * unwire (the address is released with the wiring), start the ondestroy
 * hook, remove the container when `[containers] remove_on_exit`. The caller
 * holds the `wait` lock exclusively (the lock an end is recorded under), so
 * one call at a time finishes an end. Idempotent: a step recorded as done
 * is not done again, "already gone" is success. The hook is recorded as
 * started before it is spawned and as done once it was: it runs at least
 * once, and twice only when a call died between the two. Returns whether
 * everything is done; a step that failed is logged and left to the next
 * call (the end stays unfinished).
 */
export async function finishEnd(rt: Runtime, st: ContainerState, log: Logger): Promise<boolean> {
  // Finished, or an end recorded by a release before the after-end record
  // (which did this work in the same call). Its live index entry, if a
  // call died before removing it, goes now.
  if (endProgress(st) === 'finished') {
    st.root.dropLive(st.id);
    return true;
  }
  const record = readRecord(st, log);
  const save = () => writeAfterEnd(st, record);
  let complete = true;

  if (record.network === undefined && st.read('network') !== undefined) {
    // Loaded only for wired containers: nothing MidoNet-related otherwise.
    const { unwireNetwork } = await import('./network');
    if (await unwireNetwork(rt, st, log)) {
      record.network = now();
      save();
      crashPoint('after-end:unwired');
    } else {
      complete = false;
    }
  }

  if (rt.hooks.ondestroy && record.ondestroy?.done === undefined) {
    let env: Array<[string, string]> = [];
    try {
      env = st.hookEnv();
    } catch (err) {
      log.warn(`ondestroy hook gets no task environment: ${(err as Error).message}`);
    }
    if (record.ondestroy) log.warn(`ondestroy hook: a call died while starting it (at ${record.ondestroy.started}); starting it again`);
    record.ondestroy = { started: now() };
    save();
    crashPoint('after-end:hook:intent');
    startHook(rt, st, 'ondestroy', env, log);
    crashPoint('after-end:hook:spawned');
    record.ondestroy.done = now();
    save();
    crashPoint('after-end:hook:done');
  }

  if (rt.containers.removeOnExit && record.container === undefined) {
    try {
      const dockerId = st.dockerId() ?? (await containerByName(rt, st, log));
      if (dockerId) await rt.docker.withLog(log).remove(dockerId);
      record.container = now();
      crashPoint('after-end:removed');
    } catch (err) {
      log.warn(`could not remove the container: ${(err as Error).message} (the next call that touches it tries again)`);
      complete = false;
    }
  }

  if (complete) {
    record.finished = now();
    save();
    crashPoint('after-end:finished');
    // Nothing is owed any more: out of the live index (a crash before this
    // leaves a stale entry, which recover and cleanup prune).
    st.root.dropLive(st.id);
  }
  return complete;
}

/**
 * Finish an end whose after-end work is not recorded as done (its recorder
 * died first): take the `wait` lock, ask again, and do what is left.
 * `block` waits up to a minute for another call finishing it; `now` leaves
 * it to that call at once. Returns the end's progress afterwards.
 */
export async function finishUnfinished(rt: Runtime, st: ContainerState, log: Logger, how: 'block' | 'now' = 'block'): Promise<EndProgress> {
  const before = endProgress(st);
  if (before !== 'unfinished') return before;
  let lock: HeldLock;
  try {
    lock = await st.lock('wait', how === 'now' ? { mode: 'exclusive', nonBlocking: true, log } : { mode: 'exclusive', timeoutMs: FINISH_LOCK_MS, log });
  } catch (err) {
    if (!(err instanceof LockTimeout)) throw err;
    log.info('after-end // another call holds the wait lock: it finishes the end');
    return 'unfinished';
  }
  try {
    if (endProgress(st) !== 'unfinished') return 'finished';
    log.info('after-end // the end is recorded but its after-end work is not done: finishing it');
    return (await finishEnd(rt, st, log)) ? 'finished' : 'unfinished';
  } finally {
    lock.release();
  }
}
