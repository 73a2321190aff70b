import path from 'node:path';
import { loadConfig, renderConfig } from './index';
import { TestDir, configErrorOf } from './test-support/tmp';

let dir: TestDir;
beforeEach(() => {
  dir = new TestDir();
});
afterEach(() => dir.cleanup());

const SECRETS = ['hunter2', 's3cr3t-pw', 'tok-123', 'pw-in-docker-host', 'envpass', 'rc-url-pw'];

describe('renderConfig', () => {
  it('prints every section and key, with defaults, naming the source file', () => {
    const loaded = dir.load('[containers]\nrun_as_user: true\n');
    const text = renderConfig(loaded);
    expect(text).toContain(`# read from ${path.join(dir.root, 'deimos.cfg')}\n`);
    expect(text).toContain('[containers]\nstop_grace_seconds: 2\nexecutor_grace_seconds: 10\nrun_as_user: true\nhard_cpu_limits: false\nremove_on_exit: true\nworkdir: /tmp/mesos-sandbox\n');
    expect(text).toContain('[docker.index]\n# index: (not set)\n# account: (not set)\naccount_libmesos: libmesos\n# dockercfg: (not set)\n');
    expect(text).toContain('[containers.options]\ndefault: []\nappend: []\nignore: false\n');
    expect(text).toContain('[log]\nconsole: INFO\n# syslog: (not set)\n');
    expect(text).toContain('[docker]\n# no global docker options\n');
    expect(text).toContain('# MidoNet is not configured');
    for (const section of ['docker.timeouts', 'containers.image', 'hooks', 'uris', 'state', 'recover']) expect(text).toContain(`\n[${section}]\n`);
  });

  it('says when no file was found, and where it looked', () => {
    const loaded = loadConfig({ env: {}, cwd: dir.cwd, home: dir.home, searchPath: ['/nonexistent/a.cfg', '/nonexistent/b.cfg'], isTTY: false });
    expect(renderConfig(loaded)).toMatch(/^# deimos effective configuration\n# no configuration file found: built-in defaults\n# searched: \/nonexistent\/a.cfg, \/nonexistent\/b.cfg\n/);
  });

  it('loads back to the same configuration', () => {
    const loaded = dir.load(
      [
        '[docker]',
        'host: ["unix:///var/run/docker.sock"]',
        'tls: true',
        'label: "true"',
        '[containers.image]',
        'default: docker:///x',
        '[docker.index]',
        'account_libmesos: "True"',
        "index: 'quay.io:5000'",
        '[containers.options]',
        'append: ["-e", "A=[1]"]',
        '[hooks]',
        'onlaunch: ["/bin/echo", "hi"]',
        '[log]',
        'syslog: warn',
        '[midonet]',
        'api_url: http://m:8080/midonet-api',
        'attach: bridge:br0',
        "username: '[admin]'",
        'host_id: 5c0a1bc4-2d9f-4c1e-9a73-6f0e1d2c3b4a',
        'reserved: 198.18.7.1 - 198.18.7.20,198.18.7.99',
      ].join('\n'),
    );
    const text = renderConfig(loaded);
    // Parsed once into numbers; printed back in the one written form.
    expect(text).toMatch(/^reserved: 198\.18\.7\.1-198\.18\.7\.20, 198\.18\.7\.99$/m);
    const again = dir.load(text);
    const { midonet: m1, ...rest1 } = loaded.config;
    const { midonet: m2, ...rest2 } = again.config;
    expect(rest2).toEqual(rest1);
    expect({ ...m2, source: undefined }).toEqual({ ...m1, source: undefined });
  });

  it('names where MidoNet settings came from', () => {
    const rc = dir.write('home/.midonetrc', '[cli]\napi_url = http://m/api\ntenant = t1\n');
    const text = renderConfig(loadConfig({ env: { MIDO_USER: 'u' }, cwd: dir.cwd, home: dir.home, searchPath: [], isTTY: false }));
    expect(text).toContain(`# no [midonet] section; from ${rc} [cli] overridden by environment MIDO_USER\n[midonet]\napi_url: http://m/api\nusername: u\n`);
    expect(text).toContain('# tenant (legacy, not a [midonet] key): t1\n');
    const file = path.join(dir.root, 'deimos.cfg');
    expect(renderConfig(dir.load('\n[midonet]\napi_url: http://m/api\n'))).toContain(`# from [midonet] at ${file}:2\n[midonet]\n`);
  });

  it('never prints a secret from the file: passwords, tokens, URL credentials', () => {
    const loaded = dir.load(
      [
        '[docker]',
        'host: ["tcp://admin:pw-in-docker-host@docker:2376", "unix:///var/run/docker.sock"]',
        'registry_token: tok-123',
        '[containers.options]',
        'append: ["-e", "PROXY=http://u:hunter2@proxy:3128"]',
        '[midonet]',
        'api_url: https://admin:hunter2@mido:8443/midonet-api',
        'username: admin',
        'password: s3cr3t-pw',
      ].join('\n'),
    );
    const text = renderConfig(loaded);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('password: <redacted>');
    expect(text).toContain('registry_token: <redacted>');
    expect(text).toContain('api_url: https://<redacted>@mido:8443/midonet-api');
    expect(text).toContain('host: ["tcp://<redacted>@docker:2376","unix:///var/run/docker.sock"]');
    expect(text).toContain('username: admin');
  });

  it('never prints a secret from ~/.midonetrc or MIDO_PASSWORD', () => {
    dir.write('home/.midonetrc', '[cli]\napi_url = http://admin:rc-url-pw@m/api\npassword = s3cr3t-pw\n');
    const text = renderConfig(loadConfig({ env: { MIDO_PASSWORD: 'envpass' }, cwd: dir.cwd, home: dir.home, searchPath: [], isTTY: false }));
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('password: <redacted>');
  });

  it('keeps the text of an unencoded "@" in a URL password out too', () => {
    const text = renderConfig(dir.load('[midonet]\napi_url: http://admin:hun@ter2@mido/api\n'));
    expect(text).toContain('api_url: http://<redacted>@mido/api');
    expect(text).not.toContain('ter2');
  });

  it('keeps secrets out of error messages', () => {
    const messages = [
      configErrorOf(() => dir.load('[midonet]\napi_url: ftp://admin:hunter2@m/api\n')).message,
      configErrorOf(() => dir.load('[midonet]\napi_url: http://m/api\npassword: ["s3cr3t-pw"]\n')).message,
      configErrorOf(() => dir.load('[docker]\nhost: ["tcp://u:pw-in-docker-host@h", 1,]\n')).message,
      configErrorOf(() => dir.load('[containers.options]\nappend: "http://u:hunter2@proxy"\n')).message,
      configErrorOf(() => dir.load('[midonet]\npassword hunter2\n')).message,
      configErrorOf(() => loadConfig({ env: { MIDO_API_URL: 'ftp://u:envpass@m' }, cwd: dir.cwd, home: dir.home, searchPath: [], isTTY: false }).config.midonet).message,
    ];
    for (const message of messages) for (const secret of SECRETS) expect(message).not.toContain(secret);
    expect(messages[0]).toContain('got "ftp://<redacted>@m/api"');
    expect(messages[1]).toContain('got <redacted>');
  });
});
