// The parsers on a cgroup v2 tree recorded on a real host (elastic's
// docker2 test data; see fixtures/v2-recorded-elastic-docker2/SOURCE.md),
// not on one written by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCgroupVersion, locateCgroups, parseMountInfo, parseProcCgroup } from './locate';
import { parseCpuMax, parseMemoryEvents, parseNetDev } from './parse';
import { v2Stats, type FileText } from './stats';
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
