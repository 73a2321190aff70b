import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Agent, invoke, sandboxPath, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { startSimulator, type MidonetSimulator, type SimApiVersion } from '@deimos/midonet-sim';
import { MidonetClient } from '@deimos/midonet';
import { builtBinary, eventually, pollWithin, TEST_IMAGE_URL, TestBed, ourLinks } from '@deimos/testing';

// MidoNet wiring through the built containerizer: the MidoNet API is our
// simulator (the real one needs ZooKeeper and Cassandra), the host side is
// real (veth pairs, network namespaces, a Linux bridge attach), and the
// containers are real. Addresses are in 198.18.0.0/15 only.

const containerizer = builtBinary('deimos-containerizer');
const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f88';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001';
const LINUX_BRIDGE = 'dmtbr7';

let bed: TestBed;
let agent: Agent;
let sim: MidonetSimulator;
/** The API generation of the current run (both run: see the end of this file). */
let api: SimApiVersion = '2015';

function task(id: string, command: string, ip?: string) {
  return sandboxedCommandTask(bed.workDir, id, command, { image: TEST_IMAGE_URL, env: ip ? { MIDONET_BRIDGE_ID: BRIDGE, MIDONET_IP_ADDRESS: ip } : {} });
}

beforeEach(async () => {
  sim = await startSimulator({
    apiVersion: api,
    seed: {
      tunnelZones: [{ id: '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e0001', name: 'tz', type: 'gre' }],
      hosts: [{ id: HOST, name: 'agent-1', addresses: ['198.18.0.1'], alive: true, tunnelZones: ['tz'] }],
      bridges: [{ id: BRIDGE, name: 'mesos', tenantId: 'admin' }],
    },
  });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  execFileSync('ip', ['link', 'add', LINUX_BRIDGE, 'type', 'bridge']);
  execFileSync('ip', ['link', 'set', LINUX_BRIDGE, 'up']);
  bed = TestBed.create(`[midonet]\napi_url = ${sim.baseUri}\napi_version = ${api}\nusername = admin\npassword = admin\nhost_id = ${HOST}\nattach = bridge:${LINUX_BRIDGE}\n`);
  agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env() });
});

afterEach(async () => {
  agent.killAll();
  bed.cleanup();
  await pollWithin(() => ourLinks().length === 0, 5000); // then removed by force
  for (const l of ourLinks()) spawnSync('ip', ['link', 'del', l], { stdio: 'ignore' });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  await sim.stop();
});

/** Every test, against one API generation (`api`, set before the tests of each run). */
function suite(): void {
  it('lets two tasks on the same bridge ping each other, and leaves nothing after both end', async () => {
    await agent.launch(task('mn-a', 'sleep 60', '198.18.20.2/24'));
    await agent.launch(task('mn-b', 'ip -o addr show eth0 > /tmp/mesos-sandbox/addr; ping -c 2 -W 2 198.18.20.2', '198.18.20.3/24'));
    const t = await agent.wait('mn-b');
    const sandboxB = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: 't-mn-b', containerId: 'mn-b' });
    expect(fs.readFileSync(path.join(sandboxB, 'addr'), 'utf8')).toContain('198.18.20.3/24');
    expect(t.status).toBe(0);
    expect(sim.state().ports.filter((p) => p.hostId === HOST)).toHaveLength(1); // mn-a still bound
    await agent.destroy('mn-a');
    expect(await eventually(() => sim.state().ports.length === 0, 10_000)).toBe(true);
    expect(await eventually(() => ourLinks().length === 0, 10_000)).toBe(true);
  });

  it('fails the launch on a binding fault and leaves no port, veth or container', async () => {
    sim.addFault({ method: 'POST', path: '/hosts/{id}/ports', status: 500 });
    const launch = task('mn-fault', 'sleep 60', '198.18.20.4/24');
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(/MidoNet wiring failed at bind/);
    expect(sim.state().ports).toHaveLength(0);
    expect(ourLinks()).toEqual([]);
    expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
  });

  it('fails the launch on an unknown bridge (v2015 answers 500, 5.x 404) in one line naming it and MIDONET_BRIDGE_ID, leaving nothing', async () => {
    const unknown = '00000000-0000-4000-8000-00000000dead';
    const launch = sandboxedCommandTask(bed.workDir, 'mn-nobridge', 'true', { image: TEST_IMAGE_URL, env: { MIDONET_BRIDGE_ID: unknown, MIDONET_IP_ADDRESS: '198.18.7.2/24' } });
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
    expect(r.exitCode).toBe(4);
    const last = r.stderr.trim().split('\n').pop()!;
    expect(last).toContain(unknown);
    expect(last).toContain('MIDONET_BRIDGE_ID');
    expect(bed.containers()).toEqual([]);
    expect(ourLinks()).toEqual([]);
    expect(sim.state().ports).toHaveLength(0);
  });

  it('runs a task without MIDONET_BRIDGE_ID untouched, on the default network', async () => {
    await agent.launch(task('mn-plain', 'ip -o link show | grep -c . > /tmp/mesos-sandbox/links'));
    const t = await agent.wait('mn-plain');
    expect(t.status).toBe(0);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(ourLinks()).toEqual([]);
  });

  it('sweeps a leftover port, binding and veth during recover', async () => {
    // A dead container whose wiring was never undone: its record, port, binding and veth.
    const client = new MidonetClient({ apiUrl: sim.baseUri, username: 'admin', password: 'admin', apiVersion: api, timeoutMs: 5000 });
    const port = await client.createBridgePort(BRIDGE);
    const stateDir = path.join(bed.stateRoot, 'mesos', 'mn-dead');
    fs.mkdirSync(path.join(stateDir, 'lock'), { recursive: true });
    fs.writeFileSync(path.join(stateDir, 'exit'), '0\n');
    fs.writeFileSync(
      path.join(stateDir, 'network'),
      JSON.stringify({ containerId: 'mn-dead', bridgeId: BRIDGE, portId: port.id, hostIf: 'dmdeadbeefh', peerIf: 'dmdeadbeefp', hostId: HOST, bound: true, attach: `bridge:${LINUX_BRIDGE}` }),
    );
    await client.bindInterface(HOST, port.id, 'dmdeadbeefh');
    execFileSync('ip', ['link', 'add', 'dmdeadbeefh', 'type', 'veth', 'peer', 'name', 'dmdeadbeefp']);
    expect(ourLinks().sort()).toEqual(['dmdeadbeefh', 'dmdeadbeefp']);
    const r = await invoke({ containerizer, subcommand: 'recover', env: bed.env() });
    expect(r.exitCode).toBe(0);
    expect(sim.state().ports).toHaveLength(0);
    expect(ourLinks()).toEqual([]);
    expect(r.stderr).toMatch(/swept/);
  });
}

describe.each(['2015', '5'] as const)('against the MidoNet %s API (simulated from its source)', (version) => {
  beforeAll(() => {
    api = version;
  });
  suite();
});
