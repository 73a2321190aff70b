import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Agent, customExecutorLaunch, invoke, sandboxPath, sandboxedCommandTask } from '@deimos/agent-emulator';
import { decode, encode } from '@deimos/protocol';
import { encodeFrame } from '@deimos/recordio';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// End-to-end: the built deimos-containerizer, driven exactly as a Mesos agent
// drives it (through the agent emulator), against the real Docker engine.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
let agent: Agent;

function sandboxFor(id: string, executorId: string): string {
  const dir = sandboxPath({ workDir: bed.workDir, slaveId: 'slave-1', frameworkId: 'fw-1', executorId, containerId: id });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function commandTask(id: string, command: string, extra: Parameters<typeof sandboxedCommandTask>[3] = {}) {
  return sandboxedCommandTask(bed.workDir, id, command, {
    taskId: `task-${id}`,
    slaveId: 'slave-1',
    frameworkId: 'fw-1',
    image: TEST_IMAGE_URL,
    resources: { cpus: 0.2, mem: 64 },
    ...extra,
  });
}

beforeEach(() => {
  bed = TestBed.create();
  agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: path.join(bed.dir, 'no-libexec'), env: bed.env() });
});
afterEach(() => {
  agent.killAll();
  bed.cleanup();
});

describe('command tasks on the real engine', () => {
  it('reports exit 3 as wait status 768 with the task output in the sandbox', async () => {
    const launch = commandTask('c-exit3', 'echo out; echo err >&2; exit 3');
    await agent.launch(launch);
    const t = await agent.wait('c-exit3');
    expect(t).toMatchObject({ killed: false, message: '', status: 768 });
    const sandbox = launch.directory!;
    expect(fs.readFileSync(path.join(sandbox, 'stdout'), 'utf8')).toContain('out');
    expect(fs.readFileSync(path.join(sandbox, 'stderr'), 'utf8')).toContain('err');
    // the agent appended our own log lines to the same stderr file
    expect(fs.readFileSync(path.join(sandbox, 'stderr'), 'utf8')).toContain('[c-exit3] launch //');
  });

  it('gives the same Termination to a second wait after the end', async () => {
    await agent.launch(commandTask('c-twice', 'exit 7'));
    const first = await agent.wait('c-twice');
    const again = await invoke({
      containerizer,
      subcommand: 'wait',
      input: encode('Wait', { containerId: { value: 'c-twice' } }),
      env: bed.env(),
    });
    expect(again.exitCode).toBe(0);
    expect(decode('Termination', again.frame!)).toMatchObject({ killed: first.killed, message: first.message, status: 7 << 8 });
  });

  it('runs a custom executor command in the container and reports its exit code', async () => {
    const launch = customExecutorLaunch({
      containerId: 'c-exec',
      executorId: 'exec-1',
      directory: sandboxFor('c-exec', 'exec-1'),
      slaveId: 'slave-1',
      frameworkId: 'fw-1',
      command: 'test -n "$MESOS_SLAVE_PID" && test "$MESOS_DIRECTORY" = /tmp/mesos-sandbox && echo in-container > /tmp/mesos-sandbox/marker; exit 4',
      image: TEST_IMAGE_URL,
      resources: { cpus: 0.2, mem: 64 },
    });
    await agent.launch(launch);
    const t = await agent.wait('c-exec');
    expect(t.status).toBe(4 << 8);
    expect(fs.readFileSync(path.join(launch.directory!, 'marker'), 'utf8')).toBe('in-container\n');
  });

  it('ends the wait of a destroyed sleep 60 within the grace period plus 5 s and leaves no container', async () => {
    await agent.launch(commandTask('c-sleep', 'sleep 60'));
    expect(await agent.containerIds()).toEqual(['c-sleep']);
    const waiting = agent.wait('c-sleep');
    const started = Date.now();
    const destroyed = await agent.destroy('c-sleep');
    expect(destroyed?.exitCode).toBe(0);
    await waiting;
    expect(Date.now() - started).toBeLessThan(2000 + 5000);
    expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
    expect(await agent.containerIds()).toEqual([]);
    // destroying an ended container succeeds
    const again = await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: 'c-sleep' } }), env: bed.env() });
    expect(again.exitCode).toBe(0);
  });

  it('reports each of eight parallel launches with its own exit code', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `c-par-${i}`);
    await Promise.all(ids.map((id, i) => agent.launch(commandTask(id, `sleep 1; exit ${10 + i}`))));
    const results = await Promise.all(ids.map((id) => agent.wait(id)));
    expect(results.map((t) => t.status)).toEqual(ids.map((_, i) => (10 + i) << 8));
  });

  it('lists only live containers of this state root', async () => {
    execFileSync('docker', ['run', '-d', '--label', 'deimos.test=stranger', '--name', `stranger-${process.pid}`, 'deimos-test/busybox', 'sleep', '30']);
    try {
      await agent.launch(commandTask('c-live', 'sleep 30'));
      await agent.launch(commandTask('c-done', 'exit 0'));
      await agent.wait('c-done');
      expect(await agent.containerIds()).toEqual(['c-live']);
    } finally {
      execFileSync('docker', ['rm', '-f', `stranger-${process.pid}`], { stdio: 'ignore' });
    }
  });
});

describe('bad input and configuration', () => {
  it('refuses a container id with ../ and creates nothing outside the state root', async () => {
    const sandbox = fs.mkdtempSync(path.join(bed.dir, 'sb-'));
    const launch = commandTask('ok', 'true', { directory: sandbox });
    launch.containerId = { value: '../escape' };
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox, env: bed.env() });
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(/container_id "\.\.\/escape" is not a safe container id/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(path.join(bed.stateRoot, '..', 'escape'))).toBe(false);
    expect(fs.existsSync(path.join(bed.stateRoot, 'mesos'))).toBe(false);
    expect(bed.containers()).toEqual([]);
  });

  it('fails every subcommand with the name of a broken config file', async () => {
    fs.writeFileSync(bed.configFile, '[state]\nroot /no/separator\n');
    for (const subcommand of ['containers', 'recover'] as const) {
      const r = await invoke({ containerizer, subcommand, env: bed.env() });
      expect(r.exitCode).toBe(16);
      expect(r.stderr).toContain(`${bed.configFile}:2:`);
    }
    for (const subcommand of ['wait', 'destroy', 'usage'] as const) {
      const msg =
        subcommand === 'wait'
          ? encode('Wait', { containerId: { value: 'x' } })
          : subcommand === 'destroy'
            ? encode('Destroy', { containerId: { value: 'x' } })
            : encode('Usage', { containerId: { value: 'x' } });
      const r = await invoke({ containerizer, subcommand, input: msg, env: bed.env() });
      expect(r.exitCode).toBe(16);
      expect(r.stderr).toContain(bed.configFile);
    }
  });

  it('fails truncated and garbled frames with one line and no stack trace', async () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['truncated prefix', Buffer.from([5, 0]), /length prefix/],
      ['truncated body', Buffer.concat([Buffer.from([10, 0, 0, 0]), Buffer.from('abc')]), /expected 10 bytes/],
      ['garbled body', encodeFrame(Buffer.from([0xff, 0xff, 0xff, 0xff])), /cannot decode Wait/],
    ];
    for (const [, bytes, pattern] of cases) {
      // stdin closes after the bytes here, so a short frame ends in EOF
      const r = spawnSync('/bin/sh', ['-c', `${containerizer} wait`], { input: bytes, env: { ...process.env, ...bed.env() } });
      const stderr = r.stderr.toString();
      expect(r.status).toBe(4);
      expect(stderr).toMatch(pattern);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('answers containers with one empty frame before any container exists, stdin left open', async () => {
    const r = await invoke({ containerizer, subcommand: 'containers', env: bed.env() });
    expect(r.exitCode).toBe(0);
    expect(r.stdout.equals(Buffer.from([0, 0, 0, 0]))).toBe(true);
  });
});
