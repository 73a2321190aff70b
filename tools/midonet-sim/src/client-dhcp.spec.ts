// The real client's DHCP calls (@deimos/midonet) against the simulator, both generations.
import { MidonetClient } from '@deimos/midonet';
import { MidonetSimulator, startSimulator } from './simulator';
import { DHCP_SEED, IDS } from './test-http';

let sim: MidonetSimulator;
afterEach(async () => {
  await sim?.stop();
});

describe.each(['2015', '5'] as const)('DHCP through the client (API %s)', (apiVersion) => {
  async function setup(): Promise<MidonetClient> {
    sim = await startSimulator({ seed: DHCP_SEED, apiVersion });
    return new MidonetClient({ apiUrl: sim.listenUrl, apiVersion, timeoutMs: 2000 });
  }

  it('lists the subnets of a bridge with prefix, length and gateway', async () => {
    const client = await setup();
    const [subnet, ...rest] = await client.listDhcpSubnets(IDS.bridge);
    expect(rest).toEqual([]);
    expect(subnet).toMatchObject({ subnetPrefix: '198.18.7.0', subnetLength: 24, defaultGateway: '198.18.7.1', serverAddr: '198.18.7.2' });
    expect(subnet?.uri.endsWith('/dhcp/198.18.7.0_24')).toBe(true);
    expect(await client.listDhcpSubnets(IDS.bridge2)).toEqual([]);
  });

  it('creates, lists and deletes host entries', async () => {
    const client = await setup();
    const [subnet] = await client.listDhcpSubnets(IDS.bridge);
    if (!subnet) throw new Error('no subnet');
    const location = await client.createDhcpHost(subnet, { macAddr: '02:aa:00:00:00:07', ipAddr: '198.18.7.20', name: 'deimos:h:c' });
    expect(location.startsWith(subnet.hosts)).toBe(true);
    expect((await client.listDhcpHosts(subnet)).map((e) => [e.ipAddr, e.name])).toEqual([
      ['198.18.7.10', 'seeded'],
      ['198.18.7.20', 'deimos:h:c'],
    ]);
    expect(await client.deleteDhcpHost(subnet, '02:AA:00:00:00:07')).toBe(true);
    expect(await client.deleteDhcpHost(subnet, '02:aa:00:00:00:07')).toBe(false);
    expect((await client.listDhcpHosts(subnet)).map((e) => e.ipAddr)).toEqual(['198.18.7.10']);
  });
});
