import * as http from 'node:http';
import { MidonetSimulator, startSimulator } from './simulator';
import { IDS, json, raw, SEED, UUID_V4, V, VC } from './test-http';

const basic = (user: string, pass: string): string => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

let sim: MidonetSimulator;
afterEach(async () => {
  await sim?.stop();
});

async function createPort(s: MidonetSimulator, body: unknown = { type: 'Bridge' }, type = V('Port-v2')): Promise<string> {
  const res = await raw(`${s.baseUri}/bridges/${IDS.bridge}/ports`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (res.headers.location as string).split('/').pop() as string;
}

async function bind(s: MidonetSimulator, hostId: string, body: unknown, type = V('HostInterfacePort-v1')) {
  return raw(`${s.baseUri}/hosts/${hostId}/ports`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) });
}

describe('root resource', () => {
  it('answers on the base and base + "/" with absolute URIs and literal {id} templates', async () => {
    sim = await startSimulator({ seed: SEED });
    for (const url of [sim.baseUri, `${sim.baseUri}/`]) {
      const res = await raw(url, { headers: { Accept: V('Application-v5') } });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(V('Application-v5'));
      const root = json(res);
      expect(root['uri']).toBe(`${sim.baseUri}/`);
      expect(root['version']).toBe('v1.10');
      expect(root['bridges']).toBe(`${sim.baseUri}/bridges`);
      expect(root['ports']).toBe(`${sim.baseUri}/ports`);
      expect(root['bridgeTemplate']).toBe(`${sim.baseUri}/bridges/{id}`);
      expect(root['hostTemplate']).toBe(`${sim.baseUri}/hosts/{id}`);
      expect(root['licenses']).toBeNull();
    }
  });

  it('leaves out the ports key unless the Accept is Application-v5', async () => {
    sim = await startSimulator();
    for (const accept of [V('Application-v4'), 'application/json', '*/*']) {
      const root = json(await raw(sim.baseUri, { headers: { Accept: accept } }));
      expect(root).not.toHaveProperty('ports');
      expect(root).toHaveProperty('bridgeTemplate');
    }
  });

  it('builds every URI from the configured public base', async () => {
    sim = await startSimulator({ publicBaseUri: 'http://api.example:8080/midonet-api', seed: SEED });
    expect(sim.baseUri).toBe('http://api.example:8080/midonet-api');
    const root = json(await raw(sim.listenUrl, { headers: { Accept: V('Application-v5') } }));
    expect(root['portTemplate']).toBe('http://api.example:8080/midonet-api/ports/{id}');
  });

  it('redirects the bare base to base + "/" when asked to, like Tomcat', async () => {
    sim = await startSimulator({ rootRedirect: true });
    const res = await raw(sim.baseUri, { headers: { Accept: V('Application-v5') } });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${sim.baseUri}/`);
  });

  it('answers 404 outside the base path', async () => {
    sim = await startSimulator();
    const url = new URL(sim.baseUri);
    expect((await raw(`${url.origin}/elsewhere`)).status).toBe(404);
  });
});

describe('login', () => {
  it('returns the mock admin token as a cookie and a Token-v1 body, for any method', async () => {
    sim = await startSimulator();
    for (const method of ['POST', 'GET']) {
      const res = await raw(`${sim.baseUri}/login`, { method, headers: { Authorization: basic('admin', 'pw') }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status).toBe(200);
      expect(res.headers['set-cookie']).toEqual(['sessionId=999888777666']);
      expect(res.headers['content-type']).toBe(`${V('Token-v1')}; charset=UTF-8`);
      expect(json(res)).toEqual({ key: '999888777666', expires: null });
    }
  });

  it.each([
    ['no header', undefined, 'Authorization header is not set.'],
    ['not Basic', 'Bearer abc', 'Authorization header does not contain Basic.'],
    ['a colon in the password', basic('admin', 'a:b'), 'Authorization header is not valid'],
    ['an empty password', basic('admin', ''), 'Authorization header is not valid'],
  ])('refuses %s with 401, WWW-Authenticate and an Error-v1 body', async (_what, authorization, message) => {
    sim = await startSimulator();
    const res = await raw(`${sim.baseUri}/login`, { method: 'POST', headers: authorization ? { Authorization: authorization } : {}, body: '{}' });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Basic  realm="BASIC_AUTH_REALM"');
    expect(res.headers['content-type']).toBe(V('Error-v1'));
    expect(json(res)).toEqual({ message, code: 401 });
  });

  it('in strict mode checks users, issues expiring tokens and rejects missing, unknown and expired ones', async () => {
    let now = Date.UTC(2015, 6, 15, 10, 0, 0);
    sim = await startSimulator({ auth: { mode: 'strict', users: [{ username: 'mido', password: 's3cret' }], tokenTtlMs: 60_000 }, clock: () => now });
    const bad = await raw(`${sim.baseUri}/login`, { method: 'POST', headers: { Authorization: basic('mido', 'wrong') } });
    expect(bad.status).toBe(401);
    expect(bad.headers['www-authenticate']).toBe('Basic  realm="BASIC_AUTH_REALM"');

    const ok = await raw(`${sim.baseUri}/login`, { method: 'POST', headers: { Authorization: basic('mido', 's3cret') } });
    expect(ok.status).toBe(200);
    const token = json(ok)['key'] as string;
    expect(ok.headers['set-cookie']).toEqual([`sessionId=${token}; Expires=Wed, 15-07-2015 10:01:00 GMT`]);
    expect(json(ok)['expires']).toBe('Wed, 15-07-2015 10:01:00 GMT');

    const accept = { Accept: V('Application-v5') };
    const none = await raw(sim.baseUri, { headers: accept });
    expect(none.status).toBe(401);
    expect(json(none)).toEqual({ message: 'No token was passed in.', code: 401 });
    expect(none.headers['www-authenticate']).toBeUndefined();

    const unknown = await raw(sim.baseUri, { headers: { ...accept, 'X-Auth-Token': 'nope' } });
    expect(unknown.status).toBe(401);
    expect(json(unknown)['message']).toBe('Authentication error');
    expect(unknown.headers['www-authenticate']).toBe('Basic  realm="BASIC_AUTH_REALM"');

    expect((await raw(sim.baseUri, { headers: { ...accept, 'X-Auth-Token': token } })).status).toBe(200);
    now += 60_000;
    expect((await raw(sim.baseUri, { headers: { ...accept, 'X-Auth-Token': token } })).status).toBe(401);
  });

  it('gives 403 to non-admin users on /hosts and GET /ports', async () => {
    sim = await startSimulator({ seed: SEED, auth: { mode: 'strict', users: [{ username: 'u', password: 'p', role: 'tenant_user' }] } });
    const token = json(await raw(`${sim.baseUri}/login`, { method: 'POST', headers: { Authorization: basic('u', 'p') } }))['key'] as string;
    const h = { 'X-Auth-Token': token };
    expect((await raw(`${sim.baseUri}/ports`, { headers: { ...h, Accept: VC('Port-v2') } })).status).toBe(403);
    const host = await raw(`${sim.baseUri}/hosts/${IDS.host}`, { headers: { ...h, Accept: V('Host-v2') } });
    expect(host.status).toBe(403);
    expect(json(host)).toEqual({ message: null, code: 403 });
    expect((await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { ...h, Accept: V('Bridge-v3') } })).status).toBe(200);
  });
});

describe('media types (v2015)', () => {
  it('answers an unknown Accept with an empty 406 and an unknown Content-Type with an empty 415', async () => {
    sim = await startSimulator({ seed: SEED });
    const notAcceptable = await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v4') } });
    expect(notAcceptable.status).toBe(406);
    expect(notAcceptable.body).toBe('');
    for (const headers of [{ 'Content-Type': V('Port-v3') }, {} as Record<string, string>]) {
      const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/ports`, { method: 'POST', headers, body: '{"type":"Bridge"}' });
      expect(res.status).toBe(415);
      expect(res.body).toBe('');
    }
  });

  it('serves the binding list only as the vendor collection type', async () => {
    sim = await startSimulator({ seed: SEED });
    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}/ports`, { headers: { Accept: 'application/json' } })).status).toBe(406);
    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}/ports`, { headers: { Accept: VC('HostInterfacePort-v1') } })).status).toBe(200);
  });

  it('gives application/json the version-1 view: no host fields, v1 type names on single GET', async () => {
    sim = await startSimulator({ seed: SEED });
    const portId = await createPort(sim);
    expect((await bind(sim, IDS.host, { portId, interfaceName: 'abcdef12-eth0' })).status).toBe(201);

    const v1 = json(await raw(`${sim.baseUri}/ports/${portId}`, { headers: { Accept: 'application/json' } }));
    expect(v1['type']).toBe('ExteriorBridge');
    expect(v1).not.toHaveProperty('hostId');
    expect(v1).not.toHaveProperty('interfaceName');

    const list = json<Record<string, unknown>[]>(await raw(`${sim.baseUri}/ports`, { headers: { Accept: 'application/json' } }));
    expect(list[0]?.['type']).toBe('Bridge');
    expect(list[0]).not.toHaveProperty('hostId');

    const v2 = json(await raw(`${sim.baseUri}/ports/${portId}`, { headers: { Accept: V('Port-v2') } }));
    expect(v2['type']).toBe('Bridge');
    expect(v2['hostId']).toBe(IDS.host);
  });

  it('ignores a body on GET and DELETE (python-midonetclient sends {})', async () => {
    sim = await startSimulator({ seed: SEED });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v3'), 'Content-Type': V('Bridge-v3') }, body: '{}' });
    expect(res.status).toBe(200);
    expect((await raw(`${sim.baseUri}/ports/${IDS.unknown}`, { method: 'DELETE', body: '{}' })).status).toBe(204);
  });
});

describe('media types (5.x)', () => {
  it('answers 406 for a wrong or missing Accept and a wrong or missing Content-Type', async () => {
    sim = await startSimulator({ seed: SEED, apiVersion: '5' });
    expect((await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v3') } })).status).toBe(406);
    expect((await raw(`${sim.baseUri}/bridges/${IDS.bridge}`)).status).toBe(406);
    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}`, { headers: { Accept: V('Host-v2') } })).status).toBe(406);
    for (const headers of [{ 'Content-Type': V('Port-v2') }, {} as Record<string, string>]) {
      const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/ports`, { method: 'POST', headers, body: '{"type":"Bridge"}' });
      expect(res.status).toBe(406);
      expect(res.body).toBe('');
    }
    expect((await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v4') } })).status).toBe(200);
  });
});

describe('bridges and ports', () => {
  it('renders a v3 bridge with vxLanPorts: [] and its ports link', async () => {
    sim = await startSimulator({ seed: SEED });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v3'), 'Content-Type': V('Bridge-v3') } });
    expect(res.headers['content-type']).toBe(V('Bridge-v3'));
    const bridge = json(res);
    expect(bridge).toMatchObject({ id: IDS.bridge, name: 'mesos', tenantId: 'tenant-a', vxLanPorts: [], ports: `${sim.baseUri}/bridges/${IDS.bridge}/ports` });
  });

  it('creates a bridge port: 201, absolute Location, empty body, fresh v4 UUID, full Port-v2 JSON with nulls', async () => {
    sim = await startSimulator({ seed: SEED });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/ports`, {
      method: 'POST',
      headers: { 'Content-Type': V('Port-v2') },
      body: '{"type":"Bridge"}',
    });
    expect(res.status).toBe(201);
    expect(res.body).toBe('');
    const location = res.headers.location as string;
    expect(location.startsWith(`${sim.baseUri}/ports/`)).toBe(true);
    const id = location.split('/').pop() as string;
    expect(id).toMatch(UUID_V4);
    const port = json(await raw(location, { headers: { Accept: V('Port-v2'), 'Content-Type': V('Port-v2') } }));
    expect(port).toEqual({
      id,
      type: 'Bridge',
      uri: location,
      deviceId: IDS.bridge,
      device: `${sim.baseUri}/bridges/${IDS.bridge}`,
      adminStateUp: true,
      active: false,
      hostId: null,
      host: null,
      interfaceName: null,
      hostInterfacePort: null,
      peerId: null,
      peer: null,
      link: `${location}/link`,
      portGroups: `${location}/port_groups`,
      inboundFilterId: null,
      inboundFilter: null,
      outboundFilterId: null,
      outboundFilter: null,
      vifId: null,
      vlanId: null,
      networkAddress: null,
      networkLength: -1,
      portAddress: null,
      portMac: null,
      bgps: null,
    });
  });

  it('keeps a client-supplied id, and a duplicate is the generic 500', async () => {
    sim = await startSimulator({ seed: SEED });
    const id = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    expect(await createPort(sim, { type: 'Bridge', id })).toBe(id);
    const dup = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/ports`, { method: 'POST', headers: { 'Content-Type': V('Port-v2') }, body: JSON.stringify({ type: 'Bridge', id }) });
    expect(dup.status).toBe(500);
    expect(json(dup)).toEqual({ message: 'An internal server error has occurred, please try again.', code: 500 });
  });

  it.each([
    [V('Port-v2'), 'ExteriorBridge', 'Invalid port type.  Only Bridge type is accepted.'],
    [V('Port-v1'), 'Bridge', 'Invalid port type.  Only InteriorBridge and ExteriorBridge are accepted.'],
    ['application/json', 'Bridge', 'Invalid port type.  Only InteriorBridge and ExteriorBridge are accepted.'],
  ])('with %s refuses type %s with the exact 400 message', async (contentType, type, message) => {
    sim = await startSimulator({ seed: SEED });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/ports`, { method: 'POST', headers: { 'Content-Type': contentType }, body: JSON.stringify({ type }) });
    expect(res.status).toBe(400);
    expect(json(res)).toEqual({ message, code: 400 });
  });

  it('answers 404 with the v2015 message for unknown ids and an empty-message 404 for malformed ones', async () => {
    sim = await startSimulator({ seed: SEED });
    const bridge = await raw(`${sim.baseUri}/bridges/${IDS.unknown}`, { headers: { Accept: V('Bridge-v3') } });
    expect(bridge.status).toBe(404);
    expect(bridge.headers['content-type']).toBe(V('Error-v1'));
    expect(json(bridge)).toEqual({ message: `No bridge with ID ${IDS.unknown} exists.`, code: 404 });
    const create = await raw(`${sim.baseUri}/bridges/${IDS.unknown}/ports`, { method: 'POST', headers: { 'Content-Type': V('Port-v2') }, body: '{"type":"Bridge"}' });
    expect(json(create)['message']).toBe(`No bridge with ID ${IDS.unknown} exists.`);
    expect(json(await raw(`${sim.baseUri}/hosts/${IDS.unknown}`, { headers: { Accept: V('Host-v2') } }))['message']).toBe(`No host with ID ${IDS.unknown} exists.`);
    expect(json(await raw(`${sim.baseUri}/ports/${IDS.unknown}`, { headers: { Accept: V('Port-v2') } }))['message']).toBe(`No port with ID ${IDS.unknown} exists.`);
    expect((await raw(`${sim.baseUri}/bridges/not-a-uuid`, { headers: { Accept: V('Bridge-v3') } })).status).toBe(404);
  });

  it('answers 404 with the 5.x message', async () => {
    sim = await startSimulator({ seed: SEED, apiVersion: '5' });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.unknown}`, { headers: { Accept: V('Bridge-v4') } });
    expect(json(res)).toEqual({ message: `There is no Network with ID ${IDS.unknown}.`, code: 404 });
  });

  it('lists every port whatever the query, and filters bridges by tenant_id', async () => {
    sim = await startSimulator({ seed: SEED });
    await createPort(sim);
    await createPort(sim);
    const ports = json<unknown[]>(await raw(`${sim.baseUri}/ports?device_id=${IDS.unknown}&x=1`, { headers: { Accept: VC('Port-v2') } }));
    expect(ports).toHaveLength(2);
    const all = json<{ id: string }[]>(await raw(`${sim.baseUri}/bridges`, { headers: { Accept: VC('Bridge-v3') } }));
    expect(all.map((b) => b.id)).toEqual([IDS.bridge, IDS.bridge2]);
    const mine = json<{ id: string }[]>(await raw(`${sim.baseUri}/bridges?tenant_id=tenant-b`, { headers: { Accept: VC('Bridge-v3') } }));
    expect(mine.map((b) => b.id)).toEqual([IDS.bridge2]);
  });

  it('deletes ports idempotently in v2015 and 404s unknown ones in 5.x', async () => {
    sim = await startSimulator({ seed: SEED });
    const id = await createPort(sim);
    expect((await raw(`${sim.baseUri}/ports/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await raw(`${sim.baseUri}/ports/${id}`, { method: 'DELETE' })).status).toBe(204);
    await sim.stop();
    sim = await startSimulator({ seed: SEED, apiVersion: '5' });
    const res = await raw(`${sim.baseUri}/ports/${IDS.unknown}`, { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(json(res)['message']).toBe(`There is no Port with ID ${IDS.unknown}.`);
  });
});

describe('hosts', () => {
  it('renders Host-v2 with Java-style addresses and links, Host-v3 with hostInterfaces', async () => {
    sim = await startSimulator({ seed: SEED });
    const host = json(await raw(`${sim.baseUri}/hosts/${IDS.host}`, { headers: { Accept: V('Host-v2') } }));
    expect(host).toEqual({
      id: IDS.host,
      name: 'agent-1',
      addresses: ['/10.0.0.5', '/fe80::1'],
      alive: true,
      floodingProxyWeight: 1,
      uri: `${sim.baseUri}/hosts/${IDS.host}`,
      interfaces: `${sim.baseUri}/hosts/${IDS.host}/interfaces`,
      ports: `${sim.baseUri}/hosts/${IDS.host}/ports`,
    });
    const v3 = json(await raw(`${sim.baseUri}/hosts/${IDS.host}`, { headers: { Accept: V('Host-v3') } }));
    expect(v3['hostInterfaces']).toEqual([]);
  });
});

describe('bindings (v2015)', () => {
  it('reports missing fields as bean-validation violations', async () => {
    sim = await startSimulator({ seed: SEED });
    const res = await bind(sim, IDS.host, {});
    expect(res.status).toBe(400);
    expect(json(res)).toEqual({
      message: 'Validation error(s) found',
      code: 400,
      violations: [
        { property: 'portId', message: 'may not be null' },
        { property: 'interfaceName', message: 'may not be null' },
      ],
    });
  });

  it('checks the preconditions in order with the exact 400 messages', async () => {
    sim = await startSimulator({ seed: SEED });
    const p1 = await createPort(sim);
    const p2 = await createPort(sim);
    const message = async (hostId: string, body: unknown): Promise<unknown> => {
      const res = await bind(sim, hostId, body);
      expect(res.status).toBe(400);
      return json(res)['message'];
    };
    // Unknown port wins over a bad host.
    expect(await message(IDS.unknown, { portId: IDS.unknown, interfaceName: 'x' })).toBe('Port ID is not valid.');
    expect(await message(IDS.unknown, { portId: p1, interfaceName: 'x' })).toBe('The specified host is not in any tunnel zone.');
    expect(await message(IDS.hostNoTz, { portId: p1, interfaceName: 'x' })).toBe('The specified host is not in any tunnel zone.');
    expect((await bind(sim, IDS.host, { portId: p1, interfaceName: 'c1-eth0' })).status).toBe(201);
    expect(await message(IDS.host, { portId: p2, interfaceName: 'c1-eth0' })).toBe('Interface is already bound to a port.');
  });

  it('upserts a repeated (port, interface) POST and keeps the port fields in step with the binding', async () => {
    sim = await startSimulator({ seed: SEED });
    const portId = await createPort(sim);
    const body = { portId, interfaceName: 'c1-eth0', hostId: IDS.unknown };
    const first = await bind(sim, IDS.host, body);
    expect(first.status).toBe(201);
    expect(first.body).toBe('');
    expect(first.headers.location).toBe(`${sim.baseUri}/hosts/${IDS.host}/ports/${portId}`);
    expect((await bind(sim, IDS.host, body)).status).toBe(201);

    const list = json<unknown[]>(await raw(`${sim.baseUri}/hosts/${IDS.host}/ports`, { headers: { Accept: VC('HostInterfacePort-v1') } }));
    expect(list).toEqual([
      {
        hostId: IDS.host,
        portId,
        interfaceName: 'c1-eth0',
        uri: `${sim.baseUri}/hosts/${IDS.host}/ports/${portId}`,
        host: `${sim.baseUri}/hosts/${IDS.host}`,
        port: `${sim.baseUri}/ports/${portId}`,
      },
    ]);
    const port = json(await raw(`${sim.baseUri}/ports/${portId}`, { headers: { Accept: V('Port-v2') } }));
    expect(port).toMatchObject({ hostId: IDS.host, interfaceName: 'c1-eth0', host: `${sim.baseUri}/hosts/${IDS.host}`, hostInterfacePort: `${sim.baseUri}/hosts/${IDS.host}/ports/${portId}` });

    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}/ports/${portId}`, { method: 'DELETE' })).status).toBe(204);
    const after = json(await raw(`${sim.baseUri}/ports/${portId}`, { headers: { Accept: V('Port-v2') } }));
    expect(after).toMatchObject({ hostId: null, interfaceName: null, hostInterfacePort: null });
    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}/ports/${portId}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await raw(`${sim.baseUri}/hosts/${IDS.host}/ports/${portId}`, { headers: { Accept: V('HostInterfacePort-v1') } });
    expect(gone.status).toBe(404);
    expect(json(gone)['message']).toBe('Mapping does not exist');
  });

  it('flips active with the agent stand-in and clears it on unbind', async () => {
    sim = await startSimulator({ seed: SEED, autoActivate: true });
    const portId = await createPort(sim);
    await bind(sim, IDS.host, { portId, interfaceName: 'c1-eth0' });
    const get = async () => json(await raw(`${sim.baseUri}/ports/${portId}`, { headers: { Accept: V('Port-v2') } }))['active'];
    expect(await get()).toBe(true);
    await raw(`${sim.baseUri}/hosts/${IDS.host}/ports/${portId}`, { method: 'DELETE' });
    expect(await get()).toBe(false);
    sim.setPortActive(portId, true);
    expect(await get()).toBe(true);
  });
});

describe('bindings (5.x)', () => {
  it('answers 409/404 as MidoNet 5.x does', async () => {
    sim = await startSimulator({ seed: SEED, apiVersion: '5' });
    const create = async (): Promise<string> => {
      const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/ports`, { method: 'POST', headers: { 'Content-Type': V('Port-v3') }, body: '{"type":"Bridge"}' });
      return (res.headers.location as string).split('/').pop() as string;
    };
    const p1 = await create();
    const p2 = await create();
    const expectError = async (hostId: string, body: unknown, status: number, message: string): Promise<void> => {
      const res = await bind(sim, hostId, body);
      expect(res.status).toBe(status);
      expect(json(res)['message']).toBe(message);
    };
    await expectError(IDS.hostNoTz, { portId: p1, interfaceName: 'x' }, 409, 'The specified host is not in any tunnel zone.');
    await expectError(IDS.host, { portId: IDS.unknown, interfaceName: 'x' }, 404, `There is no Port with ID ${IDS.unknown}.`);
    expect((await bind(sim, IDS.host, { portId: p1, interfaceName: 'c1-eth0' })).status).toBe(201);
    await expectError(IDS.host, { portId: p1, interfaceName: 'c1-eth0' }, 409, `Port ${p1} is already bound to an interface`);
    await expectError(IDS.host, { portId: p2, interfaceName: 'c1-eth0' }, 409, 'Interface c1-eth0 is already bound to a port.');

    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}/ports/${IDS.unknown}`, { method: 'DELETE' })).status).toBe(404);
    expect((await raw(`${sim.baseUri}/hosts/${IDS.host}/ports/${p2}`, { method: 'DELETE' })).status).toBe(204);
  });
});

describe('control endpoints and faults', () => {
  it('sets faults, shows state and resets over HTTP', async () => {
    sim = await startSimulator({ seed: SEED });
    const origin = new URL(sim.baseUri).origin;
    const added = await raw(`${origin}/_sim/faults`, { method: 'POST', body: JSON.stringify({ method: 'GET', path: '/bridges/*', status: 503, times: 2 }) });
    expect(added.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v3') } });
      expect(res.status).toBe(503);
      expect(json(res)).toEqual({ message: 'Can not access topology information', code: 503 });
    }
    expect((await raw(`${sim.baseUri}/bridges/${IDS.bridge}`, { headers: { Accept: V('Bridge-v3') } })).status).toBe(200);

    await createPort(sim);
    const state = json<{ ports: unknown[]; hosts: { tunnelZoneIds: string[] }[] }>(await raw(`${origin}/_sim/state`));
    expect(state.ports).toHaveLength(1);
    expect(state.hosts[0]?.tunnelZoneIds).toEqual([IDS.tz]);
    await raw(`${origin}/_sim/reset`, { method: 'POST' });
    expect(sim.state().ports).toHaveLength(0);
    expect(sim.requests).toHaveLength(0);

    const badFault = await raw(`${origin}/_sim/faults`, { method: 'POST', body: JSON.stringify({ path: '/x' }) });
    expect(badFault.status).toBe(400);
  });

  it('refuses a seed with dangling references and leaves the state as it was', async () => {
    sim = await startSimulator({ seed: SEED });
    expect(() => sim.seed({ ports: [{ bridgeId: IDS.unknown }] })).toThrow(/unknown bridge/);
    expect(() => sim.reset({ hosts: [{ tunnelZones: ['nope'] }] })).toThrow(/unknown tunnel zone/);
    expect(sim.state().bridges).toHaveLength(2);
  });

  it('applies an "after" fault once the request has taken effect', async () => {
    sim = await startSimulator({ seed: SEED });
    const portId = await createPort(sim);
    sim.addFault({ method: 'POST', path: '/hosts/{id}/ports', drop: true, when: 'after' });
    await expect(bind(sim, IDS.host, { portId, interfaceName: 'c1-eth0' })).rejects.toThrow();
    expect(sim.state().bindings).toEqual([{ hostId: IDS.host, portId, interfaceName: 'c1-eth0' }]);
    expect(sim.requests.at(-1)?.status).toBe('dropped');
  });

  it('pauses a matching request after applying it, and answers it only when released', async () => {
    sim = await startSimulator({ seed: SEED });
    sim.addFault({ method: 'POST', path: '/bridges/{id}/ports', pause: true });
    let answered = false;
    const pending = createPort(sim).then((id) => {
      answered = true;
      return id;
    });
    const held = await sim.waitForPause({ method: 'POST', path: '/bridges/*/ports' });
    expect(held).toMatchObject({ method: 'POST', path: `/bridges/${IDS.bridge}/ports`, callerGone: false });
    // Applied, not answered: the port exists while its creator still waits.
    expect(sim.state().ports).toHaveLength(1);
    expect(sim.state().paused).toEqual([held]);
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    // Other requests pass meanwhile (the fault was used up).
    expect(await createPort(sim)).toMatch(UUID_V4);
    expect(sim.release(held.id)).toBe(1);
    expect(await pending).toBe(sim.state().ports[0]?.id);
    expect(sim.paused()).toEqual([]);
  });

  it('notes a caller that hung up while paused, and releases over HTTP', async () => {
    sim = await startSimulator({ seed: SEED });
    const origin = new URL(sim.baseUri).origin;
    const added = await raw(`${origin}/_sim/faults`, { method: 'POST', body: JSON.stringify({ method: 'DELETE', path: '/ports/*', pause: true }) });
    expect(added.status).toBe(201);
    const id = await createPort(sim);
    const req = http.request(`${sim.baseUri}/ports/${id}`, { method: 'DELETE', agent: false });
    req.on('error', () => undefined);
    req.end();
    const held = await sim.waitForPause({ method: 'DELETE' });
    expect(sim.state().ports).toHaveLength(0);
    req.destroy(); // the caller dies in the window
    expect(await pollFor(() => sim.paused()[0]?.callerGone === true)).toBe(true);
    const listed = json<{ id: number; callerGone: boolean }[]>(await raw(`${origin}/_sim/paused`));
    expect(listed).toEqual([{ ...held, callerGone: true }]);
    const released = await raw(`${origin}/_sim/paused/release`, { method: 'POST', body: '{}' });
    expect(json(released)).toEqual({ released: 1 });
    expect(sim.paused()).toEqual([]);
    expect((await raw(`${origin}/_sim/paused/release`, { method: 'POST', body: '{"id":"x"}' })).status).toBe(400);
  });

  it('refuses a pause that is not a boolean, and gives up waiting for a pause that never comes', async () => {
    sim = await startSimulator({ seed: SEED });
    expect(() => sim.addFault({ path: '/x', pause: 'yes' as unknown as boolean })).toThrow(/pause must be true or false/);
    await expect(sim.waitForPause({ method: 'POST' }, 50)).rejects.toThrow(/no request POST \*\* was paused within 50 ms/);
  });
});

async function pollFor(check: () => boolean, timeoutMs = 2000): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 10))) if (check()) return true;
  return check();
}
