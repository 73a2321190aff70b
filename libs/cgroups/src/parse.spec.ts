import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cpuSharesToWeight,
  cpuWeightToCpus,
  parseCpuMax,
  parseCpuWeight,
  parseCpuacctStat,
  parseKeyValue,
  parseMaxOrNumber,
  parseMemoryEvents,
  parseNetDev,
  parseOomControl,
  parsePidList,
  parsePressure,
  parseSingleNumber,
  parseV1CpuStat,
  parseV1MemoryLimit,
  parseV1MemoryStat,
  parseV2CpuStat,
  parseV2MemoryStat,
  sumNetDev,
} from './pure/parse';
import { FIXTURES, ID_A, ID_B, errorOf } from './test-support';

const v1 = {
  a: (ctl: string, file: string) => text(`v1-hybrid-cpu-shares/sys/fs/cgroup/${ctl}/docker/${ID_A}/${file}`),
  b: (ctl: string, file: string) => text(`v1-hybrid-cpus-quota/sys/fs/cgroup/${ctl}/docker/${ID_B}/${file}`),
};
const v2 = {
  a: (file: string) => text(`v2-constructed/sys/fs/cgroup/system.slice/docker-${ID_A}.scope/${file}`),
  b: (file: string) => text(`v2-constructed/sys/fs/cgroup/docker/${ID_B}/${file}`),
};

function text(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

describe('parseKeyValue', () => {
  it('maps every key of a flat-keyed file to its integer', () => {
    expect(parseKeyValue('user 26\nsystem 0\n')).toEqual({ user: 26, system: 0 });
  });
  it('skips blank lines but counts them for line numbers', () => {
    const err = errorOf(() => parseKeyValue('a 1\n\nb two\n', '/x/cpu.stat'));
    expect(err.message).toBe('/x/cpu.stat:3: expected "<key> <integer>", got "b two"');
  });
  it('rejects a line with a missing or extra field', () => {
    expect(errorOf(() => parseKeyValue('nr_periods\n', 'cpu.stat')).message).toContain('cpu.stat:1:');
    expect(errorOf(() => parseKeyValue('a 1\nnr_periods 1 2\n', 'cpu.stat')).message).toContain('cpu.stat:2:');
  });
});

describe('cpuacct.stat (v1)', () => {
  it('reads user and system ticks from the recorded files', () => {
    expect(parseCpuacctStat(v1.a('cpuacct', 'cpuacct.stat'))).toEqual({ userTicks: 1, systemTicks: 2 });
    expect(parseCpuacctStat(v1.b('cpuacct', 'cpuacct.stat'))).toEqual({ userTicks: 26, systemTicks: 0 });
  });
  it('ignores unknown keys and names file and line of a malformed one', () => {
    expect(parseCpuacctStat('user 5\nsystem 6\nguest 7\n')).toEqual({ userTicks: 5, systemTicks: 6 });
    expect(errorOf(() => parseCpuacctStat('user 5\nsystem -\n')).message).toBe('cpuacct.stat:2: expected "<key> <integer>", got "system -"');
  });
});

describe('cpu.stat', () => {
  it('v1: reads the CFS throttling counters (throttled_time in ns)', () => {
    expect(parseV1CpuStat(v1.a('cpu', 'cpu.stat'))).toEqual({ nrPeriods: 0, nrThrottled: 0, throttledTimeNs: 0 });
    expect(parseV1CpuStat(v1.b('cpu', 'cpu.stat'))).toEqual({ nrPeriods: 8, nrThrottled: 4, throttledTimeNs: 173351023 });
  });
  it('v2: reads usage and throttling in microseconds', () => {
    expect(parseV2CpuStat(v2.a('cpu.stat'))).toEqual({
      usageUsec: 36454,
      userUsec: 15624,
      systemUsec: 20829,
      nrPeriods: 0,
      nrThrottled: 0,
      throttledUsec: 0,
    });
    expect(parseV2CpuStat(v2.b('cpu.stat'))).toEqual({
      usageUsec: 270072,
      userUsec: 262411,
      systemUsec: 7661,
      nrPeriods: 8,
      nrThrottled: 4,
      throttledUsec: 173351,
    });
  });
  it('v2 without the cpu controller (recorded hybrid unified dir) has usage keys only', () => {
    const recorded = text(`v1-hybrid-cpus-quota/sys/fs/cgroup/unified/docker/${ID_B}/cpu.stat`);
    const parsed = parseV2CpuStat(recorded);
    expect(parsed).toMatchObject({ usageUsec: 270072, userUsec: 262411, systemUsec: 7661 });
    expect(parsed.nrPeriods).toBeUndefined();
  });
  it('names file and line of a malformed line', () => {
    expect(errorOf(() => parseV2CpuStat('usage_usec 1\nuser_usec 1.5\n', '/c/cpu.stat')).message).toBe('/c/cpu.stat:2: expected "<key> <integer>", got "user_usec 1.5"');
  });
});

describe('single-number files', () => {
  it('reads v1 cpu.shares, cfs quota and period', () => {
    expect(parseSingleNumber(v1.a('cpu', 'cpu.shares'))).toBe(512);
    expect(parseSingleNumber(v1.a('cpu', 'cpu.cfs_quota_us'))).toBe(-1);
    expect(parseSingleNumber(v1.b('cpu', 'cpu.cfs_quota_us'))).toBe(50000);
    expect(parseSingleNumber(v1.b('cpu', 'cpu.cfs_period_us'))).toBe(100000);
  });
  it('reads v1 memory.usage_in_bytes and pids.current, and v2 memory.current, memory.swap.current, pids.current', () => {
    expect(parseSingleNumber(v1.a('memory', 'memory.usage_in_bytes'))).toBe(4259840);
    expect(parseSingleNumber(v1.a('pids', 'pids.current'))).toBe(2);
    expect(parseSingleNumber(v2.a('memory.current'))).toBe(4259840);
    expect(parseSingleNumber(v2.b('memory.swap.current'))).toBe(8192);
    expect(parseSingleNumber(v2.b('pids.current'))).toBe(1);
  });
  it('rejects text, an empty file and a second line', () => {
    expect(errorOf(() => parseSingleNumber('12k\n', '/m/memory.current')).message).toBe('/m/memory.current:1: expected an integer, got "12k"');
    expect(errorOf(() => parseSingleNumber('', 'pids.current')).message).toBe('pids.current: expected an integer, got an empty file');
    expect(errorOf(() => parseSingleNumber('1\n2\n', 'cpu.shares')).message).toBe('cpu.shares:2: expected only one line with an integer, got "2"');
  });
});

describe('memory limits', () => {
  it('v1: a real limit is kept and the kernel "unlimited" value is absent', () => {
    expect(parseV1MemoryLimit(v1.a('memory', 'memory.limit_in_bytes'))).toBe(67108864);
    expect(parseV1MemoryLimit(v1.b('memory', 'memory.limit_in_bytes'))).toBeUndefined();
    // 64 KiB pages round LONG_MAX down further; still unlimited.
    expect(parseV1MemoryLimit('9223372036854710272\n')).toBeUndefined();
  });
  it('v2: memory.max "max" is absent, a number is kept', () => {
    expect(parseMaxOrNumber(v2.a('memory.max'))).toBe(67108864);
    expect(parseMaxOrNumber(v2.b('memory.max'))).toBeUndefined();
    expect(errorOf(() => parseMaxOrNumber('unlimited\n', 'memory.max')).message).toBe('memory.max:1: expected an integer or "max", got "unlimited"');
  });
});

describe('cpu.max (v2)', () => {
  it('reads "max <period>" as no quota and "<quota> <period>" as a quota', () => {
    expect(parseCpuMax(v2.a('cpu.max'))).toEqual({ periodUs: 100000 });
    expect(parseCpuMax(v2.b('cpu.max'))).toEqual({ quotaUs: 50000, periodUs: 100000 });
  });
  it('rejects a missing period or a third field', () => {
    expect(errorOf(() => parseCpuMax('max\n', '/c/cpu.max')).message).toBe('/c/cpu.max:1: expected "<quota|max> <period>", got "max"');
    expect(errorOf(() => parseCpuMax('1 2 3\n')).message).toContain('cpu.max:1:');
  });
});

describe('cpu.weight (v2) and the shares mapping', () => {
  it('reads the weight and rejects one out of range', () => {
    expect(parseCpuWeight(v2.a('cpu.weight'))).toBe(20);
    expect(parseCpuWeight(v2.b('cpu.weight'))).toBe(100);
    expect(errorOf(() => parseCpuWeight('0\n')).message).toBe('cpu.weight:1: expected a weight from 1 to 10000, got 0');
  });
  it('maps shares to weight as runc does', () => {
    expect(cpuSharesToWeight(2)).toBe(1);
    expect(cpuSharesToWeight(512)).toBe(20);
    expect(cpuSharesToWeight(1024)).toBe(39);
    expect(cpuSharesToWeight(262144)).toBe(10000);
  });
  it('turns the weight of a round CPU count back into that count', () => {
    for (const cpus of [0.1, 0.25, 0.5, 1, 1.5, 2, 2.5, 4, 16]) {
      expect(cpuWeightToCpus(cpuSharesToWeight(Math.trunc(cpus * 1024)))).toBe(cpus);
    }
  });
  it('always answers a CPU count whose shares map back to the same weight', () => {
    const mismatched: number[] = [];
    for (let w = 1; w <= 10000; w++) {
      if (cpuSharesToWeight(Math.max(2, Math.trunc(cpuWeightToCpus(w) * 1024))) !== w) mismatched.push(w);
    }
    expect(mismatched).toEqual([]);
  });
  it('reads the kernel default weight 100 as 2.55 CPUs', () => {
    expect(cpuWeightToCpus(100)).toBe(2.55);
  });
});

describe('memory.stat', () => {
  it('v1: prefers the hierarchical total_* keys', () => {
    expect(parseV1MemoryStat(v1.a('memory', 'memory.stat'))).toEqual({
      anonBytes: 106496,
      fileBytes: 3321856,
      mappedFileBytes: 86016,
      swapBytes: 0,
    });
    expect(parseV1MemoryStat('rss 10\ntotal_rss 20\ncache 30\n')).toEqual({
      anonBytes: 20,
      fileBytes: 30,
      mappedFileBytes: undefined,
      swapBytes: undefined,
    });
  });
  it('v2: reads anon, file and file_mapped and ignores the rest', () => {
    expect(parseV2MemoryStat(v2.a('memory.stat'))).toEqual({ anonBytes: 106496, fileBytes: 3321856, mappedFileBytes: 86016 });
    expect(parseV2MemoryStat(v2.b('memory.stat'))).toEqual({ anonBytes: 49152, fileBytes: 0, mappedFileBytes: 0 });
  });
  it('names file and line of a malformed line', () => {
    expect(errorOf(() => parseV1MemoryStat('cache 0\nrss\n', '/m/memory.stat')).message).toBe('/m/memory.stat:2: expected "<key> <integer>", got "rss"');
  });
});

describe('OOM files', () => {
  it('v1 memory.oom_control: flags and the kill count', () => {
    expect(parseOomControl(v1.a('memory', 'memory.oom_control'))).toEqual({ oomKillDisable: false, underOom: false, oomKill: 0 });
    expect(parseOomControl('oom_kill_disable 1\nunder_oom 1\n')).toEqual({ oomKillDisable: true, underOom: true, oomKill: undefined });
  });
  it('v2 memory.events: every counter', () => {
    expect(parseMemoryEvents(v2.a('memory.events'))).toEqual({ low: 0, high: 0, max: 0, oom: 0, oomKill: 0 });
    expect(parseMemoryEvents(v2.b('memory.events'))).toEqual({ low: 0, high: 0, max: 3, oom: 1, oomKill: 1 });
  });
  it('names file and line of a malformed line', () => {
    expect(errorOf(() => parseMemoryEvents('low 0\nhigh=1\n', 'memory.events')).message).toBe('memory.events:2: expected "<key> <integer>", got "high=1"');
  });
});

describe('pressure files', () => {
  it('reads some and full from recorded cgroup2 files', () => {
    expect(parsePressure(v2.b('cpu.pressure'))).toEqual({
      some: { avg10: 1.48, avg60: 0.31, avg300: 0.06, total: 205591 },
      full: { avg10: 1.48, avg60: 0.31, avg300: 0.06, total: 204264 },
    });
    expect(parsePressure(v2.a('memory.pressure'))).toEqual({
      some: { avg10: 0, avg60: 0, avg300: 0, total: 0 },
      full: { avg10: 0, avg60: 0, avg300: 0, total: 0 },
    });
  });
  it('accepts a file with only "some" (cpu.pressure before 5.13) and ignores unknown keys', () => {
    expect(parsePressure('some avg10=0.50 avg60=0.10 avg300=0.00 total=42 extra=1\n')).toEqual({
      some: { avg10: 0.5, avg60: 0.1, avg300: 0, total: 42 },
    });
  });
  it('names file and line of a line missing a field or with a bad value', () => {
    expect(errorOf(() => parsePressure('some avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=0.00\n', '/p/io.pressure')).message).toBe(
      '/p/io.pressure:2: expected "<some|full> avg10=<n> avg60=<n> avg300=<n> total=<n>", got "full avg10=0.00"',
    );
    expect(errorOf(() => parsePressure('some avg10=x avg60=0 avg300=0 total=0\n')).message).toContain('pressure file:1:');
  });
});

describe('cgroup.procs and tasks', () => {
  it('lists the process ids', () => {
    expect(parsePidList(v1.a('pids', 'cgroup.procs'))).toEqual([6866, 6893]);
    expect(parsePidList(v2.b('cgroup.threads'))).toEqual([6929]);
    expect(parsePidList('')).toEqual([]);
  });
  it('names file and line of a non-numeric line', () => {
    expect(errorOf(() => parsePidList('1\nabc\n', '/c/tasks')).message).toBe('/c/tasks:2: expected a process id, got "abc"');
  });
});

describe('net/dev', () => {
  const host = text('net-dev/host-proc-net-dev');
  it('reads the counters of every interface of a recorded host file', () => {
    const c = parseNetDev(host);
    expect(Object.keys(c)).toEqual(['lo', 'ifb0', 'ifb1', 'eth0']);
    expect(c.eth0).toEqual({
      rxBytes: 351170597,
      rxPackets: 10395,
      rxErrors: 0,
      rxDropped: 0,
      txBytes: 1104801,
      txPackets: 6985,
      txErrors: 0,
      txDropped: 0,
    });
    expect(c.lo.rxBytes).toBe(3193);
  });
  it('sums every interface but lo', () => {
    expect(sumNetDev(parseNetDev(host))).toEqual({
      rxBytes: 351170597,
      rxPackets: 10395,
      rxErrors: 0,
      rxDropped: 0,
      txBytes: 1104801,
      txPackets: 6985,
      txErrors: 0,
      txDropped: 0,
    });
    const containerOnlyLo = text(`v1-hybrid-cpu-shares/proc/6866/net/dev`);
    expect(sumNetDev(parseNetDev(containerOnlyLo)).rxPackets).toBe(0);
  });
  it('accepts the old layout without a space after the colon', () => {
    const old = 'Inter-|\n face |\n  eth0:1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n';
    expect(parseNetDev(old).eth0).toEqual({
      rxBytes: 1,
      rxPackets: 2,
      rxErrors: 3,
      rxDropped: 4,
      txBytes: 9,
      txPackets: 10,
      txErrors: 11,
      txDropped: 12,
    });
  });
  it('names file and line of a short line', () => {
    expect(errorOf(() => parseNetDev('Inter-|\n face |\n  eth0: 1 2 3\n', '/proc/42/net/dev')).message).toBe('/proc/42/net/dev:3: expected "<interface>: <16 counters>", got "eth0: 1 2 3"');
  });
});
