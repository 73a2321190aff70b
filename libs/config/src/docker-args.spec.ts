import { dockerGlobalArgs } from './index';
import { TestDir } from './test-support/tmp';

let dir: TestDir;
beforeEach(() => {
  dir = new TestDir();
});
afterEach(() => dir.cleanup());

const argsOf = (docker: string) => dockerGlobalArgs(dir.load(`[docker]\n${docker}\n`).config);

describe('dockerGlobalArgs', () => {
  it('repeats an option once per list item', () => {
    expect(argsOf('host: ["unix:///var/run/docker.sock", "tcp://localhost:2375"]')).toEqual(['--host', 'unix:///var/run/docker.sock', '--host', 'tcp://localhost:2375']);
  });

  it('gives one-letter keys one dash and keeps their case', () => {
    expect(argsOf('H: tcp://h:2375\nD: true')).toEqual(['-H', 'tcp://h:2375', '-D']);
  });

  it('turns underscores into dashes', () => {
    expect(argsOf('tls_verify: true\nlog_level = warn')).toEqual(['--tls-verify', '--log-level', 'warn']);
  });

  it('gives a bare flag for true and nothing for false', () => {
    expect(argsOf('tls: true\ndebug: false\ntlsverify: FALSE')).toEqual(['--tls']);
  });

  it('passes strings as one argument each, quotes stripped, in file order', () => {
    expect(argsOf('config: "/etc/docker client"\ntlscacert: /etc/ca.pem')).toEqual(['--config', '/etc/docker client', '--tlscacert', '/etc/ca.pem']);
  });

  it('takes numbers in a list as their text, and an empty list as nothing', () => {
    expect(argsOf('x: [1, 2.5]\nempty: []')).toEqual(['-x', '1', '-x', '2.5']);
  });

  it('is empty without a [docker] section', () => {
    expect(dockerGlobalArgs(dir.load('[state]\nroot: /x\n').config)).toEqual([]);
  });
});
