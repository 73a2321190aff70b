import { authConfigKey, cliConfigJson, convertToHostname, encodeRegistryAuth, parseDockerConfig, secretsOf, selectAuth, DOCKER_HUB_KEY } from './registry-auth';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('parseDockerConfig', () => {
  it('reads config.json "auths", decoding "auth" into user and password', () => {
    const c = parseDockerConfig(JSON.stringify({ auths: { 'r.example:5000': { auth: b64('alice:s3:cr3t') } }, psFormat: 'x' }), '/f');
    expect(c.format).toBe('config.json');
    expect(c.entries).toEqual([['r.example:5000', { serveraddress: 'r.example:5000', username: 'alice', password: 's3:cr3t' }]]);
  });
  it('reads the legacy .dockercfg (entries at the top level, with email)', () => {
    const c = parseDockerConfig(JSON.stringify({ 'https://index.docker.io/v1/': { auth: b64('bob:pw'), email: 'b@example' } }), '/f');
    expect(c.format).toBe('dockercfg');
    expect(c.entries).toEqual([[DOCKER_HUB_KEY, { serveraddress: DOCKER_HUB_KEY, username: 'bob', password: 'pw' }]]);
  });
  it('reads the oldest two-line .dockercfg as Docker Hub credentials', () => {
    const c = parseDockerConfig(`auth = ${b64('carol:pw2')}\nemail = c@example\n`, '/f');
    expect(c.entries).toEqual([[DOCKER_HUB_KEY, { serveraddress: DOCKER_HUB_KEY, username: 'carol', password: 'pw2' }]]);
  });
  it('notes credential helpers, which are not run', () => {
    expect(parseDockerConfig('{"auths": {}, "credsStore": "pass"}', '/f').helpers).toBe(true);
    expect(parseDockerConfig('{"auths": {}}', '/f').helpers).toBe(false);
  });
  it('refuses a broken file naming the file and the entry, never quoting a secret', () => {
    expect(() => parseDockerConfig('{"auths": {"h": {"auth": "!!hunter2!!"}}}', '/etc/dcfg')).toThrow(/^\/etc\/dcfg: the "auth" of "h" is not base64$/);
    expect(() => parseDockerConfig(`{"auths": {"h": {"auth": "${b64('nocolonhunter2')}"}}}`, '/etc/dcfg')).toThrow(/not base64 of user:password/);
    expect(() => parseDockerConfig('hunter2', '/etc/dcfg')).toThrow(/^\/etc\/dcfg: neither JSON nor/);
    try {
      parseDockerConfig('{"auths": {"h": {"auth": "!!hunter2!!"}}}', '/etc/dcfg');
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
  });
});

describe('selectAuth (the entry the Docker CLI uses for a registry host)', () => {
  const config = parseDockerConfig(
    JSON.stringify({
      auths: {
        'https://other.example/v1/': { auth: b64('o:o') },
        'http://127.0.0.1:5055/v2/': { auth: b64('legacy:l') },
        '127.0.0.1:5055': { auth: b64('exact:e') },
        'https://index.docker.io/v1/': { auth: b64('hub:h') },
        'quay.io': { identitytoken: 'tok' },
        'empty.example': {},
      },
    }),
    '/f',
  );
  it('prefers the exact key, then one that names the host with a scheme or path', () => {
    expect(selectAuth(config, '127.0.0.1:5055')?.auth.username).toBe('exact');
    expect(selectAuth(config, 'other.example')?.auth.username).toBe('o');
    const legacyOnly = parseDockerConfig(JSON.stringify({ 'http://127.0.0.1:5055/v2/': { auth: b64('legacy:l') } }), '/f');
    expect(selectAuth(legacyOnly, '127.0.0.1:5055')).toEqual({ key: 'http://127.0.0.1:5055/v2/', auth: expect.objectContaining({ username: 'legacy' }) });
  });
  it('keys Docker Hub as https://index.docker.io/v1/', () => {
    expect(authConfigKey('docker.io')).toBe(DOCKER_HUB_KEY);
    expect(selectAuth(config, 'docker.io')?.auth.username).toBe('hub');
  });
  it('takes an identity token, and finds nothing for other hosts or empty entries', () => {
    expect(selectAuth(config, 'quay.io')?.auth).toEqual({ serveraddress: 'quay.io', identitytoken: 'tok' });
    expect(selectAuth(config, 'registry.example:5000')).toBeUndefined();
    expect(selectAuth(config, 'empty.example')).toBeUndefined();
    // A port is part of the host: 127.0.0.1 alone is another registry.
    expect(selectAuth(config, '127.0.0.1')).toBeUndefined();
  });
  it('converts keys to hosts as the CLI does', () => {
    expect(convertToHostname('https://r.example:5000/v1/')).toBe('r.example:5000');
    expect(convertToHostname('r.example/v2')).toBe('r.example');
    expect(convertToHostname('r.example')).toBe('r.example');
  });
});

describe('encodeRegistryAuth (X-Registry-Auth)', () => {
  it('is base64url with padding of the AuthConfig JSON, empty fields left out', () => {
    // ">>>" and "???" give "+" and "/" in plain base64: the URL alphabet must replace them.
    const auth = { username: 'u>>>', password: 'p???', serveraddress: '127.0.0.1:5055' };
    const header = encodeRegistryAuth(auth);
    expect(header).toMatch(/^[A-Za-z0-9_-]+=*$/);
    expect(header).not.toMatch(/[+/]/);
    expect(header).toContain('_');
    expect(header.length % 4).toBe(0);
    const json = Buffer.from(header.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    expect(json).toBe('{"username":"u>>>","password":"p???","serveraddress":"127.0.0.1:5055"}');
  });
});

describe('cliConfigJson and secretsOf', () => {
  it('writes the one entry as config.json "auth", and lists every form of the secret', () => {
    const auth = { username: 'alice', password: 'hunter2', serveraddress: 'r' };
    const json = JSON.parse(cliConfigJson('r', auth, 'ctx')) as { auths: Record<string, { auth: string }>; currentContext: string };
    expect(json).toEqual({ auths: { r: { auth: b64('alice:hunter2') } }, currentContext: 'ctx' });
    expect(secretsOf(auth)).toEqual(['hunter2', b64('alice:hunter2'), encodeRegistryAuth(auth)]);
  });
});
