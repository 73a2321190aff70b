import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTaskLaunch, invoke, sandboxPath } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { copyBuilt, eventually, TEST_IMAGE_URL, TestBed } from '@deimos/testing';

// The built lock browser against a task started by the built containerizer
// (through the agent emulator) on the real engine: real flock locks, held
// by the detached watcher.

// Private copies: a concurrent `npm run build` starts with `rm -rf dist`.
const bins = copyBuilt(['deimos-containerizer', 'deimos-lock-browser']);
const containerizer = bins['deimos-containerizer'];
const browser = bins['deimos-lock-browser'];
let bed: TestBed;

beforeEach(() => {
  bed = TestBed.create();
});
afterEach(() => bed.cleanup());
afterAll(() => bins.dispose());

async function browse(...args: string[]) {
  const r = spawnSync(browser, args, { env: { ...process.env, ...bed.env() }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  containerId: string | null;
  lock: string;
  mode: string;
  pid: number;
  alive: boolean;
  since: string | null;
  flags: string[];
}

it('shows the wait lock of a running task held exclusively by its live watcher, and not after the task ended', async () => {
  const id = 'lb-task';
  const directory = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: `t-${id}`, containerId: id });
  fs.mkdirSync(directory, { recursive: true });
  const launch = commandTaskLaunch({
    containerId: id,
    taskId: `t-${id}`,
    directory,
    slaveId: 's1',
    frameworkId: 'fw',
    command: 'sleep 4',
    image: TEST_IMAGE_URL,
    resources: { cpus: 0.1, mem: 32 },
    mesosExecutorPath: '/nonexistent/mesos-executor',
  });
  const launched = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: directory, env: bed.env() });
  expect(launched.exitCode).toBe(0);
  const watcherPid = Number(fs.readFileSync(path.join(bed.stateRoot, 'mesos', id, 'watcher-pid'), 'utf8'));

  const json = await browse('--json');
  expect(json.status).toBe(0);
  const rows = (JSON.parse(json.stdout) as { locks: Row[] }).locks;
  const wait = rows.find((r) => r.containerId === id && r.lock === 'wait');
  expect(wait).toMatchObject({ mode: 'exclusive', pid: watcherPid, alive: true, flags: [] });
  expect(Date.parse(wait?.since as string)).toBeGreaterThan(Date.now() - 60_000);

  const table = await browse('--container', id);
  expect(table.status).toBe(0);
  const [header, ...lines] = table.stdout.trimEnd().split('\n');
  expect(header).toMatch(/^CONTAINER\s+LOCK\s+MODE\s+PID\s+ALIVE\s+SINCE\s+WAITING\s+FLAGS$/);
  expect(
    lines
      .find((l) => /^lb-task\s+wait\s+/.test(l))
      ?.split(/\s+/)
      .slice(0, 5),
  ).toEqual([id, 'wait', 'exclusive', expect.stringMatching(new RegExp(`^${watcherPid}\\(`)), 'yes']);

  // wait returns once the end is recorded; the watcher then exits and the kernel drops its lock
  const waited = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
  expect(waited.exitCode).toBe(0);
  expect(await eventually(async () => !(await browse('--container', id)).stdout.includes('wait'), 10_000)).toBe(true);
  const after = await browse('--container', id);
  expect(after).toEqual({ status: 0, stdout: `no locks held under ${bed.stateRoot} for container ${id}\n`, stderr: '' });
});

it('says so when nothing is held, and refuses an unknown container with exit 4', async () => {
  fs.mkdirSync(bed.stateRoot, { recursive: true });
  expect(await browse()).toEqual({ status: 0, stdout: `no locks held under ${bed.stateRoot}\n`, stderr: '' });
  const unknown = await browse('--container', 'nope');
  expect(unknown.status).toBe(4);
  expect(unknown.stderr).toBe(`deimos-lock-browser: no container nope under ${bed.stateRoot} (check the id and --state-root)\n`);
});
