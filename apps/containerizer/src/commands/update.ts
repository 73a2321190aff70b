import { DeimosError } from '@deimos/errors';
import { readContainerStats } from '@deimos/cgroups';
import { updatePlan } from '@deimos/docker';
import { existingState, type Runtime } from '@deimos/lifecycle';
import { resourceTotals, type Update } from '@deimos/protocol';

/** Memory the container uses now, or undefined when it cannot be read. */
function currentUsage(pidText: string | undefined): number | undefined {
  if (!pidText) return undefined;
  try {
    return readContainerStats(Number(pidText)).memTotalBytes;
  } catch {
    return undefined;
  }
}

/**
 * update: apply the executor's new cpus and mem to the running container
 * through `docker update` (options from updatePlan). Repeating the same
 * figures is harmless.
 *
 * An ended container is not a failure: agents from 0.23 call update when
 * the executor registers or re-registers, which may be after a short task
 * ended, and destroy the container on a failed update (from 0.26 the task
 * is then reported TASK_LOST; docs/agent-call-failures.md). So an update
 * of a container whose end is recorded, or that the engine no longer runs
 * when `docker update` fails, exits 0 with one INFO line.
 */
export async function updateCommand(rt: Runtime, msg: Update): Promise<void> {
  const st = existingState(rt, msg.containerId?.value);
  const log = rt.log.withContainer(st.id);
  if (st.ended()) {
    log.info('update // the container has ended; nothing to update');
    return;
  }
  const dockerId = st.dockerId();
  if (!dockerId) throw new DeimosError('NOT_RUNNING', `container ${st.id} has not started; nothing to update`);
  const totals = resourceTotals(msg.resources ?? []);
  const plan = updatePlan(totals, totals.memMb ? currentUsage(st.read('pid')) : undefined, rt.containers.hardCpuLimits);
  if (plan.memory?.raised) {
    log.warn(`update // asked for a memory limit of ${plan.memory.requested} bytes, below the current usage; keeping the limit at ${plan.memory.bytes}`);
  }
  if (plan.args.length === 0) {
    log.info('update // no cpus or mem in the update; nothing to change');
    return;
  }
  log.info(`update // ${plan.args.join(' ')}`);
  const docker = rt.docker.withLog(log);
  try {
    await docker.update(dockerId, plan.args);
  } catch (err) {
    // Ended between our read and the engine's answer (or removed since)?
    const now = !st.ended() ? await docker.inspect(dockerId).catch(() => null) : undefined;
    if (now === null || (now !== undefined && now.running)) throw err;
    log.info('update // the container ended while it was being updated; nothing to update');
  }
}
