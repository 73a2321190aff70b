import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '@deimos/config';
import { judgeBindSource, type BindRules, type PathStat } from '@deimos/docker';
import type { Launch } from '@deimos/protocol';
import { FakeEngine } from '@deimos/testing';
import { realBindHost, type BindHost } from './bind-host';
import { explainLaunch, renderExplanation } from './explain';
import { planLaunch } from './plan';
import { makeRuntime, type Runtime } from './runtime';

// The bind rules of libs/docker (binds.ts) on real directories, through the
// real port; and how planLaunch and explain use them. Run as root, as the
// containerizer is: the directories made here are root's.

const NOBODY = 65534;
let base: string;
beforeEach(() => {
  // Below /srv (root's, 0755), not /tmp: /tmp is writable by everyone, and so refused.
  base = fs.mkdtempSync('/srv/deimos-unit-');
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

const rules = (over: Partial<BindRules> = {}): BindRules => ({ allowedVolumePaths: [base], taskWritablePaths: [], createMissingBindPaths: false, ...over });
const verdict = (source: string, over: Partial<BindRules> = {}) => {
  const v = judgeBindSource(source, '/h', rules(over), realBindHost);
  return 'refused' in v ? `refused: ${v.refused.why}` : v.bind;
};

describe('the bind rules on real directories', () => {
  it('accepts a root-owned directory with a link inside to another one, and mounts where the link leads', () => {
    fs.mkdirSync(path.join(base, 'real'));
    fs.symlinkSync('real', path.join(base, 'link'));
    expect(verdict(path.join(base, 'link'))).toEqual({ written: path.join(base, 'link'), mounted: path.join(base, 'real'), target: '/h' });
  });

  it('refuses a path below /tmp, which anyone can write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-unit-'));
    try {
      expect(verdict(dir, { allowedVolumePaths: [dir] })).toMatch(
        new RegExp(`^refused: bind-mounts host path ${dir} through ${os.tmpdir()}, which is writable by its group and others \\(mode 1777\\)`),
      );
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('refuses a directory another user owns unless it is task-writable, and then only whole', () => {
    const shared = path.join(base, 'shared');
    fs.mkdirSync(path.join(shared, 'flip'), { recursive: true });
    fs.chownSync(shared, NOBODY, NOBODY);
    expect(verdict(shared)).toMatch(/which is owned by uid 65534, so someone other than root could swap it/);
    expect(verdict(shared, { taskWritablePaths: [shared] })).toEqual({ written: shared, mounted: shared, target: '/h' });
    expect(verdict(path.join(shared, 'flip'), { taskWritablePaths: [shared] })).toMatch(/through .*shared, which is owned by uid 65534/);
  });

  it('reads no link where there is none (a link swapped for a directory meanwhile)', () => {
    fs.mkdirSync(path.join(base, 'dir'));
    expect([realBindHost.readlink(path.join(base, 'dir')), realBindHost.readlink(path.join(base, 'gone')), realBindHost.lstat(path.join(base, 'gone'))]).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a link to / with a missing name below it, and creates nothing', () => {
    fs.symlinkSync('/', path.join(base, 'link-to-root'));
    const name = `deimos-unit-${path.basename(base)}`;
    expect(verdict(path.join(base, 'link-to-root', name), { createMissingBindPaths: true })).toMatch(`(which is /${name} on the host), which is not allowed`);
    expect(fs.existsSync(`/${name}`)).toBe(false);
  });
});

describe('makeDirectory: one directory, root 0755, no link followed', () => {
  it('makes it 0755 whatever the umask', () => {
    const old = process.umask(0o077);
    try {
      realBindHost.makeDirectory(path.join(base, 'new'));
    } finally {
      process.umask(old);
    }
    const st = fs.lstatSync(path.join(base, 'new'));
    expect([st.isDirectory(), st.uid, (st.mode & 0o7777).toString(8)]).toEqual([true, 0, '755']);
  });

  it('refuses a link at the name, and makes nothing where it points', () => {
    const away = path.join(base, 'away');
    fs.mkdirSync(away);
    fs.symlinkSync(path.join(away, 'x'), path.join(base, 'dangling'));
    fs.symlinkSync(away, path.join(base, 'to-dir'));
    expect(() => realBindHost.makeDirectory(path.join(base, 'dangling'))).toThrow(/cannot create bind source .*dangling: it is not a directory of its own/);
    expect(() => realBindHost.makeDirectory(path.join(base, 'to-dir'))).toThrow(/to-dir: it is not a directory of its own/);
    expect(fs.readdirSync(away)).toEqual([]);
  });

  it('takes a directory already there only when it is root-only', () => {
    fs.mkdirSync(path.join(base, 'theirs'));
    fs.chownSync(path.join(base, 'theirs'), NOBODY, NOBODY);
    expect(() => realBindHost.makeDirectory(path.join(base, 'theirs'))).toThrow(/owned by uid 65534, not root/);
    fs.mkdirSync(path.join(base, 'open'), 0o777);
    fs.chmodSync(path.join(base, 'open'), 0o777);
    expect(() => realBindHost.makeDirectory(path.join(base, 'open'))).toThrow(/writable by others than root \(mode 777\)/);
    expect((fs.lstatSync(path.join(base, 'open')).mode & 0o777).toString(8)).toBe('777');
  });
});

describe('planLaunch and explain with bind sources', () => {
  const SANDBOX = '/sandboxes/c-1';

  function runtime(policy: Partial<Runtime['config']['policy']>): Runtime {
    const rt = makeRuntime({ program: 'test', loaded: { config: defaultConfig(), source: undefined, searched: [] } });
    rt.config = { ...rt.config, policy: { ...rt.config.policy, allowedVolumePaths: [base], ...policy } };
    return { ...rt, docker: new FakeEngine(), env: {} };
  }

  function launchWith(options: string[]): Launch {
    return {
      containerId: { value: 'c-1' },
      directory: SANDBOX,
      taskInfo: {
        name: 'task',
        taskId: { value: 't1' },
        slaveId: { value: 's' },
        resources: [],
        command: { value: 'true', container: { image: 'docker:///busybox', options } },
      },
      executorInfo: { executorId: { value: 'e1' }, frameworkId: { value: 'f' }, command: { value: '/usr/libexec/mesos/mesos-executor' } },
    } as Launch;
  }

  /** The real port, with every directory made recorded. */
  function recording(): BindHost & { made: string[] } {
    const made: string[] = [];
    return {
      made,
      lstat: (p): PathStat | undefined => realBindHost.lstat(p),
      readlink: (p) => realBindHost.readlink(p),
      makeDirectory: (p) => {
        made.push(p);
        realBindHost.makeDirectory(p);
      },
    };
  }

  it('creates a missing source under create_missing_bind_paths, then mounts it', async () => {
    const binds = recording();
    const source = path.join(base, 'a', 'b');
    const planned = await planLaunch(runtime({ createMissingBindPaths: true }), launchWith(['-v', `${source}:/h`]), { checkSandbox: false, binds });
    expect(binds.made).toEqual([path.join(base, 'a'), source]);
    expect(planned.hostBinds).toEqual([{ written: source, mounted: source, target: '/h' }]);
    expect((fs.lstatSync(source).mode & 0o7777).toString(8)).toBe('755');
  });

  it('refuses it without create_missing_bind_paths, naming the key', async () => {
    const source = path.join(base, 'a');
    await expect(planLaunch(runtime({}), launchWith(['-v', `${source}:/h`]), { checkSandbox: false })).rejects.toThrow(
      `launch refused: -v ${source}:/h (from task_info.command.container.options) bind-mounts host path ${source}, which does not exist (${source} is missing; the engine would create it as root): creating it is not allowed by [policy] create_missing_bind_paths`,
    );
    expect(fs.existsSync(source)).toBe(false);
  });

  it('creates nothing when another option of the launch is refused', async () => {
    const binds = recording();
    const options = ['-v', `${path.join(base, 'a')}:/h`, '--privileged'];
    await expect(planLaunch(runtime({ createMissingBindPaths: true }), launchWith(options), { checkSandbox: false, binds })).rejects.toThrow('host access "privileged"');
    expect(binds.made).toEqual([]);
  });

  it('explain shows each bind as written and as mounted, and creates nothing', async () => {
    fs.mkdirSync(path.join(base, 'real'));
    fs.symlinkSync('real', path.join(base, 'link'));
    const rt = runtime({ createMissingBindPaths: true });
    const e = await explainLaunch(rt, launchWith(['-v', `${path.join(base, 'link')}:/h:ro`, '--mount', `type=bind,src=${path.join(base, 'new', 'x')},dst=/n`]));
    expect(e.mounts.slice(1)).toEqual([
      { source: path.join(base, 'real'), target: '/h', mode: 'ro', written: path.join(base, 'link') },
      { source: path.join(base, 'new', 'x'), target: '/n', mode: 'rw', written: path.join(base, 'new', 'x'), create: path.join(base, 'new', 'x') },
    ]);
    expect((e.container.HostConfig as { Binds: string[] }).Binds).toContain(`${path.join(base, 'real')}:/h:ro`);
    expect(renderExplanation(e)).toContain(`\n  ${path.join(base, 'real')} -> /h (ro), written ${path.join(base, 'link')}\n`);
    expect(fs.existsSync(path.join(base, 'new'))).toBe(false);
  });
});
