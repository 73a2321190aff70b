import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Agent, commandTaskLaunch, invoke, sandboxPath } from '@deimos/agent-emulator';
import { decode, encode } from '@deimos/protocol';
import { REPO_ROOT, TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// Restarting the Docker engine while a task runs: the engine stops the
// container on shutdown; recover and wait must report an end, nothing hangs.
// This test stops the machine's engine: run it with nothing else using Docker.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;

const engineUp = () => spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

afterAll(() => {
  if (!engineUp()) execFileSync('bash', [path.join(REPO_ROOT, 'tools/testbed/setup.sh')], { stdio: 'ignore' });
});

it('reports an end for a task that was running when the engine restarted', async () => {
  bed = TestBed.create('[docker.timeouts]\ncommand_seconds = 10\n');
  const agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env() });
  try {
    const directory = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: 't', containerId: 'e-restart' });
    fs.mkdirSync(directory, { recursive: true });
    await agent.launch(
      commandTaskLaunch({
        containerId: 'e-restart',
        taskId: 't',
        directory,
        slaveId: 's1',
        frameworkId: 'fw',
        command: 'exec sleep 300',
        image: TEST_IMAGE_URL,
        resources: { cpus: 0.1, mem: 32 },
        mesosExecutorPath: '/nonexistent/mesos-executor',
      }),
    );
    const waiting = invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: 'e-restart' } }), env: bed.env() });

    const pid = Number(execFileSync('pidof', ['dockerd'], { encoding: 'utf8' }).trim().split(/\s+/)[0]);
    process.kill(pid, 'SIGTERM');
    // Wait for the old engine to be gone entirely (it stops its containers first).
    const gone = () => spawnSync('kill', ['-0', String(pid)], { stdio: 'ignore' }).status !== 0;
    expect(await eventually(gone, 90_000, 200)).toBe(true);
    expect(engineUp()).toBe(false);
    execFileSync('bash', [path.join(REPO_ROOT, 'tools/testbed/setup.sh')], { stdio: 'ignore' });
    expect(engineUp()).toBe(true);

    const rec = await invoke({ containerizer, subcommand: 'recover', env: bed.env(), timeoutMs: 60_000 });
    expect(rec.exitCode).toBe(0);
    const r = await waiting;
    expect({ exit: r.exitCode, stderr: r.exitCode === 0 ? '' : r.stderr }).toEqual({ exit: 0, stderr: '' });
    const t = decode('Termination', r.frame!);
    expect(t.killed).toBe(false);
    expect(t.status).not.toBe(0); // stopped by the engine's shutdown
    const c = await invoke({ containerizer, subcommand: 'containers', env: bed.env() });
    expect(decode('Containers', c.frame!).containers).toEqual([]);
  } finally {
    agent.killAll();
    if (!engineUp()) execFileSync('bash', [path.join(REPO_ROOT, 'tools/testbed/setup.sh')], { stdio: 'ignore' });
    bed.cleanup();
  }
});
