import * as fs from 'node:fs';
import * as path from 'node:path';
import { Agent, invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { STANDIN_LIBEXEC, TEST_IMAGE_URL, TestBed, builtBinary } from '@deimos/testing';

// A command task's mesos-executor that does not exit after its container
// ended (the stand-in with STANDIN_EXECUTOR_HANG=1 ignores SIGTERM and
// loops): wait stops it after [containers] executor_grace_seconds with
// SIGTERM, then SIGKILL, logs each step, and answers.

const containerizer = builtBinary('deimos-containerizer');
const GRACE = 2;
let bed: TestBed;
let agent: Agent;

afterEach(() => {
  agent?.killAll();
  bed?.cleanup();
});

/** Running (a zombie waiting for its reaper is not). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

it('kills a mesos-executor that ignores SIGTERM, and wait returns within grace + 5 s', async () => {
  bed = TestBed.create(`[containers]\nexecutor_grace_seconds: ${GRACE}\n`);
  agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: STANDIN_LIBEXEC, env: bed.env({ STANDIN_EXECUTOR_HANG: '1', LIBPROCESS_IP: '127.0.0.1' }) });
  const id = 'ex-hang';
  const launch = sandboxedCommandTask(bed.workDir, id, 'exit 0', { image: TEST_IMAGE_URL, mesosExecutorPath: path.join(STANDIN_LIBEXEC, 'mesos-executor') });
  await agent.launch(launch);
  const stateFile = (name: string) => fs.readFileSync(path.join(bed.stateRoot, 'mesos', id, name), 'utf8');
  const executorPid = Number(stateFile('executor-pid').split(' ')[0]);
  expect(executorPid).toBeGreaterThan(1);
  const started = Date.now();
  const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env(), timeoutMs: 60_000 });
  const took = Date.now() - started;
  expect(w.exitCode).toBe(0);
  expect(w.stderr).toMatch(new RegExp(`mesos-executor pid ${executorPid} still running ${GRACE} s after the container ended: SIGTERM`));
  expect(w.stderr).toMatch(new RegExp(`mesos-executor pid ${executorPid} still running 1 s after SIGTERM: SIGKILL`));
  expect(w.stderr).toMatch(new RegExp(`mesos-executor pid ${executorPid} ended after SIGKILL`));
  expect(took).toBeLessThan((GRACE + 5) * 1000);
  // It did hang: wait waited the grace out before acting.
  expect(took).toBeGreaterThanOrEqual(GRACE * 1000 - 500);
  expect(stateFile('observer.err')).toContain('hanging (STANDIN_EXECUTOR_HANG=1)');
  expect(alive(executorPid)).toBe(false);
});
