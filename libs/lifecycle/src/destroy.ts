import { crashPoint } from '@deimos/log';
import { endProgress, launchProgress, validateContainerId, type ContainerState } from '@deimos/state';
import { finishUnfinished } from './after-end';
import { awaitEnd, awaitLaunch } from './end';
import type { Runtime } from './runtime';

/**
 * destroy: stop the container (grace period, then SIGKILL) unless it already
 * ended, and return once the end is recorded and its after-end work done
 * (also when an earlier call recorded the end and died before that work:
 * this is how the agent's retry finishes it). Idempotent.
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
    crashPoint('destroy:locked');
    if (st.ended()) {
      log.info('destroy // already ended');
      await finishUnfinished(rt, st, log);
      return;
    }
    const dockerId = st.dockerId();
    if (dockerId) {
      log.info(`destroy // docker stop -t ${grace} ${dockerId.slice(0, 12)}`);
      crashPoint('destroy:stop:intent');
      await rt.docker.withLog(log).stop(dockerId, grace, rt.config.dockerTimeouts.stopExtraSeconds * 1000);
      crashPoint('destroy:stopped');
    }
    // The watcher lets go of `wait` when the container is gone; then record
    // the end (and finish it), so that a wait started after us sees it at once.
    const waitLock = await st.lock('wait', { mode: 'shared', timeoutMs: rt.config.dockerTimeouts.stopExtraSeconds * 1000, log }).catch(() => undefined);
    waitLock?.release();
    await awaitEnd(rt, st);
  } finally {
    lock.release();
  }
}

/**
 * End a launch that died before it answered: the agent dropped that
 * container (it makes no further call for it), so nothing else ever stops
 * it. Only when nobody holds its `launch` lock and its record still says
 * `started` with no end (asked again under that lock): then it is
 * destroyed as above. Returns what was done, for cleanup's report.
 */
export async function reclaimLaunch(rt: Runtime, st: ContainerState): Promise<{ done: boolean; note: string }> {
  const log = rt.log.withContainer(st.id);
  const lock = await st.lockNow('launch', log);
  if (!lock) return { done: false, note: 'its launch is in progress' };
  try {
    if (st.ended() || launchProgress(st) !== 'started') return { done: true, note: 'nothing to do: its launch answered or its end is recorded' };
  } finally {
    lock.release();
  }
  log.warn('reclaim // its launch died before answering (the agent dropped the container): destroying it');
  await destroyCommand(rt, st.id);
  const finished = endProgress(st) === 'finished';
  return { done: finished, note: finished ? 'container stopped, end recorded, after-end work done' : 'end recorded; its after-end work is not done (see the log)' };
}
