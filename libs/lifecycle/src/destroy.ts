import { crashPoint } from '@deimos/log';
import { validateContainerId } from '@deimos/state';
import { awaitEnd, awaitLaunch } from './end';
import type { Runtime } from './runtime';

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
    crashPoint('destroy:locked');
    if (st.exitCode() !== undefined) {
      log.info('destroy // already ended');
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
    // the end, so that a wait started after us sees it at once.
    const waitLock = await st.lock('wait', { mode: 'shared', timeoutMs: rt.config.dockerTimeouts.stopExtraSeconds * 1000, log }).catch(() => undefined);
    waitLock?.release();
    if (st.exitCode() === undefined) await awaitEnd(rt, st);
  } finally {
    lock.release();
  }
}
