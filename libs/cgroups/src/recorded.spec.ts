// The parsers on a cgroup v2 tree recorded on a real host (elastic's
// docker2 test data; see fixtures/v2-recorded-elastic-docker2/SOURCE.md),
// not on one written by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cgroupVersionOf, detectCgroupVersion, locateCgroups, parseMountInfo, parseProcCgroup, resolveCgroupPaths } from './locate';
import { parseCpuMax, parseMemoryEvents, parseNetDev } from './pure/parse';
import { v1Stats, v2Stats, type FileText } from './stats';
import { FIXTURES, errorOf } from './test-support';

const root = join(FIXTURES, 'v2-recorded-elastic-docker2');
const scope = join(root, 'sys/fs/cgroup/user.slice/user-1000.slice/session-520.scope');
const file = (name: string): FileText => ({ path: join(scope, name), text: readFileSync(join(scope, name), 'utf8') });

describe('recorded v2 host (elastic docker2)', () => {
  it('reads the mount table as a pure v2 host, cgroup2 mounts with odd roots included', () => {
    const mounts = parseMountInfo(readFileSync(join(root, 'proc/self/mountinfo'), 'utf8'));
    expect(mounts.filter((m) => m.fsType === 'cgroup2').map((m) => m.root)).toEqual(['/', '/../..', '/', '/../..']);
    expect(detectCgroupVersion({ fsRoot: root })).toBe('v2');
  });

  it('reads /proc/<pid>/cgroup as recorded from inside a cgroup namespace', () => {
    const entries = parseProcCgroup(readFileSync(join(root, 'proc/2233801/cgroup'), 'utf8'));
    expect(entries).toEqual([{ hierarchyId: 0, controllers: [], path: '/../../user-1000.slice/session-520.scope' }]);
  });

  it('refuses to locate that process: its path lies outside our cgroup namespace', () => {
    const err = errorOf(() => locateCgroups(2233801, { fsRoot: root }));
    expect(err.message).toBe('process 2233801 is in cgroup /../../user-1000.slice/session-520.scope, outside our own cgroup namespace');
  });

  it('turns the recorded v2 files into statistics (values from the files, see the comments)', () => {
    const stats = v2Stats({
      cpuStat: file('cpu.stat'),
      cpuMax: file('cpu.max'),
      cpuWeight: file('cpu.weight'),
      memoryStat: file('memory.stat'),
      memoryCurrent: file('memory.current'),
      memoryMax: file('memory.max'),
      memorySwapCurrent: file('memory.swap.current'),
      memoryEvents: file('memory.events'),
      pidsCurrent: file('pids.current'),
      cgroupProcs: file('cgroup.procs'),
    });
    expect(stats).toEqual({
      cpusUserTimeSecs: 2915.072455, // user_usec 2915072455
      cpusSystemTimeSecs: 696.275063, // system_usec 696275063
      // cpu.max "max 100000": no quota, so cpu.weight 100 read back through
      // runc's shares->weight mapping: 2.55 CPUs. 100 is also the kernel's
      // default weight (this session scope never had shares set); the two
      // cannot be told apart from the file (see libs/cgroups/README.md).
      cpusLimit: 2.55,
      cpusNrPeriods: 0,
      cpusNrThrottled: 0,
      cpusThrottledTimeSecs: 0,
      memRssBytes: 1411100672, // memory.stat anon
      memAnonBytes: 1411100672,
      memFileBytes: 8621432832, // file
      memCacheBytes: 8621432832,
      memMappedFileBytes: 56209408, // file_mapped
      memSwapBytes: 17715200, // memory.swap.current
      memTotalBytes: 10498404352, // memory.current; memory.max "max": no limit
      oomKills: 0,
      memLowPressureCounter: 0, // memory.events high 0
      memMediumPressureCounter: 0, // max 0
      memCriticalPressureCounter: 0, // oom 0
      processes: 14, // cgroup.procs lines
      threads: 148, // pids.current
    });
  });

  it('parses the single-line and key-value files as recorded', () => {
    expect(parseCpuMax(file('cpu.max').text)).toEqual({ quotaUs: undefined, periodUs: 100000 });
    expect(parseMemoryEvents(file('memory.events').text)).toEqual({ low: 0, high: 0, max: 0, oom: 0, oomKill: 0 });
    expect(parseNetDev('')).toEqual({});
  });
});

// A cgroup v1 host with the systemd driver (Amazon Linux 2, a Kubernetes pod
// under containerd); see fixtures/v1-recorded-elastic-amzn2/SOURCE.md.
describe('recorded v1 systemd-driver host (elastic amzn2)', () => {
  const v1root = join(FIXTURES, 'v1-recorded-elastic-amzn2');
  const SCOPE =
    'kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod7a96c459_d529_44ae_9f99_90d3798d6426.slice/cri-containerd-1d3d308a7d48a27814a68bf33a44acf4441c9c02463ca0bc1cdfdc8c0b4a8496.scope';
  const at = (controllerDir: string, name: string): FileText => {
    const p = join(v1root, 'sys/fs/cgroup', controllerDir, SCOPE, name);
    return { path: p, text: readFileSync(p, 'utf8') };
  };
  const mounts = () => parseMountInfo(readFileSync(join(v1root, 'proc/self/mountinfo'), 'utf8'));
  const entries = () => parseProcCgroup(readFileSync(join(v1root, 'proc/493239/cgroup'), 'utf8'));

  it('reads the mount table as v1 (no cgroup2 mount) and joins the slice path to every hierarchy', () => {
    expect(cgroupVersionOf(mounts())).toBe('v1');
    const paths = resolveCgroupPaths(entries(), mounts(), { fsRoot: '/host', pid: 493239 });
    expect(paths.version).toBe('v1');
    // The recording's mount points were rewritten by its authors to
    // "testdata/amzn2/..." (relative); name=systemd kept its real one.
    expect(paths.dirs.memory).toBe(`/host/testdata/amzn2/sys/fs/cgroup/memory/${SCOPE}`);
    expect(paths.dirs.cpu).toBe(`/host/testdata/amzn2/sys/fs/cgroup/cpu,cpuacct/${SCOPE}`);
    expect(paths.dirs.cpuacct).toBe(paths.dirs.cpu);
    expect(paths.dirs.pids).toBe(`/host/testdata/amzn2/sys/fs/cgroup/pids/${SCOPE}`);
    expect(paths.dirs['name=systemd']).toBe(`/host/sys/fs/cgroup/systemd/${SCOPE}`);
  });

  it('refuses pid 1 of the recording: the root cgroup everywhere is not a container', () => {
    const pid1 = parseProcCgroup(readFileSync(join(v1root, 'proc/1/cgroup'), 'utf8'));
    expect(() => resolveCgroupPaths(pid1, mounts(), { pid: 1 })).toThrow(/process 1 is in the root cgroup of every hierarchy/);
  });

  it('turns the recorded v1 files into statistics (values from the files)', () => {
    expect(
      v1Stats({
        cpuacctStat: at('cpu,cpuacct', 'cpuacct.stat'),
        cpuShares: at('cpu,cpuacct', 'cpu.shares'),
        cfsQuotaUs: at('cpu,cpuacct', 'cpu.cfs_quota_us'),
        cfsPeriodUs: at('cpu,cpuacct', 'cpu.cfs_period_us'),
        cpuStat: at('cpu,cpuacct', 'cpu.stat'),
        memoryStat: at('memory', 'memory.stat'),
        memoryLimitInBytes: at('memory', 'memory.limit_in_bytes'),
        memoryUsageInBytes: at('memory', 'memory.usage_in_bytes'),
        memoryOomControl: at('memory', 'memory.oom_control'),
        pidsCurrent: at('pids', 'pids.current'),
        cgroupProcs: at('pids', 'cgroup.procs'),
      }),
    ).toEqual({
      cpusUserTimeSecs: 108488.91, // cpuacct.stat user 10848891 / USER_HZ
      cpusSystemTimeSecs: 15165.02, // system 1516502 / USER_HZ
      cpusLimit: 102 / 1024, // cfs_quota_us -1: cpu.shares 102 (Kubernetes' 100m)
      cpusNrPeriods: 0,
      cpusNrThrottled: 0,
      cpusThrottledTimeSecs: 0,
      memRssBytes: 1119465472, // memory.stat total_rss
      memAnonBytes: 1119465472,
      memFileBytes: 78397440, // total_cache
      memCacheBytes: 78397440,
      memMappedFileBytes: 0,
      memSwapBytes: 0, // total_swap
      memLimitBytes: 2147483648, // memory.limit_in_bytes
      memTotalBytes: 1215860736, // memory.usage_in_bytes
      oomKills: 0,
      underOom: false,
      processes: 12, // cgroup.procs lines
      threads: 177, // pids.current
    });
  });
});
