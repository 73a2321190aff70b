import type { LaunchSpec } from './interpret';
import { checkPolicy, parseDockerOptions, type LaunchPolicy } from './policy';

const DEFAULT_POLICY: LaunchPolicy = {
  denyOptions: ['--privileged', '--pid=host', '--ipc=host', '--network=host', '--uts=host', '--userns=host', '--cap-add', '--device', '--security-opt', '--cgroup-parent', '--volumes-from'],
  allowOptions: [],
  allowedVolumePaths: [],
  allowedImages: [],
};

function spec(over: Partial<LaunchSpec> = {}): LaunchSpec {
  return {
    containerId: 'c',
    kind: 'command',
    executorId: 'e',
    image: 'busybox',
    imageSource: 'task',
    forcePull: false,
    command: ['true'],
    options: [],
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

describe('parseDockerOptions', () => {
  it('reads --name=value, --name value, short options, booleans and bundles', () => {
    expect(parseDockerOptions(['--net=host', '-m', '1g', '--privileged', '-it', '-v/a:/b', '--cap-add', 'SYS_ADMIN'], 'x')).toEqual([
      { name: '--network', value: 'host', source: 'x' },
      { name: '--memory', value: '1g', source: 'x' },
      { name: '--privileged', source: 'x' },
      { name: '--interactive', source: 'x' },
      { name: '--tty', source: 'x' },
      { name: '--volume', value: '/a:/b', source: 'x' },
      { name: '--cap-add', value: 'SYS_ADMIN', source: 'x' },
    ]);
  });
  it('refuses a stray word, naming it', () => {
    expect(() => parseDockerOptions(['echo'], 'container options')).toThrow('container options: "echo" is not a docker run option');
  });
});

describe('checkPolicy with the default deny list', () => {
  it.each([
    [['--privileged'], '--privileged', 'deny_options'],
    [['--pid=host'], '--pid=host', 'deny_options'],
    [['--ipc', 'host'], '--ipc=host', 'deny_options'],
    [['--net=host'], '--network=host', 'deny_options'],
    [['--network', 'host'], '--network=host', 'deny_options'],
    [['--uts=host'], '--uts=host', 'deny_options'],
    [['--userns=host'], '--userns=host', 'deny_options'],
    [['--cap-add', 'NET_ADMIN'], '--cap-add=NET_ADMIN', 'deny_options'],
    [['--device=/dev/sda'], '--device=/dev/sda', 'deny_options'],
    [['--security-opt', 'seccomp=unconfined'], '--security-opt=seccomp=unconfined', 'deny_options'],
    [['-v', '/:/host'], '--volume=/:/host', 'allowed_volume_paths'],
    [['-v', '/etc:/x'], '--volume=/etc:/x', 'allowed_volume_paths'],
    [['--mount', 'type=bind,source=/var/run/docker.sock,target=/s'], '--mount=type=bind,source=/var/run/docker.sock,target=/s', 'allowed_volume_paths'],
  ])('refuses %j naming %s and [policy] %s', (options, shown, key) => {
    expect(() => checkPolicy(spec({ options }), DEFAULT_POLICY)).toThrow(new RegExp(`launch refused: ${shown.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .* by \\[policy\\] ${key}`));
  });
  it('refuses the new DockerInfo privileged flag, host network and volumes', () => {
    expect(() => checkPolicy(spec({ privileged: true }), DEFAULT_POLICY)).toThrow(/--privileged \(from container.docker.privileged\) is denied/);
    expect(() => checkPolicy(spec({ network: 'host' }), DEFAULT_POLICY)).toThrow(/--network=host \(from container.docker.network\)/);
    expect(() => checkPolicy(spec({ volumes: [{ hostPath: '/', containerPath: '/h', readOnly: true }] }), DEFAULT_POLICY)).toThrow(
      /bind-mounts the host root \/, which is not allowed by \[policy\] allowed_volume_paths/,
    );
    expect(() => checkPolicy(spec({ parameters: [{ key: 'cap-add', value: 'ALL' }] }), DEFAULT_POLICY)).toThrow(/--cap-add=ALL \(from container.docker.parameters\)/);
  });
  it('lets ordinary options, named volumes and bridge networking through', () => {
    expect(() => checkPolicy(spec({ options: ['-m', '1g', '--dns', '198.18.0.53', '-v', 'cache:/cache'], network: 'bridge' }), DEFAULT_POLICY)).not.toThrow();
  });
});

describe('operator settings', () => {
  it('allows bind mounts below an allowed path only', () => {
    const p = { ...DEFAULT_POLICY, allowedVolumePaths: ['/srv/data'] };
    expect(() => checkPolicy(spec({ options: ['-v', '/srv/data/x:/x'] }), p)).not.toThrow();
    expect(() => checkPolicy(spec({ options: ['-v', '/srv/data/../../etc:/x'] }), p)).toThrow(/allowed_volume_paths/);
    expect(() => checkPolicy(spec({ options: ['-v', '/srv/database:/x'] }), p)).toThrow(/allowed_volume_paths/);
  });
  it('enforces an allow list when one is set', () => {
    const p = { ...DEFAULT_POLICY, allowOptions: ['--memory', '--env'] };
    expect(() => checkPolicy(spec({ options: ['-m', '1g', '-e', 'A=1'] }), p)).not.toThrow();
    expect(() => checkPolicy(spec({ options: ['--dns', '198.18.0.53'] }), p)).toThrow('launch refused: --dns=198.18.0.53 (from container options) is not allowed by [policy] allow_options');
  });
  it('restricts images to the allowed prefixes', () => {
    const p = { ...DEFAULT_POLICY, allowedImages: ['registry.example:5000/'] };
    expect(() => checkPolicy(spec({ image: 'registry.example:5000/app:1' }), p)).not.toThrow();
    expect(() => checkPolicy(spec({ image: 'busybox' }), p)).toThrow('launch refused: image busybox is not allowed by [policy] allowed_images');
  });
  it('lets an operator lift a default denial', () => {
    expect(() => checkPolicy(spec({ options: ['--privileged'] }), { ...DEFAULT_POLICY, denyOptions: [] })).not.toThrow();
  });
});
