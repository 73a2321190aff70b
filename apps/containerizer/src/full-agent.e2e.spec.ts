import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { Agent, sandboxedCommandTask, standinLibexecDir } from '@deimos/agent-emulator';
import { startSimulator, type MidonetSimulator } from '@deimos/midonet-sim';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually, pollWithin, ourLinks } from '@deimos/testing';

// A full agent's burst: twenty tasks handed over at once (plain and
// MidoNet-wired mixed, command tasks with their observers beside custom
// executors) through the agent emulator, against the real engine, real
// veth pairs and a Linux bridge, and our MidoNet API simulator. Each must
// run, be listed once, and end with its own status; nothing may be left.

const containerizer = builtBinary('deimos-containerizer');
builtBinary('deimos-observer-executor');
const BRIDGE = '5d0f4c1e-2b7a-4e39-9c1d-8a6b3f2e0a11';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0030';
const LINUX_BRIDGE = 'dmtbr30';
const COUNT = 20;

let bed: TestBed;
let agent: Agent;
let sim: MidonetSimulator;

beforeEach(async () => {
  sim = await startSimulator({
    apiVersion: '5',
    seed: {
      tunnelZones: [{ id: '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e0030', name: 'tz', type: 'gre' }],
      hosts: [{ id: HOST, name: 'agent-30', addresses: ['198.18.0.30'], alive: true, tunnelZones: ['tz'] }],
      bridges: [{ id: BRIDGE, name: 'burst', tenantId: 'admin' }],
    },
  });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  execFileSync('ip', ['link', 'add', LINUX_BRIDGE, 'type', 'bridge']);
  execFileSync('ip', ['link', 'set', LINUX_BRIDGE, 'up']);
  bed = TestBed.create(`[midonet]\napi_url = ${sim.baseUri}\napi_version = 5\nusername = admin\npassword = admin\nhost_id = ${HOST}\nattach = bridge:${LINUX_BRIDGE}\n`);
  agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env(), mesosVersion: '0.28' });
});

afterEach(async () => {
  agent?.killAll();
  bed?.cleanup();
  await pollWithin(() => ourLinks().length === 0, 5000);
  for (const l of ourLinks()) spawnSync('ip', ['link', 'del', l], { stdio: 'ignore' });
  spawnSync('ip', ['link', 'del', LINUX_BRIDGE], { stdio: 'ignore' });
  await sim.stop();
});

it(`launches ${COUNT} tasks at once, wired and plain mixed: each runs, is listed once, ends with its own status, and nothing is left`, async () => {
  // Task i: wired when i is even (static addresses in 198.18.30.0/24), a
  // command task with its observer when i % 4 < 2; it waits for a file in
  // its sandbox, then exits i % 5.
  const launches = Array.from({ length: COUNT }, (_, i) => {
    const id = `burst-${String(i).padStart(2, '0')}`;
    const wired = i % 2 === 0;
    const command = `while [ ! -e /tmp/mesos-sandbox/go ]; do sleep 0.2; done; ${wired ? 'ip -o addr show eth0 > /tmp/mesos-sandbox/addr; ' : ''}exit ${i % 5}`;
    return sandboxedCommandTask(bed.workDir, id, command, {
      image: TEST_IMAGE_URL,
      version: '0.28',
      resources: { cpus: 0.05, mem: 32 },
      env: wired ? { MIDONET_BRIDGE_ID: BRIDGE, MIDONET_IP_ADDRESS: `198.18.30.${10 + i}/24` } : {},
      ...(i % 4 < 2 ? { mesosExecutorPath: `${standinLibexecDir('0.28')}/mesos-executor` } : {}),
    });
  });
  await Promise.all(launches.map((l) => agent.launch(l)));

  // Every one runs and is listed exactly once.
  const listed = await agent.containerIds();
  expect([...listed].sort()).toEqual(launches.map((l) => l.containerId.value).sort());
  expect(bed.containers(false)).toHaveLength(COUNT);
  expect(sim.state().ports.filter((p) => p.hostId === HOST)).toHaveLength(COUNT / 2);

  const waits = launches.map((l) => agent.wait(l.containerId.value));
  for (const l of launches) fs.writeFileSync(`${l.directory}/go`, '');
  const ends = await Promise.all(waits);
  ends.forEach((t, i) => {
    expect({ id: launches[i].containerId.value, status: t.status }).toEqual({ id: launches[i].containerId.value, status: i % 5 << 8 });
  });
  // The command tasks' executors report each its own end.
  for (let i = 0; i < COUNT; i++) {
    if (i % 4 >= 2) continue;
    const end = await agent.taskEnd(launches[i].taskInfo!.taskId.value);
    expect({ i, state: end.state }).toEqual({ i, state: i % 5 === 0 ? 'TASK_FINISHED' : 'TASK_FAILED' });
  }
  for (let i = 0; i < COUNT; i += 2) {
    expect(fs.readFileSync(`${launches[i].directory}/addr`, 'utf8')).toContain(`198.18.30.${10 + i}/24`);
  }

  // Nothing left: no container, veth, port or binding, no process of a task.
  expect(await eventually(() => bed.containers().length === 0, 30_000)).toBe(true);
  expect(await eventually(() => ourLinks().length === 0, 15_000)).toBe(true);
  expect(await eventually(() => sim.state().ports.length === 0, 15_000)).toBe(true);
  expect(await agent.containerIds()).toEqual([]);
}, 240_000);
