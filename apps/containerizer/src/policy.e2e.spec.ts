import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { formatPlatform, parseEngineInfo } from '@deimos/docker';
import { encode, type ContainerInfo } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary } from '@deimos/testing';

// Operator policy through the built binary: a refused launch names the
// option and the [policy] key, exits non-zero, and starts nothing.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;

beforeEach(() => {
  bed = TestBed.create('[policy]\nallowed_volume_paths: ["/srv/deimos-test-data"]\nallowed_images: ["deimos-test/"]\n');
});
afterEach(() => bed.cleanup());

async function launchWith(id: string, extra: { options?: string[]; dockerInfo?: ContainerInfo; image?: string }) {
  const launch = sandboxedCommandTask(bed.workDir, id, 'true', {
    image: extra.dockerInfo ? undefined : (extra.image ?? TEST_IMAGE_URL),
    options: extra.options,
    dockerInfo: extra.dockerInfo,
    // A ContainerInfo's privileged flag exists from 0.22: a 0.20 agent
    // would drop it, so such launches come from a 1.0 agent.
    ...(extra.dockerInfo ? { version: '1.0' as const } : {}),
  });
  return invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
}

const cases: Array<[string, { options?: string[]; dockerInfo?: ContainerInfo; image?: string }, RegExp]> = [
  [
    'privileged option',
    { options: ['--privileged'] },
    /--privileged \(from task_info.command.container.options\) gives the container privileged mode: host access "privileged" is not allowed by \[policy\] allow_host_access/,
  ],
  ['host pid namespace', { options: ['--pid=host'] }, /--pid host .* host access "host-pid" is not allowed by \[policy\] allow_host_access/],
  ['host network', { options: ['--net', 'host'] }, /--net host .* host access "host-network" is not allowed by \[policy\] allow_host_access/],
  ['capability', { options: ['--cap-add=SYS_ADMIN'] }, /--cap-add SYS_ADMIN .* host access "capabilities" .* \[policy\] allow_host_access/],
  ['bind mount of /', { options: ['-v', '/:/host'] }, /-v \/:\/host .* bind-mounts host path \/, which is not allowed by \[policy\] allowed_volume_paths/],
  // The old tokenizer's bypasses: bundled shorthands ending in -v.
  ['a bind of / bundled after booleans', { options: ['-itv/:/host'] }, /-v \/:\/host \(from task_info.command.container.options, written "-itv\/:\/host"\) bind-mounts host path \//],
  ['a bind of / bundled with -v=', { options: ['-tiPv=/:/host'] }, /-v \/:\/host \(from task_info.command.container.options, written "-tiPv=\/:\/host"\) bind-mounts host path \//],
  ['the engine socket after -v=', { options: ['-v=/var/run/docker.sock:/s'] }, /bind-mounts host path \/var\/run\/docker.sock/],
  ['bind mount outside the allowed list', { options: ['-v', '/etc:/e'] }, /host path \/etc, which is not allowed by \[policy\] allowed_volume_paths/],
  ['DockerInfo privileged', { dockerInfo: { type: 1, docker: { image: 'deimos-test/busybox:latest', privileged: true } } as ContainerInfo }, /--privileged \(from container.docker.privileged\)/],
  // Docker keeps the last value of a repeated option: a hostile last one is judged and named.
  ['privileged as the last of a repeat', { options: ['--privileged=false', '--privileged'] }, /--privileged \(from task_info.command.container.options\) gives the container privileged mode/],
  [
    'a runtime other than the engine default',
    { options: ['--runtime', 'runc', '--runtime=io.containerd.runc.v2'] },
    /--runtime io.containerd.runc.v2 .* \(the engine's default is runc\): host access "runtime"/,
  ],
  ['image outside the allow list', { image: 'docker:///busybox:latest' }, /image busybox:latest is not allowed by \[policy\] allowed_images/],
];

it.each(cases)('refuses %s, naming the option and the key, and starts nothing', async (_what, extra, pattern) => {
  const id = `p-${Math.random().toString(36).slice(2, 8)}`;
  const r = await launchWith(id, extra);
  expect(r.exitCode).toBe(4);
  expect(r.stderr).toMatch(pattern);
  // One line, besides the bed's DEBUG lines (a refusal that needed the engine's defaults logs asking for them).
  expect(
    r.stderr
      .trim()
      .split('\n')
      .filter((l) => !/ DEBUG /.test(l)),
  ).toHaveLength(1);
  expect(fs.existsSync(path.join(bed.stateRoot, 'mesos', id))).toBe(false);
  expect(bed.containers()).toEqual([]);
});

it('lets an allowed bind mount through', async () => {
  fs.mkdirSync('/srv/deimos-test-data', { recursive: true });
  const r = await launchWith('p-allowed', { options: ['-v', '/srv/deimos-test-data:/data:ro'] });
  expect(r.exitCode).toBe(0);
});

it('creates what Docker keeps of repeated options, and takes values the engine has anyway (asked with docker info)', async () => {
  const info = parseEngineInfo(JSON.parse(execFileSync('docker', ['info', '--format', '{{json .}}'], { encoding: 'utf8' })));
  const options = ['--privileged', '--privileged=false', '--ipc', 'host', '--ipc', 'private', '--uts=host', '--uts=', '--runtime', info.runtime, '--volume-driver=local'];
  if (info.platform) options.push('--platform', formatPlatform(info.platform));
  if (info.cgroupns === 'host') options.push('--cgroupns', 'host');
  const r = await launchWith('p-repeats', { options });
  expect([r.exitCode, r.stderr.match(/launch refused.*/)?.[0]]).toEqual([0, undefined]);
  const [id] = bed.containers();
  const host = JSON.parse(execFileSync('docker', ['inspect', '--format', '{{json .HostConfig}}', id], { encoding: 'utf8' })) as Record<string, unknown>;
  expect([host.Privileged, host.IpcMode, host.UTSMode, host.Runtime, host.VolumeDriver]).toEqual([false, 'private', '', info.runtime, 'local']);
});

it('runs the task as Launch.user inside the container when [containers] run_as_user allows it', async () => {
  fs.appendFileSync(bed.configFile, '[containers]\nrun_as_user = true\n');
  const id = 'p-user';
  const launch = sandboxedCommandTask(bed.workDir, id, 'id -u', { image: TEST_IMAGE_URL, user: 'nobody' });
  const directory = launch.directory!;
  fs.chmodSync(directory, 0o777);
  const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: directory, env: bed.env() });
  expect(r.exitCode).toBe(0);
  const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
  expect(w.exitCode).toBe(0);
  expect(fs.readFileSync(path.join(directory, 'stdout'), 'utf8').trim()).toBe('65534');
});
