import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Agent, invoke, sandboxPath, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { startSimulator, type MidonetSimulator, type SimApiVersion } from '@deimos/midonet-sim';
import { builtBinary, eventually, pollWithin, TEST_IMAGE_URL, TestBed, ourLinks } from '@deimos/testing';

// Addresses from the bridge's DHCP subnet (issue 16), through the built
// containerizer: the MidoNet API is the simulator, the veths, namespaces,
// Linux bridge and containers are real. Addresses are in 198.18.0.0/15 only.

const containerizer = builtBinary('deimos-containerizer');
const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f16';
const HOSTS = ['9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d1601', '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d1602', '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d1603'];
const LINUX_BRIDGE = 'dmtbr16';
const SUBNET = { subnetPrefix: '198.18.16.0', subnetLength: 24, defaultGateway: '198.18.16.1', serverAddr: '198.18.16.2' };

let sim: MidonetSimulator;
/** The API generation of the current run (both run: see the end of this file). */
let api: SimApiVersion = '2015';
let beds: TestBed[] = [];
let agents: Agent[] = [];

const entries = () => sim.state().dhcp.flatMap((d) => d.hosts);

async function start(subnet: Record<string, unknown> = SUBNET, agentCount = 1, env: Record<string, string> = {}): Promise<void> {
  sim = await startSimulator({
    apiVersion: api,
    seed: {
      tunnelZones: [{ id: '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e1601', name: 'tz', type: 'gre' }],
      hosts: HOSTS.map((id, i) => ({ id, name: `agent-${i}`, addresses: [`198.18.0.${i + 1}`], alive: true, tunnelZones: ['tz'] })),
      bridges: [{ id: BRIDGE, name: 'mesos', tenantId: 'admin', dhcpSubnets: [subnet as never] }],
    },
  });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  execFileSync('ip', ['link', 'add', LINUX_BRIDGE, 'type', 'bridge']);
  execFileSync('ip', ['link', 'set', LINUX_BRIDGE, 'up']);
  for (let i = 0; i < agentCount; i++) {
    const bed = TestBed.create(`[midonet]\napi_url = ${sim.baseUri}\napi_version = ${api}\nhost_id = ${HOSTS[i]}\nattach = bridge:${LINUX_BRIDGE}\n`);
    beds.push(bed);
    agents.push(new Agent({ containerizer, workDir: bed.workDir, env: { ...bed.env(), ...env } }));
  }
}

function task(bed: TestBed, id: string, command: string, extra: Record<string, string> = {}) {
  return sandboxedCommandTask(bed.workDir, id, command, { image: TEST_IMAGE_URL, env: { MIDONET_BRIDGE_ID: BRIDGE, ...extra } });
}

function sandboxFile(bed: TestBed, id: string, file: string): string {
  return path.join(sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: `t-${id}`, containerId: id }), file);
}

afterEach(async () => {
  for (const a of agents) a.killAll();
  for (const b of beds) b.cleanup();
  await pollWithin(() => ourLinks().length === 0, 5000); // then removed by force
  for (const l of ourLinks()) spawnSync('ip', ['link', 'del', l], { stdio: 'ignore' });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  agents = [];
  beds = [];
  await sim?.stop();
});

/** Every test, against one API generation (`api`, set before the tests of each run). */
function suite(): void {
  it('gives two tasks without an address different addresses that reach each other, and frees both entries', async () => {
    await start();
    const [bed, agent] = [beds[0]!, agents[0]!];
    await agent.launch(task(bed, 'dh16-a', 'sleep 60'));
    const [a] = entries();
    expect(a?.name).toBe(`deimos:${HOSTS[0]}:dh16-a`);
    await agent.launch(
      task(bed, 'dh16-b', `ip -o addr show eth0 > /tmp/mesos-sandbox/addr; ip -o link show eth0 > /tmp/mesos-sandbox/link; ip route > /tmp/mesos-sandbox/route; ping -c 2 -W 2 ${a!.ipAddr}`),
    );
    const t = await agent.wait('dh16-b');
    expect(t.status).toBe(0); // the ping reached dh16-a
    const addr = fs.readFileSync(sandboxFile(bed, 'dh16-b', 'addr'), 'utf8');
    const bAddr = /inet (198\.18\.16\.\d+)\/24/.exec(addr)?.[1];
    expect(bAddr).toBeDefined();
    expect(bAddr).not.toBe(a!.ipAddr);
    // The MAC the entry named, locally administered, was set on eth0.
    expect(fs.readFileSync(sandboxFile(bed, 'dh16-b', 'link'), 'utf8')).toMatch(/link\/ether 02:/);
    expect(fs.readFileSync(sandboxFile(bed, 'dh16-b', 'route'), 'utf8')).toContain('default via 198.18.16.1');
    // dh16-b ended: its entry is gone, dh16-a's stays.
    expect(await eventually(() => entries().length === 1, 10_000)).toBe(true);
    expect(entries()[0]?.name).toBe(`deimos:${HOSTS[0]}:dh16-a`);
    await agent.destroy('dh16-a');
    expect(await eventually(() => entries().length === 0, 10_000)).toBe(true);
    expect(await eventually(() => sim.state().ports.length === 0, 10_000)).toBe(true);
  });

  it('ends six launches from three agents at once with six distinct addresses', async () => {
    await start(SUBNET, 3);
    const launches = [0, 1, 2, 3, 4, 5].map((i) => agents[i % 3]!.launch(task(beds[i % 3]!, `dh16-six${i}`, 'sleep 60')));
    await Promise.all(launches);
    const held = entries();
    expect(held).toHaveLength(6);
    expect(new Set(held.map((e) => e.ipAddr)).size).toBe(6);
    expect(new Set(held.map((e) => (e.name ?? '').split(':')[1])).size).toBe(3);
  });

  it('resolves a forced same first pick with the tie-break', async () => {
    await start(SUBNET, 3, { DEIMOS_TEST_DHCP_PICK: 'first' });
    // Hold the first three creates so that all three agents list the entries
    // before any lands: each then writes the lowest free address.
    sim.addFault({ method: 'POST', path: '/bridges/{id}/dhcp/*/hosts', delayMs: 1500, times: 3 });
    await Promise.all([0, 1, 2].map((i) => agents[i]!.launch(task(beds[i]!, `dh16-tie${i}`, 'sleep 60'))));
    const held = entries();
    expect(held).toHaveLength(3);
    expect(new Set(held.map((e) => e.ipAddr)).size).toBe(3);
    // The lowest free address went to exactly one of them.
    expect(held.filter((e) => e.ipAddr === '198.18.16.3')).toHaveLength(1);
    // The two that gave way deleted their first entry and picked again.
    const posts = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/hosts'));
    const deletes = sim.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/dhcp/'));
    expect(posts).toHaveLength(5);
    expect(deletes).toHaveLength(2);
  });

  it('configures a bare address with the prefix and gateway of its subnet', async () => {
    await start();
    const [bed, agent] = [beds[0]!, agents[0]!];
    await agent.launch(task(bed, 'dh16-bare', 'ip -o addr show eth0 > /tmp/mesos-sandbox/addr; ip route > /tmp/mesos-sandbox/route', { MIDONET_IP_ADDRESS: '198.18.16.42' }));
    expect((await agent.wait('dh16-bare')).status).toBe(0);
    expect(fs.readFileSync(sandboxFile(bed, 'dh16-bare', 'addr'), 'utf8')).toContain('198.18.16.42/24');
    expect(fs.readFileSync(sandboxFile(bed, 'dh16-bare', 'route'), 'utf8')).toContain('default via 198.18.16.1');
  });

  it('refuses an address another live entry holds, naming it', async () => {
    await start({ ...SUBNET, hosts: [{ macAddr: '02:00:00:00:16:01', ipAddr: '198.18.16.42', name: 'elsewhere:c1' }] });
    const launch = task(beds[0]!, 'dh16-held', 'sleep 60', { MIDONET_IP_ADDRESS: '198.18.16.42/24' });
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: beds[0]!.env() });
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/address 198\.18\.16\.42 is held by DHCP entry "elsewhere:c1"/);
    expect(entries()).toHaveLength(1);
  });

  it('fails a launch on a full subnet in one line naming bridge and subnet, leaving nothing', async () => {
    await start({ subnetPrefix: '198.18.16.0', subnetLength: 30, defaultGateway: '198.18.16.1', hosts: [{ macAddr: '02:00:00:00:16:02', ipAddr: '198.18.16.2', name: 'x' }] });
    const bed = beds[0]!;
    const launch = task(bed, 'dh16-full', 'sleep 60');
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
    expect(r.exitCode).toBe(4);
    const lines = r.stderr.split('\n').filter((l) => l.includes('no free address'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[lines.length - 1]).toMatch(new RegExp(`DHCP subnet 198\\.18\\.16\\.0/30 of bridge ${BRIDGE} has no free address`));
    expect(sim.state().ports).toHaveLength(0);
    expect(sim.state().bindings).toHaveLength(0);
    expect(entries()).toHaveLength(1);
    expect(ourLinks()).toEqual([]);
    expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
  });

  it('removes the entry in recover after the watcher and the container were killed', async () => {
    await start();
    const [bed, agent] = [beds[0]!, agents[0]!];
    await agent.launch(task(bed, 'dh16-rec', 'sleep 60'));
    expect(entries()).toHaveLength(1);
    const pid = Number(fs.readFileSync(path.join(bed.stateRoot, 'mesos', 'dh16-rec', 'watcher-pid'), 'utf8'));
    process.kill(-pid, 'SIGKILL');
    for (const c of bed.containers()) spawnSync('docker', ['kill', c], { stdio: 'ignore' });
    const r = await invoke({ containerizer, subcommand: 'recover', env: bed.env() });
    expect(r.exitCode).toBe(0);
    expect(await eventually(() => entries().length === 0, 10_000)).toBe(true);
    expect(sim.state().ports).toHaveLength(0);
    expect(sim.state().bindings).toHaveLength(0);
  });
}

describe.each(['2015', '5'] as const)('against the MidoNet %s API (simulated from its source)', (version) => {
  beforeAll(() => {
    api = version;
  });
  suite();
});
