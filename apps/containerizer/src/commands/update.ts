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
 */
export async function updateCommand(rt: Runtime, msg: Update): Promise<void> {
  const st = existingState(rt, msg.containerId?.value);
  const log = rt.log.withContainer(st.id);
  if (st.read('exit') !== undefined) throw new DeimosError('NOT_RUNNING', `container ${st.id} has ended; nothing to update`);
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
  await rt.docker.withLog(log).update(dockerId, plan.args);
}
