// Reads the cgroup and /proc files of one container for the pure builders
// of pure/stats.ts.
import { posix as path } from 'node:path';
import { locateCgroups } from './locate';
import { parseCpuMax, parseSingleNumber } from './pure/parse';
import { netStats, v1Stats, v2Stats, type ContainerStats, type FileText, type StatsOptions } from './pure/stats';
import { readOptional } from './read';

export * from './pure/stats';

function fileAt(dir: string | undefined, name: string): FileText | undefined {
  if (dir === undefined) return undefined;
  const p = path.join(dir, name);
  const text = readOptional(p);
  return text === undefined ? undefined : { path: p, text };
}

function readV1(dirs: Record<string, string>): ContainerStats {
  const { cpu, cpuacct, memory, pids } = dirs;
  const procsDir = pids ?? memory ?? cpuacct ?? cpu;
  const pidsCurrent = fileAt(pids, 'pids.current');
  const cfsQuotaUs = fileAt(cpu, 'cpu.cfs_quota_us');
  const quotaSet = cfsQuotaUs !== undefined && parseSingleNumber(cfsQuotaUs.text, cfsQuotaUs.path) > 0;
  return v1Stats({
    cpuacctStat: fileAt(cpuacct, 'cpuacct.stat'),
    cpuShares: quotaSet ? undefined : fileAt(cpu, 'cpu.shares'),
    cfsQuotaUs,
    cfsPeriodUs: quotaSet ? fileAt(cpu, 'cpu.cfs_period_us') : undefined,
    cpuStat: fileAt(cpu, 'cpu.stat'),
    memoryStat: fileAt(memory, 'memory.stat'),
    memoryLimitInBytes: fileAt(memory, 'memory.limit_in_bytes'),
    memoryUsageInBytes: fileAt(memory, 'memory.usage_in_bytes'),
    memoryOomControl: fileAt(memory, 'memory.oom_control'),
    pidsCurrent,
    cgroupProcs: fileAt(procsDir, 'cgroup.procs'),
    tasks: pidsCurrent === undefined ? fileAt(procsDir, 'tasks') : undefined,
  });
}

function readV2(dir: string | undefined): ContainerStats {
  const pidsCurrent = fileAt(dir, 'pids.current');
  const cpuMax = fileAt(dir, 'cpu.max');
  const quotaSet = cpuMax !== undefined && parseCpuMax(cpuMax.text, cpuMax.path).quotaUs !== undefined;
  return v2Stats({
    cpuStat: fileAt(dir, 'cpu.stat'),
    cpuMax,
    cpuWeight: quotaSet ? undefined : fileAt(dir, 'cpu.weight'),
    memoryStat: fileAt(dir, 'memory.stat'),
    memoryCurrent: fileAt(dir, 'memory.current'),
    memoryMax: fileAt(dir, 'memory.max'),
    memorySwapCurrent: fileAt(dir, 'memory.swap.current'),
    memoryEvents: fileAt(dir, 'memory.events'),
    pidsCurrent,
    cgroupProcs: fileAt(dir, 'cgroup.procs'),
    cgroupThreads: pidsCurrent === undefined ? fileAt(dir, 'cgroup.threads') : undefined,
  });
}

/**
 * Reads the resource usage of the container whose init process is `pid`:
 * about a dozen small files, synchronously, no child processes. Fields the
 * host does not offer are absent; a malformed file is a CGROUP error naming
 * the file and line. A container that exits while we read yields whatever
 * was read before its files vanished.
 */
export function readContainerStats(pid: number, opts: StatsOptions = {}): ContainerStats {
  const paths = opts.paths ?? locateCgroups(pid, opts);
  const cgroupStats = paths.version === 'v1' ? readV1(paths.dirs) : readV2(paths.dirs.unified);
  const procRoot = opts.procRoot ?? path.join(opts.fsRoot ?? '/', 'proc');
  const netDev = fileAt(path.join(procRoot, String(pid), 'net'), 'dev');
  return netDev === undefined ? cgroupStats : { ...cgroupStats, ...netStats(netDev) };
}
