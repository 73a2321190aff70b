import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invoke, sandboxPath, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode, type Launch } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary } from '@deimos/testing';

// The launch's input at its edges, through the built binary against the
// real engine: Launch.directory must be a sandbox (under the agent's work
// directory or [containers] sandbox_roots, not a mount point, not /), and
// no text of a Launch may carry NUL or other control bytes. Each refusal
// is one line, exit 4, before any state exists and before anything is
// written into the directory named.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
/** Where each refused launch runs (the agent's cwd): never the directory under test. */
let cwd: string;

/** Files launch writes into a sandbox: absent before a test in these host directories, removed after it if it made them. */
const OUR_FILES = ['stdout', 'stderr', '.dockercfg', '.deimos-network-ready'];
const HOST_DIRS = ['/', '/etc'];
let absentBefore: string[];

beforeEach(() => {
  bed = TestBed.create();
  cwd = fs.mkdtempSync(path.join(bed.dir, 'cwd-'));
  // Registry credentials, so that a launch that got as far as the sandbox would copy them into it.
  const cfg = path.join(bed.dir, 'dockercfg.json');
  fs.writeFileSync(cfg, '{}\n', { mode: 0o600 });
  fs.appendFileSync(bed.configFile, `[docker.index]\ndockercfg = ${cfg}\n`);
  absentBefore = HOST_DIRS.flatMap((d) => OUR_FILES.map((f) => path.join(d, f))).filter((f) => !fs.existsSync(f));
});
afterEach(() => {
  // Only what a (regressed) launch made: these names did not exist before the test.
  for (const f of absentBefore) fs.rmSync(f, { force: true });
  bed.cleanup();
});

function commandTask(id: string, over: Parameters<typeof sandboxedCommandTask>[3] = {}): Launch {
  return sandboxedCommandTask(bed.workDir, id, 'echo ran', { image: TEST_IMAGE_URL, ...over });
}

function launch(l: Launch, sandbox = cwd) {
  return invoke({ containerizer, subcommand: 'launch', input: encode('Launch', l), sandbox, env: bed.env() });
}

/** The entries of a directory, to compare before and after. */
const entries = (dir: string) => fs.readdirSync(dir).sort();

function expectRefusedBeforeAnything(r: Awaited<ReturnType<typeof launch>>, id: string, message: RegExp): void {
  expect(r.exitCode).toBe(4);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  // No state at all: not the container's directory, not its locks, not the state root.
  expect(fs.existsSync(path.join(bed.stateRoot, 'mesos', id))).toBe(false);
  expect(fs.existsSync(bed.stateRoot)).toBe(false);
  expect(bed.containers()).toEqual([]);
}

describe('Launch.directory must be a sandbox', () => {
  it.each([
    ['/', /Launch\.directory "\/" is the root of the host's file system, not a sandbox \(.*\[containers\] sandbox_roots\)/],
    ['/etc', /Launch\.directory "\/etc" is not a sandbox: it must resolve to an executor run directory .* \(.*\[containers\] sandbox_roots\)/],
    ['/tmp/../etc', /Launch\.directory "\/tmp\/\.\.\/etc" \(which is "\/etc"\) is not a sandbox/],
    // Where pid 1's root may be looked at it is /; this test bed's VM init refuses even root (EACCES).
    ['/proc/1/root', /Launch\.directory "\/proc\/1\/root" (\(which is "\/"\) is the root of the host's file system|cannot be opened \(EACCES\)).*\[containers\] sandbox_roots/],
    ['/proc/self/root', /Launch\.directory "\/proc\/self\/root" \(which is "\/"\) is the root of the host's file system/],
  ])('regression: refuses %s before any state exists, writing nothing into it', async (directory, message) => {
    const id = `sb-${Math.random().toString(36).slice(2, 8)}`;
    const l = commandTask(id);
    l.directory = directory;
    const target = directory.startsWith('/proc/1/') ? '/' : fs.realpathSync(directory);
    const before = entries(target);
    const r = await launch(l);
    expectRefusedBeforeAnything(r, id, message);
    expect(entries(target)).toEqual(before);
  });

  it('regression: refuses a run directory that is a link out of the work directory, writing nothing where it leads', async () => {
    const id = 'sb-link';
    const outside = fs.mkdtempSync(path.join(bed.dir, 'outside-'));
    const l = commandTask(id);
    fs.rmdirSync(l.directory!);
    fs.symlinkSync(outside, l.directory!);
    const r = await launch(l);
    expectRefusedBeforeAnything(r, id, /Launch\.directory ".*\/runs\/sb-link" \(which is ".*\/outside-[^"]*"\) is not a sandbox: .*\[containers\] sandbox_roots/);
    expect(entries(outside)).toEqual([]);
  });

  it('regression: refuses a run directory with something mounted on it (a bind mount of another tree)', async () => {
    const id = 'sb-mount';
    const other = fs.mkdtempSync(path.join(bed.dir, 'other-'));
    const l = commandTask(id);
    execFileSync('mount', ['--bind', other, l.directory!]);
    try {
      const r = await launch(l);
      expectRefusedBeforeAnything(r, id, /Launch\.directory ".*\/runs\/sb-mount" is a mount point, not a sandbox directory/);
      expect(entries(other)).toEqual([]);
    } finally {
      // Were it accepted (a regression), its container holds files open in the mount: remove it first, and detach lazily if still busy.
      const ids = bed.containers();
      if (ids.length > 0) execFileSync('docker', ['rm', '-f', ...ids], { stdio: 'ignore' });
      try {
        execFileSync('umount', [l.directory!], { stdio: 'ignore' });
      } catch {
        execFileSync('umount', ['-l', l.directory!]);
      }
    }
  });

  it('refuses every sandbox when no root is known (MESOS_WORK_DIRECTORY unset, no sandbox_roots), naming both', async () => {
    const id = 'sb-noroot';
    const l = commandTask(id);
    // The emulator always sets the variable, as agents do: empty is as good as unset.
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', l), sandbox: cwd, env: { DEIMOS_CONFIG: bed.configFile }, workDir: '' });
    expectRefusedBeforeAnything(r, id, /Launch\.directory ".*" cannot be judged: MESOS_WORK_DIRECTORY is not set and \[containers\] sandbox_roots names no directory/);
  });

  it('runs a task whose sandbox lies under [containers] sandbox_roots, through a link, and uses the resolved directory', async () => {
    const root = path.join(bed.dir, 'sandboxes');
    const real = path.join(root, 'team', 'run-1');
    fs.mkdirSync(real, { recursive: true });
    fs.symlinkSync(root, path.join(bed.dir, 'sandboxes-link'));
    fs.appendFileSync(bed.configFile, `[containers]\nsandbox_roots = ["${root}"]\n`);
    const id = 'sb-root';
    const l = commandTask(id);
    l.directory = path.join(bed.dir, 'sandboxes-link', 'team', 'run-1');
    const r = await launch(l, real);
    expect([r.exitCode, r.stderr.split('\n').filter((x) => / ERROR /.test(x))]).toEqual([0, []]);
    const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
    expect(w.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(real, 'stdout'), 'utf8')).toBe('ran\n');
    expect(fs.readlinkSync(path.join(bed.stateRoot, 'mesos', id, 'fs'))).toBe(real);
    expect(fs.readFileSync(path.join(real, '.dockercfg'), 'utf8')).toBe('{}\n');
  });
});

describe('no text of a Launch carries NUL or other control bytes', () => {
  it.each([
    ['-e A=x\\0y', { options: ['-e', 'A=x\u0000y'] }, 'Launch.task_info.command.container.options[1] "A=x\\u0000y" has a control character (U+0000 at offset 3)'],
    ['--label a=\\0', { options: ['--label', 'a=\u0000'] }, 'Launch.task_info.command.container.options[1] "a=\\u0000" has a control character (U+0000 at offset 2)'],
    ['an environment value with NUL', { env: { A: 'x\u0000y' } }, 'Launch.task_info.command.environment.variables[0].value "x\\u0000y" has a control character (U+0000 at offset 1)'],
  ] as Array<[string, Parameters<typeof sandboxedCommandTask>[3], string]>)('regression: refuses %s as it is read: bad input (exit 4), no state, the value escaped', async (_what, over, message) => {
    const id = `nul-${Math.random().toString(36).slice(2, 8)}`;
    const l = commandTask(id, over);
    const r = await launch(l, l.directory!);
    expectRefusedBeforeAnything(r, id, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(r.stderr).not.toContain('\u0000');
    expect(r.stderr).not.toContain('unexpected error');
    expect(entries(l.directory!)).toEqual(['stderr']); // the agent's (the emulator's) own log of the call, nothing of ours
  });

  it('refuses an escape sequence in the image, naming the field', async () => {
    const id = 'esc-image';
    const l = commandTask(id, { image: 'docker:///deimos-test/busybox\u001b[2J' });
    const r = await launch(l, l.directory!);
    expectRefusedBeforeAnything(r, id, /Launch\.task_info\.command\.container\.image "docker:\/\/\/deimos-test\/busybox\\u001b\[2J" has a control character \(U\+001B at offset 29\)/);
  });

  it('passes tabs and newlines of an environment value into the container unchanged', async () => {
    const id = 'text-env';
    const value = 'line 1\nline 2\ttabbed';
    const l = sandboxedCommandTask(bed.workDir, id, 'printf %s "$A" > /tmp/mesos-sandbox/a.txt', { image: TEST_IMAGE_URL, env: { A: value } });
    const r = await launch(l, l.directory!);
    expect(r.exitCode).toBe(0);
    const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
    expect(w.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(l.directory!, 'a.txt'), 'utf8')).toBe(value);
  });
});

// The agent's layout, as sandboxedCommandTask makes it (a guard for the tests above).
it('builds sandboxes at the agent layout under the bed work directory', () => {
  expect(commandTask('sb-layout').directory).toBe(sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: 't-sb-layout', containerId: 'sb-layout' }));
});
