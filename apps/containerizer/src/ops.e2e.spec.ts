import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Agent, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { encodeFrame } from '@deimos/recordio';
import { TEST_IMAGE_URL, TestBed, builtBinary } from '@deimos/testing';

// The operator subcommands: explain (what launch would do) and doctor.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;

beforeEach(() => {
  bed = TestBed.create();
});
afterEach(() => bed.cleanup());

function cli(args: string[], input?: Buffer) {
  const r = spawnSync(containerizer, args, { input, env: { ...process.env, ...bed.env() } });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

function launchOf(id: string) {
  return sandboxedCommandTask(bed.workDir, id, 'echo hi', {
    image: TEST_IMAGE_URL,
    options: ['--dns', '198.18.0.53'],
    env: { COLOR: 'blue' },
    resources: { cpus: 0.5, mem: 64, ports: [[31000, 31001]] },
  });
}

it('explains exactly the docker argv that launch then runs, starting nothing', async () => {
  const launch = launchOf('x-1');
  const r = cli(['explain', '--json'], encodeFrame(encode('Launch', launch)));
  expect(r.status).toBe(0);
  const plan = JSON.parse(r.stdout);
  expect(plan.image).toBe('deimos-test/busybox:latest');
  expect(plan.environment).toMatchObject({ COLOR: 'blue', TASK_INFO: 't-x-1' });
  // the image exposes 8080 and 9090: the two allocated ports pair with them
  expect(plan.ports).toEqual([
    { host: '31000', container: '8080/tcp' },
    { host: '31001', container: '9090/tcp' },
  ]);
  expect(plan.mounts[0]).toMatchObject({ target: '/tmp/mesos-sandbox' });
  expect(fs.existsSync(path.join(bed.stateRoot, 'mesos', 'x-1'))).toBe(false);
  expect(bed.containers()).toEqual([]);

  const agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env() });
  await agent.launch(launch);
  await agent.wait('x-1');
  const ran = JSON.parse(fs.readFileSync(path.join(bed.stateRoot, 'mesos', 'x-1', 'argv'), 'utf8'));
  expect(plan.argv).toEqual(ran);
});

it('reads the Launch from a file and prints a readable plan', () => {
  const file = path.join(bed.dir, 'launch.bin');
  fs.writeFileSync(file, encode('Launch', launchOf('x-2')));
  const r = cli(['explain', '--file', file]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^docker      docker create --name=deimos-x-2 /m);
  expect(r.stdout).toContain('host 31000 -> container 8080/tcp');
  expect(r.stdout).toMatch(/^  HostConfig.CpuShares: 512$/m);
});

it('explains a refusal by the policy with the same message launch gives', () => {
  const launch = launchOf('x-3');
  launch.taskInfo!.command!.container!.options = ['--privileged'];
  const r = cli(['explain'], encodeFrame(encode('Launch', launch)));
  expect(r.status).toBe(4);
  expect(r.stderr).toMatch(/launch refused: --privileged .* host access "privileged" is not allowed by \[policy\] allow_host_access/);
});

it('doctor reports one line per check and succeeds on this host', () => {
  // a running container for the cgroup parsers to read (removed by bed.cleanup)
  execFileSync('docker', ['run', '-d', '--label', `org.deimos.state-root=${bed.stateRoot}`, 'deimos-test/busybox', 'sleep', '30']);
  const r = cli(['doctor']);
  expect(r.stdout).toMatch(/^ok\s+config\s+\S+deimos.cfg loaded$/m);
  expect(r.stdout).toMatch(/^ok\s+docker\s+engine \S+ answers$/m);
  expect(r.stdout).toMatch(/^ok\s+cgroups\s+(v1|v2|hybrid) layout; read container [0-9a-f]{12}: cpus_limit/m);
  expect(r.stdout).toMatch(/^ok\s+registry\s+no \[docker.index\] dockercfg/m);
  expect(r.stdout).toMatch(/^ok\s+state\s+.* is writable$/m);
  expect(r.stdout).toMatch(/^WARN\s+mesos-executor\s+.*\(fix: /m);
  expect(r.stdout).toMatch(/^(ok|WARN)\s+inotify\s+\d+ of \d+ instances in use: room for \d+ more observers/m);
  expect(r.stdout).toMatch(/^ok\s+midonet\s+not configured/m);
  expect(r.stdout.trim().split('\n')).toHaveLength(9);
  expect(r.status).toBe(0);
});

it('doctor fails, with a fix, when the state root cannot be written', () => {
  fs.writeFileSync(path.join(bed.dir, 'a-file'), '');
  fs.writeFileSync(bed.configFile, `[state]\nroot = ${path.join(bed.dir, 'a-file', 'state')}\n`);
  const r = cli(['doctor']);
  expect(r.stdout).toMatch(/^FAIL\s+state\s+.*\(fix: set \[state\] root/m);
  // A failed check is a known failure (4), not an unexpected one (8).
  expect(r.status).toBe(4);
  expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/1 check\(s\) failed.*each FAIL line above says its fix/)]);
});
