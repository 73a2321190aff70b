// The containerizer's MidoNet paths (wiring, the address lease, release,
// the sweep) against each answer the real servers give, as the simulator
// models them per generation (tools/midonet-sim/src/conformance.spec.ts
// pins those answers to the servers' source). Unit tier: loopback only; the
// host side is a stub that only answers the namespace check, because every
// case here ends before an interface would be made.
import { formatError, MidonetHttpError } from '@deimos/errors';
import { silentLogger } from '@deimos/log';
import type { RunResult } from '@deimos/process';
import { MidonetSimulator, startSimulator } from '@deimos/midonet-sim';
import { MidonetClient } from './client';
import { entryName, macFor } from './pool';
import { release, sweepLeases, takeLease } from './lease';
import { planWiring } from './plan';
import { wireContainer, WiringDeps } from './wire';

const ZONE = '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e0001';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001';
const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f88';
const UNKNOWN = '11111111-2222-4333-8444-555555555555';
const CID = 'mesos-c1';

const SUBNET = { subnetPrefix: '198.18.7.0', subnetLength: 24, defaultGateway: '198.18.7.1', serverAddr: '198.18.7.2' };
const BASE = {
  tunnelZones: [{ id: ZONE, name: 'tz', type: 'gre' as const }],
  hosts: [{ id: HOST, name: 'agent-1', addresses: ['10.0.0.5'], alive: true, tunnelZones: ['tz'] }],
};
function seed(hosts: { macAddr: string; ipAddr: string; name: string }[] = [], withSubnet = true, withBridge = true) {
  return { ...BASE, bridges: withBridge ? [{ id: BRIDGE, name: 'mesos', tenantId: 'admin', ...(withSubnet ? { dhcpSubnets: [{ ...SUBNET, hosts }] } : {}) }] : [] };
}

let sim: MidonetSimulator;
afterEach(async () => {
  await sim?.stop();
});

/** A client whose `after` hook runs once, right after the first exchange whose log line matches. */
function clientOf(apiVersion: '2015' | '5', after?: { when: RegExp; then: () => void }, auth?: { username: string; password: string }): MidonetClient {
  let fired = false;
  return new MidonetClient(
    { apiUrl: sim.baseUri, apiVersion, timeoutMs: 2000, ...(auth ?? {}) },
    {
      log: (line) => {
        if (after && !fired && after.when.test(line)) {
          fired = true;
          after.then();
        }
      },
    },
  );
}

/** The host side up to the lease: only the namespace check is answered. */
async function run(argv: readonly string[]): Promise<RunResult> {
  if (argv[0] === 'readlink') return { exitCode: 0, stdout: 'net:[1]\nnet:[2]', stderr: '' };
  throw new Error(`unexpected command in this test: ${argv.join(' ')}`);
}

function deps(client: MidonetClient): WiringDeps {
  return { client, run, log: silentLogger, hostId: HOST, attach: { mode: 'agent' }, datapath: 'midonet' };
}

async function launchError(client: MidonetClient, bridge = BRIDGE): Promise<string> {
  const plan = planWiring(CID, [['MIDONET_BRIDGE_ID', bridge]]);
  if (!plan) throw new Error('no plan');
  const err = await wireContainer(deps(client), plan, 4242).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (err === undefined) throw new Error('the launch did not fail');
  return formatError(err);
}

describe.each(['2015', '5'] as const)('a launch that cannot use its bridge (%s)', (apiVersion) => {
  it('fails in one line naming the bridge and MIDONET_BRIDGE_ID when the bridge is unknown', async () => {
    sim = await startSimulator({ seed: seed(), apiVersion });
    const line = await launchError(clientOf(apiVersion), UNKNOWN);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(UNKNOWN);
    expect(line).toContain('MIDONET_BRIDGE_ID');
    expect(line).toContain(apiVersion === '2015' ? `No bridge with ID ${UNKNOWN} exists.` : `There is no Network with ID ${UNKNOWN}.`);
  });

  it('fails in one line naming the bridge and MIDONET_BRIDGE_ID when the bridge goes between its GET and the DHCP list (v2015: 500)', async () => {
    sim = await startSimulator({ seed: seed(), apiVersion });
    const client = clientOf(apiVersion, { when: new RegExp(`GET \\S+/bridges/${BRIDGE} -> 200`), then: () => sim.reset(seed([], true, false)) });
    const line = await launchError(client);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(BRIDGE);
    expect(line).toContain('MIDONET_BRIDGE_ID');
    expect(line).toContain(apiVersion === '2015' ? 'HTTP 500' : `There is no Network with ID ${BRIDGE}.`);
    expect(sim.state().ports).toEqual([]);
  });

  it('fails in one line naming subnet, bridge and MIDONET_BRIDGE_ID when the subnet goes before its entries are read', async () => {
    sim = await startSimulator({ seed: seed(), apiVersion });
    const client = clientOf(apiVersion, { when: /GET \S+\/dhcp -> 200/, then: () => sim.reset(seed([], false)) });
    const line = await launchError(client);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('198.18.7.0/24');
    expect(line).toContain(BRIDGE);
    expect(line).toContain('MIDONET_BRIDGE_ID');
    expect(line).toContain(apiVersion === '2015' ? 'HTTP 500' : 'HTTP 404');
  });
});

describe.each(['2015', '5'] as const)('gone counts as done (%s)', (apiVersion) => {
  const ours = { macAddr: macFor(HOST, CID), ipAddr: '198.18.7.10', name: entryName(HOST, CID) };

  it('release: an entry deleted by someone else between the list and the DELETE (v2015 500, 5.x 404)', async () => {
    sim = await startSimulator({ seed: seed([ours]), apiVersion });
    const client = clientOf(apiVersion, { when: /GET \S+\/hosts -> 200/, then: () => sim.reset(seed([])) });
    const [subnet] = await clientOf(apiVersion).listDhcpSubnets(BRIDGE);
    await expect(release(client, { hosts: subnet!.hosts, macAddr: ours.macAddr, name: ours.name })).resolves.toBe(false);
  });

  it('release: an entry whose subnet is gone (v2015 500, 5.x 404 on the list)', async () => {
    sim = await startSimulator({ seed: seed([ours]), apiVersion });
    const [subnet] = await clientOf(apiVersion).listDhcpSubnets(BRIDGE);
    sim.reset(seed([], false));
    await expect(release(clientOf(apiVersion), { hosts: subnet!.hosts, macAddr: ours.macAddr, name: ours.name })).resolves.toBe(false);
  });

  it("release: an entry with our MAC under another name is someone else's and stays", async () => {
    const theirs = { ...ours, name: `deimos:${UNKNOWN}:${CID}` };
    sim = await startSimulator({ seed: seed([theirs]), apiVersion });
    const [subnet] = await clientOf(apiVersion).listDhcpSubnets(BRIDGE);
    await expect(release(clientOf(apiVersion), { hosts: subnet!.hosts, macAddr: ours.macAddr, name: ours.name })).resolves.toBe(false);
    expect(sim.state().dhcp[0]?.hosts.map((h) => h.name)).toEqual([theirs.name]);
  });

  it('release: a real failure is still an error', async () => {
    sim = await startSimulator({ seed: seed([ours]), apiVersion });
    const [subnet] = await clientOf(apiVersion).listDhcpSubnets(BRIDGE);
    sim.addFault({ method: 'DELETE', path: '/bridges/*/dhcp/*/hosts/*', status: 500, times: 'always' });
    await expect(release(clientOf(apiVersion), { hosts: subnet!.hosts, macAddr: ours.macAddr, name: ours.name })).rejects.toThrow(/HTTP 500/);
    expect(sim.state().dhcp[0]?.hosts).toHaveLength(1);
  });

  it('sweep: a bridge that is gone, and a subnet that goes before its entries are read, are not failures', async () => {
    sim = await startSimulator({ seed: seed([ours]), apiVersion });
    const gone = await sweepLeases(clientOf(apiVersion), HOST, [UNKNOWN], () => false);
    expect(gone).toEqual({ removed: [], failed: [] });
    const client = clientOf(apiVersion, { when: /GET \S+\/dhcp -> 200/, then: () => sim.reset(seed([], false)) });
    expect(await sweepLeases(client, HOST, [BRIDGE], () => false)).toEqual({ removed: [], failed: [] });
  });

  it('sweep: an entry deleted by someone else meanwhile is not a failure', async () => {
    sim = await startSimulator({ seed: seed([ours]), apiVersion });
    let lists = 0;
    // The sweep lists the entries, then deleteDhcpHost lists them again: go after the first.
    const client = new MidonetClient({ apiUrl: sim.baseUri, apiVersion, timeoutMs: 2000 }, { log: (line) => (/GET \S+\/hosts -> 200/.test(line) && ++lists === 1 ? sim.reset(seed([])) : undefined) });
    const report = await sweepLeases(client, HOST, [BRIDGE], () => false);
    expect(report.failed).toEqual([]);
  });
});

describe.each(['2015', '5'] as const)('a MAC another entry holds (%s: %s)', (apiVersion) => {
  it('fails the lease in one line naming the MAC and its holder, and leaves the holder alone', async () => {
    // Same MAC as ours, another name: the POST is a 409 on 5.x, the generic 500 on v2015.
    const holder = { macAddr: macFor(HOST, CID), ipAddr: '198.18.7.50', name: 'someone-else' };
    sim = await startSimulator({ seed: seed([holder]), apiVersion });
    const err = await takeLease(clientOf(apiVersion), silentLogger, { bridgeId: BRIDGE, containerId: CID, hostId: HOST, reserved: [], pick: () => 0 }, () => undefined).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    const line = formatError(err);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(holder.macAddr);
    expect(line).toContain('"someone-else"');
    expect(line).toContain(BRIDGE);
    expect(sim.state().dhcp[0]?.hosts).toEqual([holder]);
  });
});

describe('5.x and a user that is not an admin', () => {
  it('gives one clear error for the 401 of AdminOnlyAuthFilter, after one login, without logging in again', async () => {
    sim = await startSimulator({
      seed: seed(),
      apiVersion: '5',
      auth: { mode: 'strict', users: [{ username: 'ops', password: 'pw', role: 'tenant_admin' }] },
    });
    const client = clientOf('5', undefined, { username: 'ops', password: 'pw' });
    const err = await client.listDhcpSubnets(BRIDGE).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MidonetHttpError);
    expect((err as MidonetHttpError).status).toBe(401);
    const line = formatError(err);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/user "ops" logged in but is not an admin/);
    expect(sim.requests.filter((r) => r.path.endsWith('/login'))).toHaveLength(1);
    // A second call does not loop either: at most one more login.
    await expect(client.listDhcpSubnets(BRIDGE)).rejects.toThrow(/not an admin/);
    expect(sim.requests.filter((r) => r.path.endsWith('/login')).length).toBeLessThanOrEqual(2);
  });

  it('still re-logs in once when an admin token has expired', async () => {
    sim = await startSimulator({ seed: seed(), apiVersion: '5', auth: { mode: 'strict', users: [{ username: 'admin', password: 'pw' }] } });
    const client = clientOf('5', undefined, { username: 'admin', password: 'pw' });
    await client.listDhcpSubnets(BRIDGE);
    sim.expireTokens();
    await expect(client.listDhcpSubnets(BRIDGE)).resolves.toHaveLength(1);
    expect(sim.requests.filter((r) => r.path.endsWith('/login'))).toHaveLength(2);
  });
});

describe('v2015 entries without a name', () => {
  it('reads an entry another tool posted without a name (v2015 stores null) and still leases an address', async () => {
    sim = await startSimulator({ seed: seed(), apiVersion: '2015' });
    const client = clientOf('2015');
    const [subnet] = await client.listDhcpSubnets(BRIDGE);
    // DhcpHostsResource has no bean validation: a missing name is stored as null.
    await client.createDhcpHost(subnet!, { macAddr: '02:0c:00:00:00:01', ipAddr: '198.18.7.77' } as never);
    expect(sim.state().dhcp[0]?.hosts[0]?.name).toBeNull();
    const lease = await takeLease(client, silentLogger, { bridgeId: BRIDGE, containerId: CID, hostId: HOST, reserved: [], pick: () => 0 }, () => undefined);
    expect(lease?.entry.ipAddr).toBe('198.18.7.3');
    const report = await sweepLeases(client, HOST, [BRIDGE], () => false);
    expect(report).toEqual({ removed: [`DHCP entry 198.18.7.3 (${entryName(HOST, CID)}) on bridge ${BRIDGE}`], failed: [] });
  });
});
