// The option reader and the Go value parsers, case by case. Which reading
// is Docker's is proved against the real CLI by the differential test
// (libs/engine differential.int.spec.ts); these pin the rules down.
import { goBool, goDuration, goInt, goInt10, goNanoCpus, goRamBytes } from './go';
import { emptyModel } from './model';
import { applyOptions, finishModel, freshDraft, readDockerOptions, replacedLater } from './options';
import { enginePlatform, parsePlatform, samePlatform } from './platform';
import { createArgs, createBody, createPath, createRequest, describeModel } from './render';

const read = (...words: string[]) => readDockerOptions(words, 'test').map((o) => [o.name, o.value]);

function model(...words: string[]) {
  const m = emptyModel('img');
  const d = freshDraft();
  applyOptions(m, readDockerOptions(words, 'test'), d);
  finishModel(m, d);
  return m;
}

describe('pflag grammar', () => {
  it('bundles booleans and gives the rest of the word to the first shorthand that takes a value', () => {
    expect(read('-itv/:/host')).toEqual([
      ['-i', 'true'],
      ['-t', 'true'],
      ['-v', '/:/host'],
    ]);
    expect(read('-tiPv=/:/host')).toEqual([
      ['-t', 'true'],
      ['-i', 'true'],
      ['-P', 'true'],
      ['-v', '/:/host'],
    ]);
    expect(read('-Pv/etc:/x:ro')).toEqual([
      ['-P', 'true'],
      ['-v', '/etc:/x:ro'],
    ]);
  });
  it('takes a shorthand value attached, after =, or as the next word', () => {
    expect(read('-v/a:/b', '-v=/c:/d', '-v', '/e:/f')).toEqual([
      ['-v', '/a:/b'],
      ['-v', '/c:/d'],
      ['-v', '/e:/f'],
    ]);
    expect(read('-v=')).toEqual([['-v', '=']]);
  });
  it('gives booleans a value only after =, never from the next word', () => {
    expect(read('--privileged=false', '-t=0')).toEqual([
      ['--privileged', 'false'],
      ['-t', '0'],
    ]);
    expect(() => read('--privileged', 'false')).toThrow('"false" is not an option: Docker would read it as the image');
  });
  it('reads --name=value and --name value, and aliases as their own names', () => {
    expect(read('--net=none', '--network', 'none', '--dns-opt', 'ndots:1')).toEqual([
      ['--net', 'none'],
      ['--network', 'none'],
      ['--dns-opt', 'ndots:1'],
    ]);
  });
  it('ends at -- and refuses what follows', () => {
    expect(read('-t', '--')).toEqual([['-t', 'true']]);
    expect(() => read('--', 'busybox')).toThrow('"busybox" follows "--"');
  });
  it('refuses unknown names, bad syntax, missing values and the -test. words pflag skips', () => {
    expect(() => read('--bogus=1')).toThrow('unknown option --bogus');
    expect(() => read('-itz')).toThrow('unknown shorthand -z (in "-itz")');
    expect(() => read('---v=/:/x')).toThrow('bad option syntax');
    expect(() => read('-v')).toThrow('-v needs a value');
    expect(() => read('-t=')).toThrow('unknown shorthand -=');
    expect(() => read('-test.v')).toThrow('would be ignored by Docker');
  });
});

describe('Go values', () => {
  it('booleans as strconv.ParseBool', () => {
    expect(['1', 't', 'T', 'TRUE', 'true', 'True'].map(goBool)).toEqual(Array(6).fill(true));
    expect(['0', 'f', 'F', 'FALSE', 'false', 'False'].map(goBool)).toEqual(Array(6).fill(false));
    expect(() => goBool('yes')).toThrow('not a boolean');
  });
  it('integers with base prefixes, leading-zero octal and underscores', () => {
    expect(['0x200', '0o100', '0b101', '0777', '1_024', '+5', '-7', '0'].map((t) => goInt(t, 64))).toEqual([512, 64, 5, 511, 1024, 5, -7, 0]);
    expect(() => goInt('09', 64)).toThrow('not an integer');
    expect(() => goInt('1__0', 64)).toThrow('not an integer');
    expect(() => goInt('_1', 64)).toThrow('not an integer');
    expect(() => goInt('70000', 16, true)).toThrow('out of range');
    expect(() => goInt('-1', 16, true)).toThrow('not an integer');
    expect(() => goInt('99999999999999999999', 64)).toThrow('too large');
    expect(goInt10('010')).toBe(10);
  });
  it('durations as time.ParseDuration', () => {
    expect(['0', '1s', '1m30s', '1.5s', '500ms', '1.5h', '.5s', '1us', '\u00b5s'.replace('\u00b5', '2\u00b5'), '-1s'].map(goDuration)).toEqual([0, 1e9, 90e9, 1.5e9, 5e8, 5400e9, 5e8, 1e3, 2e3, -1e9]);
    expect(() => goDuration('10')).toThrow('not a duration');
    expect(() => goDuration('1sec')).toThrow('not a duration');
    expect(() => goDuration('.s')).toThrow('not a duration');
  });
  it('sizes as go-units RAMInBytes, and CPUs in billionths', () => {
    expect(['512', '512b', '64k', '1.5g', '128MB', '2GiB'].map(goRamBytes)).toEqual([512, 512, 65536, 1610612736, 134217728, 2147483648]);
    expect(() => goRamBytes('64 m')).toThrow('not a size');
    expect(() => goRamBytes('12q')).toThrow('not a size');
    expect(goNanoCpus('1.25')).toBe(1_250_000_000);
    expect(() => goNanoCpus('1/2')).toThrow('not a number of CPUs');
  });
});

describe('the model and its renderings', () => {
  it('applies later scalar values over earlier ones and accumulates lists', () => {
    const m = model('-m', '64m', '--memory=32m', '-e', 'A=1', '-e', 'B=2', '-e', 'A=3', '--dns=198.18.0.1', '--dns', '198.18.0.2');
    expect([m.memory, m.env, m.dns]).toEqual([32 * 1024 * 1024, ['A=3', 'B=2'], ['198.18.0.1', '198.18.0.2']]);
  });
  it('refuses values Docker refuses, naming the option as written', () => {
    expect(() => model('--memory-swappiness=101')).toThrow('launch refused: --memory-swappiness=101 (from test): 101 is not a swappiness');
    expect(() => model('-eHOME')).toThrow('has no "=": Docker would copy the variable from the agent\'s own environment');
    expect(() => model('--no-healthcheck', '--health-retries=1')).toThrow('--no-healthcheck conflicts with --health-* options');
    expect(() => model('--security-opt', 'seccomp=/etc/profile.json')).toThrow('a profile file would be read on the agent');
    expect(() => model('--env-file=/etc/shadow')).toThrow('would make Docker read a file on the agent as root');
    expect(() => model('--restart=always')).toThrow('only "no" is accepted');
  });
  it('renders one model as the Engine API body and as a canonical argv', () => {
    const m = model('-itv/srv:/data:ro', '-p', '127.0.0.1:8080:80/udp', '--health-interval=1m', '--health-cmd', 'true', '--entrypoint=');
    expect(createBody(m)).toMatchObject({
      Tty: true,
      OpenStdin: true,
      AttachStdin: true,
      StdinOnce: true,
      Entrypoint: [''],
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 60e9 },
      ExposedPorts: { '80/udp': {} },
      HostConfig: { Binds: ['/srv:/data:ro'], PortBindings: { '80/udp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] } },
    });
    expect(createArgs(m)).toEqual([
      '--entrypoint=',
      '--tty=true',
      '--interactive=true',
      '--volume=/srv:/data:ro',
      '--publish=127.0.0.1:8080:80/udp',
      '--health-cmd=true',
      '--health-interval=60000000000ns',
      '--',
      'img',
    ]);
    expect(describeModel(m)).toContain('HostConfig.Binds: ["/srv:/data:ro"]');
  });
});

describe('repeated options, as Docker keeps them', () => {
  it('keeps the last value of an option Docker keeps one of, whichever spelling wrote it', () => {
    const m = model(
      '--privileged',
      '--privileged=false',
      '--ipc',
      'host',
      '--ipc=private',
      '--userns=host',
      '--userns=',
      '--uts',
      'host',
      '--uts',
      '',
      '--volume-driver',
      'x',
      '--volume-driver=local',
      '-P',
      '--publish-all=0',
    );
    expect([m.privileged, m.ipc, m.userns, m.uts, m.volumeDriver, m.publishAll]).toEqual([false, 'private', '', '', 'local', false]);
    expect(model('--privileged=false', '--privileged').privileged).toBe(true);
    expect(model('-c', '512', '--cpu-shares=1024').cpuShares).toBe(1024);
  });
  it('never looks at a string value a later one replaces: the CLI validates only the one it keeps', () => {
    expect(model('--ipc=bogus', '--ipc=private').ipc).toBe('private');
    expect(model('--restart=always', '--restart=no').restart).toBe('no');
    expect(() => model('--ipc=private', '--ipc=bogus')).toThrow('launch refused: --ipc=bogus (from test): "bogus" is not one of');
  });
  it("still refuses a replaced value that pflag's own Set cannot parse (booleans, integers, durations, sizes)", () => {
    expect(() => model('--privileged=yes', '--privileged=false')).toThrow('launch refused: --privileged=yes (from test): "yes" is not a boolean');
    expect(() => model('-m', '12q', '-m', '1g')).toThrow('launch refused: -m 12q (from test)');
    expect(() => model('--health-interval=10', '--health-interval=1s')).toThrow('not a duration');
    expect(() => model('--cpus=x', '--cpus=1')).toThrow('not a number of CPUs');
    // A range checked on the kept value only (opts.go parse), as Docker does.
    expect(model('--memory-swappiness=101', '--memory-swappiness=50').memorySwappiness).toBe(50);
  });
  it('says which occurrences a later one replaces: only options Docker keeps one value of', () => {
    const occ = readDockerOptions(['--net=none', '--network=none', '-e', 'A=1', '-eA=2', '--privileged', '-t', '--privileged=false', '--name=x', '--name=y'], 'test');
    expect(replacedLater(occ)).toEqual([false, false, false, false, true, false, false, false, false]);
  });
});

describe('defaults the engine has anyway, read as the CLI reads them', () => {
  it("takes --add-host name:host-gateway, the engine's word for its own gateway", () => {
    expect(model('--add-host', 'host.docker.internal:host-gateway', '--add-host=db:198.18.0.9').extraHosts).toEqual(['host.docker.internal:host-gateway', 'db:198.18.0.9']);
    expect(() => model('--add-host=db:gateway')).toThrow('is not host:IPv4-address or host:host-gateway');
  });
  it("reads --platform with containerd's normalisation and keeps what the CLI sends", () => {
    const platform = (...words: string[]) => model(...words).platform;
    expect(['linux/amd64', 'linux/x86_64', 'LINUX/X86-64', 'amd64', 'x86_64', 'linux/amd64/v2', 'linux/x86_64/v1'].map((p) => platform(`--platform=${p}`))).toEqual([
      'linux/amd64',
      'linux/amd64',
      'linux/amd64',
      'linux/amd64',
      'linux/amd64',
      'linux/amd64/v2',
      'linux/amd64',
    ]);
    expect(['linux/arm', 'linux/armhf', 'linux/arm/7', 'linux/arm64', 'linux/aarch64/8', 'linux/arm64/v8', 'macos/arm64', 'arm'].map((p) => platform(`--platform=${p}`))).toEqual([
      'linux/arm',
      'linux/arm',
      'linux/arm/v7',
      'linux/arm64',
      'linux/arm64/v8',
      'linux/arm64/v8',
      'darwin/arm64',
      'linux/arm',
    ]);
    expect(platform('--platform=linux/arm64', '--platform=')).toBe('');
    expect(platform('--platform=bogus/amd64')).toBe('bogus/amd64');
  });
  it('refuses platforms it cannot read as every CLI would', () => {
    expect(() => model('--platform=linux')).toThrow('names only an operating system');
    expect(() => model('--platform=vax')).toThrow('unknown operating system or architecture');
    expect(() => model('--platform=linux/*')).toThrow('wildcards are not supported');
    expect(() => model('--platform=linux/')).toThrow('"" is not a platform component');
    expect(() => model('--platform=linux/amd64/v2/x')).toThrow('is not os/arch[/variant]');
    expect(() => model('--platform=linux/amd64/v1')).toThrow('Docker CLI 20.10 reads it as amd64/v1 and later CLIs as amd64');
    expect(() => model('--platform=linux/x86_64/v3')).toThrow('Docker CLI 20.10 reads it as amd64 and later CLIs as amd64/v3');
  });
  it('renders the platform as the query of the create request and as --platform in the argv', () => {
    const m = model('--platform=linux/x86_64');
    expect(createRequest(m, 'mesos-x')).toMatchObject({ name: 'mesos-x', platform: 'linux/amd64' });
    expect(createPath({ name: 'mesos-x', platform: 'linux/amd64' })).toBe('/containers/create?name=mesos-x&platform=linux%2Famd64');
    expect(createPath({ name: 'mesos-x' })).toBe('/containers/create?name=mesos-x');
    expect(createPath({})).toBe('/containers/create');
    expect(createArgs(m)).toEqual(['--platform=linux/amd64', '--', 'img']);
    expect(describeModel(m)).toContain('platform: linux/amd64');
    expect(createRequest(model('-t'))).not.toHaveProperty('platform');
  });
});

describe('platforms compared as the same machine', () => {
  it("reads arm as arm/v7 and arm64/v8 as arm64, and the engine's uname machine names", () => {
    expect(samePlatform(parsePlatform('linux/arm'), { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(true);
    expect(samePlatform(parsePlatform('linux/arm64/v8'), { os: 'linux', architecture: 'arm64', variant: '' })).toBe(true);
    expect(samePlatform(parsePlatform('linux/amd64/v2'), { os: 'linux', architecture: 'amd64', variant: '' })).toBe(false);
    expect(enginePlatform('linux', 'x86_64')).toEqual({ os: 'linux', architecture: 'amd64', variant: '' });
    expect(enginePlatform('linux', 'armv7l')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    expect(enginePlatform('linux', 'aarch64')).toEqual({ os: 'linux', architecture: 'arm64', variant: '' });
    expect(enginePlatform('linux', 'sun4v')).toBeUndefined();
  });
});
