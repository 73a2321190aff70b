import { judgeBindSource, resolveHostPath, type BindRules } from './binds';
import { FakePaths } from './test-support/fake-paths';

// The bind rules against a fake host file system (owners, modes, links);
// libs/lifecycle's bind-host.spec.ts runs the same rules on real directories.

describe('resolveHostPath: as the kernel looks a path up', () => {
  const host = () =>
    new FakePaths()
      .dir('/srv/data/real')
      .link('/srv/data/in', 'real')
      .link('/srv/data/abs', '/srv/data/real')
      .link('/srv/data/up', '../other')
      .link('/srv/data/to-root', '/')
      .link('/srv/data/deep', '/var/lib/x')
      .dir('/var/lib/x')
      .file('/srv/data/file')
      .link('/srv/data/loop', 'loop');

  it.each([
    ['/srv/data/real', '/srv/data/real', []],
    ['/srv/data/in', '/srv/data/real', []],
    ['/srv/data/abs/sub', '/srv/data/real', ['sub']],
    ['/srv/data/up', '/srv', ['other']],
    ['/srv/data/to-root/newdir', '/', ['newdir']],
    // `..` after a link goes up from where the link led, not from the text.
    ['/srv/data/deep/../y', '/var/lib', ['y']],
    ['/srv/data/file', '/srv/data/file', []],
  ])('%s: %s exists, then %j is missing', (p, existing, missing) => {
    const r = resolveHostPath(p, host());
    expect('problem' in r ? r : [r.existing, r.missing, r.path]).toEqual([existing, missing, [existing, ...missing].join('/').replace(/^\/\//, '/')]);
  });

  it('reports each directory a name was looked up in, and the end, outermost first', () => {
    const r = resolveHostPath('/srv/data/in', host());
    expect('met' in r && r.met.map((m) => m.path)).toEqual(['/', '/srv', '/srv/data', '/srv/data/real']);
  });

  it.each([
    ['/srv/data/file/x', '/srv/data/file is not a directory'],
    ['/srv/data/loop', 'more than 40 links on the way'],
    ['/srv/data/gone/../../etc', '/srv/data/gone does not exist, and the path goes up from below it'],
  ])('%s cannot be resolved: %s', (p, problem) => {
    expect(resolveHostPath(p, host())).toEqual({ problem });
  });
});

describe('resolveHostPath when the host changes under it', () => {
  it('reports a link that stopped being one between lstat and readlink', () => {
    const host = new FakePaths().dir('/srv/data/a').link('/srv/data/flip', 'a');
    host.readlink = () => undefined;
    expect(resolveHostPath('/srv/data/flip', host)).toEqual({ problem: '/srv/data/flip changed while it was being resolved' });
  });
});

describe('judgeBindSource', () => {
  const rules = (over: Partial<BindRules> = {}): BindRules => ({ allowedVolumePaths: ['/srv/data'], taskWritablePaths: [], createMissingBindPaths: false, ...over });
  const judge = (source: string, host: FakePaths, over: Partial<BindRules> = {}) => judgeBindSource(source, '/h', rules(over), host);
  const why = (source: string, host: FakePaths, over: Partial<BindRules> = {}) => {
    const v = judge(source, host, over);
    return 'refused' in v ? `${v.refused.why} by [policy] ${v.refused.key} (${v.refused.hint})` : 'accepted';
  };

  it('accepts a root-owned 0755 path under an allowed path, mounted as it is', () => {
    expect(judge('/srv/data/a', new FakePaths().dir('/srv/data/a'))).toEqual({ bind: { written: '/srv/data/a', mounted: '/srv/data/a', target: '/h' } });
  });

  it('mounts the resolved path of a link that stays inside the allowed path', () => {
    const host = new FakePaths().dir('/srv/data/real').link('/srv/data/link', 'real');
    expect(judge('/srv/data/link', host)).toEqual({ bind: { written: '/srv/data/link', mounted: '/srv/data/real', target: '/h' } });
  });

  it('compares with where an allowed path itself leads', () => {
    const host = new FakePaths().link('/srv/data', '/mnt/disk/data').dir('/mnt/disk/data/a');
    expect(judge('/srv/data/a', host)).toEqual({ bind: { written: '/srv/data/a', mounted: '/mnt/disk/data/a', target: '/h' } });
  });

  it('looks nothing up for a source written outside every allowed path', () => {
    const host = new FakePaths();
    expect(why('/etc', host)).toMatch(/^bind-mounts host path \/etc, which is not allowed by \[policy\] allowed_volume_paths/);
    expect(host.looked).toEqual([]);
  });

  it('refuses a link out of the allowed path, naming where it leads', () => {
    const host = new FakePaths().link('/srv/data/link', '/etc').dir('/etc');
    expect(why('/srv/data/link', host)).toMatch(/^bind-mounts host path \/srv\/data\/link \(which is \/etc on the host\), which is not allowed by \[policy\] allowed_volume_paths/);
  });

  it('refuses a missing path below a link to /, created or not (it leads to /newdir)', () => {
    const host = new FakePaths().link('/srv/data/link-to-root', '/');
    for (const createMissingBindPaths of [false, true]) {
      expect(why('/srv/data/link-to-root/newdir', host, { createMissingBindPaths })).toMatch(
        /^bind-mounts host path \/srv\/data\/link-to-root\/newdir \(which is \/newdir on the host\), which is not allowed/,
      );
    }
  });

  it('refuses a missing source unless create_missing_bind_paths, then names what to create', () => {
    const host = new FakePaths().dir('/srv/data/a');
    expect(why('/srv/data/a/b/c', host)).toBe(
      'bind-mounts host path /srv/data/a/b/c, which does not exist (/srv/data/a/b is missing; the engine would create it as root): creating it is not allowed by [policy] create_missing_bind_paths (create it on the host first, or set [policy] create_missing_bind_paths: true)',
    );
    expect(judge('/srv/data/a/b/c', host, { createMissingBindPaths: true })).toEqual({
      bind: { written: '/srv/data/a/b/c', mounted: '/srv/data/a/b/c', target: '/h', create: { under: '/srv/data/a', names: ['b', 'c'] } },
    });
  });

  it('refuses a source any directory of which someone other than root could change, naming it and how', () => {
    expect(why('/srv/data/a', new FakePaths().dir('/srv/data', { mode: 0o777 }).dir('/srv/data/a'))).toMatch(
      /^bind-mounts host path \/srv\/data\/a through \/srv\/data, which is writable by its group and others \(mode 0777\), so someone other than root could swap what lies below it/,
    );
    expect(why('/srv/data/a', new FakePaths().dir('/srv', { mode: 0o775 }).dir('/srv/data/a'))).toMatch(/through \/srv, which is writable by its group \(mode 0775\)/);
    expect(why('/srv/data/a', new FakePaths().dir('/srv/data', { uid: 1000 }).dir('/srv/data/a'))).toMatch(/through \/srv\/data, which is owned by uid 1000/);
    // The sticky bit does not make a directory safe: /tmp (1777) is refused.
    expect(why('/tmp/x', new FakePaths().dir('/tmp', { mode: 0o1777 }).dir('/tmp/x'), { allowedVolumePaths: ['/tmp'] })).toMatch(
      /through \/tmp, which is writable by its group and others \(mode 1777\)/,
    );
    // The source itself, a file writable by others.
    expect(why('/srv/data/f', new FakePaths().file('/srv/data/f', { mode: 0o666 }))).toMatch(
      /^bind-mounts host path \/srv\/data\/f, which is writable by its group and others \(mode 0666\), so someone other than root could swap it .* and it is not listed by \[policy\] task_writable_paths \(list \/srv\/data\/f there/,
    );
  });

  it('checks the directories a link passes through, not only where it lands', () => {
    const host = new FakePaths().dir('/home/u', { uid: 1000 }).link('/home/u/l', '/srv/data/a').dir('/srv/data/a').link('/srv/data/via', '/home/u/l');
    expect(why('/srv/data/via', host)).toMatch(/through \/home\/u, which is owned by uid 1000/);
  });

  it('mounts a task-writable directory whole, and nothing below it, listed or not', () => {
    const host = new FakePaths().dir('/srv/data/shared', { uid: 65534, mode: 0o777 }).dir('/srv/data/shared/flip', { uid: 65534 });
    expect(why('/srv/data/shared', host)).toMatch(/which is owned by uid 65534, .* not listed by \[policy\] task_writable_paths/);
    expect(judge('/srv/data/shared', host, { taskWritablePaths: ['/srv/data/shared'] })).toEqual({ bind: { written: '/srv/data/shared', mounted: '/srv/data/shared', target: '/h' } });
    expect(why('/srv/data/shared/flip', host, { taskWritablePaths: ['/srv/data/shared'] })).toMatch(
      /^bind-mounts host path \/srv\/data\/shared\/flip through \/srv\/data\/shared, which is owned by uid 65534, .* nothing below such a directory is mounted, listed or not by \[policy\] task_writable_paths \(bind \/srv\/data\/shared itself/,
    );
    // Nor is anything created below it.
    expect(why('/srv/data/shared/new', host, { taskWritablePaths: ['/srv/data/shared'], createMissingBindPaths: true })).toMatch(/through \/srv\/data\/shared/);
  });

  it('task_writable_paths allows nothing outside allowed_volume_paths', () => {
    const host = new FakePaths().dir('/srv/other', { mode: 0o777 });
    expect(why('/srv/other', host, { taskWritablePaths: ['/srv/other'] })).toMatch(/which is not allowed by \[policy\] allowed_volume_paths/);
  });

  it('refuses a resolved path that the bind syntax cannot carry', () => {
    const host = new FakePaths().dir('/srv/data/a:b').link('/srv/data/l', 'a:b');
    expect(why('/srv/data/l', host)).toMatch(/which is \/srv\/data\/a:b on the host\), which the engine's bind syntax cannot carry/);
  });

  it('refuses a path that cannot be resolved, with the reason', () => {
    expect(why('/srv/data/f/x', new FakePaths().file('/srv/data/f'))).toMatch(/cannot be resolved on the host \(\/srv\/data\/f is not a directory\)/);
  });
});
