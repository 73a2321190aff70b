import type { Launch } from '@deimos/protocol';
import { exposedPortsOf, imageCommandOf, parseContainerInspect, parseEngineInfo } from './inspect';
import { HOLD_SCRIPT, buildContainerModel, cpuShares, ownLabels, pairPorts, type CreateContext } from './container';
import { createArgs, createBody } from './options/render';
import { familiarImageName, parseImageRef, parseImageUrl, splitRegistry, validateImageRef } from './image';
import { commandArgv, interpretLaunch, splitOnDoubleSlash, type ContainerSettings } from './interpret';

const settings: ContainerSettings = {
  ignoreTaskImage: false,
  defaultOptions: [],
  appendOptions: [],
  ignoreTaskOptions: false,
  workdir: '/tmp/mesos-sandbox',
};

const scalar = (name: string, value: number) => ({ name, type: 0, scalar: { value } });

function commandTask(over: Partial<{ value: string; image: string; options: string[]; env: Array<[string, string]> }> = {}): Launch {
  return {
    containerId: { value: 'c-1' },
    directory: '/var/lib/mesos/slaves/s/frameworks/f/executors/t1/runs/c-1',
    taskInfo: {
      name: 'my-task',
      taskId: { value: 't1' },
      slaveId: { value: 's' },
      resources: [scalar('cpus', 0.5), scalar('mem', 64), { name: 'ports', type: 1, ranges: { range: [{ begin: 31000, end: 31002 }] } }],
      command: {
        value: over.value ?? 'echo hi',
        container: over.image ? { image: over.image, options: over.options ?? [] } : undefined,
        environment: { variables: (over.env ?? [['A', '1']]).map(([name, value]) => ({ name, value })) },
      },
    },
    executorInfo: {
      executorId: { value: 't1' },
      frameworkId: { value: 'f' },
      command: { value: '/usr/libexec/mesos/mesos-executor' },
      resources: [scalar('cpus', 0.1), scalar('mem', 32)],
    },
  } as Launch;
}

const ctx: CreateContext = {
  name: 'deimos-c-1',
  labels: ownLabels('c-1', '/tmp/deimos'),
  sandboxLink: '/tmp/deimos/mesos/c-1/fs',
  workdir: '/tmp/mesos-sandbox',
  exposedPorts: [8080],
  noNetwork: false,
  hardCpuLimits: false,
  extraEnv: [],
};

describe('image URLs', () => {
  it('reads docker:///name:tag and docker://name', () => {
    expect(parseImageUrl('docker:///busybox:1.36')).toBe('busybox:1.36');
    expect(parseImageUrl('docker://registry.example:5000/team/app:2')).toBe('registry.example:5000/team/app:2');
  });
  it('quotes a malformed URL in the error', () => {
    expect(() => parseImageUrl('http://busybox')).toThrow('container image "http://busybox" is not a docker:/// URL');
    expect(() => validateImageRef('bad image', 'f')).toThrow('f "bad image" is not a valid Docker image reference');
  });
});

describe("one reading of an image name (the engine's), for the policy and the pull", () => {
  it.each([
    ['busybox', { registry: 'docker.io', explicit: false, path: ['library', 'busybox'] }, 'busybox:latest'],
    ['index.docker.io/library/busybox:1', { registry: 'docker.io', explicit: true, path: ['library', 'busybox'], tag: '1' }, 'busybox:1'],
    ['team/app:2', { registry: 'docker.io', explicit: false, path: ['team', 'app'], tag: '2' }, 'team/app:2'],
    ['localhost:5000/app', { registry: 'localhost:5000', explicit: true, path: ['app'] }, 'localhost:5000/app:latest'],
    [
      'Registry.Example/a/b@sha256:' + 'a'.repeat(64),
      { registry: 'Registry.Example', explicit: true, path: ['a', 'b'], digest: 'sha256:' + 'a'.repeat(64) },
      'Registry.Example/a/b@sha256:' + 'a'.repeat(64),
    ],
  ])('%s', (text, parts, familiar) => {
    const ref = parseImageRef(validateImageRef(text, 'image'));
    expect(ref).toEqual(parts);
    expect(familiarImageName(ref)).toBe(familiar);
    // The pull's credentials are looked up for the same registry.
    expect(splitRegistry(text).host).toBe(parts.registry);
  });

  it.each([
    ['Busybox', 'its repository name is not lower-case'],
    ['team/App', 'its repository name is not lower-case'],
    ['MyRegistry/app', 'its registry host "MyRegistry" is not a host name'],
    ['busybox:-x', 'its tag is not'],
    ['a\u0000b', 'is not a valid Docker image reference'],
    ['x@sha256:12', 'its digest is not algorithm:hex'],
  ])('refuses %s as the engine does, saying why', (text, why) => {
    expect(() => validateImageRef(text, 'image')).toThrow(why);
  });

  it('escapes what it quotes', () => {
    expect(() => validateImageRef('a\u0000b', 'image')).toThrow('image "a\\u0000b" is not');
  });
});

describe('interpretLaunch', () => {
  it('runs a command task as sh -c with the TaskInfo resources', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox' }), settings, {});
    expect(spec.kind).toBe('command');
    expect(spec.command).toEqual(['sh', '-c', 'echo hi']);
    expect(spec.cpus).toBe(0.5);
    expect(spec.memMb).toBe(64);
    expect(spec.image).toBe('busybox');
    expect(spec.env).toEqual([
      ['A', '1'],
      ['TASK_INFO', 'my-task'],
    ]);
    expect(spec.executorCommand).toBe('/usr/libexec/mesos/mesos-executor');
  });
  it('replaces the command with the argv after // in the options', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox', options: ['-m', '1g', '//', 'echo', 'x'] }), settings, {});
    expect(spec.optionGroups).toEqual([{ source: 'task_info.command.container.options', words: ['-m', '1g'], fromTask: true }]);
    expect(spec.command).toEqual(['echo', 'x']);
  });
  it('takes the image from config, then the agent default, in that order', () => {
    expect(interpretLaunch(commandTask(), { ...settings, defaultImage: 'docker:///cfg' }, { MESOS_DEFAULT_CONTAINER_IMAGE: 'docker:///agent' }).image).toBe('cfg');
    expect(interpretLaunch(commandTask(), settings, { MESOS_DEFAULT_CONTAINER_IMAGE: 'docker:///agent' }).image).toBe('agent');
    expect(() => interpretLaunch(commandTask(), settings, {})).toThrow(/names no Docker image/);
  });
  it('ignores the task image and options when configured to', () => {
    const spec = interpretLaunch(
      commandTask({ image: 'docker:///task', options: ['--foo'] }),
      { ...settings, ignoreTaskImage: true, defaultImage: 'cfg:1', ignoreTaskOptions: true, defaultOptions: ['--d'], appendOptions: ['--a'] },
      {},
    );
    expect(spec.image).toBe('cfg:1');
    expect(spec.optionGroups).toEqual([
      { source: '[containers.options] default', words: ['--d'], fromTask: false },
      { source: '[containers.options] append', words: ['--a'], fromTask: false },
    ]);
  });
  it('runs the executor command for a custom executor, with its resources', () => {
    const launch = {
      containerId: { value: 'c-2' },
      executorInfo: {
        executorId: { value: 'ex' },
        name: 'exec',
        command: { value: 'exit 4', container: { image: 'docker:///busybox' } },
        resources: [scalar('cpus', 1), scalar('mem', 128)],
      },
    } as Launch;
    const spec = interpretLaunch(launch, settings, {});
    expect(spec.kind).toBe('executor');
    expect(spec.command).toEqual(['sh', '-c', 'exit 4']);
    expect(spec.cpus).toBe(1);
    expect(spec.executorId).toBe('ex');
  });
  it('reads the new DockerInfo: network, mappings, volumes, privileged, parameters', () => {
    const launch = commandTask();
    launch.taskInfo!.container = {
      type: 1,
      volumes: [{ containerPath: '/data', hostPath: '/srv/data', mode: 2 }],
      docker: {
        image: 'busybox:latest',
        network: 2,
        portMappings: [{ hostPort: 31000, containerPort: 80, protocol: 'tcp' }],
        privileged: true,
        parameters: [{ key: 'ulimit', value: 'nofile=1024' }],
        forcePullImage: true,
      },
    } as never;
    const spec = interpretLaunch(launch, settings, {});
    expect(spec.image).toBe('busybox:latest');
    expect(spec.network).toBe('bridge');
    expect(spec.forcePull).toBe(true);
    const m = buildContainerModel(spec, ctx);
    expect([m.network, m.privileged, m.ulimits]).toEqual(['bridge', true, [{ Name: 'nofile', Soft: 1024, Hard: 1024 }]]);
    expect(m.portBindings['80/tcp']).toEqual([{ HostIp: '', HostPort: '31000' }]);
    expect(m.binds.map((b) => b.text)).toContain('/srv/data:/data:ro');
  });
  it('refuses bad environment names, volume paths and URIs, naming the field', () => {
    expect(() => interpretLaunch(commandTask({ image: 'docker:///b', env: [['BAD-NAME', 'x']] }), settings, {})).toThrow('task_info.command has an environment variable named "BAD-NAME"');
    const l = commandTask({ image: 'docker:///b' });
    l.taskInfo!.command!.uris = [{ value: 'javascript:alert(1)' }];
    expect(() => interpretLaunch(l, settings, {})).toThrow(/uris\[0\] "javascript:alert\(1\)"/);
    const v = commandTask();
    v.taskInfo!.container = { type: 1, docker: { image: 'b' }, volumes: [{ containerPath: '/x', hostPath: '/a/../etc', mode: 1 }] } as never;
    expect(() => interpretLaunch(v, settings, {})).toThrow(/volumes\[0\].host_path/);
  });
});

describe('buildContainerModel', () => {
  it('sets name-independent fields as the reference did: labels, sandbox, resources, ports, env, image, command', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox' }), settings, {});
    const m = buildContainerModel(spec, ctx);
    expect(m.labels).toEqual({ 'org.deimos.managed': 'true', 'org.deimos.mesos-container-id': 'c-1', 'org.deimos.state-root': '/tmp/deimos' });
    expect(m.workdir).toBe('/tmp/mesos-sandbox');
    expect(m.binds.map((b) => b.text)).toEqual(['/tmp/deimos/mesos/c-1/fs:/tmp/mesos-sandbox']);
    expect([m.cpuShares, m.memory]).toEqual([512, 64 * 1024 * 1024]);
    expect(m.portBindings).toEqual({ '8080/tcp': [{ HostIp: '', HostPort: '31000' }], '31001/tcp': [{ HostIp: '', HostPort: '31001' }], '31002/tcp': [{ HostIp: '', HostPort: '31002' }] });
    expect(m.env).toEqual(['A=1', 'TASK_INFO=my-task']);
    expect([m.image, m.cmd]).toEqual(['busybox', ['sh', '-c', 'echo hi']]);
    // The argv rendering: every option in --name=value form, `--` before the image.
    expect(createArgs(m, 'deimos-c-1').slice(-5)).toEqual(['--', 'busybox', 'sh', '-c', 'echo hi']);
    expect(createArgs(m, 'deimos-c-1')[0]).toBe('--name=deimos-c-1');
  });
  it('sets network none for MidoNet and a CFS quota for hard limits', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox' }), settings, {});
    const m = buildContainerModel(spec, { ...ctx, noNetwork: true, hardCpuLimits: true });
    expect([m.network, m.nanoCpus]).toEqual(['none', 500_000_000]);
    expect(createBody(m)).toMatchObject({ HostConfig: { NetworkMode: 'none', NanoCpus: 500_000_000, CpuShares: 512 } });
  });
  it('applies task options through the one parser, in the CLI order (later values win, lists add up)', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox', options: ['-itm64m', '--memory=32m', '-eX=1', '-w=/w'] }), settings, {});
    const m = buildContainerModel(spec, ctx);
    expect([m.interactive, m.tty, m.workdir]).toEqual([true, true, '/w']);
    // Our own resources come last, as the reference argv had them.
    expect(m.memory).toBe(64 * 1024 * 1024);
    expect(m.env).toEqual(['X=1', 'A=1', 'TASK_INFO=my-task']);
  });
  it('gives the engine the resolved path of each bind the task wrote, never its text (body, argv and --mount alike)', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox', options: ['-v', '/srv/data/link:/a:ro', '--mount=type=bind,src=/srv/data/link,dst=/b'] }), settings, {});
    const hostBinds = [
      { written: '/srv/data/link', mounted: '/srv/data/real', target: '/a' },
      { written: '/srv/data/link', mounted: '/srv/data/real', target: '/b' },
    ];
    const m = buildContainerModel(spec, { ...ctx, hostBinds });
    const body = createBody(m) as { HostConfig: { Binds: string[]; Mounts: Array<{ Source: string }> } };
    expect(body.HostConfig.Binds).toEqual(['/tmp/deimos/mesos/c-1/fs:/tmp/mesos-sandbox', '/srv/data/real:/a:ro']);
    expect(body.HostConfig.Mounts.map((x) => x.Source)).toEqual(['/srv/data/real']);
    const argv = createArgs(m);
    expect(argv).toContain('--volume=/srv/data/real:/a:ro');
    expect(argv).toContain('--mount=type=bind,source=/srv/data/real,target=/b');
    expect(argv.join(' ')).not.toContain('/srv/data/link');
  });
  it('refuses an option the model does not know, naming it and the key that lets it through', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox', options: ['--gpus=all'] }), settings, {});
    expect(() => buildContainerModel(spec, ctx)).toThrow('launch refused: --gpus=all (from task_info.command.container.options) is not modelled yet');
    expect(buildContainerModel(spec, { ...ctx, passThrough: ['--gpus'] }).passThrough.map((o) => o.value)).toEqual(['all']);
  });
});

describe('holding a MidoNet task until its network is wired', () => {
  it('wraps ENTRYPOINT + command in a shell loop that waits for the marker', () => {
    const spec = interpretLaunch(commandTask({ image: 'docker:///busybox' }), settings, {});
    const m = buildContainerModel(spec, {
      ...ctx,
      noNetwork: true,
      holdUntil: { file: '/tmp/mesos-sandbox/.ready', imageEntrypoint: ['/init'], imageCmd: ['serve'] },
    });
    expect([m.network, m.entrypoint]).toEqual(['none', ['/bin/sh']]);
    expect(m.env).toContain('DEIMOS_HOLD_FILE=/tmp/mesos-sandbox/.ready');
    expect(m.cmd).toEqual(['-c', HOLD_SCRIPT, 'deimos-hold', '/init', 'sh', '-c', 'echo hi']);
  });
  it("runs the image's own command when the task gives none", () => {
    const launch = commandTask({ image: 'docker:///busybox', value: '' });
    const spec = interpretLaunch(launch, settings, {});
    const m = buildContainerModel(spec, { ...ctx, holdUntil: { file: '/f', imageEntrypoint: [], imageCmd: ['/bin/sh'] } });
    expect(m.cmd?.slice(-2)).toEqual(['deimos-hold', '/bin/sh']);
  });
});

describe('small helpers', () => {
  it('computes CPU shares as int(cpus*1024) with a floor of 2', () => {
    expect(cpuShares(0.5)).toBe(512);
    expect(cpuShares(0.001)).toBe(2);
  });
  it('pairs allocated ports with exposed ones, then p:p', () => {
    expect(pairPorts([1, 2, 3], [80, 443])).toEqual([
      [1, 80],
      [2, 443],
      [3, 3],
    ]);
  });
  it('reads entrypoint and cmd from docker image inspect', () => {
    expect(imageCommandOf([{ Config: { Entrypoint: null, Cmd: ['/bin/sh'] } }])).toEqual({ entrypoint: [], cmd: ['/bin/sh'] });
  });
  it('reads exposed ports from docker image inspect', () => {
    expect(exposedPortsOf([{ Config: { ExposedPorts: { '9090/tcp': {}, '8080/tcp': {} } } }])).toEqual([8080, 9090]);
    expect(exposedPortsOf([{ Config: {} }])).toEqual([]);
  });
  it('reads a container state from docker inspect', () => {
    const s = parseContainerInspect([{ Id: 'abc', State: { Status: 'exited', Running: false, Pid: 0, ExitCode: 137, OOMKilled: true, Error: '' }, Config: { Labels: { a: 'b' } } }]);
    expect(s).toMatchObject({ id: 'abc', status: 'exited', exitCode: 137, oomKilled: true, labels: { a: 'b' } });
  });
  it('splits options and renders commands', () => {
    expect(splitOnDoubleSlash(['a', '//', 'b', '//'])).toEqual({ options: ['a'], trailing: ['b', '//'] });
    expect(commandArgv({ shell: false, value: '/bin/echo', arguments: ['echo', 'x'] })).toEqual(['/bin/echo', 'x']);
    expect(commandArgv({ value: '' })).toEqual([]);
  });
});

describe("the engine's defaults from docker info", () => {
  it('reads the default runtime, the platform and the default cgroup namespace', () => {
    expect(parseEngineInfo({ DefaultRuntime: 'runc', OSType: 'linux', Architecture: 'x86_64', SecurityOptions: ['name=seccomp,profile=default'] })).toEqual({
      runtime: 'runc',
      platform: { os: 'linux', architecture: 'amd64', variant: '' },
      cgroupns: 'host',
    });
    expect(parseEngineInfo({ DefaultRuntime: 'crun', OSType: 'linux', Architecture: 'aarch64', SecurityOptions: ['name=seccomp,profile=default', 'name=cgroupns'] })).toEqual({
      runtime: 'crun',
      platform: { os: 'linux', architecture: 'arm64', variant: '' },
      cgroupns: 'private',
    });
  });
  it('names no platform for a machine it does not know, and refuses an answer without a default runtime', () => {
    expect(parseEngineInfo({ DefaultRuntime: 'runc', OSType: 'linux', Architecture: 'sun4v' })).toEqual({ runtime: 'runc', cgroupns: 'host' });
    expect(() => parseEngineInfo({ OSType: 'linux' })).toThrow('docker info gave no DefaultRuntime');
    expect(() => parseEngineInfo(null)).toThrow('docker info gave no DefaultRuntime');
  });
});
