import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './index';
import { TestDir, configErrorOf } from './test-support/tmp';

let dir: TestDir;
beforeEach(() => {
  dir = new TestDir();
});
afterEach(() => dir.cleanup());

const rc = (text: string) => dir.write('home/.midonetrc', text);
const load = (env: Record<string, string> = {}) => loadConfig({ env, cwd: dir.cwd, home: dir.home, searchPath: [], isTTY: false });

const DEFAULTS = {
  hostId: undefined,
  hostIdFile: '/etc/midonet_host_id.properties',
  attach: { mode: 'agent' },
  required: true,
  apiVersion: '2015',
  timeoutSeconds: 10,
  datapath: 'midonet',
  reserved: [],
  taskAddresses: true,
};

describe('MidoNet settings', () => {
  it('are undefined when nothing configures MidoNet', () => {
    expect(load().config.midonet).toBeUndefined();
  });

  it('are undefined when ~/.midonetrc has no api_url and no MIDO_API_URL is set', () => {
    rc('[cli]\nusername = admin\n');
    expect(load({ MIDO_USER: 'x' }).config.midonet).toBeUndefined();
  });

  it('come from ~/.midonetrc [cli] when the file has no [midonet] section', () => {
    const file = rc('[cli]\napi_url = http://mido:8080/midonet-api\nusername = admin\npassword = pw\nproject_id = p1\ntenant = t1\n\n[other]\nanything = goes\n');
    expect(load().config.midonet).toEqual({
      ...DEFAULTS,
      apiUrl: 'http://mido:8080/midonet-api',
      username: 'admin',
      password: 'pw',
      projectId: 'p1',
      tenant: 't1',
      source: { kind: 'legacy', midonetrc: file, env: [] },
    });
  });

  it('come from MIDO_* variables, which override ~/.midonetrc key by key', () => {
    const file = rc('[cli]\napi_url = http://rc:8080/midonet-api\nusername = rc-user\npassword = rc-pw\n');
    const midonet = load({ MIDO_API_URL: 'https://env:8443/midonet-api', MIDO_PASSWORD: 'env-pw', MIDO_TENANT: 'env-tenant', MIDO_PROJECT_ID: '' }).config.midonet;
    expect(midonet).toMatchObject({
      apiUrl: 'https://env:8443/midonet-api',
      username: 'rc-user',
      password: 'env-pw',
      projectId: undefined,
      tenant: 'env-tenant',
      source: { kind: 'legacy', midonetrc: file, env: ['MIDO_API_URL', 'MIDO_PASSWORD', 'MIDO_TENANT'] },
    });
  });

  it('come from MIDO_* alone, without ~/.midonetrc', () => {
    expect(load({ MIDO_API_URL: 'http://env/api', MIDO_USER: 'u', MIDO_PROJECT_ID: 'p' }).config.midonet).toEqual({
      ...DEFAULTS,
      apiUrl: 'http://env/api',
      username: 'u',
      password: undefined,
      projectId: 'p',
      tenant: undefined,
      source: { kind: 'legacy', midonetrc: undefined, env: ['MIDO_API_URL', 'MIDO_USER', 'MIDO_PROJECT_ID'] },
    });
  });

  it('come only from the [midonet] section when there is one', () => {
    rc('[cli]\napi_url = http://rc/api\npassword = rc-pw\n');
    const midonet = dir.load('[midonet]\napi_url: http://section/api\n', { env: { MIDO_API_URL: 'http://env/api', MIDO_USER: 'env-user' } }).config.midonet;
    expect(midonet).toMatchObject({ apiUrl: 'http://section/api', username: undefined, password: undefined, source: { kind: 'section', line: 1 } });
  });

  it('are read lazily: ~/.midonetrc is only opened when config.midonet is read', () => {
    const { config } = load();
    rc('[cli]\napi_url = http://late/api\n');
    expect(config.midonet?.apiUrl).toBe('http://late/api');
    fs.rmSync(path.join(dir.home, '.midonetrc'));
    expect(config.midonet?.apiUrl).toBe('http://late/api');
  });

  it('never fail loading when ~/.midonetrc is broken; reading them names its line', () => {
    const file = rc('[cli]\napi_url = http://m/api\nthis line is broken\n');
    const { config } = load();
    const err = configErrorOf(() => config.midonet);
    expect(err.message).toBe(`${file}:3: no ":" or "=" after "this"; expected "key: value" or "key = value"`);
  });

  it('reject an api_url in ~/.midonetrc that is not http(s), naming its line', () => {
    const file = rc('[cli]\n\napi_url = ftp://m/api\n');
    const err = configErrorOf(() => load().config.midonet);
    expect(err.message).toMatch(new RegExp(`^${file}:3: \\[cli\\] api_url: scheme "ftp" is not http or https`));
  });

  it('reject a MIDO_API_URL that is not http(s), naming the variable', () => {
    const err = configErrorOf(() => load({ MIDO_API_URL: 'midonet:8080' }).config.midonet);
    expect(err.message).toMatch(/^environment variable MIDO_API_URL: scheme "midonet" is not http or https; expected .*, got "midonet:8080"$/);
  });

  it('do not read ~/.midonetrc when there is no home', () => {
    expect(loadConfig({ env: {}, cwd: dir.cwd, home: '', searchPath: [], isTTY: false }).config.midonet).toBeUndefined();
  });
});
