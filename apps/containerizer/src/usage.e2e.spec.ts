import * as fs from 'node:fs';
import * as path from 'node:path';
import { Agent, customExecutorLaunch, invoke, resourcesOf, sandboxPath, sandboxedCommandTask } from '@deimos/agent-emulator';
import { TaskState, TaskStatusReason, decode, encode } from '@deimos/protocol';
import { locateCgroups, parseCgroupPaths } from '@deimos/cgroups';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// usage and update against real cgroups (this machine: v1 controllers with a
// v2 mount), through the built binary as the agent calls it.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
let agent: Agent;

async function launch(id: string, command: string, cpus: number, mem: number) {
  await agent.launch(sandboxedCommandTask(bed.workDir, id, command, { image: TEST_IMAGE_URL, resources: { cpus, mem } }));
}

beforeEach(() => {
  bed = TestBed.create();
  agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env() });
});
afterEach(() => {
  agent.killAll();
  bed.cleanup();
});

it('reports the cpus and mem limits of the task', async () => {
  await launch('u-limits', 'sleep 30', 0.5, 64);
  const s = await agent.usage('u-limits');
  expect(s.cpusLimit).toBe(0.5);
  expect(Number(s.memLimitBytes)).toBe(64 * 1048576);
  expect(s.timestamp).toBeGreaterThan(Date.now() / 1000 - 60);
  expect(Number(s.processes)).toBeGreaterThanOrEqual(1);
});

it('records the cgroups at launch for usage, and locates them for a container without the record (an earlier release)', async () => {
  // A custom executor: nothing registers, so no agent update changes the
  // limits between the two reads (a command task's executor registration
  // brings one that adds the executor's own resources).
  const directory = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: 'e-u-record', containerId: 'u-record' });
  fs.mkdirSync(directory, { recursive: true });
  await agent.launch(
    customExecutorLaunch({
      containerId: 'u-record',
      executorId: 'e-u-record',
      directory,
      slaveId: 's1',
      frameworkId: 'fw',
      command: 'sleep 30',
      image: TEST_IMAGE_URL,
      resources: { cpus: 0.5, mem: 64 },
    }),
  );
  const dir = path.join(bed.stateRoot, 'mesos', 'u-record');
  const cid = fs.readFileSync(path.join(dir, 'cid'), 'utf8').trim();
  const record = parseCgroupPaths(fs.readFileSync(path.join(dir, 'cgroups'), 'utf8'));
  expect(record).toEqual(locateCgroups(Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'))));
  expect(Object.values(record!.dirs).some((d) => d.includes(cid))).toBe(true);
  const withRecord = await agent.usage('u-record');
  fs.unlinkSync(path.join(dir, 'cgroups'));
  const without = await agent.usage('u-record');
  for (const s of [withRecord, without]) {
    expect(s.cpusLimit).toBe(0.5);
    expect(Number(s.memLimitBytes)).toBe(64 * 1048576);
  }
});

it('shows growing user time for a CPU-burning task', async () => {
  await launch('u-burn', 'while :; do :; done', 1, 64);
  const a = await agent.usage('u-burn');
  await new Promise((r) => setTimeout(r, 1500));
  const b = await agent.usage('u-burn');
  expect(b.cpusUserTimeSecs!).toBeGreaterThan(a.cpusUserTimeSecs ?? 0);
  expect(b.cpusUserTimeSecs!).toBeGreaterThan(0.3);
});

it('shows a larger rss for a task that allocates memory', async () => {
  await launch('u-small', 'sleep 30', 0.1, 128);
  // dd fills a 40 MB buffer, then blocks writing into a pipe nobody reads.
  await launch('u-big', 'dd if=/dev/zero bs=40M count=1 | sleep 30', 0.1, 128);
  const small = await agent.usage('u-small');
  let big = 0;
  const grew = await eventually(
    async () => {
      big = Number((await agent.usage('u-big')).memRssBytes);
      return big > Number(small.memRssBytes) + 30_000_000;
    },
    20_000,
    200,
  );
  expect({ grew, big }).toEqual({ grew: true, big: expect.any(Number) });
});

it('counts memory pressure on cgroup v1 through the watcher, and none for a task that does nothing', async () => {
  await launch('u-calm', 'sleep 30', 0.1, 32);
  // Writes 64 MB files through the page cache under a 32 MB limit: the kernel reclaims, and says so.
  await launch('u-press', 'while :; do dd if=/dev/zero of=/tmp/f bs=1M count=64 2>/dev/null; rm -f /tmp/f; done', 0.1, 32);
  let pressed = 0;
  const counted = await eventually(
    async () => {
      pressed = Number((await agent.usage('u-press')).memLowPressureCounter ?? 0);
      return pressed > 0;
    },
    20_000,
    250,
  );
  expect({ counted, pressed }).toEqual({ counted: true, pressed: expect.any(Number) });
  const calm = await agent.usage('u-calm');
  expect([calm.memLowPressureCounter, calm.memMediumPressureCounter, calm.memCriticalPressureCounter].map(Number)).toEqual([0, 0, 0]);
});

it('applies an update of cpus and mem, which usage then reports', async () => {
  await launch('u-update', 'sleep 30', 0.5, 64);
  const resources = resourcesOf({ cpus: 1, mem: 128 });
  await agent.update('u-update', resources);
  await agent.update('u-update', resources); // the same update again is harmless
  const s = await agent.usage('u-update');
  expect(s.cpusLimit).toBe(1);
  expect(Number(s.memLimitBytes)).toBe(128 * 1048576);
});

it('answers usage and update of an ended container with success and one INFO line (the agent destroys on a failed update)', async () => {
  await launch('u-ended', 'exit 0', 0.1, 32);
  await agent.wait('u-ended');
  const r = await invoke({ containerizer, subcommand: 'usage', input: encode('Usage', { containerId: { value: 'u-ended' } }), env: bed.env() });
  expect(r.exitCode).toBe(0);
  const stats = decode('ResourceStatistics', r.frame!);
  expect(stats.timestamp).toBeGreaterThan(0);
  expect([stats.memLimitBytes, stats.cpusLimit, stats.memRssBytes].map((v) => Number(v ?? 0))).toEqual([0, 0, 0]);
  expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/ INFO \[u-ended\] usage \/\/ the container has ended; no statistics to report$/)]);
  const u = await invoke({ containerizer, subcommand: 'update', input: encode('Update', { containerId: { value: 'u-ended' }, resources: resourcesOf({ cpus: 1, mem: 64 }) }), env: bed.env() });
  expect(u.exitCode).toBe(0);
  expect(u.stderr.trim().split('\n')).toEqual([expect.stringMatching(/ INFO \[u-ended\] update \/\/ the container has ended; nothing to update$/)]);
});

it("answers usage with success when the recorded init pid is no longer the container's (it ended, the pid was reused, the end not yet recorded)", async () => {
  await launch('u-gone', 'sleep 30', 0.1, 32);
  fs.writeFileSync(path.join(bed.stateRoot, 'mesos', 'u-gone', 'pid'), `${process.pid}\n`);
  const r = await invoke({ containerizer, subcommand: 'usage', input: encode('Usage', { containerId: { value: 'u-gone' } }), env: bed.env() });
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toMatch(new RegExp(`usage // pid ${process.pid} is no longer the container's init process \\(it ended\\); no statistics to report`));
});

it('reports an out-of-memory kill as killed, with the memory reason', async () => {
  await launch('u-oom', 'exec dd if=/dev/zero of=/dev/null bs=128M count=1', 0.1, 32);
  const t = await agent.wait('u-oom');
  expect(t.killed).toBe(true);
  expect(t.message).toMatch(/memory limit of 32 MiB/);
  expect(t.state).toBe(TaskState.TASK_FAILED);
  expect(t.reasons).toEqual([TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY]);
  expect(t.status).toBe(137 << 8);
});

it('reports the sandbox a task wrote 5 MB into as disk used, against its disk resource', async () => {
  await agent.launch(
    sandboxedCommandTask(bed.workDir, 'u-disk', 'dd if=/dev/urandom of=five bs=1048576 count=5 && touch done && sleep 30', {
      image: TEST_IMAGE_URL,
      resources: { cpus: 0.1, mem: 32, disk: 64 },
    }),
  );
  let s = await agent.usage('u-disk');
  // The size is cached for 5 s: wait for a report taken after dd finished.
  const wrote = await eventually(
    async () => {
      s = await agent.usage('u-disk');
      return Number(s.diskUsedBytes) >= 5 * 1048576;
    },
    20_000,
    500,
  );
  expect({ wrote, used: Number(s.diskUsedBytes) }).toEqual({ wrote: true, used: expect.any(Number) });
  expect(Number(s.diskUsedBytes)).toBeLessThan(64 * 1048576);
  expect(Number(s.diskLimitBytes)).toBe(64 * 1048576);
});
