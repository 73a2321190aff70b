// Combines the parsed cgroup and /proc files of one container into the
// numbers of a Mesos ResourceStatistics: pure functions of file texts;
// ../stats.ts reads the files they need.
import type { CgroupPaths, LocateOptions } from './locate';
import {
  SHARES_PER_CPU,
  cpuWeightToCpus,
  parseCpuMax,
  parseCpuWeight,
  parseCpuacctStat,
  parseMaxOrNumber,
  parseMemoryEvents,
  parseNetDev,
  parseOomControl,
  parsePidList,
  parseSingleNumber,
  parseV1CpuStat,
  parseV1MemoryLimit,
  parseV1MemoryStat,
  parseV2CpuStat,
  parseV2MemoryStat,
  sumNetDev,
  type MemoryEvents,
  type MemoryStat,
} from './parse';

/**
 * Resource usage of one container. The numeric field names are those of
 * protobufjs for Mesos `ResourceStatistics` (camelCase), so a caller can
 * spread this object into the message. A field is absent when the host does
 * not offer it (controller not mounted, no swap accounting, no limit set).
 */
export interface ContainerStats {
  cpusUserTimeSecs?: number;
  cpusSystemTimeSecs?: number;
  cpusLimit?: number;
  cpusNrPeriods?: number;
  cpusNrThrottled?: number;
  cpusThrottledTimeSecs?: number;
  memRssBytes?: number;
  memLimitBytes?: number;
  memFileBytes?: number;
  memAnonBytes?: number;
  memMappedFileBytes?: number;
  memCacheBytes?: number;
  memSwapBytes?: number;
  memTotalBytes?: number;
  processes?: number;
  threads?: number;
  netRxPackets?: number;
  netRxBytes?: number;
  netRxErrors?: number;
  netRxDropped?: number;
  netTxPackets?: number;
  netTxBytes?: number;
  netTxErrors?: number;
  netTxDropped?: number;
  /** v2 only, from memory.events (see memoryEventsAsPressure); v1 counts are not kept. */
  memLowPressureCounter?: number;
  memMediumPressureCounter?: number;
  memCriticalPressureCounter?: number;
  /** OOM kills in the cgroup: v1 memory.oom_control oom_kill (kernel >= 4.13), v2 memory.events oom_kill. */
  oomKills?: number;
  /** v1 memory.oom_control under_oom: the cgroup is stalled at its limit with the OOM killer disabled. */
  underOom?: boolean;
}

/** Options of readContainerStats. */
export interface StatsOptions extends LocateOptions {
  /** Directories found earlier by locateCgroups; skips reading /proc/<pid>/cgroup again. */
  paths?: CgroupPaths;
}

/**
 * Ticks per second of cpuacct.stat. The kernel reports clock_t in USER_HZ,
 * which is 100 on every architecture Docker runs on (x86, arm, arm64, ppc64,
 * s390x), whatever CONFIG_HZ the kernel was built with.
 */
export const USER_HZ = 100;

/** A file's text and the path it came from (for error messages). */
export interface FileText {
  path: string;
  text: string;
}

/** The cgroup v1 files readContainerStats uses; any may be missing. */
export interface V1Files {
  cpuacctStat?: FileText;
  cpuShares?: FileText;
  cfsQuotaUs?: FileText;
  cfsPeriodUs?: FileText;
  cpuStat?: FileText;
  memoryStat?: FileText;
  memoryLimitInBytes?: FileText;
  memoryUsageInBytes?: FileText;
  memoryOomControl?: FileText;
  pidsCurrent?: FileText;
  /** cgroup.procs of any hierarchy (all list the same processes). */
  cgroupProcs?: FileText;
  /** `tasks`, read only when pids.current is missing. */
  tasks?: FileText;
}

/** The cgroup v2 files readContainerStats uses; any may be missing. */
export interface V2Files {
  cpuStat?: FileText;
  cpuMax?: FileText;
  cpuWeight?: FileText;
  memoryStat?: FileText;
  memoryCurrent?: FileText;
  memoryMax?: FileText;
  memorySwapCurrent?: FileText;
  memoryEvents?: FileText;
  pidsCurrent?: FileText;
  cgroupProcs?: FileText;
  /** `cgroup.threads`, read only when pids.current is missing. */
  cgroupThreads?: FileText;
}

type Parser<T> = (text: string, file: string) => T;

function parsed<T>(file: FileText | undefined, parse: Parser<T>): T | undefined {
  return file === undefined ? undefined : parse(file.text, file.path);
}

function scaled(value: number | undefined, divisor: number): number | undefined {
  return value === undefined ? undefined : value / divisor;
}

/** Drops the fields that came out undefined, so that absent means absent. */
function compact(stats: ContainerStats): ContainerStats {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stats)) if (value !== undefined) out[key] = value;
  return out as ContainerStats;
}

function memoryFields(m: MemoryStat | undefined): ContainerStats {
  // rss and anon are the same pages (v1 rss excludes shmem as v2 anon does);
  // cache and file likewise (both include shmem/tmpfs).
  return {
    memRssBytes: m?.anonBytes,
    memAnonBytes: m?.anonBytes,
    memFileBytes: m?.fileBytes,
    memCacheBytes: m?.fileBytes,
    memMappedFileBytes: m?.mappedFileBytes,
    memSwapBytes: m?.swapBytes,
  };
}

/** CPUs granted by a CFS quota per period, when one is set (v1 cfs_quota_us -1 and v2 `max` are none). */
function quotaCpus(quota: number | undefined, period: number | undefined): number | undefined {
  return quota !== undefined && quota > 0 && period !== undefined && period > 0 ? quota / period : undefined;
}

/** The CPU fields of either version, once its times are in seconds (v1 counts ticks and ns, v2 µs). */
function cpuFields(secs: { user?: number; system?: number; throttled?: number }, limit: number | undefined, cpu: { nrPeriods?: number; nrThrottled?: number } | undefined): ContainerStats {
  return {
    cpusUserTimeSecs: secs.user,
    cpusSystemTimeSecs: secs.system,
    cpusLimit: limit,
    cpusNrPeriods: cpu?.nrPeriods,
    cpusNrThrottled: cpu?.nrThrottled,
    cpusThrottledTimeSecs: secs.throttled,
  };
}

function taskCounts(procs: FileText | undefined, pidsCurrent: FileText | undefined, threadList: FileText | undefined) {
  // pids.current counts tasks, i.e. threads: the pids controller charges
  // every clone(), threads included. Processes are the lines of cgroup.procs.
  return {
    processes: parsed(procs, parsePidList)?.length,
    threads: parsed(pidsCurrent, parseSingleNumber) ?? parsed(threadList, parsePidList)?.length,
  };
}

/**
 * Statistics from cgroup v1 files. cpusLimit is cfs_quota_us / cfs_period_us
 * when a quota is set, else cpu.shares / 1024.
 */
export function v1Stats(f: V1Files): ContainerStats {
  const cpuacct = parsed(f.cpuacctStat, parseCpuacctStat);
  const quota = parsed(f.cfsQuotaUs, parseSingleNumber);
  const period = parsed(f.cfsPeriodUs, parseSingleNumber);
  const shares = parsed(f.cpuShares, parseSingleNumber);
  const cpu = parsed(f.cpuStat, parseV1CpuStat);
  const oom = parsed(f.memoryOomControl, parseOomControl);
  return compact({
    ...cpuFields(
      { user: scaled(cpuacct?.userTicks, USER_HZ), system: scaled(cpuacct?.systemTicks, USER_HZ), throttled: scaled(cpu?.throttledTimeNs, 1e9) },
      quotaCpus(quota, period) ?? scaled(shares, SHARES_PER_CPU),
      cpu,
    ),
    ...memoryFields(parsed(f.memoryStat, parseV1MemoryStat)),
    memLimitBytes: parsed(f.memoryLimitInBytes, parseV1MemoryLimit),
    memTotalBytes: parsed(f.memoryUsageInBytes, parseSingleNumber),
    oomKills: oom?.oomKill,
    underOom: oom?.underOom,
    ...taskCounts(f.cgroupProcs, f.pidsCurrent, f.tasks),
  });
}

/**
 * The nearest cgroup v2 equivalents of v1's memory.pressure_level event
 * counts (Mesos's mem_{low,medium,critical}_pressure_counter). v1 signals
 * "low" when the kernel reclaims for the cgroup, "medium" when reclaim is
 * swapping or struggling, "critical" when it is about to OOM. v2 keeps
 * monotonic counters in memory.events instead (Documentation/admin-guide/
 * cgroup-v2.rst): `high` (usage went over memory.high and was throttled and
 * reclaimed) -> low; `max` (usage reached memory.max, direct reclaim) ->
 * medium; `oom` (reclaim failed, the OOM path ran) -> critical. Counters
 * the file lacks stay absent.
 */
function memoryEventsAsPressure(e: MemoryEvents | undefined): ContainerStats {
  return {
    memLowPressureCounter: e?.high,
    memMediumPressureCounter: e?.max,
    memCriticalPressureCounter: e?.oom,
  };
}

/**
 * Statistics from cgroup v2 files. cpusLimit is quota / period from cpu.max
 * when a quota is set, else cpu.weight turned back into shares / 1024 (see
 * cpuWeightToCpus).
 */
export function v2Stats(f: V2Files): ContainerStats {
  const cpu = parsed(f.cpuStat, parseV2CpuStat);
  const max = parsed(f.cpuMax, parseCpuMax);
  const weight = parsed(f.cpuWeight, parseCpuWeight);
  const events = parsed(f.memoryEvents, parseMemoryEvents);
  return compact({
    ...cpuFields(
      { user: scaled(cpu?.userUsec, 1e6), system: scaled(cpu?.systemUsec, 1e6), throttled: scaled(cpu?.throttledUsec, 1e6) },
      quotaCpus(max?.quotaUs, max?.periodUs) ?? (weight === undefined ? undefined : cpuWeightToCpus(weight)),
      cpu,
    ),
    ...memoryFields(parsed(f.memoryStat, parseV2MemoryStat)),
    memSwapBytes: parsed(f.memorySwapCurrent, parseSingleNumber),
    memLimitBytes: parsed(f.memoryMax, parseMaxOrNumber),
    memTotalBytes: parsed(f.memoryCurrent, parseSingleNumber),
    oomKills: events?.oomKill,
    ...memoryEventsAsPressure(events),
    ...taskCounts(f.cgroupProcs, f.pidsCurrent, f.cgroupThreads),
  });
}

/** Network counters summed over every interface but `lo`, from /proc/<pid>/net/dev text. */
export function netStats(file: FileText): ContainerStats {
  const t = sumNetDev(parseNetDev(file.text, file.path));
  return {
    netRxPackets: t.rxPackets,
    netRxBytes: t.rxBytes,
    netRxErrors: t.rxErrors,
    netRxDropped: t.rxDropped,
    netTxPackets: t.txPackets,
    netTxBytes: t.txBytes,
    netTxErrors: t.txErrors,
    netTxDropped: t.txDropped,
  };
}
