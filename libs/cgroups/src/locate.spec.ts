import { join } from 'node:path';
import { cgroupVersionOf, containerCgroups, detectCgroupVersion, formatCgroupPaths, locateCgroups, parseCgroupPaths, parseMountInfo, parseProcCgroup, resolveCgroupPaths } from './locate';
import { FIXTURES, ID_A, ID_B, errorOf } from './test-support';

describe('locateCgroups on recorded and constructed trees', () => {
  it('hybrid host (recorded): every v1 controller in docker/<id>, plus the cgroup2 dir as "unified"', () => {
    const root = join(FIXTURES, 'v1-hybrid-cpu-shares');
    const at = (mnt: string) => join(root, 'sys/fs/cgroup', mnt, 'docker', ID_A);
    expect(locateCgroups(6866, { fsRoot: root })).toEqual({
      version: 'v1',
      dirs: {
        cpu: at('cpu'),
        cpuacct: at('cpuacct'),
        cpuset: at('cpuset'),
        memory: at('memory'),
        devices: at('devices'),
        freezer: at('freezer'),
        blkio: at('blkio'),
        pids: at('pids'),
        'name=systemd': at('systemd'),
        unified: at('unified'),
      },
    });
  });

  it('v1 systemd driver (constructed): co-mounted controllers share the system.slice scope dir', () => {
    const root = join(FIXTURES, 'v1-systemd-constructed');
    const at = (mnt: string) => join(root, 'sys/fs/cgroup', mnt, 'system.slice', `docker-${ID_A}.scope`);
    const { version, dirs } = locateCgroups(6866, { fsRoot: root });
    expect(version).toBe('v1');
    expect(dirs.cpu).toBe(at('cpu,cpuacct'));
    expect(dirs.cpuacct).toBe(at('cpu,cpuacct'));
    expect(dirs.net_cls).toBe(at('net_cls,net_prio'));
    expect(dirs.memory).toBe(at('memory'));
    expect(dirs.pids).toBe(at('pids'));
    expect(dirs.unified).toBeUndefined();
  });

  it('v2 (constructed): both the systemd-slice and the docker/<id> layouts', () => {
    const root = join(FIXTURES, 'v2-constructed');
    expect(locateCgroups(6866, { fsRoot: root })).toEqual({
      version: 'v2',
      dirs: { unified: join(root, 'sys/fs/cgroup/system.slice', `docker-${ID_A}.scope`) },
    });
    expect(locateCgroups(6929, { fsRoot: root })).toEqual({
      version: 'v2',
      dirs: { unified: join(root, 'sys/fs/cgroup/docker', ID_B) },
    });
  });

  it('takes procRoot apart from fsRoot', () => {
    const root = join(FIXTURES, 'v2-constructed');
    const paths = locateCgroups(6929, { procRoot: join(root, 'proc'), fsRoot: '/host' });
    expect(paths.dirs.unified).toBe(`/host/sys/fs/cgroup/docker/${ID_B}`);
  });

  it('says so when the process does not exist', () => {
    const err = errorOf(() => locateCgroups(99999, { fsRoot: join(FIXTURES, 'v2-constructed') }));
    expect(err.message).toMatch(/^process 99999 does not exist \(no .*\/proc\/99999\/cgroup\)$/);
  });

  it('rejects a pid that is not a positive integer', () => {
    expect(errorOf(() => locateCgroups(0)).message).toBe('process id must be a positive integer, got 0');
  });
});

describe('detectCgroupVersion', () => {
  it('classifies each fixture host from its mountinfo', () => {
    expect(detectCgroupVersion({ fsRoot: join(FIXTURES, 'v1-hybrid-cpus-quota') })).toBe('hybrid');
    expect(detectCgroupVersion({ fsRoot: join(FIXTURES, 'v1-systemd-constructed') })).toBe('v1');
    expect(detectCgroupVersion({ fsRoot: join(FIXTURES, 'v2-constructed') })).toBe('v2');
  });
  it('does not count a named v1 hierarchy alone as v1', () => {
    const mounts = parseMountInfo(['30 25 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw', '40 30 0:40 / /sys/fs/cgroup/systemd rw - cgroup cgroup rw,name=systemd'].join('\n'));
    expect(cgroupVersionOf(mounts)).toBe('v2');
    expect(cgroupVersionOf([])).toBeUndefined();
  });
});

describe('parseProcCgroup', () => {
  it('keeps a cgroup path that ends in a space as the kernel wrote it', () => {
    expect(parseProcCgroup('4:memory:/docker/a b \n0::/x\n').map((e) => e.path)).toEqual(['/docker/a b ', '/x']);
  });

  it('reads v1 lines, co-mounted controllers and the v2 line', () => {
    expect(parseProcCgroup('4:cpu,cpuacct:/a\n1:name=systemd:/b\n0::/c:d\n')).toEqual([
      { hierarchyId: 4, controllers: ['cpu', 'cpuacct'], path: '/a' },
      { hierarchyId: 1, controllers: ['name=systemd'], path: '/b' },
      { hierarchyId: 0, controllers: [], path: '/c:d' },
    ]);
  });
  it('names file and line of a malformed line', () => {
    expect(errorOf(() => parseProcCgroup('0::/\nmemory:/x\n', '/proc/7/cgroup')).message).toBe('/proc/7/cgroup:2: expected "<id>:<controllers>:<path>", got "memory:/x"');
  });
});

describe('parseMountInfo', () => {
  it('reads the fields around a variable number of optional fields and unescapes paths', () => {
    const [m] = parseMountInfo('29 25 0:24 /a\\040b /mnt/cg\\134x rw,relatime shared:9 master:2 - cgroup cgroup rw,cpuacct,cpu\n');
    expect(m).toEqual({
      mountId: 29,
      parentId: 25,
      root: '/a b',
      mountPoint: '/mnt/cg\\x',
      fsType: 'cgroup',
      source: 'cgroup',
      superOptions: ['rw', 'cpuacct', 'cpu'],
    });
  });
  it('names file and line of a line without the separator', () => {
    expect(errorOf(() => parseMountInfo('1 2 0:1 / / rw cgroup2 cgroup2 rw\n', 'mountinfo')).message).toMatch(/^mountinfo:1: expected "<id> <parent> .*", got "1 2 0:1 \/ \/ rw cgroup2 cgroup2 rw"$/);
  });
});

describe('resolveCgroupPaths', () => {
  const oldHost = parseMountInfo(['20 1 0:18 / /cgroup/cpu rw,relatime - cgroup cgroup rw,cpu,cpuacct', '21 1 0:19 / /cgroup/memory rw,relatime - cgroup cgroup rw,memory'].join('\n'));

  it('finds the /cgroup mounts of old hosts', () => {
    const entries = parseProcCgroup('2:memory:/docker/x\n1:cpu,cpuacct:/docker/x\n');
    expect(resolveCgroupPaths(entries, oldHost)).toEqual({
      version: 'v1',
      dirs: { memory: '/cgroup/memory/docker/x', cpu: '/cgroup/cpu/docker/x', cpuacct: '/cgroup/cpu/docker/x' },
    });
  });

  it('joins the path relative to the root of a subtree mount', () => {
    // As inside a container with the host cgroup namespace: only its own subtree is mounted.
    const mounts = parseMountInfo('50 40 0:32 /docker/x /sys/fs/cgroup/memory ro - cgroup cgroup rw,memory\n');
    const deeper = parseProcCgroup('4:memory:/docker/x/child\n');
    expect(resolveCgroupPaths(deeper, mounts).dirs.memory).toBe('/sys/fs/cgroup/memory/child');
    const same = parseProcCgroup('4:memory:/docker/x\n');
    expect(resolveCgroupPaths(same, mounts).dirs.memory).toBe('/sys/fs/cgroup/memory');
  });

  it('prefers the mount of the whole hierarchy over a bind mount of a subtree', () => {
    const mounts = parseMountInfo(['60 1 0:32 /docker /srv/cg rw - cgroup cgroup rw,memory', '61 1 0:32 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory'].join('\n'));
    const entries = parseProcCgroup('4:memory:/docker/x\n');
    expect(resolveCgroupPaths(entries, mounts).dirs.memory).toBe('/sys/fs/cgroup/memory/docker/x');
  });

  it('skips hierarchies that are not mounted and fails when none is', () => {
    const entries = parseProcCgroup('9:pids:/docker/x\n2:memory:/docker/x\n');
    expect(resolveCgroupPaths(entries, oldHost).dirs).toEqual({ memory: '/cgroup/memory/docker/x' });
    const err = errorOf(() => resolveCgroupPaths(parseProcCgroup('9:pids:/docker/x\n'), oldHost, { pid: 5 }));
    expect(err.message).toBe('no mounted cgroup hierarchy holds process 5');
  });

  it('refuses a path outside our cgroup namespace', () => {
    const v2 = parseMountInfo('35 24 0:30 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n');
    const err = errorOf(() => resolveCgroupPaths(parseProcCgroup('0::/../docker-x.scope\n'), v2, { pid: 8 }));
    expect(err.message).toBe('process 8 is in cgroup /../docker-x.scope, outside our own cgroup namespace');
    expect(err.hint).toContain('host cgroup namespace');
  });

  it('refuses the root cgroup, which is what a namespaced view of a container shows', () => {
    const v2 = parseMountInfo('35 24 0:30 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n');
    const err = errorOf(() => resolveCgroupPaths(parseProcCgroup('0::/\n'), v2, { pid: 9 }));
    expect(err.message).toContain('process 9 is in the root cgroup of every hierarchy');
  });

  it('reports v2 when only a named v1 hierarchy sits beside cgroup2', () => {
    const mounts = parseMountInfo(['30 25 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw', '40 30 0:40 / /sys/fs/cgroup/systemd rw - cgroup cgroup rw,name=systemd'].join('\n'));
    const entries = parseProcCgroup('1:name=systemd:/docker/x\n0::/docker/x\n');
    expect(resolveCgroupPaths(entries, mounts)).toEqual({ version: 'v2', dirs: { unified: '/sys/fs/cgroup/docker/x' } });
  });
});

describe('the cgroups record (located at start, read by usage)', () => {
  const root = join(FIXTURES, 'v2-constructed');
  const located = () => locateCgroups(6929, { fsRoot: root });

  it('reads back what it writes, v1 and v2', () => {
    expect(parseCgroupPaths(formatCgroupPaths(located()))).toEqual(located());
    const v1 = locateCgroups(6866, { fsRoot: join(FIXTURES, 'v1-hybrid-cpu-shares') });
    expect(parseCgroupPaths(formatCgroupPaths(v1))).toEqual(v1);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['not JSON', 'v2 /sys/fs/cgroup'],
    ['another version', '{"version":"v3","dirs":{"unified":"/x"}}'],
    ['no directories', '{"version":"v2","dirs":{}}'],
    ['a relative directory', '{"version":"v2","dirs":{"unified":"sys/fs/cgroup"}}'],
    ['a directory with ..', '{"version":"v2","dirs":{"unified":"/sys/fs/cgroup/../../etc"}}'],
    ['a directory that is not text', '{"version":"v2","dirs":{"unified":7}}'],
  ])('takes a record that is %s as none', (_what, text) => {
    expect(parseCgroupPaths(text)).toBeUndefined();
  });

  it('uses the record, reading only /proc/<pid>/cgroup, while the process is in the container cgroup', () => {
    // A record pointing elsewhere than the tree shows that it was used, not located again.
    const recorded = { version: 'v2' as const, dirs: { unified: `/recorded/docker/${ID_B}` } };
    expect(containerCgroups(6929, ID_B, formatCgroupPaths(recorded), { fsRoot: root })).toEqual(recorded);
  });

  it('locates afresh without a record, with a damaged one, or one of another container', () => {
    expect(containerCgroups(6929, ID_B, undefined, { fsRoot: root })).toEqual(located());
    expect(containerCgroups(6929, ID_B, '{', { fsRoot: root })).toEqual(located());
    const other = formatCgroupPaths({ version: 'v2', dirs: { unified: `/recorded/docker/${ID_A}` } });
    expect(containerCgroups(6929, ID_B, other, { fsRoot: root })).toEqual(located());
  });

  it('locates afresh when the pid is in another cgroup now (recycled), and fails as locate does when it is gone', () => {
    // Process 6866 is in ID_A's cgroup, not ID_B's: ID_B's record is not used for it.
    const recordOfB = formatCgroupPaths({ version: 'v2', dirs: { unified: `/recorded/docker/${ID_B}` } });
    expect(containerCgroups(6866, ID_B, recordOfB, { fsRoot: root }).dirs.unified).not.toContain(ID_B);
    const err = errorOf(() => containerCgroups(99999, ID_B, recordOfB, { fsRoot: root }));
    expect(err.message).toMatch(/^process 99999 does not exist/);
  });
});
