export { locateCgroups, containerCgroups, detectCgroupVersion, parseProcCgroup, parseMountInfo, resolveCgroupPaths, cgroupVersionOf, formatCgroupPaths, parseCgroupPaths } from './locate';
export type { CgroupVersion, CgroupPaths, LocateOptions, ProcCgroupEntry, MountInfoEntry } from './locate';
export { readContainerStats, v1Stats, v2Stats, netStats, USER_HZ } from './stats';
export type { ContainerStats, StatsOptions, FileText, V1Files, V2Files } from './stats';
export {
  parseKeyValue,
  parseSingleNumber,
  parseMaxOrNumber,
  parseCpuMax,
  parsePressure,
  parseCpuacctStat,
  parseV1CpuStat,
  parseV2CpuStat,
  parseV1MemoryStat,
  parseV2MemoryStat,
  parseV1MemoryLimit,
  parseOomControl,
  parseMemoryEvents,
  parsePidList,
  parseCpuWeight,
  cpuSharesToWeight,
  cpuWeightToCpus,
  parseNetDev,
  sumNetDev,
  SHARES_PER_CPU,
} from './pure/parse';
export type { CpuMax, Pressure, PressureLine, CpuacctStat, V1CpuStat, V2CpuStat, MemoryStat, OomControl, MemoryEvents, NetDevCounters } from './pure/parse';
export { walkDiskUsage, formatDiskCache, parseDiskCache, diskCacheFresh, sandboxDisk } from './disk';
export type { WalkLimits, DiskWalk, DiskCacheRecord, DiskStore } from './disk';
export { PRESSURE_FDS, PRESSURE_MARK, pressureCount, PRESSURE_PRELUDE, parseEventfdCount, readPressureCounters, withPressurePrelude, v1MemoryMounted, pressureCountingAvailable } from './pressure';
export type { PressureCounters } from './pressure';
