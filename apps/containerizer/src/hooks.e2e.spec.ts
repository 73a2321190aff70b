import * as fs from 'node:fs';
import * as path from 'node:path';
import { invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// [hooks] through the built binary: onlaunch (at launch) and ondestroy
// (when the container has ended, here through destroy) both run with the
// task's environment and our PATH.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
afterEach(() => bed.cleanup());

function envOf(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

it('runs onlaunch and ondestroy with the task environment and a sane PATH', async () => {
  bed = TestBed.create('');
  const out = path.join(bed.dir, 'hooks');
  fs.mkdirSync(out);
  const hook = (name: string) => JSON.stringify(['/bin/sh', '-c', `env > ${out}/${name}.tmp && mv ${out}/${name}.tmp ${out}/${name}.env`]);
  fs.appendFileSync(bed.configFile, `[hooks]\nonlaunch: ${hook('onlaunch')}\nondestroy: ${hook('ondestroy')}\ntimeout_seconds: 20\n`);
  const id = 'hk-1';
  const launch = sandboxedCommandTask(bed.workDir, id, 'sleep 30', { image: TEST_IMAGE_URL, env: { HOOK_TEST: 'from the task' } });
  const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
  expect([r.exitCode, r.stderr.includes(' ERROR ')]).toEqual([0, false]);
  expect(r.stderr).toMatch(/onlaunch-hook started \(pid \d+, at most 20 s\)/);
  expect(await eventually(() => fs.existsSync(path.join(out, 'onlaunch.env')))).toBe(true);
  expect(fs.existsSync(path.join(out, 'ondestroy.env'))).toBe(false);

  const d = await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: id } }), env: bed.env(), timeoutMs: 30_000 });
  expect(d.exitCode).toBe(0);
  expect(await eventually(() => fs.existsSync(path.join(out, 'ondestroy.env')))).toBe(true);
  const hooksLog = path.join(bed.stateRoot, 'mesos', id, 'hooks.log');
  expect(await eventually(() => (fs.readFileSync(hooksLog, 'utf8').match(/ exited 0$/gm) ?? []).length === 2)).toBe(true);
  expect(fs.readFileSync(hooksLog, 'utf8')).toMatch(/^\S+Z onlaunch-hook exited 0\n\S+Z ondestroy-hook exited 0\n$/);
  for (const name of ['onlaunch', 'ondestroy']) {
    const env = envOf(path.join(out, `${name}.env`));
    expect([name, env.HOOK_TEST, env.PATH]).toEqual([name, 'from the task', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
  }
});
