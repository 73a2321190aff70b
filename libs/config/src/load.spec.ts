import fs from 'node:fs';
import path from 'node:path';
import tty from 'node:tty';
import { execFileSync } from 'node:child_process';
import { exitCodeOf } from '@deimos/errors';
import { defaultConfig, defaultSearchPath, loadConfig } from './index';
import { isTerminal, isTerminalStat } from './load';
import type { DeimosConfig, LogLevel, MidonetAttach } from './index';
import { TestDir, configErrorOf } from './test-support/tmp';

let dir: TestDir;
beforeEach(() => {
  dir = new TestDir();
});
afterEach(() => dir.cleanup());

describe('defaults', () => {
  it('gives every documented default when no file is found', () => {
    const { config, source } = loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: [], isTTY: false });
    expect(source).toBeUndefined();
    expect(config).toEqual({
      docker: {},
      dockerIndex: { index: undefined, account: undefined, accountLibmesos: 'libmesos', dockercfg: undefined },
      dockerTimeouts: { commandSeconds: 60, stopExtraSeconds: 30 },
      containers: {
        stopGraceSeconds: 2,
        executorGraceSeconds: 10,
        runAsUser: false,
        hardCpuLimits: false,
        removeOnExit: true,
        workdir: '/tmp/mesos-sandbox',
        bridgeNetwork: 'bridge',
        sandboxRoots: [],
      },
      containersImage: { default: undefined, ignore: false },
      containersOptions: { default: [], append: [], ignore: false },
      hooks: { onlaunch: [], ondestroy: [], timeoutSeconds: 30, taskEnv: 'safe' },
      uris: { unpack: true, timeoutSeconds: 300, maxBytes: 1073741824, localPaths: [] },
      log: { console: 'INFO', syslog: undefined },
      state: { root: '/tmp/deimos' },
      recover: { removeOrphans: true },
      policy: {
        // Host access is denied by the rules of libs/docker policy.ts unless named.
        allowHostAccess: [],
        denyOptions: [],
        allowOptions: [],
        allowedVolumePaths: [],
        taskWritablePaths: [],
        createMissingBindPaths: false,
        allowedImages: [],
        unjudgedOptions: [],
      },
      midonet: undefined,
    });
  });

  it('logs to the console at DEBUG when stderr is a terminal, INFO otherwise', () => {
    const at = (isTTY: boolean) => loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: [], isTTY }).config.log.console;
    expect(at(true)).toBe('DEBUG');
    expect(at(false)).toBe('INFO');
  });

  it('defaultConfig() equals loading nothing, without looking at MidoNet sources', () => {
    dir.write('home/.midonetrc', '[cli]\napi_url = http://mido:8080/midonet-api\n');
    expect(defaultConfig()).toEqual(loadConfig({ env: {}, cwd: dir.cwd, home: path.join(dir.root, 'nohome'), searchPath: [], isTTY: false }).config);
    expect(defaultConfig().midonet).toBeUndefined();
    expect(defaultConfig({ isTTY: true }).log.console).toBe('DEBUG');
  });

  it('fills keys a section leaves out with their defaults', () => {
    const { config } = dir.load('[containers]\nrun_as_user: true\n');
    expect(config.containers).toEqual({
      stopGraceSeconds: 2,
      executorGraceSeconds: 10,
      runAsUser: true,
      hardCpuLimits: false,
      removeOnExit: true,
      workdir: '/tmp/mesos-sandbox',
      bridgeNetwork: 'bridge',
      sandboxRoots: [],
    });
  });

  it('returns a frozen configuration', () => {
    const { config } = dir.load('[containers.options]\nappend: ["--dns", "8.8.8.8"]\n');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.containers)).toBe(true);
    expect(Object.isFrozen(config.containersOptions.append)).toBe(true);
  });
});

describe('every key', () => {
  const full = `
# a comment
; another comment

[docker]
host: ["unix:///var/run/docker.sock", "tcp://localhost:2375"]
debug = true

[docker.index]
index: quay.io
account = mycompany
account_libmesos: mesosphere
dockercfg: /etc/mesos/dockercfg

[docker.timeouts]
command_seconds: 90.5
stop_extra_seconds: 0

[containers]
stop_grace_seconds: 10
run_as_user: true
hard_cpu_limits: True
remove_on_exit: false
workdir: /sandbox/
sandbox_roots: ["/data/sandboxes/", "/srv/mesos/../runs"]

[containers.image]
default: "docker:///ubuntu:14.04"
ignore: true

[containers.options]
default: ["--dns", "8.8.8.8", "--memory-swappiness", 0]
append: ["-e", "A=1"]
ignore: true

[hooks]
onlaunch: ["/usr/local/bin/on-launch", "--verbose"]
ondestroy: ["/usr/local/bin/on-destroy"]
timeout_seconds: 5
task_env: compat

[uris]
unpack: false
timeout_seconds: 600
max_bytes: 4096
local_paths: ["/srv/artifacts/", "/opt/./x"]

[log]
console: warning
syslog: Error

[state]
root: /var/lib/deimos

[recover]
remove_orphans: false

[midonet]
api_url: https://mido.example:8443/midonet-api
username: admin
password: 'pa ss'
project_id: admin-project
host_id: 5C0A1BC4-2D9F-4C1E-9A73-6F0E1D2C3B4A
host_id_file: /var/lib/midonet/host_uuid.properties
attach: bridge:br-mido0
required: false
api_version: 5
timeout_seconds: 2.5
datapath: dp0
reserved: 198.18.7.1-198.18.7.20, 198.18.7.99
task_addresses: false
`;

  it('reads each key of each section with its type', () => {
    const { config, source } = dir.load(full);
    expect(source).toBe(path.join(dir.root, 'deimos.cfg'));
    expect(config.docker).toEqual({ host: ['unix:///var/run/docker.sock', 'tcp://localhost:2375'], debug: true });
    expect(config.dockerIndex).toEqual({ index: 'quay.io', account: 'mycompany', accountLibmesos: 'mesosphere', dockercfg: '/etc/mesos/dockercfg' });
    expect(config.dockerTimeouts).toEqual({ commandSeconds: 90.5, stopExtraSeconds: 0 });
    expect(config.containers).toEqual({
      stopGraceSeconds: 10,
      executorGraceSeconds: 10,
      runAsUser: true,
      hardCpuLimits: true,
      removeOnExit: false,
      workdir: '/sandbox',
      bridgeNetwork: 'bridge',
      sandboxRoots: ['/data/sandboxes', '/srv/runs'],
    });
    expect(config.containersImage).toEqual({ default: 'docker:///ubuntu:14.04', ignore: true });
    expect(config.containersOptions).toEqual({ default: ['--dns', '8.8.8.8', '--memory-swappiness', '0'], append: ['-e', 'A=1'], ignore: true });
    expect(config.hooks).toEqual({ onlaunch: ['/usr/local/bin/on-launch', '--verbose'], ondestroy: ['/usr/local/bin/on-destroy'], timeoutSeconds: 5, taskEnv: 'compat' });
    expect(config.uris).toEqual({ unpack: false, timeoutSeconds: 600, maxBytes: 4096, localPaths: ['/srv/artifacts', '/opt/x'] });
    expect(config.log).toEqual({ console: 'WARNING', syslog: 'ERROR' });
    expect(config.state).toEqual({ root: '/var/lib/deimos' });
    expect(config.recover).toEqual({ removeOrphans: false });
    expect(config.midonet).toEqual({
      apiUrl: 'https://mido.example:8443/midonet-api',
      username: 'admin',
      password: 'pa ss',
      projectId: 'admin-project',
      hostId: '5C0A1BC4-2D9F-4C1E-9A73-6F0E1D2C3B4A',
      hostIdFile: '/var/lib/midonet/host_uuid.properties',
      attach: { mode: 'bridge', bridge: 'br-mido0' },
      required: false,
      apiVersion: '5',
      timeoutSeconds: 2.5,
      datapath: 'dp0',
      reserved: [
        { first: 0xc6120701, last: 0xc6120714 }, // 198.18.7.1-198.18.7.20
        { first: 0xc6120763, last: 0xc6120763 }, // 198.18.7.99
      ],
      taskAddresses: false,
      source: { kind: 'section', file: path.join(dir.root, 'deimos.cfg'), line: 58 },
    });
  });

  it('has the documented TypeScript types', () => {
    const { config } = dir.load(full);
    // Compile-time checks (tsc runs over spec files): a wrong type fails the build.
    const grace: number = config.containers.stopGraceSeconds;
    const image: string | undefined = config.containersImage.default;
    const append: readonly string[] = config.containersOptions.append;
    const syslog: LogLevel | undefined = config.log.syslog;
    const attach: MidonetAttach | undefined = config.midonet?.attach;
    const version: '2015' | '5' | undefined = config.midonet?.apiVersion;
    const root: DeimosConfig['state']['root'] = config.state.root;
    expect([grace, image, append, syslog, attach, version, root]).toHaveLength(7);
  });

  it('matches keys case-insensitively, as configparser did, but keeps [docker] keys as written', () => {
    const { config } = dir.load('[containers]\nStop_Grace_Seconds: 4\n[docker]\nH: tcp://h:2375\n');
    expect(config.containers.stopGraceSeconds).toBe(4);
    expect(config.docker).toEqual({ H: 'tcp://h:2375' });
  });

  it('strips surrounding quotes and whitespace from strings', () => {
    const { config } = dir.load('[docker.index]\nindex:   \'quay.io\'   \naccount_libmesos = "a b"\n');
    expect(config.dockerIndex.index).toBe('quay.io');
    expect(config.dockerIndex.accountLibmesos).toBe('a b');
  });

  it('takes each attach mode', () => {
    const attach = (v: string) => dir.load(`[midonet]\napi_url: http://m/\nattach: ${v}\n`).config.midonet?.attach;
    expect(attach('agent')).toEqual({ mode: 'agent' });
    expect(attach('mm-dpctl')).toEqual({ mode: 'mm-dpctl' });
    expect(attach('bridge:123456789012345')).toEqual({ mode: 'bridge', bridge: '123456789012345' });
  });

  it('reads CRLF line endings and a UTF-8 byte order mark', () => {
    const { config } = dir.load('\uFEFF[state]\r\nroot: /srv/deimos\r\n');
    expect(config.state.root).toBe('/srv/deimos');
  });
});

describe('search path', () => {
  const names = (d: TestDir) => ({
    local: path.join(d.cwd, 'deimos.cfg'),
    user: path.join(d.home, '.deimos'),
    etc: path.join(d.root, 'etc/deimos.cfg'),
    usrEtc: path.join(d.root, 'usr/etc/deimos.cfg'),
    usrLocalEtc: path.join(d.root, 'usr/local/etc/deimos.cfg'),
  });
  const searchPath = (d: TestDir) => {
    const n = names(d);
    return [n.local, n.user, n.etc, n.usrEtc, n.usrLocalEtc];
  };
  const state = (root: string) => `[state]\nroot: ${root}\n`;

  it('is ./deimos.cfg, ~/.deimos, /etc, /usr/etc, /usr/local/etc by default', () => {
    expect(defaultSearchPath({ cwd: '/agent/work', home: '/home/mesos' })).toEqual([
      '/agent/work/deimos.cfg',
      '/home/mesos/.deimos',
      '/etc/deimos.cfg',
      '/usr/etc/deimos.cfg',
      '/usr/local/etc/deimos.cfg',
    ]);
    expect(defaultSearchPath({ cwd: '/agent/work' })).not.toContain(expect.stringContaining('.deimos'));
  });

  it('resolves ./deimos.cfg against cwd and ~ against home by default', () => {
    fs.writeFileSync(path.join(dir.home, '.deimos'), state('/from-home'));
    const loaded = loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, isTTY: false });
    expect(loaded.searched.slice(0, 2)).toEqual([path.join(dir.cwd, 'deimos.cfg'), path.join(dir.home, '.deimos')]);
    expect(loaded.source).toBe(path.join(dir.home, '.deimos'));
    fs.writeFileSync(path.join(dir.cwd, 'deimos.cfg'), state('/from-cwd'));
    expect(loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, isTTY: false }).config.state.root).toBe('/from-cwd');
  });

  it('takes HOME from the environment when home is not given', () => {
    fs.writeFileSync(path.join(dir.home, '.deimos'), state('/from-home'));
    expect(loadConfig({ env: { HOME: dir.home }, cwd: dir.cwd, isTTY: false }).source).toBe(path.join(dir.home, '.deimos'));
  });

  it('reads only the first existing file, in order', () => {
    const n = names(dir);
    const files = [n.local, n.user, n.etc, n.usrEtc, n.usrLocalEtc];
    files.forEach((f, i) => dir.write(path.relative(dir.root, f), state(`/root${i}`)));
    for (const [i, f] of files.entries()) {
      const loaded = loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: searchPath(dir), isTTY: false });
      expect(loaded.source).toBe(f);
      expect(loaded.config.state.root).toBe(`/root${i}`);
      fs.rmSync(f);
    }
    expect(loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: searchPath(dir), isTTY: false }).source).toBeUndefined();
  });

  it('does not merge later files: a key set only in a later file keeps its default', () => {
    const n = names(dir);
    dir.write(path.relative(dir.root, n.user), '[containers]\nrun_as_user: true\n');
    dir.write(path.relative(dir.root, n.etc), '[state]\nroot: /etc-root\n');
    const { config } = loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: searchPath(dir), isTTY: false });
    expect(config.containers.runAsUser).toBe(true);
    expect(config.state.root).toBe('/tmp/deimos');
  });

  it('skips a directory where a file is expected', () => {
    const n = names(dir);
    fs.mkdirSync(n.user);
    dir.write(path.relative(dir.root, n.etc), state('/etc-root'));
    expect(loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: searchPath(dir), isTTY: false }).source).toBe(n.etc);
  });

  it('lets DEIMOS_CONFIG win over every file on the search path', () => {
    const n = names(dir);
    dir.write(path.relative(dir.root, n.local), state('/local'));
    const explicit = dir.write('elsewhere/my.cfg', state('/explicit'));
    const loaded = loadConfig({ env: { DEIMOS_CONFIG: explicit }, cwd: dir.cwd, home: dir.home, searchPath: searchPath(dir), isTTY: false });
    expect(loaded.source).toBe(explicit);
    expect(loaded.searched).toEqual([explicit]);
    expect(loaded.config.state.root).toBe('/explicit');
  });

  it('resolves a relative DEIMOS_CONFIG against cwd', () => {
    dir.write('cwd/conf/d.cfg', state('/relative'));
    expect(loadConfig({ env: { DEIMOS_CONFIG: 'conf/d.cfg' }, cwd: dir.cwd, home: dir.home, isTTY: false }).config.state.root).toBe('/relative');
  });

  it('fails with exit status 16 naming the file when DEIMOS_CONFIG names a missing file', () => {
    dir.write('cwd/deimos.cfg', state('/local'));
    const missing = path.join(dir.root, 'nope.cfg');
    const err = configErrorOf(() => loadConfig({ env: { DEIMOS_CONFIG: missing }, cwd: dir.cwd, home: dir.home, isTTY: false }));
    expect(err.message).toBe(`${missing}: does not exist (named by DEIMOS_CONFIG)`);
    expect(err.file).toBe(missing);
    expect(exitCodeOf(err)).toBe(16);
  });

  it('fails when DEIMOS_CONFIG names a directory', () => {
    const err = configErrorOf(() => loadConfig({ env: { DEIMOS_CONFIG: dir.home }, cwd: dir.cwd, home: dir.home, isTTY: false }));
    expect(err.message).toBe(`${dir.home}: is not a regular file (named by DEIMOS_CONFIG)`);
  });

  it('treats an empty DEIMOS_CONFIG as unset', () => {
    dir.write('cwd/deimos.cfg', state('/local'));
    expect(loadConfig({ env: { DEIMOS_CONFIG: '' }, cwd: dir.cwd, home: dir.home, isTTY: false }).config.state.root).toBe('/local');
  });
});

describe('isTerminal (the console default), against tty.isatty', () => {
  it('agrees with tty.isatty on files, devices, a directory, /dev/ptmx and a closed descriptor', () => {
    const file = path.join(dir.root, 'plain');
    fs.writeFileSync(file, '');
    const paths = [file, '/dev/null', '/dev/zero', '/dev/urandom', '/dev/ptmx', dir.root];
    const fds = paths.map((p) => fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOCTTY));
    try {
      const ours = fds.map((fd) => isTerminal(fd));
      expect(ours).toEqual(fds.map((fd) => tty.isatty(fd)));
      expect(ours).toContain(true); // /dev/ptmx: the comparison covers a terminal
    } finally {
      fds.forEach((fd) => fs.closeSync(fd));
    }
    expect(isTerminal(fds[0])).toBe(tty.isatty(fds[0])); // closed now: both false
  });

  it('agrees with tty.isatty on a pseudo-terminal (script(1) gives a child one)', () => {
    const probe = "const fs=require('fs');const s=fs.fstatSync(0);process.stdout.write(JSON.stringify({c:s.isCharacterDevice(),rdev:s.rdev,tty:require('tty').isatty(0)}))";
    const out = execFileSync('script', ['-qec', `${process.execPath} -e "${probe}"`, '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const seen = JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1)) as { c: boolean; rdev: number; tty: boolean };
    expect(seen.tty).toBe(true);
    expect(isTerminalStat({ isCharacterDevice: () => seen.c, rdev: seen.rdev })).toBe(true);
  });
});
