import { buildCreateArgv, type CreateContext } from './argv';
import { createRequestOf, memoryBytes, nanoCpus } from './create-request';
import type { LaunchSpec } from './interpret';

const IMAGE = 'deimos-test/busybox:latest';

describe('createRequestOf', () => {
  it('translates the options launch builds, as the CLI fills the request', () => {
    const r = createRequestOf([
      '--name', 'deimos-c1',
      '--label', 'org.deimos.managed=true',
      '-l', 'empty',
      '-w', '/tmp/mesos-sandbox',
      '-v', '/state/c1/fs:/tmp/mesos-sandbox',
      '-v', '/data:/data:ro',
      '-v', '/scratch',
      '--net=none',
      '--privileged',
      '--cpu-shares', '512',
      '--cpus', '0.25',
      '--memory', '128m',
      '-p', '31000:8080',
      '-p', '31001:8080/udp',
      '-p', '31002:8080',
      '-e', 'A=1',
      '--env=B=x=y',
      '--user', '1000:1000',
      '--entrypoint', '/bin/sh',
      IMAGE, '-c', 'echo hi', '--not-an-option',
    ]);
    expect(r?.name).toBe('deimos-c1');
    expect(r?.body).toMatchObject({
      Image: IMAGE,
      Cmd: ['-c', 'echo hi', '--not-an-option'],
      Entrypoint: ['/bin/sh'],
      WorkingDir: '/tmp/mesos-sandbox',
      User: '1000:1000',
      Env: ['A=1', 'B=x=y'],
      Labels: { 'org.deimos.managed': 'true', empty: '' },
      Volumes: { '/scratch': {} },
      ExposedPorts: { '8080/tcp': {}, '8080/udp': {} },
      AttachStdout: true,
      AttachStderr: true,
      Tty: false,
    });
    expect(r?.body.HostConfig).toMatchObject({
      Binds: ['/state/c1/fs:/tmp/mesos-sandbox', '/data:/data:ro'],
      NetworkMode: 'none',
      Privileged: true,
      CpuShares: 512,
      NanoCpus: 250_000_000,
      Memory: 128 * 1024 * 1024,
      PortBindings: {
        '8080/tcp': [
          { HostIp: '', HostPort: '31000' },
          { HostIp: '', HostPort: '31002' },
        ],
        '8080/udp': [{ HostIp: '', HostPort: '31001' }],
      },
    });
  });

  it('uses the defaults the CLI sends when nothing is given', () => {
    const r = createRequestOf([IMAGE]);
    expect(r?.name).toBeUndefined();
    expect(r?.body).toMatchObject({ Image: IMAGE, Cmd: null, Entrypoint: null, Volumes: null, Env: [], Labels: {} });
    expect(r?.body.HostConfig).toMatchObject({ NetworkMode: 'default', Binds: null, RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, MemorySwappiness: -1 });
    expect(r?.body.ExposedPorts).toBeUndefined();
  });

  it.each([
    [['--dns=198.18.0.1', IMAGE], 'an option outside the translated set'],
    [['-it', IMAGE], 'bundled short flags'],
    [['--net=my-overlay', IMAGE], 'a named network'],
    [['--memory', '1.5g', IMAGE], 'a fractional memory size'],
    [['--cpus', '0.1234567891', IMAGE], 'more than nine decimals of CPUs'],
    [['-e', 'FROM_MY_ENV', IMAGE], 'a variable taken from the CLI environment'],
    [['-v', 'named:/data', IMAGE], 'a named volume'],
    [['-v', '/a:/b:z', IMAGE], 'a volume mode other than ro/rw'],
    [['-p', '8080', IMAGE], 'a port without a host port'],
    [['-p', '0:8080', IMAGE], 'port 0'],
    [['-p', '31000-31001:8080-8081', IMAGE], 'a port range'],
    [['--entrypoint', '', IMAGE], 'an empty entrypoint'],
    [['--privileged=maybe', IMAGE], 'a bad boolean'],
    [['--name', 'bad/name', IMAGE], 'a name Docker refuses'],
    [['--name'], 'a missing value'],
    [['--label', 'a=b'], 'no image'],
  ])('leaves %j to the CLI (%s)', (args) => {
    expect(createRequestOf(args)).toBeUndefined();
  });

  it('translates every argv buildCreateArgv makes for a plain task', () => {
    const spec = {
      containerId: 'c1',
      kind: 'command',
      image: IMAGE,
      command: ['sh', '-c', 'sleep 1'],
      env: [['TASK', 't1']],
      options: [],
      parameters: [],
      privileged: false,
      volumes: [{ hostPath: '/srv', containerPath: '/srv', readOnly: true }],
      cpus: 0.5,
      memMb: 64,
      ports: [],
      portMappings: [{ hostPort: 31000, containerPort: 80 }],
      network: undefined,
    } as unknown as LaunchSpec;
    const ctx: CreateContext = {
      globalArgs: [],
      name: 'deimos-c1',
      labels: ['--label', 'org.deimos.managed=true'],
      sandboxLink: '/state/c1/fs',
      workdir: '/tmp/mesos-sandbox',
      exposedPorts: [],
      noNetwork: false,
      hardCpuLimits: true,
      extraEnv: [],
      user: 'nobody',
    };
    const argv = buildCreateArgv(spec, ctx);
    expect(argv.slice(0, 2)).toEqual(['docker', 'create']);
    const r = createRequestOf(argv.slice(2));
    expect(r?.body.Cmd).toEqual(['sh', '-c', 'sleep 1']);
    expect(r?.body.HostConfig.NanoCpus).toBe(500_000_000);
    expect(r?.body.HostConfig.Binds).toEqual(['/state/c1/fs:/tmp/mesos-sandbox', '/srv:/srv:ro']);
  });
});

describe('units', () => {
  it('reads memory sizes in 1024 steps and CPUs exactly', () => {
    expect(memoryBytes('64m')).toBe(64 * 2 ** 20);
    expect(memoryBytes('2G')).toBe(2 * 2 ** 30);
    expect(memoryBytes('4096')).toBe(4096);
    expect(memoryBytes('12x')).toBeUndefined();
    expect(nanoCpus('2')).toBe(2e9);
    expect(nanoCpus('0.000000001')).toBe(1);
    expect(nanoCpus('1.5')).toBe(1_500_000_000);
    expect(nanoCpus('-1')).toBeUndefined();
  });
});
