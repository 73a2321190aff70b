import type { Resource } from './types';

export interface ResourceTotals {
  /** Sum of every `cpus` scalar (all roles); absent when there is none. */
  cpus?: number;
  /** Sum of every `mem` scalar, in MB. */
  memMb?: number;
  /** Sum of every `disk` scalar, in MB. */
  diskMb?: number;
  /** Every `ports` range, in the order given. */
  ports: Array<{ begin: number; end: number }>;
}

/**
 * Adds up what a Launch or Update asks for. Resources of the same name are
 * summed across roles; unknown names are ignored. Sums are rounded to three
 * decimals so that 0.1 + 0.2 cpus is 0.3.
 */
export function resourceTotals(resources: readonly Resource[]): ResourceTotals {
  const totals: ResourceTotals = { ports: [] };
  const sums: Record<'cpus' | 'mem' | 'disk', number | undefined> = { cpus: undefined, mem: undefined, disk: undefined };
  for (const resource of resources) {
    if (resource.name === 'cpus' || resource.name === 'mem' || resource.name === 'disk') {
      const value = resource.scalar?.value;
      if (typeof value === 'number' && Number.isFinite(value)) {
        sums[resource.name] = (sums[resource.name] ?? 0) + value;
      }
    } else if (resource.name === 'ports') {
      for (const range of resource.ranges?.range ?? []) {
        totals.ports.push({ begin: Number(range.begin), end: Number(range.end) });
      }
    }
  }
  if (sums.cpus !== undefined) totals.cpus = round3(sums.cpus);
  if (sums.mem !== undefined) totals.memMb = round3(sums.mem);
  if (sums.disk !== undefined) totals.diskMb = round3(sums.disk);
  return totals;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
