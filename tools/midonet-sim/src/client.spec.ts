// The real client (@deimos/midonet) against the simulator, both API generations.
import { DeimosError, MidonetHttpError } from '@deimos/errors';
import { MidonetClient, MidonetClientSettings } from '@deimos/midonet';
import { MidonetSimulator, SimulatorOptions, startSimulator } from './simulator';
import { IDS, SEED, UUID_V4, V, VC } from './test-http';

const PASSWORD = 'pa55-W0rd-xyzzy';
const TOKEN = 'tok-4a7c9e1f-secret';

let sim: MidonetSimulator;
let lines: string[];

afterEach(async () => {
  await sim?.stop();
});

async function setup(apiVersion: '2015' | '5', simOpts: SimulatorOptions = {}, settings: Partial<MidonetClientSettings> = {}): Promise<MidonetClient> {
  sim = await startSimulator({ seed: SEED, apiVersion, ...simOpts });
  lines = [];
  return new MidonetClient({ apiUrl: sim.listenUrl, apiVersion, timeoutMs: 2000, username: 'admin', password: PASSWORD, ...settings }, { log: (line) => lines.push(line) });
}

async function failure(p: Promise<unknown>): Promise<MidonetHttpError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MidonetHttpError);
  return err as MidonetHttpError;
}

/** Everything a user or a log file could see of an error. */
function visible(err: unknown): string {
  const e = err as DeimosError;
  return [String(e), e.message, e.hint ?? '', JSON.stringify(e), e.stack ?? ''].join('\n');
}

const posts = (s: MidonetSimulator, path: RegExp) => s.requests.filter((r) => r.method === 'POST' && path.test(r.path));

describe.each(['2015', '5'] as const)('client against the %s simulator', (apiVersion) => {
  const media = apiVersion === '2015' ? { bridge: 'Bridge-v3', port: 'Port-v2', host: 'Host-v2' } : { bridge: 'Bridge-v4', port: 'Port-v3', host: 'Host-v3' };

  it('wires and unwires a container port end to end', async () => {
    const client = await setup(apiVersion);
    const bridge = await client.getBridge(IDS.bridge);
    expect(bridge).toMatchObject({ id: IDS.bridge, name: 'mesos', ports: `${sim.baseUri}/bridges/${IDS.bridge}/ports` });

    const port = await client.createBridgePort(IDS.bridge);
    expect(port.id).toMatch(UUID_V4);
    expect(port).toMatchObject({ type: 'Bridge', deviceId: IDS.bridge, hostId: null, interfaceName: null });

    const host = await client.getHost(IDS.host);
    expect(host).toMatchObject({ id: IDS.host, alive: true, ports: `${sim.baseUri}/hosts/${IDS.host}/ports` });

    const binding = await client.bindInterface(IDS.host, port.id, '5506de2b-eth0');
    expect(binding).toMatchObject({ hostId: IDS.host, portId: port.id, interfaceName: '5506de2b-eth0' });
    // One POST only: a second one is a 409 on 5.x (spec §7.4 bug 1).
    expect(posts(sim, /^\/hosts\/[^/]+\/ports$/)).toHaveLength(1);

    expect(await client.getPort(port.id)).toMatchObject({ hostId: IDS.host, interfaceName: '5506de2b-eth0' });
    expect((await client.listHostBindings(IDS.host)).map((b) => b.portId)).toEqual([port.id]);
    expect((await client.listPorts()).map((p) => p.id)).toEqual([port.id]);

    await client.deleteBinding(IDS.host, port.id);
    expect(await client.listHostBindings(IDS.host)).toEqual([]);
    expect(await client.getPort(port.id)).toMatchObject({ hostId: null, interfaceName: null });
    await client.deleteBinding(IDS.host, port.id);

    await client.deletePort(port.id);
    await client.deletePort(port.id);
    const gone = await failure(client.getPort(port.id));
    expect(gone.status).toBe(404);
    expect(gone.serverMessage).toBe(apiVersion === '2015' ? `No port with ID ${port.id} exists.` : `There is no Port with ID ${port.id}.`);
  });

  it('creates a port under the id it chose, finds it by that id after a lost answer, and a delete of a never-made id is fine', async () => {
    const client = await setup(apiVersion);
    const chosen = '5e1ec7ed-0000-4000-8000-0000000027aa';
    // The POST takes effect; its answer never arrives.
    sim.addFault({ method: 'POST', path: '/bridges/{id}/ports', drop: true, when: 'after' });
    await expect(client.createBridgePort(IDS.bridge, chosen)).rejects.toThrow();
    expect(await client.getPort(chosen)).toMatchObject({ id: chosen, deviceId: IDS.bridge });
    await client.deletePort(chosen);
    await client.deletePort('5e1ec7ed-0000-4000-8000-0000000027bb');
    expect(sim.state().ports).toEqual([]);
    await expect(client.createBridgePort(IDS.bridge, 'not-a-uuid')).rejects.toThrow(/invalid MidoNet port id "not-a-uuid"/);
  });

  it('sends the exact media types, Content-Type + Accept on single GETs, and no body on GET/DELETE', async () => {
    const client = await setup(apiVersion);
    const port = await client.createBridgePort(IDS.bridge);
    await client.bindInterface(IDS.host, port.id, 'c-eth0');
    await client.listPorts();
    await client.deleteBinding(IDS.host, port.id);
    await client.deletePort(port.id);

    const api = sim.requests.filter((r) => r.path !== '/login');
    expect(api[0]).toMatchObject({ method: 'GET', path: '', accept: V('Application-v5') });
    const seen = new Set(api.map((r) => `${r.method} ${r.accept ?? '-'} ${r.contentType ?? '-'}`));
    expect([...seen].sort()).toEqual(
      [
        `GET ${V('Application-v5')} -`,
        `GET ${V(media.bridge)} ${V(media.bridge)}`,
        `POST - ${V(media.port)}`,
        `GET ${V(media.port)} ${V(media.port)}`,
        `GET ${V(media.host)} ${V(media.host)}`,
        `POST - ${V('HostInterfacePort-v1')}`,
        `GET ${V('HostInterfacePort-v1')} ${V('HostInterfacePort-v1')}`,
        `GET ${VC(media.port)} -`,
        `GET ${VC('HostInterfacePort-v1')} -`,
        'DELETE - -',
      ].sort(),
    );
    for (const r of api.filter((r) => r.method !== 'POST')) expect(r.bodyBytes).toBe(0);
    expect(api.every((r) => r.token)).toBe(true);
    // The root is fetched once and cached.
    expect(api.filter((r) => r.path === '' || r.path === '/')).toHaveLength(1);
  });

  it('surfaces each binding precondition as a typed error with the server message', async () => {
    const client = await setup(apiVersion);
    const p1 = await client.createBridgePort(IDS.bridge);
    const p2 = await client.createBridgePort(IDS.bridge);
    const noZone = await failure(client.bindInterface(IDS.hostNoTz, p1.id, 'a-eth0'));
    expect(noZone.status).toBe(apiVersion === '2015' ? 400 : 409);
    expect(noZone.serverMessage).toBe('The specified host is not in any tunnel zone.');
    expect(noZone.method).toBe('POST');
    expect(noZone.url).toBe(`${sim.baseUri}/hosts/${IDS.hostNoTz}/ports`);

    const unknownPort = await failure(client.bindInterface(IDS.host, IDS.unknown, 'a-eth0'));
    expect([unknownPort.status, unknownPort.serverMessage]).toEqual(apiVersion === '2015' ? [400, 'Port ID is not valid.'] : [404, `There is no Port with ID ${IDS.unknown}.`]);

    await client.bindInterface(IDS.host, p1.id, 'a-eth0');
    const taken = await failure(client.bindInterface(IDS.host, p2.id, 'a-eth0'));
    expect([taken.status, taken.serverMessage]).toEqual(apiVersion === '2015' ? [400, 'Interface is already bound to a port.'] : [409, 'Interface a-eth0 is already bound to a port.']);

    const unknownHost = await failure(client.getHost(IDS.unknown));
    expect(unknownHost.status).toBe(404);
  });

  it('refuses to talk to the other generation (406 with a hint)', async () => {
    sim = await startSimulator({ seed: SEED, apiVersion: apiVersion === '2015' ? '5' : '2015' });
    const client = new MidonetClient({ apiUrl: sim.listenUrl, apiVersion, timeoutMs: 2000 });
    const err = await failure(client.getBridge(IDS.bridge));
    expect(err.status).toBe(406);
    expect(err.hint).toMatch(/API version/);
  });

  it('logs in once, retries once after the token expired, and never leaks secrets', async () => {
    const client = await setup(apiVersion, { auth: { mode: 'strict', users: [{ username: 'admin', password: PASSWORD }] } });
    await client.getBridge(IDS.bridge);
    await client.getHost(IDS.host);
    expect(posts(sim, /^\/login$/)).toHaveLength(1);

    sim.expireTokens();
    await client.getBridge(IDS.bridge);
    expect(posts(sim, /^\/login$/)).toHaveLength(2);
    expect(sim.requests.slice(-3).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([`GET /bridges/${IDS.bridge} 401`, 'POST /login 200', `GET /bridges/${IDS.bridge} 200`]);
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });

  it('gives up after one re-login when the retry is refused again', async () => {
    const client = await setup(apiVersion);
    await client.getBridge(IDS.bridge);
    sim.addFault({ method: 'GET', path: '/bridges/*', status: 401, message: 'Authentication error', times: 2 });
    const err = await failure(client.getBridge(IDS.bridge));
    expect(err.status).toBe(401);
    expect(posts(sim, /^\/login$/)).toHaveLength(2);
  });

  it('reports a refused login as a 401 without the password', async () => {
    const client = await setup(apiVersion, { auth: { mode: 'strict', users: [{ username: 'admin', password: 'other' }] } });
    const err = await failure(client.getBridge(IDS.bridge));
    expect(err.status).toBe(401);
    expect(err.method).toBe('POST');
    expect(err.url).toBe(`${sim.listenUrl}/login`);
    expect(visible(err)).not.toContain(PASSWORD);
    expect(visible(err)).not.toContain(Buffer.from(`admin:${PASSWORD}`).toString('base64'));
  });
});

describe('client against injected faults', () => {
  it('surfaces a 500 on binding create with status and server message', async () => {
    const client = await setup('2015');
    const port = await client.createBridgePort(IDS.bridge);
    sim.addFault({ method: 'POST', path: '/hosts/{id}/ports', status: 500 });
    const err = await failure(client.bindInterface(IDS.host, port.id, 'c-eth0'));
    expect(err).toMatchObject({ status: 500, method: 'POST', serverMessage: 'An internal server error has occurred, please try again.' });
    expect(err.message).toBe(`MidoNet API POST ${sim.baseUri}/hosts/${IDS.host}/ports: HTTP 500: An internal server error has occurred, please try again.`);
    expect(sim.state().bindings).toEqual([]);
  });

  it('times out a delayed answer with status 0, naming method and URL', async () => {
    const client = await setup('2015', {}, { timeoutMs: 150 });
    await client.getBridge(IDS.bridge);
    sim.addFault({ method: 'GET', path: '/hosts/*', delayMs: 2000 });
    const err = await failure(client.getHost(IDS.host));
    expect(err.status).toBe(0);
    expect(err.message).toBe(`MidoNet API GET ${sim.baseUri}/hosts/${IDS.host}: no response: timed out after 150 ms`);
    expect(lines.at(-1)).toMatch(new RegExp(`^midonet // GET ${sim.baseUri}/hosts/${IDS.host} -> 0 \\(\\d+ ms\\) timed out after 150 ms$`));
  });

  it('reports a dropped connection as status 0', async () => {
    const client = await setup('5');
    sim.addFault({ path: '/', drop: true });
    const err = await failure(client.getBridge(IDS.bridge));
    expect(err.status).toBe(0);
    expect(err.url).toBe(sim.listenUrl);
    expect(err.serverMessage).toMatch(/socket hang up|ECONNRESET/);
    // The root was not cached, so the next call fetches it again and works.
    await expect(client.getBridge(IDS.bridge)).resolves.toMatchObject({ id: IDS.bridge });
  });

  it('does not repeat a binding POST whose answer was lost', async () => {
    const client = await setup('5');
    const port = await client.createBridgePort(IDS.bridge);
    sim.addFault({ method: 'POST', path: '/hosts/*/ports', drop: true, when: 'after' });
    const err = await failure(client.bindInterface(IDS.host, port.id, 'c-eth0'));
    expect(err.status).toBe(0);
    expect(posts(sim, /^\/hosts\/[^/]+\/ports$/)).toHaveLength(1);
    expect(sim.state().bindings).toHaveLength(1);
  });

  it('follows the Tomcat redirect from the bare base to base + "/"', async () => {
    const client = await setup('2015', { rootRedirect: true });
    await client.getBridge(IDS.bridge);
    expect(
      sim.requests
        .filter((r) => r.method === 'GET')
        .slice(0, 2)
        .map((r) => `${r.path} ${r.status}`),
    ).toEqual([' 302', '/ 200']);
  });

  it('keeps the password and the token out of every log line and error, even when the server echoes them', async () => {
    const client = await setup('2015', { auth: { mode: 'mock', adminToken: TOKEN } });
    await client.getBridge(IDS.bridge);
    sim.addFault({ path: '/hosts/*', status: 500, message: `token ${TOKEN} and password ${PASSWORD} rejected` });
    const err = await failure(client.getHost(IDS.host));
    expect(err.serverMessage).toBe('token [redacted] and password [redacted] rejected');
    sim.addFault({ path: '/hosts/*', delayMs: 1000 });
    const timeout = await failure(new MidonetClient({ apiUrl: sim.listenUrl, apiVersion: '2015', timeoutMs: 50, username: 'admin', password: PASSWORD }).getHost(IDS.host));
    for (const text of [...lines, visible(err), visible(timeout)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(PASSWORD);
    }
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(/^midonet \/\/ POST http:\/\/127\.0\.0\.1:\d+\/midonet-api\/login -> 200 \(\d+ ms\)$/);
  });

  it('logs in only once for concurrent first calls', async () => {
    const client = await setup('2015', { auth: { mode: 'strict', users: [{ username: 'admin', password: PASSWORD }] } });
    await Promise.all([client.getBridge(IDS.bridge), client.getHost(IDS.host), client.listPorts()]);
    expect(posts(sim, /^\/login$/)).toHaveLength(1);
  });
});
