import type { EngineDefaults } from './inspect';
import type { LaunchSpec } from './interpret';
import { checkPolicy, imageAllowed, wantsEngineDefaults, type LaunchPolicy, type PolicyContext } from './policy';
import { FakePaths } from './test-support/fake-paths';

const DEFAULT_POLICY: LaunchPolicy = {
  denyOptions: [],
  allowOptions: [],
  allowedVolumePaths: [],
  taskWritablePaths: [],
  createMissingBindPaths: false,
  allowedImages: [],
  allowHostAccess: [],
  unjudgedOptions: [],
};
const HOST = new FakePaths().dir('/srv/data/a').dir('/srv/data/real').link('/srv/data/link', '/etc').link('/srv/data/inside', 'real').dir('/etc');
const CTX: PolicyContext = { allocatedPorts: [{ begin: 31000, end: 31005 }], wired: false, host: HOST };

function spec(options: string[], over: Partial<LaunchSpec> = {}): LaunchSpec {
  return {
    containerId: 'c',
    kind: 'command',
    executorId: 'e',
    image: 'busybox',
    imageSource: 'task',
    forcePull: false,
    command: ['true'],
    optionGroups: [{ source: 'task_info.command.container.options', words: options, fromTask: true }],
    portMappings: [],
    volumes: [],
    privileged: false,
    parameters: [],
    ports: [],
    env: [],
    uris: [],
    ...over,
  };
}

const check = (options: string[], policy: Partial<LaunchPolicy> = {}, over: Partial<LaunchSpec> = {}, ctx: Partial<PolicyContext> = {}) =>
  checkPolicy(spec(options, over), { ...DEFAULT_POLICY, ...policy }, { ...CTX, ...ctx });

describe('the bypasses of the old tokenizer, each refused by the default policy', () => {
  it.each([
    ['bundled booleans ending in -v', ['-itv/:/host'], '-v /:/host (from task_info.command.container.options, written "-itv/:/host") bind-mounts host path /'],
    ['bundle with -v=', ['-tiPv=/:/host'], '-v /:/host (from task_info.command.container.options, written "-tiPv=/:/host") bind-mounts host path /'],
    ['-v= naming the engine socket', ['-v=/var/run/docker.sock:/s'], 'bind-mounts host path /var/run/docker.sock'],
    ['bundle with a read-only bind', ['-Pv/etc:/x:ro'], '-v /etc:/x:ro (from task_info.command.container.options, written "-Pv/etc:/x:ro") bind-mounts host path /etc'],
    ['separate value', ['-v', '/:/host'], '-v /:/host (from task_info.command.container.options) bind-mounts host path /'],
    ['long = form', ['--volume=/:/host'], 'bind-mounts host path /'],
    ['boolean value', ['--privileged=true'], 'gives the container privileged mode: host access "privileged"'],
    ['boolean value 1', ['--privileged=1'], 'host access "privileged"'],
    ['alias --net', ['--net=host'], 'host access "host-network"'],
    ['alias --net as a separate word', ['--net', 'host'], 'host access "host-network"'],
    ['a bind --mount', ['--mount', 'type=bind,source=/,target=/h'], 'bind-mounts host path /'],
    ['a parameter', [], 'bind-mounts host path /etc', { parameters: [{ key: 'volume', value: '/etc:/x' }] }],
  ] as Array<[string, string[], string, Partial<LaunchSpec>?]>)('%s', (_name, options, message, ...over) => {
    expect(() => check(options, {}, over[0] ?? {})).toThrow(message);
  });

  it('names the rule and the key that would allow it', () => {
    expect(() => check(['--cap-add=SYS_ADMIN'])).toThrow(
      '--cap-add SYS_ADMIN (from task_info.command.container.options) gives the container capability CAP_SYS_ADMIN: host access "capabilities" is not allowed by [policy] allow_host_access',
    );
  });
});

describe('host access, judged on the model', () => {
  it.each([
    [['--pid=host'], 'host-pid'],
    [['--ipc', 'container:other'], 'container-namespaces'],
    [['--uts=host'], 'host-uts'],
    [['--userns=host'], 'host-userns'],
    [['--cgroupns=host'], 'host-cgroupns'],
    [['--network=corp'], 'networks'],
    [['--device=/dev/sda'], 'devices'],
    [['--security-opt', 'apparmor=unconfined'], 'security-options'],
    [['--security-opt=systempaths=unconfined'], 'security-options'],
    [['--cgroup-parent=/'], 'cgroup-parent'],
    [['--volumes-from=db'], 'volumes-from'],
    [['-v', 'shared:/data'], 'named-volumes'],
    [['--volume-driver=nfs'], 'volume-drivers'],
    [['--sysctl', 'net.core.somaxconn=1024'], 'sysctls'],
    [['--ulimit', 'nofile=1048576'], 'ulimits'],
    [['--runtime=other'], 'runtime'],
    [['--log-driver=syslog'], 'logging'],
    [['--oom-score-adj=-1000'], 'oom-score'],
    [['-p', '22:22'], 'host-ports'],
    [['-P'], 'host-ports'],
  ])('%j needs %s', (options, access) => {
    expect(() => check(options)).toThrow(`host access "${access}" is not allowed by [policy] allow_host_access`);
    expect(() => check(options, { allowHostAccess: [access] })).not.toThrow();
  });

  it('lets harmless options through: resources, env, no-new-privileges, tmpfs, cap-drop, a port the task holds', () => {
    expect(() => check(['-m', '64m', '-e', 'A=1', '--security-opt', 'no-new-privileges', '--tmpfs=/run', '--cap-drop=ALL', '-p', '31001:80', '--oom-score-adj=100'])).not.toThrow();
  });

  it('refuses labels in our own namespace, which would claim another container', () => {
    expect(() => check(['--label', 'org.deimos.mesos-container-id=victim'])).toThrow('sets label org.deimos.mesos-container-id');
  });

  it('refuses a Docker network for a MidoNet-wired task', () => {
    expect(() => check(['--net=none'], {}, {}, { wired: true })).toThrow('wired into MidoNet');
  });

  it('judges options from DockerInfo fields like the option words', () => {
    expect(() => check([], {}, { privileged: true })).toThrow('--privileged (from container.docker.privileged) gives the container privileged mode');
    expect(() => check([], {}, { network: 'host' })).toThrow('--network host (from container.docker.network)');
    expect(() => check([], {}, { network: 'bridge' })).not.toThrow();
  });

  it("does not judge the operator's own [containers.options]", () => {
    const s = spec([]);
    s.optionGroups = [{ source: '[containers.options] append', words: ['--cap-add=NET_ADMIN'], fromTask: false }];
    expect(() => checkPolicy(s, DEFAULT_POLICY, CTX)).not.toThrow();
  });
});

describe('repeated options: Docker keeps the last value, and that value is judged', () => {
  it.each([
    [['--privileged', '--privileged=false']],
    [['--privileged=true', '--privileged=0']],
    [['--ipc', 'host', '--ipc', 'private']],
    [['--ipc=container:db', '--ipc=shareable']],
    [['--pid=host', '--pid=']],
    [['--userns', 'host', '--userns', '']],
    [['--uts', 'host', '--uts', '']],
    [['--volume-driver', 'x', '--volume-driver', 'local']],
    [['--volume-driver=x', '--volume-driver=']],
    [['--cgroup-parent=/', '--cgroup-parent=']],
    [['--oom-score-adj=-1000', '--oom-score-adj=0']],
    [['-P', '--publish-all=false']],
    [['--log-driver=syslog', '--log-driver=']],
  ])('%j: harmless last', (options) => {
    expect(() => check(options)).not.toThrow();
  });

  it('judges every occurrence of an option Docker accumulates', () => {
    expect(() => check(['--net=host', '--net=none'])).toThrow('--net host (from task_info.command.container.options) gives the container network=host');
    expect(() => check(['--cap-add=SYS_ADMIN', '--cap-drop=SYS_ADMIN'])).toThrow('capability CAP_SYS_ADMIN');
  });

  it.each([
    [['--privileged=false', '--privileged'], '--privileged (from task_info.command.container.options) gives the container privileged mode'],
    [['--ipc', 'private', '--ipc', 'host'], '--ipc host (from task_info.command.container.options) gives the container ipc=host'],
    [['--userns=', '--userns=host'], '--userns host (from task_info.command.container.options) gives the container userns=host'],
    [['--uts=', '--uts', 'host'], '--uts host (from task_info.command.container.options) gives the container uts=host'],
    [['--volume-driver', 'local', '--volume-driver', 'x'], '--volume-driver x (from task_info.command.container.options) gives the container volume driver x'],
    [['--oom-score-adj=0', '--oom-score-adj=-1000'], 'OOM score -1000'],
    [['--publish-all=false', '-tP'], '-P (from task_info.command.container.options, written "-tP") gives the container random host ports'],
  ])('%j: hostile last, refused naming the last', (options, message) => {
    expect(() => check(options)).toThrow(message);
  });

  it('takes the last value across the task, the configuration and the DockerInfo fields, as the CLI reads them in one argv', () => {
    // A DockerInfo field comes after the task's words: it wins.
    expect(() => check(['--privileged=false'], {}, { privileged: true })).toThrow('--privileged (from container.docker.privileged)');
    // A parameter comes after the words too.
    expect(() => check(['--ipc=host'], {}, { parameters: [{ key: 'ipc', value: 'private' }] })).not.toThrow();
    expect(() => check(['--ipc=private'], {}, { parameters: [{ key: 'ipc', value: 'host' }] })).toThrow('--ipc host (from container.docker.parameters[0]');
    // The operator's appended options come after the task's, and replace them.
    const s = spec(['--privileged']);
    s.optionGroups.push({ source: '[containers.options] append', words: ['--privileged=false'], fromTask: false });
    expect(() => checkPolicy(s, DEFAULT_POLICY, CTX)).not.toThrow();
  });

  it('leaves a replaced value to the model, which checks what pflag itself parses', () => {
    // The policy does not judge a replaced value; the model still refuses
    // what the CLI's Set refuses (options.spec.ts).
    expect(() => check(['--ipc=bogus', '--ipc=private'])).not.toThrow();
  });

  it('matches deny_options and allow_options against every option as written, replaced or not', () => {
    expect(() => check(['--privileged', '--privileged=false'], { denyOptions: ['--privileged'] })).toThrow('--privileged (from task_info.command.container.options) is denied (rule "--privileged")');
    expect(() => check(['-m', '1g', '-m', '2g'], { allowOptions: ['--memory=2g'] })).toThrow('-m 1g (from task_info.command.container.options) is not allowed by [policy] allow_options');
  });
});

describe("values equal to the engine's own defaults", () => {
  const ENGINE: EngineDefaults = { runtime: 'runc', platform: { os: 'linux', architecture: 'amd64', variant: '' }, cgroupns: 'host' };
  /** Judged with the engine's defaults (ENGINE with `over`), or without any when `over` is null. */
  const withEngine = (options: string[], over: Partial<EngineDefaults> | null = {}) => check(options, {}, {}, { engine: over === null ? undefined : { ...ENGINE, ...over } });

  it('accepts the default runtime, and refuses another under "runtime"', () => {
    expect(() => withEngine(['--runtime', 'runc'])).not.toThrow();
    expect(() => withEngine(['--runtime=io.containerd.runc.v2'])).toThrow(
      `--runtime io.containerd.runc.v2 (from task_info.command.container.options) gives the container runtime io.containerd.runc.v2 (the engine's default is runc): host access "runtime" is not allowed`,
    );
    expect(() => withEngine(['--runtime=runc'], { runtime: 'crun' })).toThrow('host access "runtime"');
    expect(() => withEngine(['--runtime=runc'], null)).toThrow('host access "runtime"');
    expect(() => withEngine(['--runtime=other', '--runtime=runc'])).not.toThrow();
  });

  it.each(['linux/amd64', 'linux/x86_64', 'LINUX/AMD64', 'amd64', 'x86-64', 'linux/x86_64/v1'])('accepts --platform %s on a linux/amd64 engine', (platform) => {
    expect(() => withEngine(['--platform', platform])).not.toThrow();
  });

  it('refuses another platform under "platform", and any platform when the engine did not say its own', () => {
    expect(() => withEngine(['--platform=linux/arm64'])).toThrow(`gives the container platform linux/arm64 (the engine's is linux/amd64): host access "platform" is not allowed`);
    expect(() => withEngine(['--platform=linux/amd64/v2'])).toThrow('host access "platform"');
    expect(() => withEngine(['--platform=windows/amd64'])).toThrow('host access "platform"');
    expect(() => withEngine(['--platform=linux/amd64'], null)).toThrow('host access "platform"');
    expect(() => withEngine(['--platform=linux/amd64'], { platform: undefined })).toThrow('host access "platform"');
    expect(() => check(['--platform=linux/arm64'], { allowHostAccess: ['platform'] }, {}, { engine: ENGINE })).not.toThrow();
  });

  it('reads arm platforms as containerd does: linux/arm is arm/v7, arm64/v8 is arm64', () => {
    expect(() => withEngine(['--platform=linux/arm'], { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } })).not.toThrow();
    expect(() => withEngine(['--platform=linux/armhf'], { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } })).not.toThrow();
    expect(() => withEngine(['--platform=linux/arm/v6'], { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } })).toThrow('host access "platform"');
    expect(() => withEngine(['--platform=linux/aarch64/v8'], { platform: { os: 'linux', architecture: 'arm64', variant: '' } })).not.toThrow();
  });

  it('accepts --cgroupns host where the engine would use the host cgroup namespace anyway (cgroup v1), and refuses it where its default is private', () => {
    expect(() => withEngine(['--cgroupns', 'host'])).not.toThrow();
    expect(() => withEngine(['--cgroupns', 'host'], { cgroupns: 'private' })).toThrow(
      '--cgroupns host (from task_info.command.container.options) gives the container cgroupns=host: host access "host-cgroupns" is not allowed',
    );
    expect(() => withEngine(['--cgroupns=host'], null)).toThrow('host access "host-cgroupns"');
    expect(() => withEngine(['--cgroupns=private'], { cgroupns: 'private' })).not.toThrow();
    expect(() => withEngine(['--cgroupns=host', '--cgroupns='], { cgroupns: 'private' })).not.toThrow();
    expect(() => withEngine(['--cgroupns=', '--cgroupns=host'], { cgroupns: 'private' })).toThrow('host access "host-cgroupns"');
  });

  it('accepts --add-host name:host-gateway (the engine puts its own gateway there), with no engine facts needed', () => {
    expect(() => check(['--add-host', 'host.docker.internal:host-gateway'])).not.toThrow();
    expect(() => check(['--add-host', 'db:host-gatewayx'])).toThrow('is not host:IPv4-address or host:host-gateway');
  });

  it("accepts the local volume driver, the engine's own, and no other", () => {
    expect(() => check(['--volume-driver=local'])).not.toThrow();
    expect(() => check(['--mount', 'type=volume,target=/v,volume-driver=local'])).not.toThrow();
    expect(() => check(['--mount', 'type=volume,target=/v,volume-driver=nfs'])).toThrow('volume driver nfs: host access "volume-drivers"');
  });

  it('says when the engine must be asked: only when a task names the runtime, the platform or the cgroup namespace', () => {
    expect(wantsEngineDefaults(spec(['--runtime=runc']))).toBe(true);
    expect(wantsEngineDefaults(spec([], { parameters: [{ key: 'platform', value: 'linux/amd64' }] }))).toBe(true);
    expect(wantsEngineDefaults(spec(['-tcgroupns']))).toBe(false);
    expect(wantsEngineDefaults(spec(['--cgroupns', 'host']))).toBe(true);
    expect(wantsEngineDefaults(spec(['--privileged', '-m', '1g']))).toBe(false);
    expect(wantsEngineDefaults(spec(['--bogus']))).toBe(false);
    const s = spec([]);
    s.optionGroups = [{ source: '[containers.options] append', words: ['--runtime=runc'], fromTask: false }];
    expect(wantsEngineDefaults(s)).toBe(false);
  });
});

describe('bind mounts', () => {
  it('allows paths under allowed_volume_paths only, compared after resolving links', () => {
    const policy = { allowedVolumePaths: ['/srv/data'] };
    expect(() => check(['-v', '/srv/data/a:/a'], policy)).not.toThrow();
    expect(() => check(['-v', '/srv/database:/a'], policy)).toThrow('bind-mounts host path /srv/database');
    expect(() => check(['-v', '/srv/data/../../etc:/a'], policy)).toThrow();
    expect(() => check(['-v', '/srv/data/link:/a'], policy)).toThrow('bind-mounts host path /srv/data/link (which is /etc on the host)');
    expect(() => check(['--mount=type=bind,src=/srv/data/link,dst=/a'], policy)).toThrow('which is /etc on the host');
  });

  it('returns each bind the task asked for with the path to mount in its place: -v, --mount, parameters, ContainerInfo volumes', () => {
    const policy = { allowedVolumePaths: ['/srv/data'] };
    const volumes = [{ containerPath: '/v', hostPath: '/srv/data/inside', readOnly: true }];
    expect(check(['-v', '/srv/data/inside:/a:ro', '--mount', 'type=bind,source=/srv/data/inside,target=/b'], policy, { volumes, parameters: [{ key: 'volume', value: '/srv/data/a:/p' }] })).toEqual([
      { written: '/srv/data/inside', mounted: '/srv/data/real', target: '/a' },
      { written: '/srv/data/inside', mounted: '/srv/data/real', target: '/b' },
      { written: '/srv/data/a', mounted: '/srv/data/a', target: '/p' },
      { written: '/srv/data/inside', mounted: '/srv/data/real', target: '/v' },
    ]);
  });

  it('names the option as the framework wrote it, and where it leads, for a ContainerInfo volume', () => {
    const volumes = [{ containerPath: '/h', hostPath: '/srv/data/link', readOnly: false }];
    expect(() => check([], { allowedVolumePaths: ['/srv/data'] }, { volumes })).toThrow(
      'launch refused: --volume /srv/data/link:/h:rw (from container.volumes[0]) bind-mounts host path /srv/data/link (which is /etc on the host), which is not allowed by [policy] allowed_volume_paths',
    );
  });
});

describe('operator rules', () => {
  it('deny_options by option name, whatever the spelling', () => {
    expect(() => check(['-m64m'], { denyOptions: ['--memory'] })).toThrow('is denied (rule "--memory") by [policy] deny_options');
    expect(() => check(['--dns=198.18.0.1'], { denyOptions: ['--dns=198.18.0.1'] })).toThrow('deny_options');
    expect(() => check(['--dns=198.18.0.2'], { denyOptions: ['--dns=198.18.0.1'] })).not.toThrow();
  });
  it('allow_options limits the options to a list', () => {
    expect(() => check(['-e', 'A=1', '-m', '1g'], { allowOptions: ['--env'] })).toThrow('-m 1g (from task_info.command.container.options) is not allowed by [policy] allow_options');
  });
  it('refuses settings that name nothing we know', () => {
    expect(() => check([], { allowHostAccess: ['host-net'] })).toThrow('[policy] allow_host_access names "host-net", which is not known');
    expect(() => check([], { denyOptions: ['--privledged'] })).toThrow('[policy] deny_options names "--privledged"');
    expect(() => check([], { unjudgedOptions: ['--volume'] })).toThrow('[policy] unjudged_options names "--volume"');
  });
  it('passes an operator-trusted option through unjudged', () => {
    expect(() => check(['--gpus=all'], { unjudgedOptions: ['--gpus'] })).not.toThrow();
  });
});

describe('images by registry and repository, not by text', () => {
  it.each([
    ['busybox', 'busybox', true],
    ['busybox:1.36', 'busybox', true],
    ['library/busybox', 'busybox', true],
    ['busyboxevil', 'busybox', false],
    ['busybox/evil', 'busybox', false],
    ['evil.example/busybox', 'busybox', false],
    ['registry.example:5000/team/app:2', 'registry.example:5000/', true],
    ['registry.example:5000evil/app', 'registry.example:5000/', false],
    ['registry.example:5000/team/app', 'registry.example:5000/team/', true],
    ['registry.example:5000/teamevil/app', 'registry.example:5000/team/', false],
    ['team/app', 'team/', true],
    ['teamx/app', 'team/', false],
    ['busybox:1.36', 'busybox:1.36', true],
    ['busybox:1.37', 'busybox:1.36', false],
    ['busybox', 'busybox:latest', true],
    // As the engine reads names (the pull goes where the policy looked):
    ['index.docker.io/library/busybox', 'busybox', true],
    ['docker.io/library/busybox:1.36', 'busybox', true],
    ['index.docker.io/team/app', 'team/', true],
    ['busybox', 'docker.io/', true],
    // An upper-case first component is a registry host to the engine, not a Docker Hub namespace.
    ['Team/app', 'team/', false],
    ['Evil/busybox', 'busybox', false],
    ['Evil/busybox', 'Evil/', true],
  ])('%s against %s: %s', (image, entry, ok) => {
    expect(imageAllowed(image, entry)).toBe(ok);
  });
  it('refuses an image outside the list, naming it', () => {
    expect(() => check([], { allowedImages: ['busybox'] }, { image: 'busyboxevil' })).toThrow('image busyboxevil is not allowed by [policy] allowed_images');
  });
});
