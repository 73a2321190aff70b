import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Agent, invoke, resourcesOf, sandboxedCommandTask } from '@deimos/agent-emulator';
import { decode, encode } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// An empty `exit` file (the reference could leave one after a crash) is no
// end, for every call: each reads the end through ContainerState.ended()
// in @deimos/state. Before that, usage, update and recover read any `exit`
// file as an end, while containers and the sweep did not.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
let agent: Agent;

const stateFile = (id: string, name: string) => path.join(bed.stateRoot, 'mesos', id, name);
const call = (subcommand: 'usage' | 'update' | 'destroy' | 'recover', message?: Parameters<typeof encode>) =>
  invoke({ containerizer, subcommand, ...(message ? { input: encode(...message) } : {}), env: bed.env() });

async function launchWithEmptyExit(id: string): Promise<void> {
  await agent.launch(sandboxedCommandTask(bed.workDir, id, 'sleep 60', { image: TEST_IMAGE_URL, resources: { cpus: 0.2, mem: 48 } }));
  fs.writeFileSync(stateFile(id, 'exit'), '');
}

beforeEach(() => {
  bed = TestBed.create();
  // no mesos-executor: no observer
  agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: path.join(bed.dir, 'no-libexec'), env: bed.env() });
});
afterEach(() => {
  agent.killAll();
  bed.cleanup();
});

describe('a running container with an empty exit file', () => {
  it('usage reports its statistics', async () => {
    await launchWithEmptyExit('e-usage');
    const r = await call('usage', ['Usage', { containerId: { value: 'e-usage' } }]);
    expect(r.exitCode).toBe(0);
    expect(Number(decode('ResourceStatistics', r.frame!).memLimitBytes)).toBe(48 * 1048576);
  });

  it('update applies the new limits', async () => {
    await launchWithEmptyExit('e-update');
    const r = await call('update', ['Update', { containerId: { value: 'e-update' }, resources: resourcesOf({ cpus: 0.2, mem: 96 }) }]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/update \/\/ .*--memory 100663296/);
    expect(execFileSync('docker', ['inspect', '-f', '{{.HostConfig.Memory}}', `deimos-e-update`], { encoding: 'utf8' }).trim()).toBe('100663296');
  });

  it('containers lists it', async () => {
    await launchWithEmptyExit('e-list');
    expect(await agent.containerIds()).toEqual(['e-list']);
  });

  it('wait keeps waiting, and answers with the end once there is one', async () => {
    await launchWithEmptyExit('e-wait');
    const waiting = agent.wait('e-wait');
    const early = await Promise.race([waiting.then(() => 'answered'), new Promise((r) => setTimeout(() => r('waiting'), 1500))]);
    expect(early).toBe('waiting');
    await call('destroy', ['Destroy', { containerId: { value: 'e-wait' } }]);
    const t = await waiting;
    expect(t.status).toBe(137 << 8);
  });

  it('destroy stops it and records its end', async () => {
    await launchWithEmptyExit('e-destroy');
    const r = await call('destroy', ['Destroy', { containerId: { value: 'e-destroy' } }]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/destroy \/\/ docker stop/);
    expect(fs.readFileSync(stateFile('e-destroy', 'exit'), 'utf8').trim()).not.toBe('');
    expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
  });
});

it('recover settles a container with an empty exit file whose watcher died and whose container ended', async () => {
  await launchWithEmptyExit('e-recover');
  const pid = Number(fs.readFileSync(stateFile('e-recover', 'watcher-pid'), 'utf8'));
  process.kill(-pid, 'SIGKILL');
  execFileSync('docker', ['kill', 'deimos-e-recover'], { stdio: 'ignore' });
  const r = await call('recover');
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toMatch(/recover \/\/ adopted 0, recorded 1 ends/);
  expect(fs.readFileSync(stateFile('e-recover', 'exit'), 'utf8').trim()).toBe('137');
});
