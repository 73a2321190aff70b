import * as fs from 'node:fs';
import * as path from 'node:path';
import { invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// [hooks] through the built binary: onlaunch (at launch) and ondestroy
// (when the container has ended, here through destroy) both run with the
// environment we build (our PATH, HOME, LANG, DEIMOS_*), the task's
// variables only as data (MESOS_TASK_ENV_<NAME> and DEIMOS_TASK_ENV_FILE).
// The hook differential test is libs/lifecycle/src/hooks.int.spec.ts.

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

it("runs onlaunch and ondestroy with our environment and the task's variables as data", async () => {
  bed = TestBed.create('');
  const out = path.join(bed.dir, 'hooks');
  fs.mkdirSync(out);
  const hook = (name: string) => JSON.stringify(['/bin/sh', '-c', `cp "$DEIMOS_TASK_ENV_FILE" ${out}/${name}.file && env > ${out}/${name}.tmp && mv ${out}/${name}.tmp ${out}/${name}.env`]);
  fs.appendFileSync(bed.configFile, `[hooks]\nonlaunch: ${hook('onlaunch')}\nondestroy: ${hook('ondestroy')}\ntimeout_seconds: 20\n`);
  const id = 'hk-1';
  const launch = sandboxedCommandTask(bed.workDir, id, 'sleep 30', {
    image: TEST_IMAGE_URL,
    env: { HOOK_TEST: 'from the task', LD_PRELOAD: '/nonexistent/deimos-e2e.so', BASH_ENV: '/nonexistent/rc' },
  });
  const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
  expect([r.exitCode, r.stderr.includes(' ERROR ')]).toEqual([0, false]);
  expect(r.stderr).toMatch(/onlaunch-hook started \(pid \d+, at most 20 s, task environment safe\)/);
  expect(await eventually(() => fs.existsSync(path.join(out, 'onlaunch.env')))).toBe(true);
  expect(fs.existsSync(path.join(out, 'ondestroy.env'))).toBe(false);

  const d = await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: id } }), env: bed.env(), timeoutMs: 30_000 });
  expect(d.exitCode).toBe(0);
  expect(await eventually(() => fs.existsSync(path.join(out, 'ondestroy.env')))).toBe(true);
  const hooksLog = path.join(bed.stateRoot, 'mesos', id, 'hooks.log');
  expect(await eventually(() => (fs.readFileSync(hooksLog, 'utf8').match(/ exited 0$/gm) ?? []).length === 2)).toBe(true);
  expect(fs.readFileSync(hooksLog, 'utf8')).toMatch(/^\S+Z onlaunch-hook exited 0\n\S+Z ondestroy-hook exited 0\n$/);
  const stateDir = path.join(bed.stateRoot, 'mesos', id);
  const dockerId = fs.readFileSync(path.join(stateDir, 'cid'), 'utf8').trim();
  for (const name of ['onlaunch', 'ondestroy']) {
    const env = envOf(path.join(out, `${name}.env`));
    expect({ name, HOOK_TEST: env.HOOK_TEST, LD_PRELOAD: env.LD_PRELOAD, BASH_ENV: env.BASH_ENV }).toEqual({ name, HOOK_TEST: undefined, LD_PRELOAD: undefined, BASH_ENV: undefined });
    expect({
      name,
      PATH: env.PATH,
      LANG: env.LANG,
      DEIMOS_HOOK: env.DEIMOS_HOOK,
      DEIMOS_CONTAINER_ID: env.DEIMOS_CONTAINER_ID,
      DEIMOS_DOCKER_ID: env.DEIMOS_DOCKER_ID,
      DEIMOS_TASK_ENV: env.DEIMOS_TASK_ENV,
      DEIMOS_TASK_ENV_FILE: env.DEIMOS_TASK_ENV_FILE,
      DEIMOS_CONFIG: env.DEIMOS_CONFIG,
      MESOS_TASK_ENV_HOOK_TEST: env.MESOS_TASK_ENV_HOOK_TEST,
      MESOS_TASK_ENV_LD_PRELOAD: env.MESOS_TASK_ENV_LD_PRELOAD,
    }).toEqual({
      name,
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      LANG: 'C',
      DEIMOS_HOOK: name,
      DEIMOS_CONTAINER_ID: id,
      // Known once the container exists: after onlaunch.
      DEIMOS_DOCKER_ID: name === 'ondestroy' ? dockerId : undefined,
      DEIMOS_TASK_ENV: 'safe',
      DEIMOS_TASK_ENV_FILE: path.join(stateDir, 'task-env'),
      DEIMOS_CONFIG: bed.configFile,
      MESOS_TASK_ENV_HOOK_TEST: 'from the task',
      MESOS_TASK_ENV_LD_PRELOAD: '/nonexistent/deimos-e2e.so',
    });
    const file = fs.readFileSync(path.join(out, `${name}.file`), 'utf8');
    expect([name, file.split('\0').filter((e) => e.startsWith('HOOK_TEST=') || e.startsWith('LD_PRELOAD='))]).toEqual([name, ['HOOK_TEST=from the task', 'LD_PRELOAD=/nonexistent/deimos-e2e.so']]);
  }
});
