import { DeimosError } from '@deimos/errors';
import { readContainerStats } from '@deimos/cgroups';
import { cpuShares } from '@deimos/docker';
import { existingState, type Runtime } from '@deimos/lifecycle';
import { resourceTotals, type Update } from '@deimos/protocol';

const PAGE = 4096;

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
 * The memory limit to apply: the requested one, but never below what the
 * container uses now (the kernel would reclaim or OOM-kill at once).
 */
export function safeMemoryLimit(requested: number, usage: number | undefined): { bytes: number; raised: boolean } {
  if (usage === undefined || requested >= usage) return { bytes: requested, raised: false };
  return { bytes: Math.ceil(usage / PAGE) * PAGE, raised: true };
}

/**
 * update: apply the executor's new cpus and mem to the running container
 * through `docker update`. Repeating the same figures is harmless.
 */
export async function updateCommand(rt: Runtime, msg: Update): Promise<void> {
  const st = existingState(rt, msg.containerId?.value);
  const log = rt.log.withContainer(st.id);
  if (st.read('exit') !== undefined) throw new DeimosError('NOT_RUNNING', `container ${st.id} has ended; nothing to update`);
  const dockerId = st.dockerId();
  if (!dockerId) throw new DeimosError('NOT_RUNNING', `container ${st.id} has not started; nothing to update`);
  const totals = resourceTotals(msg.resources ?? []);
  const args: string[] = [];
  if (totals.cpus !== undefined && totals.cpus > 0) {
    args.push('--cpu-shares', String(cpuShares(totals.cpus)));
    if (rt.containers.hardCpuLimits) args.push('--cpus', String(totals.cpus));
  }
  if (totals.memMb !== undefined && totals.memMb > 0) {
    const requested = Math.floor(totals.memMb) * 1048576;
    const usage = currentUsage(st.read('pid'));
    const limit = safeMemoryLimit(requested, usage);
    if (limit.raised) {
      log.warn(`update // asked for a memory limit of ${requested} bytes, below the current usage of ${usage}; keeping the limit at ${limit.bytes}`);
    }
    // The swap limit follows Docker's default of twice the memory limit and
    // must move with it, or Docker refuses a memory limit above the old swap limit.
    args.push('--memory', String(limit.bytes), '--memory-swap', String(limit.bytes * 2));
  }
  if (args.length === 0) {
    log.info('update // no cpus or mem in the update; nothing to change');
    return;
  }
  log.info(`update // ${args.join(' ')}`);
  await rt.docker.withLog(log).update(dockerId, args);
}
