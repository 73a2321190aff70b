import path from 'node:path';
import { ConfigError, exitCodeOf } from '@deimos/errors';
import { TestDir, configErrorOf } from './test-support/tmp';

let dir: TestDir;
beforeEach(() => {
  dir = new TestDir();
});
afterEach(() => dir.cleanup());

/** Load `text` and return the error, checking it points at `line` of the file. */
function errorAt(text: string, line: number): string {
  const err = configErrorOf(() => dir.load(text));
  const file = path.join(dir.root, 'deimos.cfg');
  expect(err).toBeInstanceOf(ConfigError);
  expect(exitCodeOf(err)).toBe(16);
  expect({ file: err.file, line: err.line }).toEqual({ file, line });
  expect(err.message.startsWith(`${file}:${line}: `)).toBe(true);
  return err.message.slice(`${file}:${line}: `.length);
}

describe('syntax errors name the file and line', () => {
  it('a line without a separator', () => {
    expect(errorAt('[containers]\n\nrun_as_user true\n', 3)).toBe('no ":" or "=" after "run_as_user"; expected "key: value" or "key = value"');
  });

  it('a key before any section', () => {
    expect(errorAt('# comment\nroot: /x\n[state]\n', 2)).toBe('"root" appears before any [section] header; put it under a section such as [containers]');
  });

  it('a missing key', () => {
    expect(errorAt('[state]\n: /x\n', 2)).toBe('missing key before ":"; expected "key: value"');
  });

  it('a malformed section header', () => {
    expect(errorAt('[state\nroot: /x\n', 1)).toBe('malformed section header "[state"; expected [name]');
    expect(errorAt('[a b]\n', 1)).toMatch(/^malformed section name "a b"; expected letters/);
  });

  it('an indented (continuation) line', () => {
    // A list spread over lines, as configparser allowed, is named at its continuation.
    expect(errorAt('[containers.options]\ndefault: ["-e",\n   "A=1"]\n', 3)).toMatch(/^indented line: continuation lines are not supported; write the whole value on one line/);
    expect(errorAt('[containers]\n  run_as_user: true\n', 2)).toMatch(/^indented line: continuation lines are not supported/);
  });

  it('a section given twice', () => {
    expect(errorAt('[state]\nroot: /a\n\n[state]\n', 4)).toBe('section [state] appears again (first at line 1); keep each section in one place');
  });

  it('an unknown section, with a suggestion for a near miss', () => {
    expect(errorAt('[state]\n[containers.imag]\n', 2)).toMatch(
      /^unknown section \[containers.imag\] \(did you mean \[containers.image\]\?\); expected one of: \[docker\], \[docker.index\], .*\[midonet\]$/,
    );
    expect(errorAt('[nonsense]\n', 1)).toMatch(/^unknown section \[nonsense\]; expected one of: /);
  });

  it('an unknown key in a known section, listing the keys it takes', () => {
    expect(errorAt('[containers]\nstop_grace_second: 3\n', 2)).toBe(
      'unknown key "stop_grace_second" in [containers] (did you mean stop_grace_seconds?); expected one of: stop_grace_seconds, executor_grace_seconds, run_as_user, hard_cpu_limits, remove_on_exit, workdir, bridge_network, sandbox_roots',
    );
  });

  it('a key given twice in one section, also in another case', () => {
    expect(errorAt('[state]\nroot: /a\nRoot = /b\n', 3)).toBe('duplicate key "root" in [state] (first set at line 2); keep one');
    expect(errorAt('[docker]\nhost: a\nhost: b\n', 3)).toBe('duplicate key "host" in [docker] (first set at line 2); use a JSON list to repeat an option');
  });

  it('a bad JSON list', () => {
    expect(errorAt('[hooks]\nonlaunch: ["/bin/x",]\n', 2)).toBe('[hooks] onlaunch: bad JSON list; expected a JSON array on one line, e.g. ["a", "b"]');
    expect(errorAt('[hooks]\nonlaunch: ["/bin/x", {"a": 1}]\n', 2)).toBe('[hooks] onlaunch: bad JSON list: item 2 is object; items must be strings, numbers or booleans');
    expect(errorAt('[hooks]\nonlaunch: [null]\n', 2)).toMatch(/item 1 is null/);
    expect(errorAt('[docker]\nhost: [["a"]]\n', 2)).toMatch(/item 1 is a list/);
  });
});

describe('value errors say what was expected', () => {
  const cases: [string, string, RegExp][] = [
    ['containers', 'run_as_user: yes', /^\[containers\] run_as_user: expected true or false \(unquoted\), got "yes"$/],
    ['containers', 'run_as_user: "true"', /expected true or false \(unquoted\), got "true"$/],
    ['containers', 'stop_grace_seconds: -1', /^\[containers\] stop_grace_seconds: expected a whole number of seconds >= 0 and <= 2147483, got "-1"$/],
    ['containers', 'stop_grace_seconds: 1.5', /expected a whole number of seconds/],
    ['containers', 'stop_grace_seconds: two', /expected a whole number of seconds/],
    ['containers', 'stop_grace_seconds: [2]', /expected a whole number of seconds .*, got \[2\]$/],
    ['containers', 'workdir: sandbox', /^\[containers\] workdir: expected an absolute path without ":" other than \/, got "sandbox"$/],
    ['containers', 'workdir: /a:b', /workdir: must not contain ":"/],
    ['containers', 'workdir: //', /workdir: must not be \//],
    ['containers', 'workdir:', /workdir: expected an absolute path .*, got ""$/],
    ['docker.timeouts', 'command_seconds: 0', /command_seconds: expected a number of seconds > 0/],
    ['docker.timeouts', 'command_seconds: 9999999999', /<= 2147483/],
    ['docker.index', 'dockercfg: .dockercfg', /dockercfg: expected an absolute path, got ".dockercfg"$/],
    ['docker.index', 'index: ["quay.io"]', /index: expected a registry host/],
    ['docker.index', 'index: https://quay.io', /index: expected a registry host\[:port\].*\(no scheme, no path\), got "https:\/\/quay.io"$/],
    ['docker.index', 'index: myregistry', /index: Docker would read it as a Docker Hub account, not a host/],
    ['docker.index', 'account: My Company', /account: expected an account name on the index/],
    ['docker.index', 'account: team/sub', /account: expected an account name on the index/],
    ['containers', 'sandbox_roots: ["/srv/sandboxes", "/"]', /sandbox_roots: item 2 \("\/"\) is \/; expected a JSON list of absolute paths other than \//],
    ['containers', 'sandbox_roots: ["srv"]', /sandbox_roots: item 1 \("srv"\) is not absolute/],
    ['containers.image', 'default: docker:/ubuntu', /default: expected an image such as docker:\/\/\/ubuntu:14.04 or ubuntu:14.04/],
    ['containers.image', 'default: my image', /default: must not contain whitespace/],
    ['containers.options', 'append: "--dns 8.8.8.8"', /append: expected a JSON list of strings, e.g. \["--dns", "8.8.8.8"\], got "--dns 8.8.8.8"$/],
    ['containers.options', 'append: [true]', /append: item 1 is a boolean; expected a JSON list of strings/],
    ['hooks', 'onlaunch: ["", "x"]', /onlaunch: the program \(item 1\) is empty/],
    ['hooks', 'timeout_seconds: 0', /timeout_seconds: expected a number of seconds > 0/],
    ['hooks', 'task_env: unsafe', /^\[hooks\] task_env: expected one of: safe, compat, got "unsafe"$/],
    ['uris', 'unpack: 1', /unpack: expected true or false/],
    ['uris', 'max_bytes: 0', /max_bytes: expected a whole number of bytes > 0/],
    ['uris', 'max_bytes: 1.5', /max_bytes: expected a whole number of bytes > 0/],
    ['uris', 'local_paths: ["srv"]', /local_paths: item 1 \("srv"\) is not absolute; expected a JSON list of absolute paths/],
    ['uris', 'local_paths: /srv', /local_paths: expected a JSON list of strings/],
    ['log', 'console: verbose', /^\[log\] console: expected a log level: DEBUG, INFO, WARNING, ERROR or CRITICAL, got "verbose"$/],
    ['log', 'syslog: 10', /syslog: expected a log level/],
    ['state', 'root: relative/dir', /^\[state\] root: expected an absolute path without ":" other than \/, got "relative\/dir"$/],
    ['state', 'root: /tmp/de:imos', /^\[state\] root: must not contain ":"/],
    ['state', 'root: /', /root: must not be \//],
    ['recover', 'remove_orphans: no', /remove_orphans: expected true or false/],
  ];
  it.each(cases)('[%s] %s', (section, line, expected) => {
    expect(errorAt(`# header\n[${section}]\n${line}\n`, 3)).toMatch(expected);
  });

  it('[docker] keys must be option names, with a value', () => {
    expect(errorAt('[docker]\n-H: x\n', 2)).toMatch(/^\[docker\] "-H" is not an option name; expected a letter then/);
    expect(errorAt('[docker]\nho st: x\n', 2)).toMatch(/is not an option name/);
    expect(errorAt('[docker]\nhost:\n', 2)).toBe('[docker] host: empty value; expected a value, true, false or a JSON list of strings');
    expect(errorAt('[docker]\nhost: [false]\n', 2)).toBe('[docker] host: item 1 is a boolean; expected a value, true, false or a JSON list of strings');
  });

  it('[containers.image] ignore: true needs a default image', () => {
    expect(errorAt('[containers.image]\n\nignore: true\n', 3)).toMatch(/^\[containers.image\] ignore: true replaces every task image with the default, but no default is set/);
  });

  it('[midonet] needs an http(s) api_url', () => {
    expect(errorAt('[midonet]\nusername: admin\n', 1)).toBe('[midonet] has no api_url; expected an http:// or https:// URL, e.g. http://midonet-api:8080/midonet-api');
    expect(errorAt('[midonet]\napi_url: ftp://mido/api\n', 2)).toMatch(/^\[midonet\] api_url: scheme "ftp" is not http or https; expected an http/);
    expect(errorAt('[midonet]\napi_url: mido:8080\n', 2)).toMatch(/api_url: scheme "mido" is not http or https/);
    expect(errorAt('[midonet]\napi_url: not a url\n', 2)).toMatch(/api_url: not a URL/);
  });

  it('[midonet] checks each of its other keys', () => {
    const at = (line: string) => errorAt(`[midonet]\napi_url: http://m/\n${line}\n`, 3);
    expect(at('attach: veth')).toBe('[midonet] attach: expected agent, mm-dpctl or bridge:<interface name>, got "veth"');
    expect(at('attach: bridge:')).toMatch(/interface name "" must be 1 to 15 bytes/);
    expect(at('attach: bridge:1234567890123456')).toMatch(/must be 1 to 15 bytes/);
    expect(at('attach: bridge:br/0')).toMatch(/must not contain "\/", ":" or whitespace/);
    expect(at('attach: bridge:..')).toMatch(/".." is not a valid interface name/);
    expect(at('api_version: 2016')).toBe('[midonet] api_version: expected one of: 2015, 5, got "2016"');
    expect(at('host_id: host-1')).toMatch(/host_id: expected a UUID/);
    expect(at('host_id_file: host_id.properties')).toMatch(/host_id_file: expected an absolute path/);
    expect(at('required: maybe')).toMatch(/required: expected true or false/);
    expect(at('timeout_seconds: -3')).toMatch(/timeout_seconds: expected a number of seconds > 0/);
    expect(at('datapath: a-very-long-datapath')).toMatch(/datapath: interface name "a-very-long-datapath" must be 1 to 15 bytes/);
    expect(at('reserved: 198.18.7.20-198.18.7.1')).toBe('[midonet] reserved: "198.18.7.20-198.18.7.1" ends before it starts; write the lower address first, got "198.18.7.20-198.18.7.1"');
    expect(at('reserved: 198.18.7.1-198.18.7')).toMatch(/reserved: "198.18.7.1-198.18.7" is not an address or range; expected IPv4 addresses/);
    expect(at('tenant: admin')).toMatch(/unknown key "tenant" in \[midonet\]/);
  });
});
