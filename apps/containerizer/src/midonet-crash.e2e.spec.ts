import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { Agent, sandboxedCommandTask, sandboxPath, startInvocation } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { startSimulator, type MidonetSimulator, type SimApiVersion } from '@deimos/midonet-sim';
import { copyBuilt, pollWithin, TEST_IMAGE_URL, TestBed, ourLinks } from '@deimos/testing';

// Crash consistency of the MidoNet wiring (issue 27), through the built
// binaries: a wired launch is SIGKILLed at a wiring step boundary (a crash
// point named in DEIMOS_TEST_CRASH_AT, in our own environment) or in the
// window between a MidoNet request being applied and its reply being read
// (the simulator's pause fault), and then what follows in real life runs:
// the next agent start (`recover`, then `wait` and `destroy` of what it
// reports as orphans), or, separately, `deimos-cleanup --rm`. Afterwards no
// container, veth, port, binding, DHCP entry or watcher of the task may be
// left, and what belongs to another agent (a DHCP entry named for another
// host, a port bound on another host to a name of our pattern, an entry
// nobody named ours) must still be there. The simulator stands in for the
// MidoNet API (from its servers' source); veths, namespaces, the Linux
// bridge and the containers are real. Addresses are in 198.18.0.0/15 only.
//
// `npm test` runs the regressions and a representative set of crash
// points; DEIMOS_CRASH_SWEEP=full runs every wiring crash point, after
// both follow-ups, against both API generations.

const bins = copyBuilt(['deimos-containerizer', 'deimos-cleanup']);
const containerizer = bins['deimos-containerizer'];
const cleanupBin = bins['deimos-cleanup'];
afterAll(() => bins.dispose());

const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f27';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d2701';
const OTHER_HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d2702';
const LINUX_BRIDGE = 'dmtbr27';
/** Another agent's: bound on its host to an interface named our way. */
const FOREIGN_PORT = '5e1ec7ed-2700-4000-8000-0000000000f0';
const FOREIGN_IF = 'dm0badf00dh';
/** Named for another host's container that is not live here. */
const FOREIGN_ENTRY = { macAddr: '02:00:00:00:27:01', ipAddr: '198.18.27.10', name: `deimos:${OTHER_HOST}:elsewhere` };
/** Named by nobody we know. */
const STRANGER_ENTRY = { macAddr: '02:00:00:00:27:02', ipAddr: '198.18.27.11', name: 'not-ours' };

/** Every crash point of the wiring, in the order a launch reaches them (libs/midonet/README.md). */
const WIRE_POINTS = [
  'wire:dhcp:intent',
  'wire:dhcp:done',
  'wire:port:intent',
  'wire:port:done',
  'wire:veth:intent',
  'wire:veth:done',
  'wire:netns:done',
  'wire:rename:done',
  'wire:up:done',
  'wire:address:done',
  'wire:route:done',
  'wire:host-up:done',
  'wire:attach:intent',
  'wire:attach:done',
  'wire:bind:intent',
  'wire:bind:done',
  'wire:recorded',
] as const;
/** Every crash point of the unwiring a destroy reaches with a Linux-bridge attach (`unwire:attach:done` is mm-dpctl's only). */
const UNWIRE_POINTS = ['unwire:bind:done', 'unwire:port:done', 'unwire:dhcp:done', 'unwire:veth:done', 'unwire:recorded'] as const;
/** The representative set `npm test` runs: one per kind of thing left behind. */
const REPRESENTATIVE = ['wire:dhcp:intent', 'wire:port:intent', 'wire:veth:done', 'wire:bind:done', 'wire:recorded'] as const;
const FULL = process.env['DEIMOS_CRASH_SWEEP'] === 'full';

type FollowUp = 'recover' | 'cleanup' | 'retry';
type Kill = { pause: { method: string; path: string } } | { point: string };

let sim: MidonetSimulator;
let bed: TestBed;
let agents: Agent[] = [];

const entries = () => sim.state().dhcp.flatMap((d) => d.hosts);

async function setUp(api: SimApiVersion): Promise<void> {
  sim = await startSimulator({
    apiVersion: api,
    seed: {
      tunnelZones: [{ id: '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e2701', name: 'tz', type: 'gre' }],
      hosts: [
        { id: HOST, name: 'agent-1', addresses: ['198.18.0.1'], alive: true, tunnelZones: ['tz'] },
        { id: OTHER_HOST, name: 'agent-2', addresses: ['198.18.0.2'], alive: true, tunnelZones: ['tz'] },
      ],
      bridges: [
        {
          id: BRIDGE,
          name: 'mesos',
          tenantId: 'admin',
          dhcpSubnets: [{ subnetPrefix: '198.18.27.0', subnetLength: 24, defaultGateway: '198.18.27.1', serverAddr: '198.18.27.2', hosts: [FOREIGN_ENTRY, STRANGER_ENTRY] }],
        },
      ],
      ports: [{ id: FOREIGN_PORT, bridgeId: BRIDGE, hostId: OTHER_HOST, interfaceName: FOREIGN_IF }],
    },
  });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  execFileSync('ip', ['link', 'add', LINUX_BRIDGE, 'type', 'bridge']);
  execFileSync('ip', ['link', 'set', LINUX_BRIDGE, 'up']);
  bed = TestBed.create(`[midonet]\napi_url = ${sim.baseUri}\napi_version = ${api}\nhost_id = ${HOST}\nattach = bridge:${LINUX_BRIDGE}\n`);
}

afterEach(async () => {
  for (const a of agents) a.killAll();
  agents = [];
  bed?.cleanup();
  await pollWithin(() => ourLinks().length === 0, 5000); // then removed by force
  for (const l of ourLinks()) spawnSync('ip', ['link', 'del', l], { stdio: 'ignore' });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  await sim?.stop();
});

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    // A zombie (reaped by nobody yet) is dead for our purpose.
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Launches a wired task (address from the pool) and kills the containerizer as `kill` says; returns its watcher's pid. */
async function killedLaunch(id: string, kill: Kill): Promise<number | undefined> {
  const launch = sandboxedCommandTask(bed.workDir, id, 'sleep 600', { image: TEST_IMAGE_URL, env: { MIDONET_BRIDGE_ID: BRIDGE } });
  if ('pause' in kill) sim.addFault({ ...kill.pause, pause: true });
  const env = bed.env('point' in kill ? { DEIMOS_TEST_CRASH_AT: kill.point } : {});
  const call = startInvocation({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env });
  if ('pause' in kill) {
    await sim.waitForPause(kill.pause, 60_000);
    call.kill('SIGKILL');
  }
  const r = await call.result;
  // Killed, not failed: SIGKILL (9, or 137 from /bin/sh when it did not exec us), and no rollback ran.
  expect(r.stderr).not.toMatch(/launch failed|rolling back/);
  expect([9, 137 << 8]).toContain(r.status);
  if ('pause' in kill) {
    expect(await pollWithin(() => sim.paused().every((p) => p.callerGone), 5000)).toBe(true);
    sim.release();
  }
  const pidFile = path.join(bed.stateRoot, 'mesos', id, 'watcher-pid');
  return fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : undefined;
}

async function followUp(how: FollowUp, id: string): Promise<void> {
  if (how === 'retry') {
    // The agent retries a destroy that failed, then its wait returns.
    const destroy = await call('destroy', id, encode('Destroy', { containerId: { value: id } }));
    expect({ status: destroy.status, stderr: destroy.status === 0 ? '' : destroy.stderr }).toEqual({ status: 0, stderr: '' });
    const wait = await call('wait', id, encode('Wait', { containerId: { value: id } }));
    expect(wait.status).toBe(0);
  } else if (how === 'recover') {
    // The next agent start: recover, containers, then wait and destroy for
    // each orphan (the agent dropped the container when its launch failed).
    const agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env() });
    agents.push(agent);
    const started = await agent.startup();
    expect(started.orphans).toEqual([id]);
  } else {
    // Not spawnSync: the simulator answers from this process's event loop.
    const r = await runAsync(cleanupBin, ['--rm'], bed.env());
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  }
}

/** One call as the agent makes it, with this bed's configuration (and `env`). */
function call(subcommand: 'launch' | 'destroy' | 'wait', id: string, input: Uint8Array, env: Record<string, string> = {}) {
  const sandbox = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: `t-${id}`, containerId: id });
  return startInvocation({ containerizer, subcommand, input, sandbox, env: bed.env(env) }).result;
}

function runAsync(binary: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** What is left of the task `id` (empty when nothing is). */
function leftovers(id: string, watcherPid: number | undefined): string[] {
  const state = sim.state();
  return [
    ...entries()
      .filter((e) => e.name === `deimos:${HOST}:${id}`)
      .map((e) => `DHCP entry ${e.ipAddr} ${e.name}`),
    ...state.ports.filter((p) => p.id !== FOREIGN_PORT).map((p) => `port ${p.id}`),
    ...state.bindings.filter((b) => b.portId !== FOREIGN_PORT).map((b) => `binding ${b.portId} to ${b.interfaceName} on ${b.hostId}`),
    ...ourLinks().map((l) => `veth ${l}`),
    ...bed.containers().map((c) => `container ${c.slice(0, 12)}`),
    ...(alive(watcherPid) ? [`watcher ${watcherPid}`] : []),
  ];
}

/** Another agent's entries and port, untouched. */
function expectForeignIntact(): void {
  const held = entries().map((e) => `${e.ipAddr} ${e.name}`);
  expect(held).toEqual(expect.arrayContaining([`${FOREIGN_ENTRY.ipAddr} ${FOREIGN_ENTRY.name}`, `${STRANGER_ENTRY.ipAddr} ${STRANGER_ENTRY.name}`]));
  expect(sim.state().bindings).toContainEqual({ hostId: OTHER_HOST, portId: FOREIGN_PORT, interfaceName: FOREIGN_IF });
}

async function expectNothingLeft(id: string, watcherPid: number | undefined): Promise<void> {
  await pollWithin(() => leftovers(id, watcherPid).length === 0, 20_000);
  expect(leftovers(id, watcherPid)).toEqual([]);
  expectForeignIntact();
}

const DHCP_POST = { method: 'POST', path: '/bridges/*/dhcp/*/hosts' };
const PORT_POST = { method: 'POST', path: '/bridges/*/ports' };

/** Both follow-ups in full against 5.x, and the reply window of each against v2015. */
const REGRESSION_CASES: [SimApiVersion, string, FollowUp][] = [
  ['5', 'reply', 'recover'],
  ['5', 'reply', 'cleanup'],
  ['5', 'point', 'recover'],
  ['5', 'point', 'cleanup'],
  ['2015', 'reply', 'recover'],
  ['2015', 'reply', 'cleanup'],
];

const killOf = (where: string, window: { method: string; path: string }, point: string): Kill => (where === 'reply' ? { pause: window } : { point });

describe('regressions (issue 27)', () => {
  it.each(REGRESSION_CASES)('regression: a launch killed just after MidoNet created the DHCP host entry leaves no entry (MidoNet %s, killed %s, then %s)', async (api, where, how) => {
    await setUp(api);
    const id = `i27-dhcp-${where}-${how}`;
    const watcher = await killedLaunch(id, killOf(where, DHCP_POST, 'wire:dhcp:done'));
    // The window is real: MidoNet holds the entry and the launch died.
    expect(entries().filter((e) => e.name === `deimos:${HOST}:${id}`)).toHaveLength(1);
    await followUp(how, id);
    await expectNothingLeft(id, watcher);
  });

  it.each(REGRESSION_CASES)('regression: a launch killed just after MidoNet created the bridge port leaves no port (MidoNet %s, killed %s, then %s)', async (api, where, how) => {
    await setUp(api);
    const id = `i27-port-${where}-${how}`;
    const watcher = await killedLaunch(id, killOf(where, PORT_POST, 'wire:port:done'));
    expect(sim.state().ports.filter((p) => p.id !== FOREIGN_PORT)).toHaveLength(1);
    await followUp(how, id);
    await expectNothingLeft(id, watcher);
  });
});

// Every wiring crash point (or the representative set), after each follow-up.
const sweepCases: [SimApiVersion, string, FollowUp][] = FULL
  ? (['5', '2015'] as const).flatMap((api) => WIRE_POINTS.flatMap((p) => (['recover', 'cleanup'] as const).map((how): [SimApiVersion, string, FollowUp] => [api, p, how])))
  : [...REPRESENTATIVE.flatMap((p) => (['recover', 'cleanup'] as const).map((how): [SimApiVersion, string, FollowUp] => ['5', p, how])), ['2015', 'wire:veth:intent', 'recover']];

describe(`wired launch killed at each crash point (${FULL ? 'full sweep' : 'representative set; DEIMOS_CRASH_SWEEP=full for all'})`, () => {
  it.each(sweepCases)('MidoNet %s: killed at %s, then %s, leaves nothing of the task and everything of another agent', async (api, point, how) => {
    await setUp(api);
    const id = `i27-${point.replace(/:/g, '-')}-${how}`;
    const watcher = await killedLaunch(id, { point });
    await followUp(how, id);
    await expectNothingLeft(id, watcher);
  });

  it('names every crash point it kills at (the list above is the one the wiring reaches, in order)', async () => {
    await setUp('5');
    const launch = sandboxedCommandTask(bed.workDir, 'i27-trace', 'sleep 600', { image: TEST_IMAGE_URL, env: { MIDONET_BRIDGE_ID: BRIDGE } });
    const call = startInvocation({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env({ DEIMOS_TEST_CRASH_TRACE: '1' }) });
    const r = await call.result;
    expect(r.exitCode).toBe(0);
    const reached = r.stderr
      .split('\n')
      .map((l) => /^crash-point (wire:\S+)$/.exec(l)?.[1])
      .filter((p): p is string => p !== undefined);
    expect(reached).toEqual([...WIRE_POINTS]);
  });
});

// A destroy killed while it unwires: the end is recorded, some of the wiring
// is undone. What follows: the agent's retry of the destroy and its wait, or
// deimos-cleanup --rm.
const unwireCases: [string, FollowUp][] = (FULL ? [...UNWIRE_POINTS] : ['unwire:port:done', 'unwire:dhcp:done']).flatMap((p) =>
  (['retry', 'cleanup'] as const).map((how): [string, FollowUp] => [p, how]),
);

describe('wired destroy killed while it unwires', () => {
  async function launched(id: string): Promise<number | undefined> {
    const launch = sandboxedCommandTask(bed.workDir, id, 'sleep 600', { image: TEST_IMAGE_URL, env: { MIDONET_BRIDGE_ID: BRIDGE } });
    const r = await call('launch', id, encode('Launch', launch));
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(entries().filter((e) => e.name === `deimos:${HOST}:${id}`)).toHaveLength(1);
    return Number(fs.readFileSync(path.join(bed.stateRoot, 'mesos', id, 'watcher-pid'), 'utf8'));
  }

  it.each(unwireCases)('MidoNet 5: killed at %s, then %s, leaves nothing of the task and everything of another agent', async (point, how) => {
    await setUp('5');
    const id = `i27-${point.replace(/:/g, '-')}-${how}`;
    const watcher = await launched(id);
    const r = await call('destroy', id, encode('Destroy', { containerId: { value: id } }), { DEIMOS_TEST_CRASH_AT: point });
    expect([9, 137 << 8]).toContain(r.status);
    await followUp(how, id);
    await expectNothingLeft(id, watcher);
  });

  it('reaches the unwiring crash points in this order', async () => {
    await setUp('5');
    await launched('i27-untrace');
    const r = await call('destroy', 'i27-untrace', encode('Destroy', { containerId: { value: 'i27-untrace' } }), { DEIMOS_TEST_CRASH_TRACE: '1' });
    expect(r.status).toBe(0);
    const reached = r.stderr
      .split('\n')
      .map((l) => /^crash-point (unwire:\S+)$/.exec(l)?.[1])
      .filter((p): p is string => p !== undefined);
    expect(reached).toEqual([...UNWIRE_POINTS]);
  });
});
