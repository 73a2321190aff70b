import { normalizeSeed } from './seed';
import { MidonetSimulator, startSimulator } from './simulator';
import { DHCP_SEED, IDS, json, raw, V, VC } from './test-http';

let sim: MidonetSimulator;
afterEach(async () => {
  await sim?.stop();
});

const subnetUrl = (s: MidonetSimulator): string => `${s.baseUri}/bridges/${IDS.bridge}/dhcp/198.18.7.0_24`;

function postHost(s: MidonetSimulator, body: unknown, type = V('DhcpHost-v2')) {
  return raw(`${subnetUrl(s)}/hosts`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) });
}

describe.each(['2015', '5'] as const)('DHCP subnets (API %s)', (apiVersion) => {
  it('lists the bridge subnets with their URI form a.b.c.d_len and a hosts link', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/dhcp`, { headers: { Accept: VC('DhcpSubnet-v2') } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(VC('DhcpSubnet-v2'));
    const [subnet] = json<Record<string, unknown>[]>(res);
    expect(subnet).toMatchObject({
      uri: subnetUrl(sim),
      hosts: `${subnetUrl(sim)}/hosts`,
      subnetPrefix: '198.18.7.0',
      subnetLength: 24,
      defaultGateway: '198.18.7.1',
      serverAddr: '198.18.7.2',
    });
    const one = await raw(subnetUrl(sim), { headers: { Accept: V('DhcpSubnet-v2') } });
    expect(json(one)['subnetPrefix']).toBe('198.18.7.0');
  });

  it('creates host entries with a Location below the subnet and lists them in order', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await postHost(sim, { macAddr: '02:aa:bb:cc:dd:ee', ipAddr: '198.18.7.11', name: 'deimos:x:c1' });
    expect(res.status).toBe(201);
    const mac = apiVersion === '5' ? '02:aa:bb:cc:dd:ee' : '02-aa-bb-cc-dd-ee';
    expect(res.headers.location).toBe(`${subnetUrl(sim)}/hosts/${mac}`);
    const list = json<Record<string, unknown>[]>(await raw(`${subnetUrl(sim)}/hosts`, { headers: { Accept: VC('DhcpHost-v2') } }));
    expect(list.map((h) => h['ipAddr'])).toEqual(['198.18.7.10', '198.18.7.11']);
    expect(list[1]).toMatchObject({ macAddr: '02:aa:bb:cc:dd:ee', name: 'deimos:x:c1', uri: res.headers.location });
    const got = await raw(res.headers.location as string, { headers: { Accept: V('DhcpHost-v2') } });
    expect(json(got)['ipAddr']).toBe('198.18.7.11');
  });

  it('accepts two entries holding one address, as the real server does', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    expect((await postHost(sim, { macAddr: '02:00:00:00:00:02', ipAddr: '198.18.7.10', name: 'b' })).status).toBe(201);
    expect(sim.state().dhcp[0]?.hosts.map((h) => h.ipAddr)).toEqual(['198.18.7.10', '198.18.7.10']);
  });

  it('deletes an entry by the MAC spelling its generation puts in URIs', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    // v2015 writes '-' in URIs and reads it back (macStrFromUri); 5.x uses ':' as stored.
    const mac = apiVersion === '5' ? '02:00:00:00:00:01' : '02-00-00-00-00-01';
    const res = await raw(`${subnetUrl(sim)}/hosts/${mac}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(sim.state().dhcp[0]?.hosts).toEqual([]);
  });

  it('refuses the 2015 type names that 5.x dropped, and a collection type for a single', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const v1 = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/dhcp`, { headers: { Accept: VC('DhcpSubnet-v1') } });
    expect(v1.status).toBe(apiVersion === '5' ? 406 : 200);
    const plain = await raw(`${subnetUrl(sim)}/hosts`, { headers: { Accept: 'application/json' } });
    expect(plain.status).toBe(406);
  });

  it('creates a subnet with a Location in URI form', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge2}/dhcp`, {
      method: 'POST',
      headers: { 'Content-Type': V('DhcpSubnet-v2') },
      body: JSON.stringify({ subnetPrefix: '198.18.8.0', subnetLength: 24, defaultGateway: '198.18.8.1' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`${sim.baseUri}/bridges/${IDS.bridge2}/dhcp/198.18.8.0_24`);
  });
});

describe('DHCP errors as each generation gives them', () => {
  it('5.x: a second entry with the same MAC is a 409 naming subnet, bridge and MAC', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const res = await postHost(sim, { macAddr: '02:00:00:00:00:01', ipAddr: '198.18.7.12', name: 'dup' });
    expect(res.status).toBe(409);
    expect(json(res)['message']).toBe(`Subnet 198.18.7.0/24 on bridge ${IDS.bridge} already has a host with MAC address 02:00:00:00:00:01.`);
  });

  it('2015: a second entry with the same MAC is the generic 500 (ZooKeeper node exists)', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '2015' });
    const res = await postHost(sim, { macAddr: '02:00:00:00:00:01', ipAddr: '198.18.7.12', name: 'dup' });
    expect(res.status).toBe(500);
  });

  it('5.x: hosts of an unknown subnet, and a missing entry, are 404 naming the subnet', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/dhcp/198.18.9.0_24/hosts`, { headers: { Accept: VC('DhcpHost-v2') } });
    expect(res.status).toBe(404);
    expect(json(res)['message']).toBe(`Network ${IDS.bridge} does not have a subnet with address 198.18.9.0/24.`);
    const gone = await raw(`${subnetUrl(sim)}/hosts/02:00:00:00:00:99`, { method: 'DELETE' });
    expect(gone.status).toBe(404);
    expect(json(gone)['message']).toBe(`Network ${IDS.bridge} does not have a subnet with address 198.18.7.0/24.`);
  });

  it('2015: a missing subnet is a 404, deleting a missing entry the generic 500', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '2015' });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.bridge}/dhcp/198.18.9.0_24`, { headers: { Accept: V('DhcpSubnet-v2') } });
    expect(res.status).toBe(404);
    expect(json(res)['message']).toBe('The requested resource was not found.');
    expect((await raw(`${subnetUrl(sim)}/hosts/02-00-00-00-00-99`, { method: 'DELETE' })).status).toBe(500);
  });

  it('5.x: an unknown bridge is named in the 404', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const res = await raw(`${sim.baseUri}/bridges/${IDS.unknown}/dhcp`, { headers: { Accept: VC('DhcpSubnet-v2') } });
    expect(res.status).toBe(404);
    expect(json(res)['message']).toBe(`There is no Network with ID ${IDS.unknown}.`);
  });

  it('handles concurrent creates in arrival order, each one seen by the next list', async () => {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion: '5' });
    const macs = Array.from({ length: 12 }, (_, i) => `02:00:00:00:01:${i.toString(16).padStart(2, '0')}`);
    const results = await Promise.all(macs.map((m, i) => postHost(sim, { macAddr: m, ipAddr: `198.18.7.${100 + i}`, name: `n${i}` })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(sim.state().dhcp[0]?.hosts).toHaveLength(13);
  });
});

describe('seed', () => {
  it('takes DHCP subnets on a bridge and refuses a bad address with its path', () => {
    expect(normalizeSeed(DHCP_SEED).bridges?.[0]?.dhcpSubnets?.[0]?.subnetPrefix).toBe('198.18.7.0');
    const bad = { bridges: [{ dhcpSubnets: [{ subnetPrefix: '198.18.7', subnetLength: 24 }] }] };
    expect(() => normalizeSeed(bad)).toThrow('seed: bridges[0].dhcpSubnets[0].subnetPrefix must be a dotted IPv4 address');
  });
});
