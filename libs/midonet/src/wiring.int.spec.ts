// The wiring for real: real containers (--net=none) on the test bed's Docker
// engine, real veth pairs and network namespaces, a real Linux bridge as the
// datapath stand-in (attach = bridge:dmtbr0; neither the MidoNet agent nor
// mm-dpctl can run here), and the MidoNet API simulator in-process.
// Addresses are in 198.18.0.0/15 only; the host end never gets an address
// and the containers have no other interface, so nothing leaves the machine.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { silentLogger } from '@deimos/log';
import { MidonetSimulator, startSimulator } from '@deimos/midonet-sim';
import { run } from '@deimos/process';
import { MidonetClient } from './client';
import { parseLinkNames, vethNamesFor } from './host';
import { sweepLeftovers } from './leftovers';
import { planWiring, WiringPlan } from './plan';
import type { WiringRecord } from './record';
import { unwireContainer, wireContainer, WiringDeps } from './wire';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';
const LABEL = 'deimos.test=midonet-wiring';
const LINUX_BRIDGE = 'dmtbr0';
const PLANTED_VETH = 'dm12345678h';
const PLANTED_PEER = 'dm12345678p';

const ZONE = '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e0001';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001';
const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f88';
const FOREIGN_PORT = '5c0a1f2e-3d4c-4b5a-8697-a8b9c0d1e2f3';

function sh(cmd: string, ...args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function quietly(cmd: string, ...args: string[]): void {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
  } catch {
    // already gone
  }
}

function hostLinks(): string[] {
  return parseLinkNames(sh('ip', '-o', 'link', 'show'));
}

const containers: string[] = [];
const ourLinks = new Set<string>([PLANTED_VETH, PLANTED_PEER]);

function startContainer(): { dockerId: string; pid: number; mesosId: string } {
  const dockerId = sh('docker', 'run', '-d', '--net=none', '--label', LABEL, IMAGE, 'sleep', '60');
  containers.push(dockerId);
  const pid = Number(sh('docker', 'inspect', '-f', '{{.State.Pid}}', dockerId));
  expect(pid).toBeGreaterThan(1);
  const mesosId = `dmt-${randomUUID()}`;
  const names = vethNamesFor(mesosId);
  ourLinks.add(names.hostIf).add(names.peerIf);
  return { dockerId, pid, mesosId };
}

function planFor(mesosId: string, ip?: string, gateway?: string): WiringPlan {
  const env: [string, string][] = [['MIDONET_BRIDGE_ID', BRIDGE]];
  if (ip) env.push(['MIDONET_IP_ADDRESS', ip]);
  if (gateway) env.push(['MIDONET_DEFAULT_GATEWAY', gateway]);
  return planWiring(mesosId, env) as WiringPlan;
}

describe.each(['2015', '5'] as const)('host wiring against the %s API simulator', (apiVersion) => {
  let sim: MidonetSimulator;
  let deps: WiringDeps;

  beforeEach(async () => {
    sim = await startSimulator({
      apiVersion,
      seed: {
        tunnelZones: [{ id: ZONE, name: 'tz-gre', type: 'gre' }],
        hosts: [{ id: HOST, name: 'this-agent', addresses: ['198.18.0.5'], tunnelZones: ['tz-gre'] }],
        bridges: [{ id: BRIDGE, name: 'mesos', tenantId: 'admin' }],
        // Someone else's binding on this host: never ours to remove.
        ports: [{ id: FOREIGN_PORT, bridgeId: BRIDGE, hostId: HOST, interfaceName: '5506de2b-eth0' }],
      },
    });
    const client = new MidonetClient({ apiUrl: sim.baseUri, apiVersion, timeoutMs: 5000 });
    deps = { client, run, log: silentLogger, hostId: HOST, attach: { mode: 'bridge', bridge: LINUX_BRIDGE }, datapath: 'midonet' };
    quietly('ip', 'link', 'del', LINUX_BRIDGE);
    sh('ip', 'link', 'add', LINUX_BRIDGE, 'type', 'bridge');
    sh('ip', 'link', 'set', LINUX_BRIDGE, 'up');
  });

  afterEach(async () => {
    if (containers.length > 0) quietly('docker', 'rm', '-f', ...containers.splice(0));
    const present = new Set(hostLinks());
    for (const name of ourLinks) if (present.has(name)) quietly('ip', 'link', 'del', name);
    quietly('ip', 'link', 'del', LINUX_BRIDGE);
    await sim.stop();
  });

  const ourPorts = () => sim.state().ports.filter((p) => p.id !== FOREIGN_PORT);
  const ourBindings = () => sim.state().bindings.filter((b) => b.portId !== FOREIGN_PORT);

  it('wires two containers onto one bridge so they can ping, then unwires them without a trace', async () => {
    const c1 = startContainer();
    const c2 = startContainer();
    const progress: string[] = [];
    const r1 = await wireContainer(deps, planFor(c1.mesosId, '198.18.10.2/24', '198.18.10.1'), c1.pid, (_r, step) => {
      progress.push(step);
    });
    const r2 = await wireContainer(deps, planFor(c2.mesosId, '198.18.10.3/24'), c2.pid);
    expect(progress).toEqual(['port:intent', 'port', 'veth:intent', 'veth', 'netns', 'rename', 'up', 'address', 'route', 'host-up', 'attach:intent', 'attach', 'bind:intent', 'bind']);

    // Inside: exactly lo and eth0, with the address and the default route.
    expect(parseLinkNames(sh('docker', 'exec', c1.dockerId, 'ip', '-o', 'link', 'show'))).toEqual(['lo', 'eth0']);
    expect(sh('docker', 'exec', c1.dockerId, 'ip', '-o', 'addr', 'show', 'dev', 'eth0')).toContain('inet 198.18.10.2/24');
    expect(sh('docker', 'exec', c1.dockerId, 'ip', 'route')).toContain('default via 198.18.10.1 dev eth0');
    // Outside: both host ends on the bridge.
    expect(parseLinkNames(sh('ip', '-o', 'link', 'show', 'master', LINUX_BRIDGE)).sort()).toEqual([r1.hostIf, r2.hostIf].sort());

    expect(sh('docker', 'exec', c1.dockerId, 'ping', '-c', '1', '-W', '2', '198.18.10.3')).toMatch(/1 packets received/);

    expect(ourBindings().sort((a, b) => a.portId.localeCompare(b.portId))).toEqual(
      [
        { hostId: HOST, portId: r1.portId, interfaceName: r1.hostIf },
        { hostId: HOST, portId: r2.portId, interfaceName: r2.hostIf },
      ].sort((a, b) => (a.portId as string).localeCompare(b.portId as string)),
    );
    expect(
      ourPorts()
        .map((p) => [p.id, p.hostId, p.interfaceName])
        .sort(),
    ).toEqual(
      [
        [r1.portId, HOST, r1.hostIf],
        [r2.portId, HOST, r2.hostIf],
      ].sort(),
    );

    await unwireContainer(deps, r1);
    await unwireContainer(deps, r2);
    const links = hostLinks();
    expect(links).not.toContain(r1.hostIf);
    expect(links).not.toContain(r2.hostIf);
    expect(parseLinkNames(sh('docker', 'exec', c1.dockerId, 'ip', '-o', 'link', 'show'))).toEqual(['lo']);
    expect(ourBindings()).toEqual([]);
    expect(ourPorts()).toEqual([]);
    expect(sim.state().bindings).toHaveLength(1);

    // Idempotent: a second unwire finds nothing to do and does not fail.
    await expect(unwireContainer(deps, r1)).resolves.toBeUndefined();
  });

  it('names the binding step when the API fails it, and leaves no port and no veth', async () => {
    const c = startContainer();
    const plan = planFor(c.mesosId, '198.18.10.4/24');
    sim.addFault({ method: 'POST', path: '/hosts/{id}/ports', status: 500 });
    const recorded: WiringRecord[] = [];
    await expect(wireContainer(deps, plan, c.pid, (r) => void recorded.push(r))).rejects.toThrow(
      new RegExp(`^MidoNet wiring failed at bind port [0-9a-f-]{36} to ${plan.hostIf} on host ${HOST}: MidoNet API POST .*HTTP 500`),
    );
    // The port id was recorded before anything else happened.
    expect(recorded[0]?.portId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ourPorts()).toEqual([]);
    expect(ourBindings()).toEqual([]);
    expect(hostLinks()).not.toContain(plan.hostIf);
    expect(hostLinks()).not.toContain(plan.peerIf);
    expect(parseLinkNames(sh('docker', 'exec', c.dockerId, 'ip', '-o', 'link', 'show'))).toEqual(['lo']);
  });

  it("sweeps a dead container's recorded port, a stray binding and a stray veth, and keeps the live wiring", async () => {
    const live = startContainer();
    const liveRecord = await wireContainer(deps, planFor(live.mesosId, '198.18.10.5/24'), live.pid);

    const deadId = `dmt-dead-${randomUUID()}`;
    const deadNames = vethNamesFor(deadId);
    const deadPort = await deps.client.createBridgePort(BRIDGE);
    const deadRecord: WiringRecord = { containerId: deadId, bridgeId: BRIDGE, portId: deadPort.id, ...deadNames, hostId: HOST, bound: false, attach: `bridge:${LINUX_BRIDGE}` };
    const strayPort = await deps.client.createBridgePort(BRIDGE);
    await deps.client.bindInterface(HOST, strayPort.id, 'dm87654321h');
    sh('ip', 'link', 'add', PLANTED_VETH, 'type', 'veth', 'peer', 'name', PLANTED_PEER);

    const report = await sweepLeftovers(deps, { recorded: [liveRecord, deadRecord], liveContainerIds: new Set([live.mesosId]) });

    expect(report.failed).toEqual([]);
    expect(report.removed.sort()).toEqual(
      [`binding of port ${strayPort.id} to dm87654321h on host ${HOST}`, `port ${deadPort.id} of container ${deadId}`, `veth pair ${PLANTED_VETH}/${PLANTED_PEER}`].sort(),
    );
    const links = hostLinks();
    expect(links).not.toContain(PLANTED_VETH);
    expect(links).not.toContain(PLANTED_PEER);
    expect(links).toContain(liveRecord.hostIf);
    expect(sim.state().ports.map((p) => p.id)).not.toContain(deadPort.id);
    // The live wiring and the foreign binding stay; the stray port was never recorded as ours.
    expect(
      sim
        .state()
        .bindings.map((b) => b.interfaceName)
        .sort(),
    ).toEqual(['5506de2b-eth0', liveRecord.hostIf].sort());
    expect(
      sim
        .state()
        .ports.map((p) => p.id)
        .sort(),
    ).toEqual([FOREIGN_PORT, liveRecord.portId, strayPort.id].sort());

    // A second sweep finds nothing.
    expect(await sweepLeftovers(deps, { recorded: [liveRecord, deadRecord], liveContainerIds: new Set([live.mesosId]) })).toEqual({ removed: [], failed: [] });
  });
});
