import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Agent, invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { decode, encode } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// Recovery: the end of a container must be found even when its watcher died,
// and recover must reconcile our state with what Docker has.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
let agent: Agent;

function launchOf(id: string, command: string) {
  return sandboxedCommandTask(bed.workDir, id, command, { image: TEST_IMAGE_URL, resources: { cpus: 0.2, mem: 64 } });
}

const stateFile = (id: string, name: string) => path.join(bed.stateRoot, 'mesos', id, name);

/** SIGKILL the watcher: its shell and the docker client share a process group. */
function killWatcher(id: string): void {
  const pid = Number(fs.readFileSync(stateFile(id, 'watcher-pid'), 'utf8'));
  process.kill(-pid, 'SIGKILL');
}

async function waitOnce(id: string) {
  const r = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
  expect(r.exitCode).toBe(0);
  return decode('Termination', r.frame!);
}

beforeEach(() => {
  bed = TestBed.create();
  // no mesos-executor: no observer, so that wait itself finds the ends
  agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: path.join(bed.dir, 'no-libexec'), env: bed.env() });
});
afterEach(() => {
  agent.killAll();
  bed.cleanup();
});

it('still reports exit 9 after the watcher was SIGKILLed and recover ran', async () => {
  await agent.launch(launchOf('r-kill', 'sleep 4; exit 9'));
  killWatcher('r-kill');
  await agent.recover();
  expect(await agent.containerIds()).toEqual(['r-kill']);
  // The adopted watcher holds memory pressure counters too (cgroup v1 here).
  expect(await eventually(async () => (await agent.usage('r-kill')).memLowPressureCounter !== undefined, 3000, 100)).toBe(true);
  const t = await waitOnce('r-kill');
  expect(t.status).toBe(9 << 8);
});

it('finds the end itself when the watcher died and nobody ran recover', async () => {
  await agent.launch(launchOf('r-nowatch', 'sleep 2; exit 6'));
  killWatcher('r-nowatch');
  const t = await waitOnce('r-nowatch');
  expect(t.status).toBe(6 << 8);
  expect(fs.readFileSync(stateFile('r-nowatch', 'termination'), 'utf8')).toContain('"source":"wait"');
});

it('removes a labelled container that has no state', async () => {
  const name = `orphan-${process.pid}`;
  execFileSync('docker', [
    'run',
    '-d',
    '--name',
    name,
    '--label',
    'org.deimos.managed=true',
    '--label',
    `org.deimos.state-root=${bed.stateRoot}`,
    '--label',
    'org.deimos.mesos-container-id=ghost',
    'deimos-test/busybox',
    'sleep',
    '60',
  ]);
  expect(bed.containers()).toHaveLength(1);
  await agent.recover();
  expect(bed.containers()).toHaveLength(0);
});

it('records an end for a container removed behind our back, so that wait returns', async () => {
  await agent.launch(launchOf('r-gone', 'sleep 60'));
  killWatcher('r-gone');
  const cid = fs.readFileSync(stateFile('r-gone', 'cid'), 'utf8').trim();
  execFileSync('docker', ['rm', '-f', cid]);
  await agent.recover();
  expect(fs.readFileSync(stateFile('r-gone', 'exit'), 'utf8').trim()).toBe('64');
  const t = await waitOnce('r-gone');
  expect(t.status).toBe(64 << 8);
  expect(t.message).toMatch(/vanished/);
  expect(await agent.containerIds()).toEqual([]);
});

it('is idempotent and quick on a healthy state root', async () => {
  await agent.launch(launchOf('r-ok', 'sleep 30'));
  const started = Date.now();
  await agent.recover();
  await agent.recover();
  expect(Date.now() - started).toBeLessThan(5000);
  expect(await agent.containerIds()).toEqual(['r-ok']);
  expect(fs.existsSync(stateFile('r-ok', 'exit'))).toBe(false);
});
