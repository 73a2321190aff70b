// Pure parsers: cgroup and /proc file text in, numbers out. No file system
// access here (the lint holds src/pure/ to that); read.ts does the reading
// and passes the path along so that every error names the file and the line.
import { DeimosError } from '@deimos/errors';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A line of a file with its 1-based number, for error messages. */
export interface NumberedLine {
  no: number;
  line: string;
}

/**
 * Non-blank lines with their 1-based line numbers, trimmed unless `trim` is
 * false (/proc/<pid>/cgroup: a cgroup path may end in a space).
 */
export function contentLines(text: string, trim = true): NumberedLine[] {
  const out: NumberedLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = trim ? raw.trim() : raw;
    if (line.trim() !== '') out.push({ no: i + 1, line });
  });
  return out;
}

function malformed(file: string, no: number, expected: string, line: string): DeimosError {
  return new DeimosError('CGROUP', `${file}:${no}: expected ${expected}, got ${JSON.stringify(line)}`);
}

/**
 * Parses a flat-keyed file ("key value" per line: cpu.stat, memory.stat,
 * cpuacct.stat, memory.oom_control, memory.events, ...) into a map of every
 * key to its integer value. Callers pick the keys they know; unknown keys are
 * kept here and ignored there. Any line that is not `<key> <integer>` throws
 * a CGROUP error naming `file` and the line number.
 */
export function parseKeyValue(text: string, file = 'key-value file'): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const { no, line } of contentLines(text)) {
    const fields = line.split(/\s+/);
    if (fields.length !== 2 || !INTEGER.test(fields[1])) throw malformed(file, no, '"<key> <integer>"', line);
    out[fields[0]] = Number(fields[1]);
  }
  return out;
}

/**
 * The values of a flat-keyed file under our field names: each field takes
 * the first of its keys the file has (v1 memory.stat: `total_rss`, else
 * `rss`), and is absent when the file has none of them.
 */
function pickKeys<F extends string>(kv: Record<string, number>, keys: Record<F, string | readonly string[]>): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(keys) as F[]) {
    const names: readonly string[] = typeof keys[field] === 'string' ? [keys[field] as string] : (keys[field] as readonly string[]);
    const name = names.find((n) => kv[n] !== undefined);
    if (name !== undefined) out[field] = kv[name];
  }
  return out;
}

function singleLine(text: string, file: string, expected: string): NumberedLine {
  const lines = contentLines(text);
  if (lines.length === 0) throw new DeimosError('CGROUP', `${file}: expected ${expected}, got an empty file`);
  if (lines.length > 1) throw malformed(file, lines[1].no, `only one line with ${expected}`, lines[1].line);
  return lines[0];
}

/**
 * Parses a file holding one integer (cpu.shares, cpu.cfs_quota_us,
 * memory.usage_in_bytes, memory.current, pids.current, cpu.weight, ...).
 */
export function parseSingleNumber(text: string, file = 'single-value file'): number {
  const { no, line } = singleLine(text, file, 'an integer');
  if (!INTEGER.test(line)) throw malformed(file, no, 'an integer', line);
  return Number(line);
}

/**
 * Parses a cgroup v2 limit file holding an integer or the word `max`
 * (memory.max, memory.swap.max, pids.max). `max` gives `undefined`: no limit.
 */
export function parseMaxOrNumber(text: string, file = 'limit file'): number | undefined {
  const { no, line } = singleLine(text, file, 'an integer or "max"');
  if (line === 'max') return undefined;
  if (!INTEGER.test(line)) throw malformed(file, no, 'an integer or "max"', line);
  return Number(line);
}

/** One `cpu.max` file: `$MAX $PERIOD`, where `$MAX` may be `max` (no quota). */
export interface CpuMax {
  /** CFS quota per period in microseconds; undefined when `max`. */
  quotaUs?: number;
  periodUs: number;
}

/** Parses cgroup v2 `cpu.max` (`max 100000`, `50000 100000`). */
export function parseCpuMax(text: string, file = 'cpu.max'): CpuMax {
  const expected = '"<quota|max> <period>"';
  const { no, line } = singleLine(text, file, expected);
  const [quota, period, ...rest] = line.split(/\s+/);
  if (rest.length > 0 || period === undefined || !INTEGER.test(period) || (quota !== 'max' && !INTEGER.test(quota))) {
    throw malformed(file, no, expected, line);
  }
  return quota === 'max' ? { periodUs: Number(period) } : { quotaUs: Number(quota), periodUs: Number(period) };
}

/** One line of a PSI file. */
export interface PressureLine {
  /** Percentage of time stalled, averaged over 10, 60 and 300 seconds. */
  avg10: number;
  avg60: number;
  avg300: number;
  /** Total stall time in microseconds. */
  total: number;
}

/** A `*.pressure` file (cpu, memory, io): `some` and, when present, `full`. */
export interface Pressure {
  some?: PressureLine;
  full?: PressureLine;
}

/**
 * Parses a pressure-stall file (`cpu.pressure`, `memory.pressure`,
 * `io.pressure`, `/proc/pressure/*`). Lines other than `some`/`full` and
 * unknown `key=value` fields are ignored; a line missing avg10, avg60, avg300
 * or total is malformed.
 */
export function parsePressure(text: string, file = 'pressure file'): Pressure {
  const out: Pressure = {};
  const expected = '"<some|full> avg10=<n> avg60=<n> avg300=<n> total=<n>"';
  for (const { no, line } of contentLines(text)) {
    const [kind, ...pairs] = line.split(/\s+/);
    const values: Record<string, number> = Object.create(null);
    for (const pair of pairs) {
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (eq <= 0 || !DECIMAL.test(value)) throw malformed(file, no, expected, line);
      values[pair.slice(0, eq)] = Number(value);
    }
    const { avg10, avg60, avg300, total } = values;
    if (avg10 === undefined || avg60 === undefined || avg300 === undefined || total === undefined) {
      throw malformed(file, no, expected, line);
    }
    if (kind === 'some' || kind === 'full') out[kind] = { avg10, avg60, avg300, total };
  }
  return out;
}

/** The fields of a flat-keyed file read through a key table (pickKeys). */
type Picked<K> = Partial<Record<keyof K, number>>;

/** cgroup v1 `cpuacct.stat`: user and system time in USER_HZ ticks. */
const CPUACCT_STAT = { userTicks: 'user', systemTicks: 'system' } as const;
export type CpuacctStat = Picked<typeof CPUACCT_STAT>;

export function parseCpuacctStat(text: string, file = 'cpuacct.stat'): CpuacctStat {
  return pickKeys(parseKeyValue(text, file), CPUACCT_STAT);
}

/** cgroup v1 `cpu.stat`, the CFS bandwidth counters (throttled_time in nanoseconds). */
const V1_CPU_STAT = { nrPeriods: 'nr_periods', nrThrottled: 'nr_throttled', throttledTimeNs: 'throttled_time' } as const;
export type V1CpuStat = Picked<typeof V1_CPU_STAT>;

export function parseV1CpuStat(text: string, file = 'cpu.stat'): V1CpuStat {
  return pickKeys(parseKeyValue(text, file), V1_CPU_STAT);
}

/**
 * cgroup v2 `cpu.stat`, all times in microseconds; the throttling keys exist
 * only with the cpu controller enabled.
 */
const V2_CPU_STAT = {
  usageUsec: 'usage_usec',
  userUsec: 'user_usec',
  systemUsec: 'system_usec',
  nrPeriods: 'nr_periods',
  nrThrottled: 'nr_throttled',
  throttledUsec: 'throttled_usec',
} as const;
export type V2CpuStat = Picked<typeof V2_CPU_STAT>;

export function parseV2CpuStat(text: string, file = 'cpu.stat'): V2CpuStat {
  return pickKeys(parseKeyValue(text, file), V2_CPU_STAT);
}

/** The `memory.stat` values we report, in bytes, from either version. */
export interface MemoryStat {
  /** v1 total_rss (or rss); v2 anon. */
  anonBytes?: number;
  /** v1 total_cache (or cache); v2 file. */
  fileBytes?: number;
  /** v1 total_mapped_file (or mapped_file); v2 file_mapped. */
  mappedFileBytes?: number;
  /** v1 total_swap (or swap), only with swap accounting; v2 has no such key. */
  swapBytes?: number;
}

/**
 * Parses cgroup v1 `memory.stat`. The hierarchical `total_*` keys win over
 * the local ones: they also count child cgroups, as v2's keys always do.
 */
export function parseV1MemoryStat(text: string, file = 'memory.stat'): MemoryStat {
  return pickKeys(parseKeyValue(text, file), {
    anonBytes: ['total_rss', 'rss'],
    fileBytes: ['total_cache', 'cache'],
    mappedFileBytes: ['total_mapped_file', 'mapped_file'],
    swapBytes: ['total_swap', 'swap'],
  });
}

/** Parses cgroup v2 `memory.stat` (anon, file, file_mapped). */
export function parseV2MemoryStat(text: string, file = 'memory.stat'): MemoryStat {
  return pickKeys(parseKeyValue(text, file), { anonBytes: 'anon', fileBytes: 'file', mappedFileBytes: 'file_mapped' });
}

/**
 * Any v1 limit at or above 2^62 bytes means "unlimited": the kernel writes
 * PAGE_COUNTER_MAX pages, i.e. LONG_MAX rounded down to the page size
 * (9223372036854771712 with 4 KiB pages), which no real limit comes near.
 */
const V1_UNLIMITED_BYTES = 2 ** 62;

/** Parses cgroup v1 `memory.limit_in_bytes`; the "unlimited" value gives `undefined`. */
export function parseV1MemoryLimit(text: string, file = 'memory.limit_in_bytes'): number | undefined {
  const value = parseSingleNumber(text, file);
  return value >= V1_UNLIMITED_BYTES ? undefined : value;
}

/** cgroup v1 `memory.oom_control`. */
export interface OomControl {
  oomKillDisable?: boolean;
  underOom?: boolean;
  /** Only on kernels since 4.13. */
  oomKill?: number;
}

/** Parses cgroup v1 `memory.oom_control`. */
export function parseOomControl(text: string, file = 'memory.oom_control'): OomControl {
  const kv = parseKeyValue(text, file);
  const flag = (v: number | undefined): boolean | undefined => (v === undefined ? undefined : v !== 0);
  return { oomKillDisable: flag(kv.oom_kill_disable), underOom: flag(kv.under_oom), oomKill: kv.oom_kill };
}

/** cgroup v2 `memory.events`. */
export interface MemoryEvents {
  low?: number;
  high?: number;
  max?: number;
  oom?: number;
  oomKill?: number;
}

/** Parses cgroup v2 `memory.events`. */
export function parseMemoryEvents(text: string, file = 'memory.events'): MemoryEvents {
  return pickKeys(parseKeyValue(text, file), { low: 'low', high: 'high', max: 'max', oom: 'oom', oomKill: 'oom_kill' });
}

/** Parses `cgroup.procs`, `cgroup.threads` or `tasks`: one id per line. */
export function parsePidList(text: string, file = 'cgroup.procs'): number[] {
  return contentLines(text).map(({ no, line }) => {
    if (!/^\d+$/.test(line)) throw malformed(file, no, 'a process id', line);
    return Number(line);
  });
}

/** Parses cgroup v2 `cpu.weight` (1..10000, default 100). */
export function parseCpuWeight(text: string, file = 'cpu.weight'): number {
  const weight = parseSingleNumber(text, file);
  if (weight < 1 || weight > 10000) {
    throw new DeimosError('CGROUP', `${file}:1: expected a weight from 1 to 10000, got ${weight}`);
  }
  return weight;
}

/** Shares per CPU: Docker, Mesos and the kernel's default `cpu.shares`. */
export const SHARES_PER_CPU = 1024;
const SHARES_MIN = 2;
const SHARES_MAX = 262144;

/**
 * The runtime's mapping from Docker/v1 cpu shares to v2 cpu.weight, as runc
 * and crun write it: w = 1 + floor((s - 2) * 9999 / 262142). It maps
 * 2..262144 onto 1..10000 linearly and loses about 26 shares per step.
 */
export function cpuSharesToWeight(shares: number): number {
  const s = Math.min(SHARES_MAX, Math.max(SHARES_MIN, shares));
  return 1 + Math.floor(((s - 2) * 9999) / 262142);
}

/**
 * Inverts cpuSharesToWeight as a CPU count. A weight stands for a range of
 * about 26 shares (0.025 CPU), so any value in the range is as true as any
 * other; we report the one with the fewest decimal places (closest to the
 * middle of the range among those), because schedulers ask for round CPU
 * counts: 0.1, 0.25, 0.5, 1, 1.5, 2.5 all come back exactly. Shares are taken
 * to be trunc(cpus * 1024), as Mesos computes them.
 */
export function cpuWeightToCpus(weight: number): number {
  const w = Math.min(10000, Math.max(1, Math.round(weight)));
  const lo = SHARES_MIN + Math.ceil(((w - 1) * 262142) / 9999);
  const hi = Math.min(SHARES_MAX, SHARES_MIN + Math.floor((w * 262142 - 1) / 9999));
  const centre = (lo + hi + 1) / 2 / SHARES_PER_CPU;
  for (let decimals = 0; decimals <= 4; decimals++) {
    const scale = 10 ** decimals;
    // k / scale CPUs gives shares trunc(k * 1024 / scale) in [lo, hi].
    const kMin = Math.ceil((lo * scale) / SHARES_PER_CPU);
    const kMax = Math.ceil(((hi + 1) * scale) / SHARES_PER_CPU) - 1;
    if (kMin <= kMax) return Math.min(kMax, Math.max(kMin, Math.round(centre * scale))) / scale;
  }
  return centre;
}

/** Receive and transmit counters of one interface in `/proc/<pid>/net/dev`. */
export interface NetDevCounters {
  rxBytes: number;
  rxPackets: number;
  rxErrors: number;
  rxDropped: number;
  txBytes: number;
  txPackets: number;
  txErrors: number;
  txDropped: number;
}

/**
 * Parses `/proc/<pid>/net/dev` into counters per interface name. The two
 * header lines (they contain `|`) are skipped; every other line must be
 * `<name>: <16 integers>` (older kernels print no space after the colon).
 */
export function parseNetDev(text: string, file = '/proc/net/dev'): Record<string, NetDevCounters> {
  const out: Record<string, NetDevCounters> = Object.create(null);
  const expected = '"<interface>: <16 counters>"';
  for (const { no, line } of contentLines(text)) {
    if (line.includes('|')) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const fields = line
      .slice(colon + 1)
      .trim()
      .split(/\s+/);
    if (colon <= 0 || name === '' || fields.length !== 16 || !fields.every((f) => /^\d+$/.test(f))) {
      throw malformed(file, no, expected, line);
    }
    const n = fields.map(Number);
    out[name] = {
      rxBytes: n[0],
      rxPackets: n[1],
      rxErrors: n[2],
      rxDropped: n[3],
      txBytes: n[8],
      txPackets: n[9],
      txErrors: n[10],
      txDropped: n[11],
    };
  }
  return out;
}

/** Sums the counters of every interface except those named in `exclude` (default: `lo`). */
export function sumNetDev(counters: Record<string, NetDevCounters>, exclude: readonly string[] = ['lo']): NetDevCounters {
  const total: NetDevCounters = {
    rxBytes: 0,
    rxPackets: 0,
    rxErrors: 0,
    rxDropped: 0,
    txBytes: 0,
    txPackets: 0,
    txErrors: 0,
    txDropped: 0,
  };
  for (const [name, c] of Object.entries(counters)) {
    if (exclude.includes(name)) continue;
    for (const key of Object.keys(total) as (keyof NetDevCounters)[]) total[key] += c[key];
  }
  return total;
}
