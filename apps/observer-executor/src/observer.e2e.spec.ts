import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Agent, STANDIN_EXECUTOR_PATH, sandboxedCommandTask } from '@deimos/agent-emulator';
import { STANDIN_LIBEXEC, TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// Command tasks: launch starts the (stand-in, 0.20) mesos-executor on the host
// with --override deimos-observer-executor <id>; the container runs the task.

const containerizer = builtBinary('deimos-containerizer');
builtBinary('deimos-observer-executor');
let bed: TestBed;
let agent: Agent;

function launchOf(id: string, command: string) {
  return sandboxedCommandTask(bed.workDir, id, command, { image: TEST_IMAGE_URL, resources: { cpus: 0.2, mem: 64 }, mesosExecutorPath: STANDIN_EXECUTOR_PATH });
}

const observerOut = (id: string) => path.join(bed.stateRoot, 'mesos', id, 'observer.out');

function observerPid(id: string): number | undefined {
  try {
    // `node <path>/deimos-observer-executor <id>`, not the stand-in executor whose own command line ends the same way.
    const out = execFileSync('pgrep', ['-f', `^(\\S*/)?node \\S*/deimos-observer-executor ${id}$`], { encoding: 'utf8' }).trim();
    return out ? Number(out.split('\n')[0]) : undefined;
  } catch {
    return undefined;
  }
}

beforeEach(() => {
  bed = TestBed.create();
  agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: STANDIN_LIBEXEC, env: bed.env() });
});
afterEach(() => {
  agent.killAll();
  bed.cleanup();
});

it('mirrors exit 5 through the executor and answers wait only after the observer ended', async () => {
  await agent.launch(launchOf('o-exit5', 'sleep 2; exit 5'));
  expect(await eventually(() => observerPid('o-exit5') !== undefined, 5000)).toBe(true);
  const t = await agent.wait('o-exit5');
  expect(t.status).toBe(5 << 8);
  // By the time wait answered, the executor had reported the task's end.
  const out = fs.readFileSync(observerOut('o-exit5'), 'utf8');
  expect(out).toContain('TASK_RUNNING');
  expect(out).toContain('TASK_FAILED exit=5');
  expect(observerPid('o-exit5')).toBeUndefined();
});

it('reports TASK_FINISHED for a task that exits 0', async () => {
  await agent.launch(launchOf('o-ok', 'true'));
  const t = await agent.wait('o-ok');
  expect(t.status).toBe(0);
  expect(fs.readFileSync(observerOut('o-ok'), 'utf8')).toContain('TASK_FINISHED');
});

it('stops the container when the observer gets SIGTERM, and wait then returns', async () => {
  await agent.launch(launchOf('o-term', 'sleep 60'));
  const errFile = path.join(bed.stateRoot, 'mesos', 'o-term', 'observer.err');
  expect(await eventually(() => fs.existsSync(errFile) && fs.readFileSync(errFile, 'utf8').includes('waiting for the container'), 5000)).toBe(true);
  const waiting = agent.wait('o-term');
  process.kill(observerPid('o-term')!, 'SIGTERM');
  const started = Date.now();
  const t = await waiting;
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(t.status).not.toBe(0);
  expect(fs.readFileSync(observerOut('o-term'), 'utf8')).toMatch(/TASK_FAILED exit=\d+/);
  expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
});

it('runs the task without an observer, with a warning, when no mesos-executor exists', async () => {
  const noExec = new Agent({ containerizer, workDir: bed.workDir, libexecDir: path.join(bed.dir, 'empty'), env: bed.env() });
  const launch = launchOf('o-none', 'exit 2');
  launch.executorInfo!.command!.value = '/nonexistent/mesos-executor';
  await noExec.launch(launch);
  const t = await noExec.wait('o-none');
  expect(t.status).toBe(2 << 8);
  expect(fs.readFileSync(path.join(launch.directory!, 'stderr'), 'utf8')).toContain('no mesos-executor found');
});

it('records the end itself when no agent wait is running, and exits with the task code', async () => {
  await agent.launch(launchOf('o-alone', 'sleep 1; exit 4'));
  expect(await eventually(() => observerPid('o-alone') !== undefined, 5000)).toBe(true);
  // Nobody calls wait: the observer finds the watcher gone and settles.
  expect(await eventually(() => observerPid('o-alone') === undefined, 20_000)).toBe(true);
  const termination = JSON.parse(fs.readFileSync(path.join(bed.stateRoot, 'mesos', 'o-alone', 'termination'), 'utf8')) as { source: string };
  expect(termination.source).toBe('observer');
  expect(fs.readFileSync(observerOut('o-alone'), 'utf8')).toContain('TASK_FAILED exit=4');
});
