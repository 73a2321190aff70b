// The option reader and the Go value parsers, case by case. Which reading
// is Docker's is proved against the real CLI by the differential test
// (libs/engine differential.int.spec.ts); these pin the rules down.
import { goBool, goDuration, goInt, goInt10, goNanoCpus, goRamBytes } from './go';
import { emptyModel } from './model';
import { applyOptions, finishModel, freshDraft, readDockerOptions } from './options';
import { createArgs, createBody, describeModel } from './render';

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
