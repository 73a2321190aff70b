// The wiring against a fake host (a tiny model of links and namespaces
// driven by the argv the wiring runs) and a fake MidoNet API (ports and
// bindings in memory). The real thing, with real veths, a real netns and
// the simulator, is in wiring.int.spec.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChildProcessError, ConfigError, DeimosError, MidonetHttpError } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import type { RunOptions, RunResult } from '@deimos/process';
import type { MidonetDhcpHost, MidonetDhcpSubnet, MidonetHostInterfacePort, MidonetPort } from './types';
import { OUR_VETH_PATTERN, parseLinkNames, vethNamesFor } from './host';
import { sweepLeftovers } from './leftovers';
import { planWiring, WiringPlan } from './plan';
import { readNetworkRecord, unwiredRecord, type WiringRecord } from './record';
import { resolveHostId, settingsFromConfig } from './settings';
import { unwireContainer, wireContainer, WiringAttach, WiringClient, WiringDeps, WiringStep } from './wire';

const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f88';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001';
const CID = 'mesos-container-0001';
const PID = 4242;
const { hostIf: H, peerIf: P } = vethNamesFor(CID);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// --- fakes ---------------------------------------------------------------------

/** Every command and API call of both fakes, in the order they happened. */
let events: string[] = [];

/** The removals among the events: what a rollback or unwire did, in order. */
function removals(): string[] {
  return events
    .map((e) => (e.startsWith('ip link del ') ? 'ip link del' : e.startsWith('mm-dpctl --delete-if') ? 'mm-dpctl --delete-if' : e.split(' ')[0]!))
    .filter((e) => ['deleteBinding', 'deletePort', 'ip link del', 'mm-dpctl --delete-if'].includes(e));
}

interface Link {
  ns: 'host' | 'container';
  peer?: string;
  up: boolean;
  master?: string;
  mac?: string;
}

/** A host as far as `ip`, `nsenter`, `readlink` and `mm-dpctl` show it. */
class FakeHost {
  readonly links = new Map<string, Link>();
  readonly bridges = new Set<string>(['dmtbr0']);
  readonly calls: string[][] = [];
  readonly timeouts: (number | undefined)[] = [];
  readonly container: string[] = [];
  dpctlAnswer = 'Succeeded to add the interface to the datapath.';
  sameNetns = false;
  fail?: (argv: readonly string[]) => string | undefined;

  run = async (argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> => {
    this.calls.push([...argv]);
    events.push(argv.join(' '));
    this.timeouts.push(opts.timeoutMs);
    const failure = this.fail?.(argv);
    if (failure) throw new ChildProcessError(`${argv.join(' ')} exited with 2: ${failure}`, { argv, exitCode: 2, stderr: failure });
    const soft = (code: number, stderr: string): RunResult => {
      if (opts.okExitCodes?.includes(code)) return { exitCode: code, stdout: '', stderr };
      throw new ChildProcessError(`${argv.join(' ')} exited with ${code}: ${stderr}`, { argv, exitCode: code, stderr });
    };
    const a = [...argv];
    if (a[0] === 'readlink') return { exitCode: 0, stdout: this.sameNetns ? 'net:[1]\nnet:[1]' : 'net:[1]\nnet:[2]', stderr: '' };
    if (a[0] === 'mm-dpctl') return { exitCode: 0, stdout: a[1] === '--add-if' ? this.dpctlAnswer : 'Succeeded to delete the interface on the datapath.', stderr: '' };
    if (a[0] === 'nsenter') {
      const ip = a.slice(5);
      this.container.push(ip.join(' '));
      if (ip[0] === 'link' && ip[1] === 'set' && ip[3] === 'name') {
        const link = this.links.get(ip[2]!);
        if (!link || link.ns !== 'container') return soft(1, `Cannot find device "${ip[2]}"`);
        this.links.delete(ip[2]!);
        this.links.set(ip[4]!, link);
        const peer = link.peer ? this.links.get(link.peer) : undefined;
        if (peer) peer.peer = ip[4];
      }
      return { exitCode: 0, stdout: '', stderr: '' };
    }
    if (a[0] !== 'ip') throw new Error(`unexpected command ${a.join(' ')}`);
    const cmd = a.slice(1).join(' ');
    if (cmd.startsWith('-d -o link show dev ')) {
      const name = a[6]!;
      if (this.bridges.has(name)) return { exitCode: 0, stdout: `7: ${name}: <UP> mtu 1500\\    link/ether 0 \\    bridge forward_delay 1500`, stderr: '' };
      if (this.links.has(name)) return { exitCode: 0, stdout: `8: ${name}: <UP> mtu 1500\\    link/ether 0 \\    veth `, stderr: '' };
      return soft(1, `Device "${name}" does not exist.`);
    }
    if (cmd === '-o link show type veth') {
      const lines = [...this.links.entries()]
        .filter(([, l]) => l.ns === 'host')
        .map(([n, l], i) => `${i + 10}: ${n}@${l.peer && this.links.get(l.peer)?.ns === 'host' ? l.peer : 'if3'}: <BROADCAST,MULTICAST> mtu 1500\\    link/ether 0`);
      return { exitCode: 0, stdout: lines.join('\n'), stderr: '' };
    }
    if (a[1] === 'link' && a[2] === 'add') {
      const [h, p] = [a[3]!, a[8]!];
      if (this.links.has(h) || this.links.has(p)) return soft(2, 'RTNETLINK answers: File exists');
      this.links.set(h, { ns: 'host', peer: p, up: false });
      this.links.set(p, { ns: 'host', peer: h, up: false });
      return { exitCode: 0, stdout: '', stderr: '' };
    }
    if (a[1] === 'link' && a[2] === 'del') {
      const link = this.links.get(a[3]!);
      if (!link || link.ns !== 'host') return soft(1, `Cannot find device "${a[3]}"`);
      this.links.delete(a[3]!);
      if (link.peer) this.links.delete(link.peer);
      return { exitCode: 0, stdout: '', stderr: '' };
    }
    if (a[1] === 'link' && a[2] === 'set') {
      const link = this.links.get(a[3]!);
      if (!link || link.ns !== 'host') return soft(1, `Cannot find device "${a[3]}"`);
      if (a[4] === 'netns') link.ns = 'container';
      else if (a[4] === 'address') link.mac = a[5];
      else if (a[4] === 'up') link.up = true;
      else if (a[4] === 'master') {
        if (!this.bridges.has(a[5]!)) return soft(2, 'Error: argument is wrong');
        link.master = a[5];
      }
      return { exitCode: 0, stdout: '', stderr: '' };
    }
    throw new Error(`unexpected command ${a.join(' ')}`);
  };

  hostVeths(): string[] {
    return [...this.links.entries()].filter(([, l]) => l.ns === 'host').map(([n]) => n);
  }
}

type ApiMethod = 'createBridgePort' | 'bindInterface' | 'deleteBinding' | 'deletePort' | 'getPort' | 'listHostBindings';

/** Ports and bindings in memory, with the client's idempotent deletes. */
class FakeApi implements WiringClient {
  readonly ports = new Map<string, { bridgeId: string; hostId?: string; interfaceName?: string }>();
  readonly calls: string[] = [];
  failing = new Set<ApiMethod>();
  private next = 1;

  private enter(method: ApiMethod, detail: string): void {
    this.calls.push(`${method} ${detail}`.trim());
    events.push(`${method} ${detail}`);
    if (this.failing.has(method)) throw new MidonetHttpError(method === 'getPort' || method === 'listHostBindings' ? 'GET' : 'POST', `http://sim/${method}`, 500, 'Simulated fault');
  }

  /** Like both servers: the client's id when it sends one (and a duplicate is refused). */
  async createBridgePort(bridgeId: string, chosen?: string): Promise<MidonetPort> {
    this.enter('createBridgePort', bridgeId);
    const id = chosen ?? `aaaaaaaa-0000-4000-8000-${String(this.next++).padStart(12, '0')}`;
    if (this.ports.has(id)) throw new MidonetHttpError('POST', `http://sim/bridges/${bridgeId}/ports`, 409, `A(n) Port with ID ${id} already exists.`);
    this.ports.set(id, { bridgeId });
    return { id, uri: `http://sim/ports/${id}`, type: 'Bridge' };
  }

  async bindInterface(hostId: string, portId: string, interfaceName: string): Promise<MidonetHostInterfacePort> {
    this.enter('bindInterface', `${hostId} ${portId} ${interfaceName}`);
    const port = this.ports.get(portId);
    if (!port) throw new MidonetHttpError('POST', 'http://sim/hosts/x/ports', 400, 'Port ID is not valid.');
    Object.assign(port, { hostId, interfaceName });
    return { hostId, portId, interfaceName, uri: `http://sim/hosts/${hostId}/ports/${portId}` };
  }

  async deleteBinding(hostId: string, portId: string): Promise<void> {
    this.enter('deleteBinding', `${hostId} ${portId}`);
    const port = this.ports.get(portId);
    if (port?.hostId === hostId) {
      delete port.hostId;
      delete port.interfaceName;
    }
  }

  async deletePort(portId: string): Promise<void> {
    this.enter('deletePort', portId);
    this.ports.delete(portId);
  }

  async getPort(portId: string): Promise<MidonetPort> {
    this.enter('getPort', portId);
    const port = this.ports.get(portId);
    if (!port) throw new MidonetHttpError('GET', `http://sim/ports/${portId}`, 404, `No port with ID ${portId} exists.`);
    return { id: portId, uri: `http://sim/ports/${portId}`, type: 'Bridge', hostId: port.hostId ?? null, interfaceName: port.interfaceName ?? null };
  }

  async listHostBindings(hostId: string): Promise<MidonetHostInterfacePort[]> {
    this.enter('listHostBindings', hostId);
    return [...this.ports.entries()]
      .filter(([, p]) => p.hostId === hostId)
      .map(([portId, p]) => ({ hostId, portId, interfaceName: p.interfaceName as string, uri: `http://sim/hosts/${hostId}/ports/${portId}` }));
  }

  bindings(): string[] {
    return [...this.ports.entries()].filter(([, p]) => p.hostId).map(([id, p]) => `${id}@${p.hostId}:${p.interfaceName}`);
  }

  // DHCP tables: none unless a test adds a subnet; their calls are not in `events`.
  readonly subnets: MidonetDhcpSubnet[] = [];
  readonly entries = new Map<string, { macAddr: string; ipAddr: string; name: string }[]>();
  /** Runs after each entry is created: a test's other agent. */
  afterCreate?: (hosts: string, entry: { macAddr: string; ipAddr: string; name: string }) => void;

  addSubnet(prefix: string, length: number, gateway = '', server = ''): MidonetDhcpSubnet {
    const uri = `http://sim/bridges/${BRIDGE}/dhcp/${prefix}_${length}`;
    const subnet = { uri, hosts: `${uri}/hosts`, subnetPrefix: prefix, subnetLength: length, defaultGateway: gateway || null, serverAddr: server || null };
    this.subnets.push(subnet);
    this.entries.set(subnet.hosts, []);
    return subnet;
  }

  async listDhcpSubnets(bridgeId: string): Promise<MidonetDhcpSubnet[]> {
    return bridgeId === BRIDGE ? [...this.subnets] : [];
  }

  async listDhcpHosts(subnet: Pick<MidonetDhcpSubnet, 'hosts'>): Promise<MidonetDhcpHost[]> {
    return (this.entries.get(subnet.hosts) ?? []).map((e) => ({ ...e, uri: `${subnet.hosts}/${e.macAddr}` }));
  }

  async createDhcpHost(subnet: Pick<MidonetDhcpSubnet, 'hosts'>, entry: { macAddr: string; ipAddr: string; name: string }): Promise<string> {
    this.entries.get(subnet.hosts)?.push({ ...entry });
    this.afterCreate?.(subnet.hosts, entry);
    return `${subnet.hosts}/${entry.macAddr}`;
  }

  async deleteDhcpHost(subnet: Pick<MidonetDhcpSubnet, 'hosts'>, macAddr: string, only: { name?: string } = {}): Promise<boolean> {
    const list = this.entries.get(subnet.hosts) ?? [];
    const i = list.findIndex((e) => e.macAddr === macAddr && (only.name === undefined || e.name === only.name));
    if (i >= 0) list.splice(i, 1);
    return i >= 0;
  }

  held(): string[] {
    return [...this.entries.values()].flat().map((e) => `${e.ipAddr} ${e.name}`);
  }
}

class MemoryLog implements Logger {
  readonly lines: string[] = [];
  debug(m: string): void {
    this.lines.push(`DEBUG ${m}`);
  }
  info(m: string): void {
    this.lines.push(`INFO ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`WARNING ${m}`);
  }
  error(m: string): void {
    this.lines.push(`ERROR ${m}`);
  }
  withContainer(): Logger {
    return this;
  }
  isEnabled(): boolean {
    return true;
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

let host: FakeHost;
let api: FakeApi;
let log: MemoryLog;

beforeEach(() => {
  events = [];
  host = new FakeHost();
  api = new FakeApi();
  log = new MemoryLog();
});

function deps(attach: WiringAttach = { mode: 'bridge', bridge: 'dmtbr0' }): WiringDeps {
  return { client: api, run: host.run as WiringDeps['run'], log, hostId: HOST, attach, datapath: 'midonet', commandTimeoutMs: 5000 };
}

function plan(env: Record<string, string> = { MIDONET_IP_ADDRESS: '198.18.10.2/24', MIDONET_DEFAULT_GATEWAY: '198.18.10.1' }, cid = CID): WiringPlan {
  return planWiring(cid, Object.entries({ MIDONET_BRIDGE_ID: BRIDGE, ...env })) as WiringPlan;
}

async function failure(p: Promise<unknown>): Promise<DeimosError> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err as DeimosError,
  );
}

// --- planWiring ----------------------------------------------------------------

describe('planWiring', () => {
  it('leaves a task without MIDONET_BRIDGE_ID alone', () => {
    expect(
      planWiring(CID, [
        ['MIDONET_IP_ADDRESS', 'not even checked'],
        ['PATH', '/bin'],
      ]),
    ).toBeUndefined();
  });

  it('plans the bridge, address, gateway and our interface names', () => {
    expect(plan()).toEqual({
      containerId: CID,
      bridgeId: BRIDGE,
      ip: '198.18.10.2/24',
      address: '198.18.10.2',
      prefix: 24,
      gateway: '198.18.10.1',
      hostIf: H,
      peerIf: P,
      warnings: [],
    });
  });

  it('parses a bare address once into address without prefix', () => {
    const p = planWiring(CID, [
      ['MIDONET_BRIDGE_ID', BRIDGE],
      ['MIDONET_IP_ADDRESS', '198.18.10.2'],
    ]);
    expect(p).toMatchObject({ address: '198.18.10.2' });
    expect(p?.ip).toBeUndefined();
    expect(p?.prefix).toBeUndefined();
  });

  it('needs neither address nor gateway', () => {
    const p = plan({});
    expect(p.ip).toBeUndefined();
    expect(p.gateway).toBeUndefined();
  });

  it('treats empty optional variables as absent and lower-cases the bridge id', () => {
    const p = planWiring(CID, [
      ['MIDONET_BRIDGE_ID', BRIDGE.toUpperCase()],
      ['MIDONET_IP_ADDRESS', ''],
      ['MIDONET_DEFAULT_GATEWAY', ' '],
    ]);
    expect(p).toMatchObject({ bridgeId: BRIDGE });
    expect(p && 'ip' in p).toBe(false);
  });

  it('takes the last of repeated variables', () => {
    const p = planWiring(CID, [
      ['MIDONET_BRIDGE_ID', 'junk'],
      ['MIDONET_BRIDGE_ID', BRIDGE],
    ]);
    expect(p?.bridgeId).toBe(BRIDGE);
  });

  it.each([
    ['MIDONET_BRIDGE_ID', { MIDONET_BRIDGE_ID: '' }, /MIDONET_BRIDGE_ID must be a UUID, got ""/],
    ['MIDONET_BRIDGE_ID', { MIDONET_BRIDGE_ID: '78488c47d1de4d16a27a4e6419dc4f88' }, /MIDONET_BRIDGE_ID must be a UUID/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: '198.18.10.2/' }, /MIDONET_IP_ADDRESS must be an IPv4 address, optionally with a prefix length, got "198.18.10.2\/"/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: '198.18.10.256/24' }, /MIDONET_IP_ADDRESS/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: '198.18.10.2/33' }, /MIDONET_IP_ADDRESS/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: '198.18.010.2/24' }, /MIDONET_IP_ADDRESS/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: 'fd00::2/64' }, /MIDONET_IP_ADDRESS/],
    ['MIDONET_DEFAULT_GATEWAY', { MIDONET_IP_ADDRESS: '198.18.10.2/24', MIDONET_DEFAULT_GATEWAY: '198.18.10' }, /MIDONET_DEFAULT_GATEWAY must be an IPv4 address, got "198.18.10"/],
    ['MIDONET_DEFAULT_GATEWAY', { MIDONET_IP_ADDRESS: '198.18.10.2/24', MIDONET_DEFAULT_GATEWAY: '198.18.10.1/24' }, /MIDONET_DEFAULT_GATEWAY/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: '0.0.0.0' }, /^MIDONET_IP_ADDRESS "0.0.0.0" is the unspecified address, not one for a container$/],
    ['MIDONET_IP_ADDRESS', { MIDONET_IP_ADDRESS: '224.0.0.5/24' }, /^MIDONET_IP_ADDRESS "224.0.0.5\/24" is a multicast address/],
    [
      'MIDONET_DEFAULT_GATEWAY',
      { MIDONET_IP_ADDRESS: '198.18.10.2/24', MIDONET_DEFAULT_GATEWAY: '127.0.0.1' },
      /^MIDONET_DEFAULT_GATEWAY "127.0.0.1" is a loopback address; the kernel takes only a unicast gateway$/,
    ],
    ['MIDONET_DEFAULT_GATEWAY', { MIDONET_IP_ADDRESS: '198.18.10.2/24', MIDONET_DEFAULT_GATEWAY: '255.255.255.255' }, /is the broadcast address/],
  ])('rejects a bad %s naming it', (_name, env, message) => {
    let err: unknown;
    try {
      planWiring(CID, Object.entries({ MIDONET_BRIDGE_ID: BRIDGE, ...env }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DeimosError);
    expect((err as DeimosError).code).toBe('INVALID_INPUT');
    expect((err as Error).message).toMatch(message);
  });

  it('warns, without refusing, about a gateway outside the network or a network address', () => {
    expect(plan({ MIDONET_IP_ADDRESS: '198.18.10.2/24', MIDONET_DEFAULT_GATEWAY: '198.19.0.1' }).warnings).toEqual([
      'MIDONET_DEFAULT_GATEWAY 198.19.0.1 is outside 198.18.10.2/24; the kernel will refuse the default route',
    ]);
    expect(plan({ MIDONET_IP_ADDRESS: '198.18.10.0/24' }).warnings).toEqual(['MIDONET_IP_ADDRESS 198.18.10.0/24 is the network address of its subnet']);
    expect(plan({ MIDONET_IP_ADDRESS: '198.18.10.7/32' }).warnings).toEqual([]);
  });
});

describe('vethNamesFor', () => {
  it.each(['x', CID, 'a'.repeat(300), 'ünïcode/with spaces:and@signs', '5506de2b-0000-0000-0000-000000000000'])('gives names that fit IFNAMSIZ and match our pattern for %s', (id) => {
    const { hostIf, peerIf } = vethNamesFor(id);
    for (const name of [hostIf, peerIf]) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(15);
      expect(name).toMatch(OUR_VETH_PATTERN);
    }
    expect(hostIf.slice(0, -1)).toBe(peerIf.slice(0, -1));
    expect(vethNamesFor(id)).toEqual({ hostIf, peerIf });
  });

  it('gives different containers with a common prefix different names', () => {
    // MCP used the first 8 characters of the id, so these two collided.
    expect(vethNamesFor('5506de2b-aaaa').hostIf).not.toBe(vethNamesFor('5506de2b-bbbb').hostIf);
  });
});

// --- wireContainer -------------------------------------------------------------

describe('wireContainer', () => {
  it('runs the steps in order with the exact argv, each with a timeout', async () => {
    const record = await wireContainer(deps(), plan(), PID);
    expect(host.calls).toEqual([
      ['readlink', '/proc/self/ns/net', '/proc/4242/ns/net'],
      ['ip', '-d', '-o', 'link', 'show', 'dev', 'dmtbr0'],
      ['ip', 'link', 'add', H, 'type', 'veth', 'peer', 'name', P],
      ['ip', 'link', 'set', P, 'netns', '4242'],
      ['nsenter', '-t', '4242', '-n', 'ip', 'link', 'set', P, 'name', 'eth0'],
      ['nsenter', '-t', '4242', '-n', 'ip', 'link', 'set', 'lo', 'up'],
      ['nsenter', '-t', '4242', '-n', 'ip', 'link', 'set', 'eth0', 'up'],
      ['nsenter', '-t', '4242', '-n', 'ip', 'addr', 'add', '198.18.10.2/24', 'dev', 'eth0'],
      ['nsenter', '-t', '4242', '-n', 'ip', 'route', 'add', 'default', 'via', '198.18.10.1', 'dev', 'eth0'],
      ['ip', 'link', 'set', H, 'up'],
      ['ip', 'link', 'set', H, 'master', 'dmtbr0'],
    ]);
    expect(host.timeouts.every((t) => t === 5000)).toBe(true);
    const portId = record.portId as string;
    expect(api.calls).toEqual([`createBridgePort ${BRIDGE}`, `bindInterface ${HOST} ${portId} ${H}`]);
    expect(portId).toMatch(UUID_V4);
    expect(record).toEqual({
      containerId: CID,
      bridgeId: BRIDGE,
      portId,
      hostIf: H,
      peerIf: P,
      hostId: HOST,
      bound: true,
      ip: '198.18.10.2/24',
      gateway: '198.18.10.1',
      attach: 'bridge:dmtbr0',
      stages: { port: 'done', veth: 'done', attach: 'done', bind: 'done' },
    });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(host.links.get(H)).toMatchObject({ ns: 'host', up: true, master: 'dmtbr0', peer: 'eth0' });
    expect(host.links.get('eth0')).toMatchObject({ ns: 'container' });
    expect(api.bindings()).toEqual([`${portId}@${HOST}:${H}`]);
  });

  it('skips address and route when the task gives none, and attaches nothing for the agent', async () => {
    await wireContainer(deps({ mode: 'agent' }), plan({}), PID);
    const commands = host.calls.map((c) => c.join(' '));
    expect(commands.some((c) => c.includes(' addr ') || c.includes(' route '))).toBe(false);
    expect(commands.some((c) => c.includes('master') || c.startsWith('mm-dpctl') || c.includes('show dev'))).toBe(false);
    expect(commands.at(-1)).toBe(`ip link set ${H} up`);
    expect(api.bindings()).toHaveLength(1);
  });

  it('adds the host end to the datapath with mm-dpctl and records the datapath', async () => {
    const record = await wireContainer(deps({ mode: 'mm-dpctl' }), plan({}), PID);
    expect(host.calls.at(-1)).toEqual(['mm-dpctl', '--add-if', H, 'midonet']);
    expect(host.timeouts.at(-1)).toBeGreaterThanOrEqual(60_000);
    expect(record).toMatchObject({ attach: 'mm-dpctl', datapath: 'midonet' });
  });

  it('records each thing before making it (intent, under the id we chose) and after, and every other step', async () => {
    const seen: [WiringStep, WiringRecord][] = [];
    await wireContainer(deps(), plan(), PID, (r, step) => {
      // The port is named in the record before the POST that makes it.
      if (step === 'port:intent') expect(api.ports.size).toBe(0);
      if (step === 'veth:intent') expect(host.links.size).toBe(0);
      if (step === 'bind:intent') expect(api.bindings()).toEqual([]);
      seen.push([step, r]);
    });
    expect(seen.map(([s]) => s)).toEqual(['port:intent', 'port', 'veth:intent', 'veth', 'netns', 'rename', 'up', 'address', 'route', 'host-up', 'attach:intent', 'attach', 'bind:intent', 'bind']);
    const [, first] = seen[0]!;
    expect(first.portId).toMatch(UUID_V4);
    expect(first.stages).toEqual({ port: 'intent' });
    expect(seen[1]![1]).toMatchObject({ portId: first.portId, stages: { port: 'done' } });
    expect(seen.find(([s]) => s === 'bind:intent')![1]).toMatchObject({ bound: false, stages: { bind: 'intent' } });
    expect(seen.at(-1)![1]).toMatchObject({ bound: true, stages: { port: 'done', veth: 'done', attach: 'done', bind: 'done' } });
    // The port got the id recorded before it existed.
    expect([...api.ports.keys()]).toEqual([first.portId]);
    // Copies: the caller can keep them.
    expect(seen[0]![1]).not.toBe(seen[1]![1]);
    expect(seen[0]![1].stages).not.toBe(seen[1]![1].stages);
  });

  const failAt: [string, RegExp, (argv: readonly string[]) => boolean, ApiMethod | undefined, string[]][] = [
    // The port's id was recorded before the POST, which may have taken effect: it is deleted by that id.
    ['port creation', /failed at create a port on bridge 78488c47/, () => false, 'createBridgePort', ['deletePort']],
    ['veth creation', /failed at create veth pair dm[0-9a-f]{8}h\/dm[0-9a-f]{8}p: .*Operation not permitted/, (a) => a[2] === 'add', undefined, ['deletePort']],
    ['the netns move', /failed at move dm[0-9a-f]{8}p into the network namespace of pid 4242/, (a) => a[4] === 'netns', undefined, ['ip link del', 'deletePort']],
    ['the rename', /failed at rename dm[0-9a-f]{8}p to eth0/, (a) => a[0] === 'nsenter' && a[9] === 'eth0', undefined, ['ip link del', 'deletePort']],
    ['the address', /failed at add address 198\.18\.10\.2\/24 to eth0/, (a) => a[0] === 'nsenter' && a[5] === 'addr', undefined, ['ip link del', 'deletePort']],
    ['the route', /failed at add default route via 198\.18\.10\.1/, (a) => a[0] === 'nsenter' && a[5] === 'route', undefined, ['ip link del', 'deletePort']],
    ['the host end up', /failed at set dm[0-9a-f]{8}h up/, (a) => a[0] === 'ip' && a[4] === 'up', undefined, ['ip link del', 'deletePort']],
    ['the attach', /failed at attach dm[0-9a-f]{8}h to Linux bridge dmtbr0/, (a) => a[4] === 'master', undefined, ['ip link del', 'deletePort']],
    ['the binding', /failed at bind port [0-9a-f]{8}-[0-9a-f-]+ to dm[0-9a-f]{8}h on host 9f1c2d3e/, () => false, 'bindInterface', ['deleteBinding', 'ip link del', 'deletePort']],
  ];

  it.each(failAt)('undoes everything in reverse when %s fails, naming the step', async (_what, message, failArgv, failApi, undo) => {
    host.fail = (a) => (failArgv(a) ? 'RTNETLINK answers: Operation not permitted' : undefined);
    if (failApi) api.failing.add(failApi);
    const err = await failure(wireContainer(deps(), plan(), PID));
    expect(err).toBeInstanceOf(DeimosError);
    expect(err.code).toBe('MIDONET');
    expect(err.message).toMatch(/^MidoNet wiring failed at /);
    expect(err.message).toMatch(message);
    expect(err.cause).toBeDefined();
    // Nothing is left: no port, no binding, no veth on the host or in the container.
    expect(api.ports.size).toBe(0);
    expect(host.links.size).toBe(0);
    // The undo steps, in reverse order of the wiring.
    expect(removals()).toEqual(undo);
  });

  it('undoes everything when recording progress fails', async () => {
    const err = await failure(
      wireContainer(deps(), plan(), PID, (_r, step) => {
        if (step === 'address') throw new Error('disk full');
      }),
    );
    expect(err.message).toBe('MidoNet wiring failed at recording progress after "add address 198.18.10.2/24 to eth0": disk full');
    expect(api.ports.size).toBe(0);
    expect(host.links.size).toBe(0);
  });

  it('undoes the datapath port and veth when mm-dpctl says it failed (with exit 0)', async () => {
    host.dpctlAnswer = 'Failed to add the interface to the datapath.';
    const err = await failure(wireContainer(deps({ mode: 'mm-dpctl' }), plan({}), PID));
    expect(err.message).toMatch(/failed at attach dm[0-9a-f]{8}h to datapath midonet with mm-dpctl: .*it said: Failed to add/);
    expect(removals()).toEqual(['mm-dpctl --delete-if', 'ip link del', 'deletePort']);
    expect(api.ports.size).toBe(0);
  });

  it('refuses a missing Linux bridge before creating anything', async () => {
    const err = await failure(wireContainer(deps({ mode: 'bridge', bridge: 'dmtnone0' }), plan(), PID));
    expect(err.message).toMatch(/^MidoNet wiring failed at check Linux bridge dmtnone0: Linux bridge "dmtnone0" does not exist/);
    expect(api.calls).toEqual([]);
    expect(host.links.size).toBe(0);
  });

  it('refuses a device that is not a bridge', async () => {
    host.links.set('dmtveth0', { ns: 'host', up: true });
    const err = await failure(wireContainer(deps({ mode: 'bridge', bridge: 'dmtveth0' }), plan(), PID));
    expect(err.message).toMatch(/"dmtveth0" exists but is not a Linux bridge/);
  });

  it('refuses a process that shares our network namespace, and pid 1', async () => {
    host.sameNetns = true;
    const err = await failure(wireContainer(deps(), plan(), PID));
    expect(err.message).toMatch(/shares this host's network namespace; the container must run with --net=none/);
    expect(api.calls).toEqual([]);
    await expect(wireContainer(deps(), plan(), 1)).rejects.toThrow(/init pid, got 1/);
  });

  it('keeps a leftover veth of the same name and says how to clear it', async () => {
    host.links.set(H, { ns: 'host', up: false, peer: P });
    host.links.set(P, { ns: 'host', up: false, peer: H });
    const err = await failure(wireContainer(deps(), plan(), PID));
    expect(err.message).toMatch(/failed at create veth pair .*File exists/);
    expect(err.hint).toMatch(/left over .* deimos-cleanup/);
    expect(host.links.has(H)).toBe(true);
    expect(api.ports.size).toBe(0);
  });

  it('lists in the hint what the rollback could not remove', async () => {
    api.failing.add('bindInterface').add('deletePort');
    const err = await failure(wireContainer(deps(), plan(), PID));
    expect(err.hint).toMatch(/^rollback could not remove port [0-9a-f]{8}-[0-9a-f-]+; deimos-cleanup sweeps leftovers$/);
    expect(log.lines.some((l) => l.startsWith('ERROR rollback: could not remove port'))).toBe(true);
    expect(host.links.size).toBe(0);
  });
});

// --- unwireContainer -----------------------------------------------------------

describe('unwireContainer', () => {
  it('removes the binding, the port and the veth, and a second call changes nothing', async () => {
    const record = await wireContainer(deps(), plan(), PID);
    await unwireContainer(deps(), record);
    expect(api.ports.size).toBe(0);
    expect(host.links.size).toBe(0);
    expect(removals()).toEqual(['deleteBinding', 'deletePort', 'ip link del']);
    log.lines.length = 0;
    await expect(unwireContainer(deps(), record)).resolves.toBeUndefined();
    expect(log.lines.filter((l) => l.startsWith('WARNING') || l.startsWith('ERROR'))).toEqual([]);
  });

  it('cleans up after a wiring that stopped half-way (no port, veth never moved)', async () => {
    host.links.set(H, { ns: 'host', up: false, peer: P });
    host.links.set(P, { ns: 'host', up: false, peer: H });
    await unwireContainer(deps(), { containerId: CID, bridgeId: BRIDGE, hostIf: H, peerIf: P, hostId: HOST, bound: false, attach: 'agent' });
    expect(host.links.size).toBe(0);
    expect(api.calls).toEqual([]);
  });

  it('deletes a binding the record missed (crash before the state write)', async () => {
    const record = await wireContainer(deps(), plan(), PID);
    await unwireContainer(deps(), { ...record, bound: false });
    expect(api.bindings()).toEqual([]);
    expect(api.ports.size).toBe(0);
  });

  it('removes the datapath port with mm-dpctl before the veth', async () => {
    const record = await wireContainer(deps({ mode: 'mm-dpctl' }), plan({}), PID);
    host.calls.length = 0;
    await unwireContainer(deps({ mode: 'agent' }), record);
    expect(host.calls.map((c) => c.join(' '))).toEqual([`mm-dpctl --delete-if ${H} midonet`, `ip link del ${H}`]);
  });

  it('tries everything and then names what it could not remove', async () => {
    const record = await wireContainer(deps(), plan(), PID);
    api.failing.add('deleteBinding').add('deletePort');
    const err = await failure(unwireContainer(deps(), record));
    expect(err.code).toBe('MIDONET');
    expect(err.message).toMatch(
      new RegExp(`^MidoNet unwiring of ${CID} could not remove binding of port ${record.portId} on host ${HOST}: .*Simulated fault; port ${record.portId}: .*Simulated fault$`),
    );
    expect(host.links.size).toBe(0);
  });

  it('never deletes an interface whose recorded name is not ours', async () => {
    host.links.set('eth0', { ns: 'host', up: true });
    const err = await failure(unwireContainer(deps(), { containerId: CID, bridgeId: BRIDGE, hostIf: 'eth0', peerIf: P, hostId: HOST, bound: false, attach: 'agent' }));
    expect(err.message).toMatch(/interface "eth0": not a name we create, left alone/);
    expect(host.links.has('eth0')).toBe(true);
    expect(host.calls).toEqual([]);
  });
});

// --- sweepLeftovers ------------------------------------------------------------

describe('sweepLeftovers', () => {
  it('removes what dead containers left and keeps what live ones use', async () => {
    const live = await wireContainer(deps(), plan({ MIDONET_IP_ADDRESS: '198.18.10.2/24' }, 'live-1'), PID);
    // A dead container whose wiring is recorded: port bound, veth still on the host.
    const dead = await wireContainer(deps(), plan({}, 'dead-1'), PID + 1);
    host.links.get(dead.hostIf)!.peer = dead.peerIf;
    host.links.delete('eth0');
    host.links.set(dead.peerIf, { ns: 'host', up: false, peer: dead.hostIf });
    // A binding named our way that no record knows; a foreign binding; a stray veth.
    const stray = await api.createBridgePort(BRIDGE);
    await api.bindInterface(HOST, stray.id, 'dm87654321h');
    const foreign = await api.createBridgePort(BRIDGE);
    await api.bindInterface(HOST, foreign.id, '5506de2b-eth0');
    host.links.set('dm12345678h', { ns: 'host', up: false, peer: 'dm12345678p' });
    host.links.set('dm12345678p', { ns: 'host', up: false, peer: 'dm12345678h' });
    host.links.set('dmtother0', { ns: 'host', up: false });

    const report = await sweepLeftovers(deps(), { recorded: [live, dead], liveContainerIds: new Set(['live-1']) });

    expect(report.failed).toEqual([]);
    expect(report.removed.sort()).toEqual(
      [
        `binding of port ${dead.portId} to ${dead.hostIf} on host ${HOST}`,
        `binding of port ${stray.id} to dm87654321h on host ${HOST}`,
        `port ${dead.portId} of container dead-1`,
        `veth pair ${dead.hostIf}/${dead.peerIf}`,
        'veth pair dm12345678h/dm12345678p',
      ].sort(),
    );
    expect(api.bindings().sort()).toEqual([`${live.portId}@${HOST}:${live.hostIf}`, `${foreign.id}@${HOST}:5506de2b-eth0`].sort());
    expect([...api.ports.keys()].sort()).toEqual([live.portId, stray.id, foreign.id].sort());
    expect(host.hostVeths().sort()).toEqual(['dmtother0', live.hostIf].sort());
  });

  it('honours ownsVeth and reports what it could not remove', async () => {
    host.links.set('dmaaaaaaaah', { ns: 'host', up: false });
    host.links.set('dmbbbbbbbbh', { ns: 'host', up: false });
    const recorded: WiringRecord[] = [
      { containerId: 'dead-2', bridgeId: BRIDGE, portId: 'aaaaaaaa-0000-4000-8000-0000000000ff', hostIf: 'dmcccccccch', peerIf: 'dmccccccccp', hostId: HOST, bound: true, attach: 'agent' },
    ];
    api.failing.add('getPort');
    const report = await sweepLeftovers(deps(), {
      recorded,
      liveContainerIds: new Set(['live-9']),
      ownsVeth: (name) => (name === 'dmaaaaaaaah' ? 'live-9' : undefined),
    });
    expect(report.removed).toEqual(['veth dmbbbbbbbbh']);
    expect(report.failed).toEqual([`port aaaaaaaa-0000-4000-8000-0000000000ff of container dead-2: MidoNet API GET http://sim/getPort: HTTP 500: Simulated fault`]);
    expect(host.hostVeths()).toEqual(['dmaaaaaaaah']);
  });

  it('skips a recorded port that is already gone', async () => {
    const recorded: WiringRecord[] = [
      { containerId: 'dead-3', bridgeId: BRIDGE, portId: 'aaaaaaaa-0000-4000-8000-0000000000ee', hostIf: 'dmddddddddh', peerIf: 'dmddddddddp', hostId: HOST, bound: false, attach: 'agent' },
    ];
    const report = await sweepLeftovers(deps(), { recorded, liveContainerIds: new Set() });
    expect(report).toEqual({ removed: [], failed: [] });
    expect(api.calls).not.toContain('deletePort aaaaaaaa-0000-4000-8000-0000000000ee');
  });
});

// --- configuration helpers -----------------------------------------------------

describe('resolveHostId', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-hostid-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prefers host_id from the configuration', () => {
    expect(resolveHostId({ hostId: HOST.toUpperCase(), hostIdFile: path.join(dir, 'missing') })).toBe(HOST);
  });

  it('reads host_uuid from the agent file, trailing blank lines and all', () => {
    const file = path.join(dir, 'midonet_host_id.properties');
    fs.writeFileSync(file, `#Tue Jul 14 10:12:31 UTC 2015\nhost_uuid=${HOST}\n\n`);
    expect(resolveHostId({ hostIdFile: file })).toBe(HOST);
  });

  it('names a missing file', () => {
    const file = path.join(dir, 'nope.properties');
    expect(() => resolveHostId({ hostIdFile: file })).toThrow(ConfigError);
    expect(() => resolveHostId({ hostIdFile: file })).toThrow(`${file}: MidoNet host id file does not exist`);
  });

  it('names a file without host_uuid, or with a bad one', () => {
    const file = path.join(dir, 'empty.properties');
    fs.writeFileSync(file, '# nothing\n');
    expect(() => resolveHostId({ hostIdFile: file })).toThrow(`${file}: no host_uuid in the MidoNet host id file`);
    fs.writeFileSync(file, 'host_uuid=agent-1\n');
    expect(() => resolveHostId({ hostIdFile: file })).toThrow(/not a UUID: "agent-1"/);
  });
});

describe('settingsFromConfig', () => {
  it('turns timeout seconds into the milliseconds the client takes', () => {
    expect(settingsFromConfig({ apiUrl: 'http://127.0.0.1:8080/midonet-api', username: 'admin', password: 'pw', projectId: undefined, apiVersion: '5', timeoutSeconds: 2.5 })).toEqual({
      apiUrl: 'http://127.0.0.1:8080/midonet-api',
      username: 'admin',
      password: 'pw',
      apiVersion: '5',
      timeoutMs: 2500,
    });
  });
});

describe('parseLinkNames', () => {
  it('reads names from ip -o link output, with and without a peer', () => {
    const text = [
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      '5: dm12345678p@dm12345678h: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\\    link/ether 5a:3a:07:a9:23:14 brd ff:ff:ff:ff:ff:ff',
      '9: dmabcdef01h@if8: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master dmtbr0 state UP\\    link/ether ca:34:24:db:50:d6 brd ff:ff:ff:ff:ff:ff link-netnsid 0',
      '',
    ].join('\n');
    expect(parseLinkNames(text)).toEqual(['lo', 'dm12345678p', 'dmabcdef01h']);
  });
});

describe('addresses from the bridge DHCP subnet (issue 16)', () => {
  const env = (extra: Record<string, string> = {}) => Object.entries({ MIDONET_BRIDGE_ID: BRIDGE, ...extra });
  const plan = (extra: Record<string, string> = {}, cid = CID) => planWiring(cid, env(extra)) as WiringPlan;

  it('records an entry before the interface comes up, and configures its address, prefix and gateway', async () => {
    api.addSubnet('198.18.7.0', 29, '198.18.7.1', '198.18.7.2');
    const seen: WiringStep[] = [];
    const record = await wireContainer({ ...deps(), pick: () => 0 }, plan(), PID, (r, s) => {
      seen.push(s);
      if (s === 'dhcp') expect(host.links.size).toBe(0);
      expect(r.dhcp?.ipAddr ?? '198.18.7.3').toBe('198.18.7.3');
    });
    // Its subnet, our name and MAC are recorded before the POST, then the entry as made.
    expect(seen.slice(0, 3)).toEqual(['dhcp:intent', 'dhcp', 'port:intent']);
    expect(record).toMatchObject({ ip: '198.18.7.3/29', gateway: '198.18.7.1', stages: { dhcp: 'done' } });
    expect(api.held()).toEqual([`198.18.7.3 deimos:${HOST}:${CID}`]);
    expect(host.container).toContain('addr add 198.18.7.3/29 dev eth0');
    expect(host.container).toContain('route add default via 198.18.7.1 dev eth0');
    expect(host.calls.map((c) => c.join(' '))).toContain(`ip link set ${P} address ${record.mac}`);
    await unwireContainer(deps(), record);
    expect(api.held()).toEqual([]);
  });

  it('prefers MIDONET_DEFAULT_GATEWAY to the subnet gateway', async () => {
    api.addSubnet('198.18.7.0', 29, '198.18.7.1');
    const record = await wireContainer(deps(), plan({ MIDONET_DEFAULT_GATEWAY: '198.18.7.6' }), PID);
    expect(record.gateway).toBe('198.18.7.6');
  });

  it('refuses a gateway when the container gets no address', async () => {
    await expect(wireContainer(deps(), plan({ MIDONET_DEFAULT_GATEWAY: '198.18.7.1' }), PID)).rejects.toThrow(/MIDONET_DEFAULT_GATEWAY is set but the container gets no address/);
  });

  it('gives a bare address the prefix of the subnet that contains it', async () => {
    api.addSubnet('198.18.7.0', 24, '198.18.7.1');
    const record = await wireContainer(deps(), plan({ MIDONET_IP_ADDRESS: '198.18.7.42' }), PID);
    expect(record.ip).toBe('198.18.7.42/24');
    expect(api.held()).toEqual([`198.18.7.42 deimos:${HOST}:${CID}`]);
  });

  it('refuses a bare address no subnet contains, naming the bridge', async () => {
    api.addSubnet('198.18.7.0', 24);
    await expect(wireContainer(deps(), plan({ MIDONET_IP_ADDRESS: '198.18.9.4' }), PID)).rejects.toThrow(`no DHCP subnet of bridge ${BRIDGE} contains 198.18.9.4`);
  });

  it('refuses an address another entry holds, naming address and holder, and leaves nothing', async () => {
    api.addSubnet('198.18.7.0', 24);
    api.entries.get(api.subnets[0]!.hosts)!.push({ macAddr: '02:00:00:00:00:09', ipAddr: '198.18.7.42', name: 'other-agent:c9' });
    await expect(wireContainer(deps(), plan({ MIDONET_IP_ADDRESS: '198.18.7.42/24' }), PID)).rejects.toThrow(/address 198\.18\.7\.42 is held by DHCP entry "other-agent:c9"/);
    expect(api.held()).toEqual(['198.18.7.42 other-agent:c9']);
    expect(api.ports.size).toBe(0);
    expect(host.links.size).toBe(0);
  });

  it('fails a full subnet in one line naming bridge and subnet, leaving no port, entry or veth', async () => {
    api.addSubnet('198.18.7.0', 30, '198.18.7.1');
    api.entries.get(api.subnets[0]!.hosts)!.push({ macAddr: '02:00:00:00:00:09', ipAddr: '198.18.7.2', name: 'x' });
    const err = (await wireContainer(deps(), plan(), PID).catch((e: unknown) => e)) as DeimosError;
    expect(err.message).toBe(`MidoNet wiring failed at reserve an address on bridge ${BRIDGE}: DHCP subnet 198.18.7.0/30 of bridge ${BRIDGE} has no free address; end tasks on it or widen the subnet`);
    expect(api.ports.size).toBe(0);
    expect(host.links.size).toBe(0);
    expect(api.held()).toEqual(['198.18.7.2 x']);
  });

  it('gives the address up to a rival entry with a lower name and picks again', async () => {
    api.addSubnet('198.18.7.0', 29);
    // Another agent writes the same address right after us, under a lower name.
    api.afterCreate = (hosts, entry) => {
      if (entry.ipAddr === '198.18.7.1' && !api.held().some((h) => h.startsWith('198.18.7.1 a'))) {
        api.entries.get(hosts)!.push({ macAddr: '02:00:00:00:00:0a', ipAddr: '198.18.7.1', name: 'a-first' });
      }
    };
    const record = await wireContainer({ ...deps(), pick: () => 0 }, plan(), PID);
    expect(record.ip).toBe('198.18.7.2/29');
    expect(api.held().sort()).toEqual(['198.18.7.1 a-first', `198.18.7.2 deimos:${HOST}:${CID}`]);
    expect(log.lines.some((l) => l.includes('"a-first" also holds 198.18.7.1'))).toBe(true);
  });

  it('keeps the address when a rival with a higher name gives way, and gives way when it stays', async () => {
    api.addSubnet('198.18.7.0', 29);
    // A rival that sorts after us writes the same address, then deletes it on its next look.
    let rivalChecks = 0;
    api.afterCreate = (hosts, entry) => {
      if (entry.ipAddr === '198.18.7.1') api.entries.get(hosts)!.push({ macAddr: '02:00:00:00:00:0b', ipAddr: '198.18.7.1', name: 'zz-later' });
    };
    const list = api.listDhcpHosts.bind(api);
    api.listDhcpHosts = async (subnet) => {
      const out = await list(subnet);
      if (out.filter((e) => e.name === 'zz-later').length > 0 && ++rivalChecks === 2) {
        const l = api.entries.get(subnet.hosts)!;
        l.splice(
          l.findIndex((e) => e.name === 'zz-later'),
          1,
        );
      }
      return out;
    };
    const record = await wireContainer({ ...deps(), pick: () => 0 }, plan(), PID);
    expect(record.ip).toBe('198.18.7.1/29');
    expect(api.held()).toEqual([`198.18.7.1 deimos:${HOST}:${CID}`]);
  });

  it('gives way to a rival with a higher name that stays: it read before our write and kept the address', async () => {
    api.addSubnet('198.18.7.0', 29);
    api.afterCreate = (hosts, entry) => {
      if (entry.ipAddr === '198.18.7.1') api.entries.get(hosts)!.push({ macAddr: '02:00:00:00:00:0c', ipAddr: '198.18.7.1', name: 'zz-kept' });
    };
    const record = await wireContainer({ ...deps(), pick: () => 0, settleDelayMs: 1 }, plan(), PID);
    expect(record.ip).toBe('198.18.7.2/29');
    expect(api.held().sort()).toEqual([`198.18.7.2 deimos:${HOST}:${CID}`, '198.18.7.1 zz-kept'].sort());
  });

  it('fails after bounded retries when every pick is lost', async () => {
    api.addSubnet('198.18.7.0', 24);
    api.afterCreate = (hosts, entry) => {
      api.entries.get(hosts)!.push({ macAddr: `02:00:00:00:01:${entry.macAddr.slice(-2)}`, ipAddr: entry.ipAddr, name: 'a' });
    };
    await expect(wireContainer(deps(), plan(), PID)).rejects.toThrow(/after 5 tries: other agents took each pick first/);
    expect(api.held().filter((h) => h.includes('deimos:'))).toEqual([]);
  });

  it('is swept by recover when its container is gone, and kept while it lives', async () => {
    api.addSubnet('198.18.7.0', 24);
    const record = await wireContainer(deps(), plan(), PID);
    await sweepLeftovers(deps(), { recorded: [record], liveContainerIds: new Set([CID]) });
    expect(api.held()).toHaveLength(1);
    const report = await sweepLeftovers(deps(), { recorded: [record], liveContainerIds: new Set() });
    expect(api.held()).toEqual([]);
    expect(report.removed.some((r) => r.startsWith('DHCP entry'))).toBe(true);
  });
});

// --- crash consistency (issue 27) -------------------------------------------------

describe('intent before action: what a crash leaves is found again (issue 27)', () => {
  const OLD_HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d00aa';
  const lease = (subnet: MidonetDhcpSubnet, cid: string, ip: string, hostId = HOST) => ({
    hosts: subnet.hosts,
    subnet: `${subnet.subnetPrefix}/${subnet.subnetLength}`,
    macAddr: `02:00:00:00:${ip.split('.')[3]!.padStart(2, '0')}:01`,
    ipAddr: ip,
    name: `deimos:${hostId}:${cid}`,
  });
  /** What a launch killed after recording these intents (and before their answers) left in its state. */
  const intentsOnly = (cid: string, extra: Partial<WiringRecord>): WiringRecord => ({
    containerId: cid,
    bridgeId: BRIDGE,
    ...vethNamesFor(cid),
    hostId: HOST,
    bound: false,
    attach: 'bridge:dmtbr0',
    ...extra,
  });

  it('undoes a record holding only intents whose calls took effect: entry, port, binding and veth, by the names and ids we chose', async () => {
    const subnet = api.addSubnet('198.18.7.0', 24);
    const entry = lease(subnet, CID, '198.18.7.9');
    const portId = '5e1ec7ed-0000-4000-8000-000000000027';
    // Each POST took effect; the launch died before reading any answer.
    await api.createDhcpHost(subnet, entry);
    await api.createBridgePort(BRIDGE, portId);
    host.links.set(H, { ns: 'host', up: false, peer: P });
    host.links.set(P, { ns: 'host', up: false, peer: H });
    await api.bindInterface(HOST, portId, H);
    const record = intentsOnly(CID, { dhcp: entry, portId, stages: { dhcp: 'intent', port: 'intent', veth: 'intent', bind: 'intent' } });
    await unwireContainer(deps(), record);
    expect(api.held()).toEqual([]);
    expect(api.ports.size).toBe(0);
    expect(api.bindings()).toEqual([]);
    expect(host.links.size).toBe(0);
  });

  it('undoes the same record as a no-op when no call took effect, and again after that', async () => {
    const subnet = api.addSubnet('198.18.7.0', 24);
    const record = intentsOnly(CID, { dhcp: lease(subnet, CID, '198.18.7.9'), portId: '5e1ec7ed-0000-4000-8000-000000000028', stages: { dhcp: 'intent', port: 'intent', veth: 'intent' } });
    await expect(unwireContainer(deps(), record)).resolves.toBeUndefined();
    await expect(unwireContainer(deps(), record)).resolves.toBeUndefined();
    expect(log.lines.filter((l) => l.startsWith('WARNING') || l.startsWith('ERROR'))).toEqual([]);
  });

  it('leaves an entry holding the intended MAC under another name: it is why our POST failed, and not ours', async () => {
    const subnet = api.addSubnet('198.18.7.0', 24);
    const entry = lease(subnet, CID, '198.18.7.9');
    await api.createDhcpHost(subnet, { ...entry, name: 'someone-else' });
    await unwireContainer(deps(), intentsOnly(CID, { dhcp: entry, stages: { dhcp: 'intent' } }));
    expect(api.held()).toEqual(['198.18.7.9 someone-else']);
  });

  it('records a wiring whose rollback undid everything as unwired, and one whose rollback could not as still holding wiring', async () => {
    api.failing.add('bindInterface');
    const steps: [WiringStep, WiringRecord][] = [];
    await failure(wireContainer(deps(), plan(), PID, (r, step) => void steps.push([step, r])));
    const [lastStep, last] = steps.at(-1)!;
    expect(lastStep).toBe('rolled-back');
    expect(readNetworkRecord(JSON.stringify(last)).kind).toBe('unwired');

    steps.length = 0;
    api.failing.add('deletePort');
    await failure(wireContainer(deps(), plan(), PID, (r, step) => void steps.push([step, r])));
    expect(steps.at(-1)![0]).toBe('bind:intent');
    expect(readNetworkRecord(JSON.stringify(steps.at(-1)![1]))).toMatchObject({ kind: 'wired', record: { portId: expect.stringMatching(UUID_V4) } });
  });

  it('sweeps what dead launches left from their intents, and nothing of another host', async () => {
    const subnet = api.addSubnet('198.18.7.0', 24);
    // dead-i: killed after the entry and port POSTs took effect, before their answers.
    const entry = lease(subnet, 'dead-i', '198.18.7.20');
    const portId = '5e1ec7ed-0000-4000-8000-000000000029';
    await api.createDhcpHost(subnet, entry);
    await api.createBridgePort(BRIDGE, portId);
    // dead-j: recorded under the host id this agent had before; its entry is ours by the record.
    const oldEntry = lease(subnet, 'dead-j', '198.18.7.21', OLD_HOST);
    await api.createDhcpHost(subnet, oldEntry);
    // Another host's: named for it, or named by nobody we know.
    await api.createDhcpHost(subnet, lease(subnet, 'elsewhere', '198.18.7.22', '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d00bb'));
    await api.createDhcpHost(subnet, { macAddr: '02:00:00:00:23:01', ipAddr: '198.18.7.23', name: 'not-ours' });
    const foreign = await api.createBridgePort(BRIDGE);

    const report = await sweepLeftovers(deps(), {
      recorded: [intentsOnly('dead-i', { dhcp: entry, portId, stages: { dhcp: 'intent', port: 'intent' } }), intentsOnly('dead-j', { hostId: OLD_HOST, dhcp: oldEntry, stages: { dhcp: 'done' } })],
      liveContainerIds: new Set(),
    });
    expect(report.failed).toEqual([]);
    expect(report.removed.sort()).toEqual(
      [`port ${portId} of container dead-i`, `DHCP entry 198.18.7.20 (${entry.name}) on bridge ${BRIDGE}`, `DHCP entry 198.18.7.21 (${oldEntry.name}) on bridge ${BRIDGE}`].sort(),
    );
    expect(api.held().sort()).toEqual(['198.18.7.22 deimos:9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d00bb:elsewhere', '198.18.7.23 not-ours']);
    expect([...api.ports.keys()]).toEqual([foreign.id]);
  });

  it('sweeps the bridge an unwired record names: an entry of a dead container there is found by its name', async () => {
    const subnet = api.addSubnet('198.18.7.0', 24);
    await api.createDhcpHost(subnet, lease(subnet, 'dead-k', '198.18.7.30'));
    const undone = unwiredRecord(intentsOnly('dead-k', { stages: { veth: 'done' } }));
    expect(readNetworkRecord(JSON.stringify(undone)).kind).toBe('unwired');
    const report = await sweepLeftovers(deps(), { recorded: [undone], liveContainerIds: new Set() });
    expect(report.removed).toEqual([`DHCP entry 198.18.7.30 (deimos:${HOST}:dead-k) on bridge ${BRIDGE}`]);
    expect(api.held()).toEqual([]);
  });
});
