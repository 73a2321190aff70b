import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import { judgeSandbox, mountIdOf, mountPointsOf, realSandboxHost, type SandboxHost } from './sandbox-path';

/*
 * The sandbox decision on real directories: an agent's work directory laid
 * out as the agent lays it out, and the paths a Launch could name instead.
 * Mount points come from mount ids the test gives (a real bind mount is in
 * sandbox-input.e2e.spec.ts), or, as on a kernel without them, from a
 * mountinfo text the test writes.
 */

const ID = 'c-1';
let tmp: string;
let work: string;
let run: string;
let mountinfo: string;
/** Mount ids the test makes up, by path; any other path has the real one. */
let ids: Map<string, number>;
let host: SandboxHost;

beforeEach(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-sandbox-')));
  work = path.join(tmp, 'work');
  run = path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e1', 'runs', ID);
  fs.mkdirSync(run, { recursive: true });
  mountinfo = '';
  ids = new Map();
  host = realSandboxHost({ mountId: (p) => ids.get(p) ?? mountIdOf(p), mountinfo: () => mountinfo });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function refusal(directory: string, roots: { workDir?: string; sandboxRoots?: string[] } = { workDir: work }, id = ID): string {
  try {
    judgeSandbox(directory, id, { sandboxRoots: [], ...roots }, host);
  } catch (err) {
    expect(err).toBeInstanceOf(DeimosError);
    expect((err as DeimosError).code).toBe('INVALID_INPUT');
    return (err as DeimosError).message;
  }
  throw new Error(`${directory} was accepted`);
}

describe('a sandbox under the agent work directory', () => {
  it("accepts the executor run directory of the agent's layout, and gives it resolved", () => {
    expect(judgeSandbox(run, ID, { workDir: work, sandboxRoots: [] }, host)).toBe(run);
    // The work directory itself reached through a link (an operator's /var/lib/mesos -> /data/mesos).
    fs.symlinkSync(work, path.join(tmp, 'work-link'));
    const viaLink = run.replace(work, path.join(tmp, 'work-link'));
    expect(judgeSandbox(viaLink, ID, { workDir: path.join(tmp, 'work-link'), sandboxRoots: [] }, host)).toBe(run);
    expect(judgeSandbox(`${run}/`, ID, { workDir: `${work}/`, sandboxRoots: [] }, host)).toBe(run);
  });
  it('accepts an executor id that spans components (agents before 1.0 let a framework put "/" in it)', () => {
    const deep = path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'app', 'e1', 'runs', ID);
    fs.mkdirSync(deep, { recursive: true });
    expect(judgeSandbox(deep, ID, { workDir: work, sandboxRoots: [] }, host)).toBe(deep);
  });
  it.each([
    ['/', /^Launch\.directory "\/" is the root of the host's file system, not a sandbox/],
    ['/etc', /^Launch\.directory "\/etc" is not a sandbox: it must resolve to an executor run directory .*\/runs\/c-1 under the agent's work directory ".*\/work"/],
    ['/tmp/../etc', /^Launch\.directory "\/tmp\/\.\.\/etc" \(which is "\/etc"\) is not a sandbox/],
    // pid 1's root is / where we may look at it; where we may not (this test bed's VM init), opening it fails.
    ['/proc/1/root', /^Launch\.directory "\/proc\/1\/root" (\(which is "\/"\) is the root of the host's file system|cannot be opened \(EACCES\))/],
    ['/proc/self/root', /^Launch\.directory "\/proc\/self\/root" \(which is "\/"\) is the root of the host's file system/],
    ['/proc/self/cwd', /^Launch\.directory "\/proc\/self\/cwd" \(which is ".*"\) is not a sandbox/],
  ])('refuses %s, naming the field and [containers] sandbox_roots', (directory, message) => {
    const m = refusal(directory);
    expect(m).toMatch(message);
  });
  it('names [containers] sandbox_roots in the hint of a refusal', () => {
    try {
      judgeSandbox('/etc', ID, { workDir: work, sandboxRoots: [] }, host);
    } catch (err) {
      expect((err as DeimosError).hint).toContain('[containers] sandbox_roots');
    }
    expect.assertions(1);
  });
  it('refuses the work directory itself and the directories of its layout that are not a run directory', () => {
    expect(refusal(work)).toMatch(/is not a sandbox/);
    expect(refusal(path.join(work, 'slaves'))).toMatch(/is not a sandbox/);
    expect(refusal(path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e1'))).toMatch(/is not a sandbox/);
    fs.mkdirSync(path.join(work, 'meta', 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e1', 'runs', ID), { recursive: true });
    expect(refusal(path.join(work, 'meta', 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e1', 'runs', ID))).toMatch(/is not a sandbox/);
    // An executor id of "..": the path folds onto the framework's directory.
    fs.mkdirSync(path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'runs', ID), { recursive: true });
    expect(refusal(path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', '..', 'runs', ID))).toMatch(/is not a sandbox/);
  });
  it("refuses another container's run directory", () => {
    expect(refusal(run, { workDir: work }, 'c-2')).toMatch(/is not a sandbox: it must resolve to an executor run directory .*\/runs\/c-2/);
  });
  it('refuses a run directory that is a link out of the work directory, and one reached through a linked component', () => {
    const outside = path.join(tmp, 'outside');
    fs.mkdirSync(outside);
    const linkRun = path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e2', 'runs');
    fs.mkdirSync(linkRun, { recursive: true });
    fs.symlinkSync(outside, path.join(linkRun, ID));
    expect(refusal(path.join(linkRun, ID))).toMatch(new RegExp(`^Launch\\.directory ".*/e2/runs/c-1" \\(which is "${outside}"\\) is not a sandbox`));
    fs.mkdirSync(path.join(outside, 'runs', ID), { recursive: true });
    fs.symlinkSync(outside, path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e3'));
    expect(refusal(path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e3', 'runs', ID))).toMatch(/is not a sandbox/);
    fs.symlinkSync('/etc', path.join(linkRun, 'to-etc'));
    expect(refusal(path.join(linkRun, 'to-etc'), { workDir: work }, 'to-etc')).toMatch(/\(which is "\/etc"\) is not a sandbox/);
  });
  it('refuses what is not a directory, does not exist, loops or is relative', () => {
    fs.writeFileSync(path.join(tmp, 'file'), '');
    expect(refusal(path.join(tmp, 'file'))).toMatch(/"[^"]*\/file" is not a directory$/);
    expect(refusal(path.join(tmp, 'nope'))).toMatch(/"[^"]*\/nope" does not exist$/);
    fs.symlinkSync(path.join(tmp, 'loop'), path.join(tmp, 'loop'));
    expect(refusal(path.join(tmp, 'loop'))).toMatch(/resolves through a loop of links$/);
    expect(refusal('relative/runs/c-1')).toBe('Launch.directory "relative/runs/c-1" is not an absolute path');
  });
});

describe('[containers] sandbox_roots', () => {
  it('accepts any directory strictly below a root, resolved, and not the root itself', () => {
    const root = path.join(tmp, 'sandboxes');
    const sb = path.join(root, 'team', 'x');
    fs.mkdirSync(sb, { recursive: true });
    expect(judgeSandbox(sb, ID, { workDir: work, sandboxRoots: [root] }, host)).toBe(sb);
    expect(judgeSandbox(sb, ID, { sandboxRoots: [root] }, host)).toBe(sb);
    expect(refusal(root, { sandboxRoots: [root] })).toMatch(/is not a sandbox: it must resolve to a directory under \[containers\] sandbox_roots/);
    expect(refusal('/etc', { sandboxRoots: [root] })).toMatch(/is not a sandbox/);
    fs.symlinkSync('/etc', path.join(root, 'etc-link'));
    expect(refusal(path.join(root, 'etc-link'), { sandboxRoots: [root] })).toMatch(/\(which is "\/etc"\) is not a sandbox/);
  });
  it('ignores a root that resolves to / (a link), so it cannot open the whole host', () => {
    fs.symlinkSync('/', path.join(tmp, 'slash'));
    expect(refusal('/etc', { sandboxRoots: [path.join(tmp, 'slash')] })).toMatch(/MESOS_WORK_DIRECTORY is not set and \[containers\] sandbox_roots names no directory/);
  });
});

describe('with no root known', () => {
  it('refuses every directory, saying MESOS_WORK_DIRECTORY is not set and naming the key', () => {
    expect(refusal(run, {})).toMatch(/^Launch\.directory ".*" cannot be judged: MESOS_WORK_DIRECTORY is not set and \[containers\] sandbox_roots names no directory$/);
    expect(refusal(run, { workDir: 'relative' })).toMatch(/MESOS_WORK_DIRECTORY "relative" is not an absolute path to a directory/);
    expect(refusal(run, { workDir: path.join(tmp, 'missing') })).toMatch(/is not an absolute path to a directory and \[containers\] sandbox_roots/);
  });
});

describe('mount points', () => {
  it('refuses a run directory on another mount than its parent (a bind mount keeps the device)', () => {
    ids.set(run, 1_000_000);
    expect(refusal(run)).toMatch(/is a mount point, not a sandbox directory$/);
  });
  it('accepts a run directory on the mount of its parent, whatever mountinfo lists', () => {
    mountinfo = `47 22 254:0 /srv/x ${run} rw,relatime - ext4 /dev/vda rw\n`;
    expect(judgeSandbox(run, ID, { workDir: work, sandboxRoots: [] }, host)).toBe(run);
  });
  it('reads the real mount ids: /proc is a mount point, a directory made here is not', () => {
    expect(mountIdOf('/proc')).toEqual(expect.any(Number));
    expect(mountIdOf('/proc')).not.toBe(mountIdOf('/'));
    expect(realSandboxHost().isMountPoint('/proc')).toBe(true);
    expect(realSandboxHost().isMountPoint(run)).toBe(false);
  });
  describe('on a kernel that gives no mount ids', () => {
    beforeEach(() => {
      host = realSandboxHost({ mountId: () => undefined, mountinfo: () => mountinfo });
    });
    it('refuses a run directory listed as a mount point in mountinfo, escapes and all', () => {
      mountinfo = `22 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n47 22 254:0 /srv/x ${run} rw,relatime - ext4 /dev/vda rw\n`;
      expect(refusal(run)).toMatch(/is a mount point, not a sandbox directory$/);
      const spaced = path.join(work, 'slaves', 's1', 'frameworks', 'fw', 'executors', 'e 1', 'runs', ID);
      fs.mkdirSync(spaced, { recursive: true });
      mountinfo = `47 22 254:0 /srv/x ${spaced.replace(/ /g, '\\040')} rw,relatime - ext4 /dev/vda rw\n`;
      expect(refusal(spaced)).toMatch(/is a mount point/);
      mountinfo = `47 22 254:0 /srv/x ${run}-other rw,relatime - ext4 /dev/vda rw\n`;
      expect(judgeSandbox(run, ID, { workDir: work, sandboxRoots: [] }, host)).toBe(run);
    });
    it('finds a file system mounted on a directory by its device, without mountinfo', () => {
      expect(host.isMountPoint('/proc')).toBe(true);
      expect(host.isMountPoint(run)).toBe(false);
    });
  });
  it('reads mount points from mountinfo with their octal escapes', () => {
    const text = '36 35 98:0 /mnt1 /mnt/a\\040b rw,noatime master:1 - ext3 /dev/root rw\n37 35 0:5 / /proc rw - proc proc rw\n';
    expect([...mountPointsOf(text)]).toEqual(['/mnt/a b', '/proc']);
  });
});
