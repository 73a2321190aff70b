import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import { parseSimArgs } from './main';
import { loadSeedFile, normalizeSeed } from './seed';
import { startSimulator } from './simulator';

describe('parseSimArgs', () => {
  it('gives defaults for no arguments', () => {
    expect(parseSimArgs([])).toMatchObject({ help: false, quiet: false, rootRedirect: false, autoActivate: false, port: undefined, apiVersion: undefined });
  });

  it('reads every option', () => {
    const opts = parseSimArgs([
      '--host',
      '127.0.0.2',
      '--port',
      '8181',
      '--base-path',
      '/api',
      '--public-base',
      'http://h:1/api',
      '--api',
      '5',
      '--auth',
      'strict',
      '--user',
      'a:b',
      '--user',
      'c:d:tenant_user',
      '--token-ttl',
      '500',
      '--seed',
      'x.json',
      '--root-redirect',
      '--auto-activate',
      '--quiet',
    ]);
    expect(opts).toMatchObject({
      host: '127.0.0.2',
      port: 8181,
      basePath: '/api',
      publicBaseUri: 'http://h:1/api',
      apiVersion: '5',
      auth: {
        mode: 'strict',
        tokenTtlMs: 500,
        users: [
          { username: 'a', password: 'b', role: 'admin' },
          { username: 'c', password: 'd', role: 'tenant_user' },
        ],
      },
      seed: 'x.json',
      rootRedirect: true,
      autoActivate: true,
      quiet: true,
    });
  });

  it.each([[['--api', '4']], [['--port', '-1']], [['--port', '70000']], [['--auth', 'keystone']], [['--user', 'nopass']], [['--user', 'a:b:root']], [['--bogus']], [['stray']]])(
    'refuses %j as a usage error',
    (argv) => {
      let err: unknown;
      try {
        parseSimArgs(argv);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DeimosError);
      expect((err as DeimosError).code).toBe('USAGE');
    },
  );
});

describe('seeds', () => {
  it('loads the example seed file and starts from it', async () => {
    const file = path.join(__dirname, '..', 'seed.example.json');
    const seed = loadSeedFile(file);
    const sim = await startSimulator({ seed: file });
    try {
      const state = sim.state();
      expect(state.hosts).toHaveLength(seed.hosts?.length ?? -1);
      expect(state.bindings).toEqual([{ hostId: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001', portId: '5c0a1f2e-3d4c-4b5a-8697-a8b9c0d1e2f3', interfaceName: '5506de2b-eth0' }]);
    } finally {
      await sim.stop();
    }
  });

  it.each([
    [[], /must be a JSON object/],
    [{ routers: [] }, /not a seed section/],
    [{ bridges: [{ id: 'nope' }] }, /bridges\[0\]\.id must be a UUID/],
    [{ ports: [{}] }, /ports\[0\]\.bridgeId is required/],
    [{ ports: [{ bridgeId: '78488c47-d1de-4d16-a27a-4e6419dc4f88', hostId: '78488c47-d1de-4d16-a27a-4e6419dc4f88' }] }, /both hostId and interfaceName/],
    [{ tunnelZones: [{ name: 'z', type: 'ipsec' }] }, /gre, vxlan or vtep/],
  ])('refuses a malformed seed %#', (seed, message) => {
    expect(() => normalizeSeed(seed)).toThrow(message);
  });

  it('names the file when a seed file is unreadable', () => {
    expect(() => loadSeedFile('/nonexistent/seed.json')).toThrow(/\/nonexistent\/seed\.json: cannot read seed file/);
  });
});
