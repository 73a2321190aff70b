import { DeimosError } from '@deimos/errors';
import { cpuShares } from '@deimos/docker';
import { resourceTotals, type Update } from '@deimos/protocol';
import { existingState, type Runtime } from '@deimos/lifecycle';

/**
 * update: apply the executor's new cpus and mem to the running container
 * through `docker update`. Repeating the same figures is harmless.
 */
export async function updateCommand(rt: Runtime, msg: Update): Promise<void> {
  const st = existingState(rt, msg.containerId?.value);
  const log = rt.log.withContainer(st.id);
  if (st.exitCode() !== undefined) throw new DeimosError('NOT_RUNNING', `container ${st.id} has ended; nothing to update`);
  const dockerId = st.dockerId();
  if (!dockerId) throw new DeimosError('NOT_RUNNING', `container ${st.id} has not started; nothing to update`);
  const totals = resourceTotals(msg.resources ?? []);
  const args: string[] = [];
  if (totals.cpus !== undefined && totals.cpus > 0) {
    args.push('--cpu-shares', String(cpuShares(totals.cpus)));
    if (rt.containers.hardCpuLimits) args.push('--cpus', String(totals.cpus));
  }
  if (totals.memMb !== undefined && totals.memMb > 0) {
    const bytes = Math.floor(totals.memMb) * 1048576;
    // Swap limit follows Docker's own default of twice the memory limit, and
    // must be raised with the memory limit or Docker refuses the update.
    args.push('--memory', String(bytes), '--memory-swap', String(bytes * 2));
  }
  if (args.length === 0) {
    log.info('update // no cpus or mem in the update; nothing to change');
    return;
  }
  log.info(`update // ${args.join(' ')}`);
  await rt.docker.withLog(log).update(dockerId, args);
}
