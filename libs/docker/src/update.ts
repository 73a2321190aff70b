import { cpuShares } from './container';

const PAGE = 4096;

/**
 * The memory limit to apply: the requested one, but never below what the
 * container uses now (the kernel would reclaim or OOM-kill at once).
 */
export function safeMemoryLimit(requested: number, usage: number | undefined): { bytes: number; raised: boolean } {
  if (usage === undefined || requested >= usage) return { bytes: requested, raised: false };
  return { bytes: Math.ceil(usage / PAGE) * PAGE, raised: true };
}

/** What `docker update` gets for an executor's new resources. */
export interface UpdatePlan {
  /** The `docker update` options; empty when the update names no cpus or mem. */
  args: string[];
  memory?: { requested: number; bytes: number; raised: boolean };
}

/**
 * The options for new cpus and mem: shares (and a hard quota with
 * `hardCpuLimits`), and a memory limit kept at or above the current usage.
 * The swap limit follows Docker's default of twice the memory limit and
 * moves with it, or Docker refuses a memory limit above the old swap limit.
 */
export function updatePlan(totals: { cpus?: number; memMb?: number }, currentMemory: number | undefined, hardCpuLimits: boolean): UpdatePlan {
  const args: string[] = [];
  if (totals.cpus !== undefined && totals.cpus > 0) {
    args.push('--cpu-shares', String(cpuShares(totals.cpus)));
    if (hardCpuLimits) args.push('--cpus', String(totals.cpus));
  }
  if (totals.memMb === undefined || !(totals.memMb > 0)) return { args };
  const requested = Math.floor(totals.memMb) * 1048576;
  const limit = safeMemoryLimit(requested, currentMemory);
  args.push('--memory', String(limit.bytes), '--memory-swap', String(limit.bytes * 2));
  return { args, memory: { requested, ...limit } };
}
