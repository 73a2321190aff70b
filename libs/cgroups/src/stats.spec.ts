import { join } from 'node:path';
import { DeimosError } from '@deimos/errors';
import { locateCgroups } from './locate';
import { readContainerStats, v1Stats, v2Stats, type ContainerStats } from './stats';
import { FIXTURES } from './test-support';

const NO_TRAFFIC: ContainerStats = {
  netRxPackets: 0,
  netRxBytes: 0,
  netRxErrors: 0,
  netRxDropped: 0,
  netTxPackets: 0,
  netTxBytes: 0,
  netTxErrors: 0,
  netTxDropped: 0,
};

// Expected numbers below are worked out by hand from the fixture files; the
// comment beside each names the file and the arithmetic.
const SHARES_512_64M: ContainerStats = {
  cpusUserTimeSecs: 0.01, // cpuacct.stat "user 1" / USER_HZ 100
  cpusSystemTimeSecs: 0.02, // "system 2" / 100
  cpusLimit: 0.5, // cpu.cfs_quota_us -1 (none), cpu.shares 512 / 1024
  cpusNrPeriods: 0, // cpu.stat
  cpusNrThrottled: 0,
  cpusThrottledTimeSecs: 0,
  memRssBytes: 106496, // memory.stat total_rss
  memAnonBytes: 106496, // total_rss
  memFileBytes: 3321856, // total_cache
  memCacheBytes: 3321856, // total_cache
  memMappedFileBytes: 86016, // total_mapped_file
  memSwapBytes: 0, // total_swap
  memLimitBytes: 67108864, // memory.limit_in_bytes = 64 MiB
  memTotalBytes: 4259840, // memory.usage_in_bytes
  oomKills: 0, // memory.oom_control oom_kill
  underOom: false, // under_oom 0
  processes: 2, // cgroup.procs: 6866, 6893
  threads: 2, // pids.current
  ...NO_TRAFFIC, // net/dev: lo only
};

describe('readContainerStats on recorded v1 trees', () => {
  it('hybrid host, --cpu-shares 512 -m 64m', () => {
    expect(readContainerStats(6866, { fsRoot: join(FIXTURES, 'v1-hybrid-cpu-shares') })).toEqual(SHARES_512_64M);
  });

  it('hybrid host, --cpus 0.5: the quota wins over cpu.shares and no memory limit is reported', () => {
    const stats = readContainerStats(6929, { fsRoot: join(FIXTURES, 'v1-hybrid-cpus-quota') });
    expect(stats).toEqual({
      cpusUserTimeSecs: 0.26, // cpuacct.stat "user 26" / 100
      cpusSystemTimeSecs: 0, // "system 0"
      cpusLimit: 0.5, // cpu.cfs_quota_us 50000 / cpu.cfs_period_us 100000 (cpu.shares 1024 ignored)
      cpusNrPeriods: 8, // cpu.stat nr_periods
      cpusNrThrottled: 4, // nr_throttled
      cpusThrottledTimeSecs: 0.173351023, // throttled_time 173351023 ns / 1e9
      memRssBytes: 49152, // memory.stat total_rss
      memAnonBytes: 49152,
      memFileBytes: 0, // total_cache
      memCacheBytes: 0,
      memMappedFileBytes: 0,
      memSwapBytes: 0,
      memTotalBytes: 598016, // memory.usage_in_bytes; limit 9223372036854771712 = unlimited, absent
      oomKills: 0,
      underOom: false,
      processes: 1,
      threads: 1,
      ...NO_TRAFFIC,
    });
    expect('memLimitBytes' in stats).toBe(false);
  });

  it('v1 systemd-slice layout with co-mounted cpu,cpuacct gives the same numbers as the recording it holds', () => {
    expect(readContainerStats(6866, { fsRoot: join(FIXTURES, 'v1-systemd-constructed') })).toEqual(SHARES_512_64M);
  });

  it('reuses directories located earlier', () => {
    const fsRoot = join(FIXTURES, 'v1-hybrid-cpu-shares');
    const paths = locateCgroups(6866, { fsRoot });
    expect(readContainerStats(6866, { fsRoot, paths })).toEqual(SHARES_512_64M);
  });
});

describe('readContainerStats on the constructed v2 tree', () => {
  const fsRoot = join(FIXTURES, 'v2-constructed');

  it('system.slice/docker-<id>.scope, weight 20 and memory.max 64 MiB, host net/dev', () => {
    expect(readContainerStats(6866, { fsRoot })).toEqual({
      cpusUserTimeSecs: 0.015624, // cpu.stat user_usec 15624 / 1e6
      cpusSystemTimeSecs: 0.020829, // system_usec 20829 / 1e6
      cpusLimit: 0.5, // cpu.max "max 100000" (no quota); cpu.weight 20 -> shares 501..526 -> 0.5
      cpusNrPeriods: 0,
      cpusNrThrottled: 0,
      cpusThrottledTimeSecs: 0, // throttled_usec 0
      memRssBytes: 106496, // memory.stat anon
      memAnonBytes: 106496,
      memFileBytes: 3321856, // file
      memCacheBytes: 3321856,
      memMappedFileBytes: 86016, // file_mapped
      memSwapBytes: 0, // memory.swap.current
      memLimitBytes: 67108864, // memory.max
      memTotalBytes: 4259840, // memory.current
      oomKills: 0, // memory.events oom_kill
      memLowPressureCounter: 0, // memory.events high
      memMediumPressureCounter: 0, // memory.events max
      memCriticalPressureCounter: 0, // memory.events oom
      processes: 2, // cgroup.procs
      threads: 2, // pids.current
      // net/dev is the host's recorded file: eth0 + ifb0 + ifb1, lo left out
      netRxBytes: 351170597,
      netRxPackets: 10395,
      netRxErrors: 0,
      netRxDropped: 0,
      netTxBytes: 1104801,
      netTxPackets: 6985,
      netTxErrors: 0,
      netTxDropped: 0,
    });
  });

  it('docker/<id>, cpu.max 50000/100000, no memory limit, swap and an OOM kill', () => {
    const stats = readContainerStats(6929, { fsRoot });
    expect(stats).toEqual({
      cpusUserTimeSecs: 0.262411, // user_usec 262411 / 1e6
      cpusSystemTimeSecs: 0.007661, // system_usec 7661 / 1e6
      cpusLimit: 0.5, // cpu.max 50000 / 100000 (cpu.weight 100 not read)
      cpusNrPeriods: 8,
      cpusNrThrottled: 4,
      cpusThrottledTimeSecs: 0.173351, // throttled_usec 173351 / 1e6
      memRssBytes: 49152,
      memAnonBytes: 49152,
      memFileBytes: 0,
      memCacheBytes: 0,
      memMappedFileBytes: 0,
      memSwapBytes: 8192, // memory.swap.current
      memTotalBytes: 598016, // memory.current; memory.max "max": absent
      oomKills: 1, // memory.events oom_kill 1
      memLowPressureCounter: 0, // memory.events high 0
      memMediumPressureCounter: 3, // memory.events max 3
      memCriticalPressureCounter: 1, // memory.events oom 1
      processes: 1,
      threads: 1,
      ...NO_TRAFFIC,
    });
    expect('underOom' in stats).toBe(false);
  });
});

describe('v1Stats and v2Stats', () => {
  const f = (path: string, text: string) => ({ path, text });

  it('gives nothing for a host without any of the files', () => {
    expect(v1Stats({})).toEqual({});
    expect(v2Stats({})).toEqual({});
  });

  it('counts threads from tasks / cgroup.threads when pids.current is missing', () => {
    expect(v1Stats({ cgroupProcs: f('cgroup.procs', '10\n'), tasks: f('tasks', '10\n11\n12\n') })).toEqual({
      processes: 1,
      threads: 3,
    });
    expect(v2Stats({ cgroupThreads: f('cgroup.threads', '10\n11\n') })).toEqual({ threads: 2 });
  });

  it('maps memory.events high/max/oom to the low/medium/critical pressure counters, absent ones stay absent', () => {
    expect(v2Stats({ memoryEvents: f('memory.events', 'low 7\nhigh 5\nmax 2\noom 1\noom_kill 1\n') })).toEqual({
      oomKills: 1,
      memLowPressureCounter: 5,
      memMediumPressureCounter: 2,
      memCriticalPressureCounter: 1,
    });
    // An older kernel without oom_kill and oom: only what the file has.
    expect(v2Stats({ memoryEvents: f('memory.events', 'low 0\nhigh 9\nmax 4\n') })).toEqual({
      memLowPressureCounter: 9,
      memMediumPressureCounter: 4,
    });
    // v1 has no such file: no counters at all.
    expect(v1Stats({ memoryOomControl: f('memory.oom_control', 'oom_kill_disable 0\nunder_oom 0\n') })).not.toHaveProperty('memLowPressureCounter');
  });

  it('falls back to shares when the cfs quota is -1', () => {
    expect(v1Stats({ cfsQuotaUs: f('q', '-1\n'), cfsPeriodUs: f('p', '100000\n'), cpuShares: f('s', '2048\n') })).toEqual({
      cpusLimit: 2,
    });
  });

  it('reports the file and line of a malformed file it reads', () => {
    const path = '/sys/fs/cgroup/memory/docker/x/memory.stat';
    expect(() => v1Stats({ memoryStat: f(path, 'cache 0\nrss ?\n') })).toThrow(new DeimosError('CGROUP', `${path}:2: expected "<key> <integer>", got "rss ?"`));
  });
});
