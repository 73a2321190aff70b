// Conformance of the simulator to the servers' source, one generation at a
// time: the requests python-midonetclient makes (v2015.06.2 of
// midonet/python-midonetclient for v2015; midonet/midonet v5.2.1's
// python-midonetclient for 5.x), in its order, with its media types and its
// `{}` body on every request, and the answers the server source implies.
// Each `describe` below is one class of issue 29; the file that decides each
// answer is named in tools/midonet-sim/src/api.ts next to the rule.
import { MidonetSimulator, startSimulator } from './simulator';
import { DHCP_SEED, IDS, json, raw, RawResponse, V, VC } from './test-http';

const GENERIC_500 = 'An internal server error has occurred, please try again.';
const SUBNET = '198.18.7.0_24';

let sim: MidonetSimulator;
afterEach(async () => {
  await sim?.stop();
});

/** What python-midonetclient sends per generation for DHCP (vendor_media_type.py). */
const PY = {
  '2015': { subnet: V('DhcpSubnet-v2'), subnets: VC('DhcpSubnet-v2'), host: V('DhcpHost-v1'), hosts: VC('DhcpHost-v1') },
  '5': { subnet: V('DhcpSubnet-v2'), subnets: VC('DhcpSubnet-v2'), host: V('DhcpHost-v2'), hosts: VC('DhcpHost-v2') },
} as const;

/**
 * One request as api_lib.do_request makes it: the body is `{}` when there is
 * none (json.dumps(None) is never sent), headers exactly as given.
 */
function py(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<RawResponse> {
  return raw(url, { method, headers, body: JSON.stringify(body ?? {}) });
}

const bridgeUrl = (id: string = IDS.bridge): string => `${sim.baseUri}/bridges/${id}`;
const subnetUrl = (key = SUBNET, bridge: string = IDS.bridge): string => `${bridgeUrl(bridge)}/dhcp/${key}`;
const hostsUrl = (key = SUBNET, bridge: string = IDS.bridge): string => `${subnetUrl(key, bridge)}/hosts`;

/** ResourceBase.create: POST with Content-Type, then GET of Location with Content-Type and Accept. */
async function pyCreate(url: string, type: string, dto: unknown): Promise<{ post: RawResponse; get?: RawResponse }> {
  const post = await py(url, 'POST', { 'Content-Type': type }, dto);
  if (post.status !== 201) return { post };
  const get = await py(post.headers.location as string, 'GET', { 'Content-Type': type, Accept: type });
  return { post, get };
}

function expectError(res: RawResponse, status: number, message: string | null): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe(V('Error-v1'));
  expect(json(res)).toMatchObject({ message, code: status });
}

describe.each(['2015', '5'] as const)('python-midonetclient DHCP session against %s', (apiVersion) => {
  const t = PY[apiVersion];

  it('answers every call of add_dhcp_subnet, add_dhcp_host, get_dhcp_hosts and the deletes in order', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    // bridge.get_dhcp_subnets()
    const subnets = await py(`${bridgeUrl()}/dhcp`, 'GET', { Accept: t.subnets });
    expect(subnets.status).toBe(200);
    expect(subnets.headers['content-type']).toBe(t.subnets);
    expect(json<unknown[]>(subnets)).toHaveLength(1);

    // bridge.add_dhcp_subnet().subnet_prefix(..).subnet_length(..).default_gateway(..).create()
    const made = await pyCreate(`${bridgeUrl()}/dhcp`, t.subnet, { subnetPrefix: '198.18.9.0', subnetLength: 24, defaultGateway: '198.18.9.1' });
    expect(made.post.status).toBe(201);
    expect(made.post.body).toBe('');
    expect(made.post.headers.location).toBe(subnetUrl('198.18.9.0_24'));
    expect(made.get?.status).toBe(200);
    expect(made.get?.headers['content-type']).toBe(t.subnet);
    expect(json(made.get as RawResponse)).toEqual({
      uri: subnetUrl('198.18.9.0_24'),
      hosts: hostsUrl('198.18.9.0_24'),
      subnetPrefix: '198.18.9.0',
      subnetLength: 24,
      defaultGateway: '198.18.9.1',
      serverAddr: apiVersion === '2015' ? '198.18.9.1' : null,
      dnsServerAddrs: null,
      interfaceMTU: 0,
      opt121Routes: [],
      enabled: true,
    });

    // subnet.add_dhcp_host().mac_addr(..).ip_addr(..).name(..).create()
    const host = await pyCreate(hostsUrl('198.18.9.0_24'), t.host, { macAddr: '02:0a:00:00:00:01', ipAddr: '198.18.9.10', name: 'c1' });
    expect(host.post.status).toBe(201);
    const entryUrl = `${hostsUrl('198.18.9.0_24')}/${apiVersion === '2015' ? '02-0a-00-00-00-01' : '02:0a:00:00:00:01'}`;
    expect(host.post.headers.location).toBe(entryUrl);
    expect(host.get?.status).toBe(200);
    expect(host.get?.headers['content-type']).toBe(t.host);
    const entry = { uri: entryUrl, macAddr: '02:0a:00:00:00:01', ipAddr: '198.18.9.10', name: 'c1' };
    expect(json(host.get as RawResponse)).toEqual(apiVersion === '2015' ? entry : { ...entry, extraDhcpOpts: [] });

    // subnet.get_dhcp_hosts()
    const hosts = await py(hostsUrl('198.18.9.0_24'), 'GET', { Accept: t.hosts });
    expect(hosts.status).toBe(200);
    expect(hosts.headers['content-type']).toBe(t.hosts);
    expect(json<{ uri: string }[]>(hosts).map((h) => h.uri)).toEqual([entryUrl]);

    // host.delete(), subnet.delete(): no media headers.
    expect((await py(entryUrl, 'DELETE', {})).status).toBe(204);
    expect((await py(subnetUrl('198.18.9.0_24'), 'DELETE', {})).status).toBe(204);
    expect(json<{ uri: string }[]>(await py(`${bridgeUrl()}/dhcp`, 'GET', { Accept: t.subnets })).map((s) => s.uri)).toEqual([subnetUrl()]);
  });
});

describe.each(['2015', '5'] as const)('subnet delete (%s): 204, not 405', (apiVersion) => {
  it('deletes a subnet with its entries and answers 204 with no body', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(subnetUrl(), 'DELETE', {});
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
    expect(sim.state().dhcp).toEqual([]);
  });

  it('answers a delete of a missing subnet as its source does', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(subnetUrl('198.18.99.0_24'), 'DELETE', {});
    // 5.x subnetNotFoundResp(String) echoes the path segment; v2015 lists the missing hosts node.
    if (apiVersion === '5') expectError(res, 404, `Network ${IDS.bridge} does not have a subnet with address 198.18.99.0_24.`);
    else expectError(res, 500, GENERIC_500);
  });
});

describe.each(['2015', '5'] as const)('numeric strings (%s): Jackson turns "24" into 24', (apiVersion) => {
  it('creates a subnet posted with "subnetLength":"24" (201) and serves the length as a number', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const made = await pyCreate(`${bridgeUrl(IDS.bridge2)}/dhcp`, PY[apiVersion].subnet, { subnetPrefix: '198.18.8.0', subnetLength: '24' });
    expect(made.post.status).toBe(201);
    expect(json(made.get as RawResponse)['subnetLength']).toBe(24);
  });

  it('still refuses a string that is not a number', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(`${bridgeUrl(IDS.bridge2)}/dhcp`, 'POST', { 'Content-Type': PY[apiVersion].subnet }, { subnetPrefix: '198.18.8.0', subnetLength: 'x' });
    expect(res.status).toBe(400);
  });
});

describe.each(['2015', '5'] as const)('unmasked prefixes (%s): IPv4Subnet keeps the address', (apiVersion) => {
  it('keeps 198.18.11.5/24 as 198.18.11.5_24 in the Location, the URI and the body', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const made = await pyCreate(`${bridgeUrl(IDS.bridge2)}/dhcp`, PY[apiVersion].subnet, { subnetPrefix: '198.18.11.5', subnetLength: 24 });
    expect(made.post.headers.location).toBe(subnetUrl('198.18.11.5_24', IDS.bridge2));
    expect(json(made.get as RawResponse)).toMatchObject({ uri: subnetUrl('198.18.11.5_24', IDS.bridge2), subnetPrefix: '198.18.11.5', subnetLength: 24 });
    // The masked form names no subnet.
    const masked = await py(subnetUrl('198.18.11.0_24', IDS.bridge2), 'GET', { Accept: PY[apiVersion].subnet, 'Content-Type': PY[apiVersion].subnet });
    expect(masked.status).toBe(404);
  });
});

describe('serverAddr default', () => {
  it('v2015: the gateway, else the broadcast address minus one (BridgeDhcpZkManager.Subnet)', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '2015' });
    const gw = await pyCreate(`${bridgeUrl(IDS.bridge2)}/dhcp`, PY['2015'].subnet, { subnetPrefix: '198.18.8.0', subnetLength: 24, defaultGateway: '198.18.8.1' });
    expect(json(gw.get as RawResponse)['serverAddr']).toBe('198.18.8.1');
    const none = await pyCreate(`${bridgeUrl(IDS.bridge2)}/dhcp`, PY['2015'].subnet, { subnetPrefix: '198.18.12.0', subnetLength: 24 });
    expect(json(none.get as RawResponse)).toMatchObject({ defaultGateway: null, serverAddr: '198.18.12.254' });
  });

  it('5.x: null when none is given', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const gw = await pyCreate(`${bridgeUrl(IDS.bridge2)}/dhcp`, PY['5'].subnet, { subnetPrefix: '198.18.8.0', subnetLength: 24, defaultGateway: '198.18.8.1' });
    expect(json(gw.get as RawResponse)['serverAddr']).toBeNull();
  });
});

describe('fields per media version', () => {
  it('v2015: DhcpHost-v1 has no extraDhcpOpts and DhcpSubnet-v1 no enabled (@Since("2")); v2 has both', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '2015' });
    const v1 = json<Record<string, unknown>[]>(await py(hostsUrl(), 'GET', { Accept: VC('DhcpHost-v1') }));
    expect(Object.keys(v1[0] ?? {})).toEqual(['uri', 'macAddr', 'ipAddr', 'name']);
    const v2 = json<Record<string, unknown>[]>(await py(hostsUrl(), 'GET', { Accept: VC('DhcpHost-v2') }));
    expect(v2[0]?.['extraDhcpOpts']).toEqual([]);
    const s1 = json<Record<string, unknown>[]>(await py(`${bridgeUrl()}/dhcp`, 'GET', { Accept: VC('DhcpSubnet-v1') }));
    expect(s1[0]).not.toHaveProperty('enabled');
    const s2 = json<Record<string, unknown>[]>(await py(`${bridgeUrl()}/dhcp`, 'GET', { Accept: VC('DhcpSubnet-v2') }));
    expect(s2[0]?.['enabled']).toBe(true);
  });

  it('5.x: serves v2 only, always with extraDhcpOpts', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    expect((await py(hostsUrl(), 'GET', { Accept: VC('DhcpHost-v1') })).status).toBe(406);
    const v2 = json<Record<string, unknown>[]>(await py(hostsUrl(), 'GET', { Accept: VC('DhcpHost-v2') }));
    expect(v2[0]?.['extraDhcpOpts']).toEqual([]);
  });
});

describe.each(['2015', '5'] as const)('what the servers refuse and how (%s)', (apiVersion) => {
  const t = PY[apiVersion];

  it('a MAC written with "-" in a body is a 500 (MAC.fromString splits on ":" only)', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(hostsUrl(), 'POST', { 'Content-Type': t.host }, { macAddr: '02-0b-00-00-00-01', ipAddr: '198.18.7.20', name: 'x' });
    const message = apiVersion === '5' ? "MAC address string must be 6 words of 1 or 2 hex digits joined with 5 ':' but was 02-0b-00-00-00-01." : GENERIC_500;
    expectError(res, 500, message);
    expect(sim.state().dhcp[0]?.hosts).toHaveLength(1);
  });

  it('an unparseable ipAddr is a 500, not a 400', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(hostsUrl(), 'POST', { 'Content-Type': t.host }, { macAddr: '02:0b:00:00:00:01', ipAddr: '198.18.7', name: 'x' });
    expect(res.status).toBe(500);
    if (apiVersion === '2015') expectError(res, 500, GENERIC_500);
    expect(sim.state().dhcp[0]?.hosts).toHaveLength(1);
  });

  it('a duplicate MAC is 409 on 5.x and the generic 500 on v2015', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(hostsUrl(), 'POST', { 'Content-Type': t.host }, { macAddr: '02:00:00:00:00:01', ipAddr: '198.18.7.21', name: 'dup' });
    if (apiVersion === '5') expectError(res, 409, `Subnet 198.18.7.0/24 on bridge ${IDS.bridge} already has a host with MAC address 02:00:00:00:00:01.`);
    else expectError(res, 500, GENERIC_500);
  });

  it('a GET and a DELETE of a deleted entry', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const entry = `${hostsUrl()}/${apiVersion === '5' ? '02:00:00:00:00:01' : '02-00-00-00-00-01'}`;
    expect((await py(entry, 'DELETE', {})).status).toBe(204);
    const get = await py(entry, 'GET', { Accept: t.host, 'Content-Type': t.host });
    const again = await py(entry, 'DELETE', {});
    if (apiVersion === '5') {
      const text = `Network ${IDS.bridge} does not have a subnet with address 198.18.7.0/24.`;
      expectError(get, 404, text);
      expectError(again, 404, text);
    } else {
      // dhcpHostsGet checks the node; the DELETE reads null, then deletes a missing node.
      expectError(get, 404, 'Host was not found.');
      expectError(again, 500, GENERIC_500);
    }
  });

  it('entries under an unknown subnet', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const list = await py(hostsUrl('198.18.99.0_24'), 'GET', { Accept: t.hosts });
    const post = await py(hostsUrl('198.18.99.0_24'), 'POST', { 'Content-Type': t.host }, { macAddr: '02:0b:00:00:00:02', ipAddr: '198.18.99.2', name: 'x' });
    if (apiVersion === '5') {
      const text = `Network ${IDS.bridge} does not have a subnet with address 198.18.99.0/24.`;
      expectError(list, 404, text);
      expectError(post, 404, text);
    } else {
      expectError(list, 500, GENERIC_500);
      expectError(post, 500, GENERIC_500);
    }
  });

  it('calls on an unknown bridge', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const subnets = await py(`${bridgeUrl(IDS.unknown)}/dhcp`, 'GET', { Accept: t.subnets });
    const hosts = await py(hostsUrl(SUBNET, IDS.unknown), 'GET', { Accept: t.hosts });
    const post = await py(hostsUrl(SUBNET, IDS.unknown), 'POST', { 'Content-Type': t.host }, { macAddr: '02:0b:00:00:00:03', ipAddr: '198.18.7.3', name: 'x' });
    const del = await py(`${hostsUrl(SUBNET, IDS.unknown)}/${apiVersion === '5' ? '02:00:00:00:00:01' : '02-00-00-00-00-01'}`, 'DELETE', {});
    const addSubnet = await py(`${bridgeUrl(IDS.unknown)}/dhcp`, 'POST', { 'Content-Type': t.subnet }, { subnetPrefix: '198.18.9.0', subnetLength: 24 });
    for (const res of [subnets, hosts, post, del, addSubnet]) {
      // 5.x: ZOOM's NotFoundException for Topology.Network; v2015: the authoriser
      // returns null and the ZooKeeper read of the missing node is unmapped.
      if (apiVersion === '5') expectError(res, 404, `There is no Network with ID ${IDS.unknown}.`);
      else expectError(res, 500, GENERIC_500);
    }
  });

  it('bean-validation text of a bad subnet', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await py(`${bridgeUrl(IDS.bridge2)}/dhcp`, 'POST', { 'Content-Type': t.subnet }, { subnetPrefix: '198.18.8', subnetLength: 33 });
    expectError(res, 400, 'Validation error(s) found');
    expect(json(res)['violations']).toEqual([
      { property: 'subnetPrefix', message: apiVersion === '5' ? 'is an invalid IPv4 format' : 'is an invalid IP format' },
      { property: 'subnetLength', message: 'must be less than or equal to 32' },
    ]);
  });
});

describe('media types', () => {
  it("5.x: a DhcpHost-v1 entry is refused 415 by the resource's own @Consumes, a DhcpSubnet-v1 406 by validateMediaType", async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const host = await py(hostsUrl(), 'POST', { 'Content-Type': V('DhcpHost-v1') }, { macAddr: '02:0b:00:00:00:04', ipAddr: '198.18.7.4', name: 'x' });
    expect(host.status).toBe(415);
    expect(host.body).toBe('');
    const subnet = await py(`${bridgeUrl(IDS.bridge2)}/dhcp`, 'POST', { 'Content-Type': V('DhcpSubnet-v1') }, { subnetPrefix: '198.18.8.0', subnetLength: 24 });
    expect(subnet.status).toBe(406);
  });

  it('v2015: takes the v1 entry python-midonetclient v2015.06 sends', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '2015' });
    const host = await py(hostsUrl(), 'POST', { 'Content-Type': V('DhcpHost-v1') }, { macAddr: '02:0b:00:00:00:04', ipAddr: '198.18.7.4', name: 'x' });
    expect(host.status).toBe(201);
  });

  it('5.x: DHCP GETs negotiate with @Produces, so a request without Accept is served', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const res = await raw(hostsUrl());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(VC('DhcpHost-v2'));
  });
});

describe('authorisation', () => {
  const users = [
    { username: 'admin', password: 'a', role: 'admin' as const },
    { username: 'ta', password: 't', role: 'tenant_admin' as const },
    { username: 'tu', password: 'u', role: 'tenant_user' as const },
  ];
  async function tokenOf(user: string, password: string, project?: string): Promise<string> {
    const headers: Record<string, string> = { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
    if (project) headers['X-Auth-Project'] = project;
    return json<{ key: string }>(await raw(`${sim.baseUri}/login`, { method: 'POST', headers, body: '{}' })).key;
  }

  it('5.x: a user that is not an admin gets 401 with a null message and no WWW-Authenticate, everywhere', async () => {
    sim = await startSimulator({ seed: { ...DHCP_SEED, ports: [] }, apiVersion: '5', auth: { mode: 'strict', users } });
    for (const [user, password] of [
      ['ta', 't'],
      ['tu', 'u'],
    ] as const) {
      const token = await tokenOf(user, password, 'tenant-a');
      const calls = [
        py(`${sim.baseUri}/`, 'GET', { Accept: V('Application-v5'), 'X-Auth-Token': token }),
        py(bridgeUrl(), 'GET', { Accept: V('Bridge-v4'), 'X-Auth-Token': token }),
        py(`${bridgeUrl()}/dhcp`, 'GET', { Accept: VC('DhcpSubnet-v2'), 'X-Auth-Token': token }),
        py(hostsUrl(), 'POST', { 'Content-Type': V('DhcpHost-v2'), 'X-Auth-Token': token }, { macAddr: '02:0b:00:00:00:05', ipAddr: '198.18.7.5', name: 'x' }),
        py(`${hostsUrl()}/02:00:00:00:00:01`, 'DELETE', { 'X-Auth-Token': token }),
      ];
      for (const res of await Promise.all(calls)) {
        expectError(res, 401, null);
        expect(res.headers['www-authenticate']).toBeUndefined();
      }
    }
    expect(sim.state().dhcp[0]?.hosts).toHaveLength(1);
    const admin = await tokenOf('admin', 'a');
    expect((await py(`${bridgeUrl()}/dhcp`, 'GET', { Accept: VC('DhcpSubnet-v2'), 'X-Auth-Token': admin })).status).toBe(200);
  });

  it("v2015: a tenant user may read its own bridge, gets a bare 403 on writes and a named 403 on another tenant's bridge", async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '2015', auth: { mode: 'strict', users } });
    const own = await tokenOf('tu', 'u', 'tenant-a');
    expect((await py(hostsUrl(), 'GET', { Accept: VC('DhcpHost-v1'), 'X-Auth-Token': own })).status).toBe(200);
    expectError(await py(hostsUrl(), 'POST', { 'Content-Type': V('DhcpHost-v1'), 'X-Auth-Token': own }, { macAddr: '02:0b:00:00:00:06', ipAddr: '198.18.7.6' }), 403, null);
    const other = await tokenOf('ta', 't', 'tenant-b');
    expectError(await py(hostsUrl(), 'GET', { Accept: VC('DhcpHost-v1'), 'X-Auth-Token': other }), 403, 'Not authorized to view DHCP config of this bridge.');
    expectError(
      await py(hostsUrl(), 'POST', { 'Content-Type': V('DhcpHost-v1'), 'X-Auth-Token': other }, { macAddr: '02:0b:00:00:00:06', ipAddr: '198.18.7.6' }),
      403,
      'Not authorized to configure DHCP for this bridge.',
    );
  });
});

describe.each([
  ['2015', V('Port-v2'), 500, GENERIC_500],
  ['5', V('Port-v3'), 409, 'A(n) Port with ID 5e1ec7ed-0000-4000-8000-00000000c0de already exists.'],
] as const)('client-chosen port ids against %s', (apiVersion, type, dupStatus, dupMessage) => {
  // v2015: Port.setConfig -> Converter.toPortConfig -> PortZkManager.create
  // (random only when null); 5.x: models/Port.java create() (random only
  // when null). A duplicate: v2015 NodeExists unmapped (500), 5.x
  // ObjectExistsException in MidonetResource.tryTx (409 with its text).
  const chosen = '5e1ec7ed-0000-4000-8000-00000000c0de';

  it('creates the port under the id in the body, and refuses the same id again', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const made = await pyCreate(`${bridgeUrl()}/ports`, type, { type: 'Bridge', id: chosen });
    expect(made.post.status).toBe(201);
    expect(made.post.headers.location).toBe(`${sim.baseUri}/ports/${chosen}`);
    expect(json(made.get as RawResponse)).toMatchObject({ id: chosen, type: 'Bridge', deviceId: IDS.bridge });
    expectError(await py(`${bridgeUrl()}/ports`, 'POST', { 'Content-Type': type }, { type: 'Bridge', id: chosen }), dupStatus, dupMessage);
    expect(sim.state().ports.map((p) => p.id)).toEqual([chosen]);
  });
});

describe('port surface (5.x)', () => {
  it('names bridges "Network" in not-found texts', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    expectError(await py(bridgeUrl(IDS.unknown), 'GET', { Accept: V('Bridge-v4'), 'Content-Type': V('Bridge-v4') }), 404, `There is no Network with ID ${IDS.unknown}.`);
    const post = await py(`${bridgeUrl(IDS.unknown)}/ports`, 'POST', { 'Content-Type': V('Port-v3') }, { type: 'Bridge' });
    expectError(post, 404, `There is no Network with ID ${IDS.unknown}.`);
  });

  it('says "Host interface port not found" for a missing binding', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const res = await py(`${sim.baseUri}/hosts/${IDS.host}/ports/${IDS.unknown}`, 'GET', { Accept: V('HostInterfacePort-v1'), 'Content-Type': V('HostInterfacePort-v1') });
    expectError(res, 404, 'Host interface port not found');
  });

  it('fails a Router port on a bridge in bean validation first, and accepts an ExteriorBridge port', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const router = await py(`${bridgeUrl()}/ports`, 'POST', { 'Content-Type': V('Port-v3') }, { type: 'Router' });
    expectError(router, 400, 'Validation error(s) found');
    expect(json(router)['violations']).toEqual([
      { property: 'networkAddress', message: 'may not be null' },
      { property: 'portAddress', message: 'may not be null' },
    ]);
    const valid = await py(`${bridgeUrl()}/ports`, 'POST', { 'Content-Type': V('Port-v3') }, { type: 'Router', networkAddress: '10.0.0.0', networkLength: 24, portAddress: '10.0.0.1' });
    expectError(valid, 400, 'Not a bridge port.');
    const exterior = await pyCreate(`${bridgeUrl()}/ports`, V('Port-v3'), { type: 'ExteriorBridge' });
    expect(exterior.post.status).toBe(201);
    expect(json(exterior.get as RawResponse)).toMatchObject({ type: 'Bridge', deviceId: IDS.bridge });
  });

  it('answers a malformed UUID in a path with a 404 that names it', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    expectError(await py(`${sim.baseUri}/ports/not-a-uuid`, 'GET', { Accept: V('Port-v3'), 'Content-Type': V('Port-v3') }), 404, 'There is no Port with ID not-a-uuid.');
    expectError(await py(`${sim.baseUri}/ports/not-a-uuid`, 'DELETE', {}), 404, 'There is no Port with ID not-a-uuid.');
  });
});
