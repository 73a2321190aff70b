import type { WiringRecord } from '@deimos/midonet/record';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import lockfile from 'proper-lockfile';
import { DeimosError, exitCodeOf } from '@deimos/errors';
import { silentLogger } from '@deimos/log';
import { readAfterEnd, readKernelLocks, recordAfterEndOwed, recordLaunchProgress, StateRoot, writeAfterEnd, type HeldLock } from '@deimos/state';
import { FakeEngine, ourContainer as container } from '@deimos/testing';
import type { CleanupContext, EndWork, LeftoverSweep } from './ports';
import { sweepStates } from './sweep';
import type { SweepReport } from './report';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

let tmp: string;
let root: StateRoot;
let docker: FakeEngine;
let out: string[];
let err: string[];
let midonet: LeftoverSweep | undefined;
const held: HeldLock[] = [];
/** What the fake end work was asked: `<work> <container id>`. */
let endWork: string[];
/** Ids whose finishing the fake leaves undone (a step failed). */
let finishFails: Set<string>;

/** The lifecycle's end work, faked: it records the call and leaves the state as the real one would. */
const ends: EndWork = {
  async finish(st) {
    endWork.push(`finish ${st.id}`);
    if (finishFails.has(st.id)) return { done: false, note: 'a step failed' };
    writeAfterEnd(st, { ...(readAfterEnd(st) ?? { owed: 'then' }), finished: 'now' });
    return { done: true, note: 'after-end work done' };
  },
  async reclaim(st) {
    endWork.push(`reclaim ${st.id}`);
    writeAfterEnd(st, { owed: 'then', finished: 'now' });
    st.write('exit', '137');
    return { done: true, note: 'container stopped, end recorded, after-end work done' };
  },
  async settle(st) {
    endWork.push(`settle ${st.id}`);
    return { done: false, note: 'not used by the sweep' };
  },
};

function ctx(): CleanupContext {
  return {
    root,
    docker,
    log: silentLogger,
    midonetSweep: () => midonet,
    output: { out: (l) => out.push(l), err: (l) => err.push(l) },
    readLocks: () => readKernelLocks(),
    ends: () => ends,
  };
}

/** An end recorded by a call that died before its after-end work. */
function unfinished(id: string, when: Date) {
  const st = root.create(id, when);
  recordAfterEndOwed(st);
  st.write('exit', '137');
  return st;
}

function ended(id: string, when: Date, dockerId?: string) {
  const st = root.create(id, when);
  if (dockerId) st.recordDockerId(dockerId);
  st.write('exit', '0');
  return st;
}

const sweep = (mode: 'list' | 'rm' | 'dry-run', before = at(100), extra: { json?: boolean; quietIfBusy?: boolean } = {}) =>
  sweepStates(ctx(), { kind: 'sweep', mode, before, json: Boolean(extra.json), quietIfBusy: Boolean(extra.quietIfBusy) });

const ls = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-cleanup-'));
  root = new StateRoot(path.join(tmp, 'state'));
  docker = new FakeEngine();
  out = [];
  err = [];
  midonet = undefined;
  endWork = [];
  finishFails = new Set();
});
afterEach(() => {
  for (const l of held.splice(0)) l.release();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A network record as launch writes it (WiringRecord in @deimos/midonet). */
function networkRecord(containerId: string, extra: Partial<WiringRecord>): string {
  const record: WiringRecord = { containerId, bridgeId: 'b-1', hostIf: `mnh-${containerId}`, peerIf: `mnc-${containerId}`, hostId: 'h-1', bound: true, attach: 'agent', ...extra };
  return JSON.stringify(record);
}

describe('listing', () => {
  it('lists only ended states that started before the threshold, and changes nothing', async () => {
    ended('old-ended', at(1));
    root.create('old-running', at(2));
    ended('new-ended', at(200));
    const report = await sweep('list');
    expect(out).toEqual([root.container('old-ended').dir]);
    expect(report.summary).toMatchObject({ removed: 0, kept: 2, keptRunning: 1, keptNewer: 1, failed: 0 });
    expect(err.at(-1)).toMatch(/^cleanup: 1 ended state before 2026-01-01T01:40:00.000Z, kept 2 /);
    expect(ls(root.mesosDir)).toEqual(['new-ended', 'old-ended', 'old-running']);
  });

  it('says there is nothing to do when the state root does not exist', async () => {
    const report = await sweep('rm');
    expect(report.summary).toMatchObject({ removed: 0, kept: 0, failed: 0 });
    expect(fs.existsSync(root.root)).toBe(false);
  });
});

describe('--rm', () => {
  it('removes every trace of an ended state: directory, docker/ link and start-time/ entry', async () => {
    const did = 'a'.repeat(64);
    ended('gone', at(1), did);
    root.create('running', at(2)).recordDockerId('b'.repeat(64));
    const report = await sweep('rm');
    expect(out).toEqual([`removed ${root.container('gone').dir}`]);
    expect(ls(root.mesosDir)).toEqual(['running']);
    expect(ls(root.dockerDir)).toEqual(['b'.repeat(64)]);
    expect(ls(root.startTimeDir)).toEqual([at(2).toISOString()]);
    // Without --json only the kept ones are held (the removed are counted).
    expect(report.states.map((s) => [s.id, s.action])).toEqual([['running', 'kept']]);
    expect(report.summary).toMatchObject({ removed: 1, kept: 1 });
    expect(err.at(-1)).toBe('cleanup: removed 1 (1 state, 0 Docker containers, 0 dangling links), kept 1 (1 not ended, 0 locked, 0 newer), failed 0');
  });

  it('keeps a state whose exit file is empty: that is no end (ContainerState.ended), as for every call', async () => {
    fs.writeFileSync(root.create('torn', at(1)).file('exit'), '');
    ended('gone', at(2));
    const report = await sweep('rm');
    expect(ls(root.mesosDir)).toEqual(['torn']);
    expect(report.summary).toMatchObject({ removed: 1, keptRunning: 1 });
  });

  it('keeps an ended state while any of its locks is held (a launch or a wait still at work)', async () => {
    const st = ended('busy', at(1));
    held.push(await st.lock('launch', { mode: 'shared', nonBlocking: true }));
    const report = await sweep('rm');
    expect(ls(root.mesosDir)).toEqual(['busy']);
    expect(report.states[0]).toMatchObject({ action: 'kept', reason: 'lock launch held' });
    held.pop()?.release();
    await sweep('rm');
    expect(ls(root.mesosDir)).toEqual([]);
  });

  it('removes a start-time entry left dangling by an interrupted removal', async () => {
    const st = ended('half', at(1));
    fs.rmSync(st.dir, { recursive: true });
    const report = await sweep('rm');
    expect(ls(root.startTimeDir)).toEqual([]);
    expect(report.links).toEqual([{ link: root.startTimeLinkPath(at(1).toISOString()), action: 'removed', reason: `its state ${st.dir} is gone` }]);
  });

  it('removes our stopped Docker containers whose state is removed or missing, and no others', async () => {
    ended('e1', at(1), 'e'.repeat(64));
    root.create('r1', at(2)).recordDockerId('f'.repeat(64));
    ended('later', at(300), 'd'.repeat(64));
    docker.put(
      container('e'.repeat(64), 'e1', 'exited'), // state removed now
      container('f'.repeat(64), 'r1', 'created'), // state not ended (a launch at work)
      container('d'.repeat(64), 'later', 'exited'), // state kept (after the threshold)
      container('1'.repeat(64), 'orphan', 'exited'), // no state
      container('2'.repeat(64), 'orphan-running', 'running'), // no state, but running
    );
    const report = await sweep('rm');
    expect(docker.removed.sort()).toEqual(['1'.repeat(64), 'e'.repeat(64)]);
    expect(report.docker.map((d) => [d.containerId, d.action, d.reason])).toEqual([
      ['e1', 'removed', 'its state is removed'],
      ['r1', 'kept', 'its state is kept'],
      ['later', 'kept', 'its state is kept'],
      ['orphan', 'removed', 'no state'],
      ['orphan-running', 'kept', 'running: running containers are never touched'],
    ]);
  });

  it('attempts every item, lists the failures with their reasons and ends with an exit-4 error', async () => {
    ended('a', at(1));
    ended('b', at(2));
    docker.put(container('1'.repeat(64), 'x', 'exited'), container('2'.repeat(64), 'y', 'dead'));
    docker.failRemove.add('1'.repeat(64));
    const run = sweep('rm');
    await expect(run).rejects.toThrow(/1 item could not be cleaned up/);
    await run.catch((e) => expect(exitCodeOf(e)).toBe(4));
    expect(ls(root.mesosDir)).toEqual([]);
    expect(docker.removed).toEqual(['2'.repeat(64)]);
    expect(err).toContain(`failed: Docker container 111111111111: Error response from daemon: cannot remove ${'1'.repeat(64)}: device busy`);
  });

  it('sweeps MidoNet leftovers first (only when configured) and collects its failures', async () => {
    ended('plain', at(1));
    await sweep('rm');
    expect(out).toEqual([`removed ${root.container('plain').dir}`]); // not configured: no sweep
    const seen: string[][] = [];
    midonet = async () => {
      seen.push(ls(root.mesosDir)); // the wiring records are still there
      return { removed: ['port p1'], failed: [] };
    };
    out = [];
    ended('wired', at(2)).write('network', networkRecord('wired', { portId: 'p1' }));
    await sweep('rm');
    expect(seen).toEqual([['wired']]);
    expect(out).toEqual(['removed MidoNet leftover port p1', `removed ${root.container('wired').dir}`]);
  });

  it('keeps a state whose network record is damaged (it may stand for wiring) when the sweep failed, like a wired one', async () => {
    midonet = async () => ({ removed: [], failed: ['port p3: MidoNet API DELETE /ports/p3: HTTP 500'] });
    ended('damaged', at(1)).write('network', '{"containerId":"damaged","portId":');
    ended('plain', at(2));
    await expect(sweep('rm')).rejects.toThrow(/1 item could not/);
    expect(ls(root.mesosDir)).toEqual(['damaged']);
  });

  it('keeps the states that still carry MidoNet wiring when the sweep failed, so the next run retries', async () => {
    midonet = async () => ({ removed: [], failed: ['port p2: MidoNet API DELETE /ports/p2: HTTP 500'] });
    ended('wired', at(1)).write('network', networkRecord('wired', { portId: 'p2' }));
    ended('unwired', at(2)).write('network', networkRecord('unwired', { unwired: true }));
    ended('plain', at(3));
    await expect(sweep('rm')).rejects.toThrow(/1 item could not/);
    expect(ls(root.mesosDir)).toEqual(['wired']);
    expect(err).toContain('failed: MidoNet: port p2: MidoNet API DELETE /ports/p2: HTTP 500');
    expect(err.at(-1)).toMatch(/kept 1 \(0 not ended, 0 locked, 0 newer, 1 still wired\), failed 1$/);
  });
});

describe('work owed by calls that died', () => {
  it('--rm finishes an unfinished end and reclaims a launch that died, whatever their age, before removing states', async () => {
    unfinished('half-done', at(1));
    recordLaunchProgress(root.create('dead-launch', at(2)), 'started');
    recordLaunchProgress(root.create('launched', at(3)), 'done');
    unfinished('young', at(500));
    const report = await sweep('rm');
    expect(endWork.sort()).toEqual(['finish half-done', 'finish young', 'reclaim dead-launch']);
    expect(out.slice(0, 3).sort()).toEqual([
      `finished ${root.container('half-done').dir} (its end was recorded but its after-end work was not done): after-end work done`,
      `finished ${root.container('young').dir} (its end was recorded but its after-end work was not done): after-end work done`,
      `reclaimed ${root.container('dead-launch').dir} (its launch died before it answered): container stopped, end recorded, after-end work done`,
    ]);
    // Finished now, so removed in the same run (the young one stays: after the threshold).
    expect(ls(root.mesosDir)).toEqual(['launched', 'young']);
    expect(report.summary).toMatchObject({ ends: 3, removed: 2, keptRunning: 1, keptNewer: 1 });
    expect(err.at(-1)).toMatch(/^cleanup: finished 3 ends, removed 2 \(2 states, /);
  });

  it('keeps an ended state whose after-end work is still not done, and leaves ends a live call is finishing', async () => {
    unfinished('stuck', at(1));
    finishFails.add('stuck');
    const busy = unfinished('busy', at(2));
    held.push(await busy.lock('wait', { mode: 'exclusive', nonBlocking: true }));
    const launching = root.create('launching', at(3));
    recordLaunchProgress(launching, 'started');
    held.push(await launching.lock('launch', { mode: 'exclusive', nonBlocking: true }));
    const report = await sweep('rm');
    expect(endWork).toEqual(['finish stuck']);
    expect(ls(root.mesosDir)).toEqual(['busy', 'launching', 'stuck']);
    expect(report.ends).toEqual([{ id: 'stuck', dir: root.container('stuck').dir, work: 'finish', action: 'left', note: 'a step failed' }]);
    expect(report.states.find((s) => s.id === 'stuck')).toMatchObject({ action: 'kept', reason: 'its after-end work is not done' });
    expect(report.summary).toMatchObject({ ends: 0, failed: 0, keptUnfinished: 2 });
    expect(err.at(-1)).toMatch(/kept 3 \(1 not ended, 0 locked, 0 newer, 2 unfinished\), failed 0$/);
  });

  it('--dry-run says what --rm would finish and reclaim, and listing neither says nor does it', async () => {
    unfinished('half-done', at(1));
    recordLaunchProgress(root.create('dead-launch', at(2)), 'started');
    await sweep('dry-run');
    expect(out.slice(0, 2).sort()).toEqual([
      `would finish ${root.container('half-done').dir} (its end was recorded but its after-end work was not done)`,
      `would reclaim ${root.container('dead-launch').dir} (its launch died before it answered)`,
    ]);
    expect(out).toContain(`would remove ${root.container('half-done').dir}`);
    expect(err.at(-1)).toMatch(/^cleanup \(dry run\): would finish 2 ends, would remove 1 /);
    out = [];
    await sweep('list');
    expect(out).toEqual([]);
    expect(endWork).toEqual([]);
    expect(ls(root.mesosDir)).toEqual(['dead-launch', 'half-done']);
  });
});

describe('--dry-run and --json', () => {
  it('shows what --rm would do and changes nothing', async () => {
    ended('e1', at(1), 'e'.repeat(64));
    docker.put(container('e'.repeat(64), 'e1', 'exited'));
    await sweep('dry-run');
    expect(out).toEqual([`would remove ${root.container('e1').dir}`, 'would remove Docker container eeeeeeeeeeee (e1, its state is to be removed)']);
    expect(ls(root.mesosDir)).toEqual(['e1']);
    expect(docker.removed).toEqual([]);
    expect(err.at(-1)).toMatch(/^cleanup \(dry run\): would remove 2 \(1 state, 1 Docker container, 0 dangling links\)/);
  });

  it('prints one JSON document and nothing else', async () => {
    ended('e1', at(1));
    await sweep('rm', at(100), { json: true });
    expect(out).toHaveLength(1);
    expect(err).toEqual([]);
    const report = JSON.parse(out[0]) as SweepReport;
    expect(report).toMatchObject({ mode: 'rm', stateRoot: root.root, busy: false, summary: { removed: 1, kept: 0, failed: 0 } });
    expect(report.states).toEqual([{ id: 'e1', dir: root.container('e1').dir, startTime: at(1).toISOString(), exitCode: 0, action: 'removed' }]);
  });
});

describe('one instance at a time', () => {
  it('refuses a second run with BUSY (exit 3) naming the holder, or returns quietly with --quiet-if-busy', async () => {
    fs.mkdirSync(root.root, { recursive: true });
    const release = await lockfile.lock(root.cleanupLockFile, { realpath: false, stale: 5000 });
    fs.writeFileSync(root.cleanupLockFile, `pid=${process.pid} since=2026-01-01T00:00:00.000Z\n`);
    try {
      const e = await sweep('rm').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DeimosError);
      expect(exitCodeOf(e)).toBe(3);
      expect((e as Error).message).toBe(`another deimos-cleanup is running on ${root.root} (pid ${process.pid}, since 2026-01-01T00:00:00.000Z)`);
      const quiet = await sweep('rm', at(100), { quietIfBusy: true });
      expect(quiet.busy).toBe(true);
      expect(out).toEqual([]);
      // Listing and dry runs change nothing and do not need the lock.
      await expect(sweep('dry-run')).resolves.toMatchObject({ busy: false });
    } finally {
      await release();
    }
  });

  it('takes over the lock of a run that died (not refreshed for 5 s)', async () => {
    fs.mkdirSync(`${root.cleanupLockFile}.lock`, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(`${root.cleanupLockFile}.lock`, old, old);
    ended('e1', at(1));
    await sweep('rm');
    expect(ls(root.mesosDir)).toEqual([]);
    expect(fs.existsSync(`${root.cleanupLockFile}.lock`)).toBe(false);
  });
});

describe('scale', () => {
  it('removes 10,000 ended states', async () => {
    const n = 10_000;
    const t = Date.now();
    for (let i = 0; i < n; i++) root.create(`c${i}`, at(i / 100)).write('exit', '0');
    const made = Date.now() - t;
    const started = Date.now();
    const report = await sweep('rm', at(1e6), { json: true });
    const ms = Date.now() - started;
    process.stderr.write(`scale: created ${n} states in ${made} ms; cleanup --rm removed them in ${ms} ms\n`);
    expect(report.summary).toMatchObject({ removed: n, kept: 0, failed: 0 });
    expect(ls(root.mesosDir)).toEqual([]);
    expect(ls(root.startTimeDir)).toEqual([]);
  }, 300_000);
});

describe('streaming in chunks', () => {
  /** A mixed root: ended, running, locked, unfinished, dangling, newer, and Docker containers. */
  async function mixedRoot(): Promise<void> {
    for (let i = 0; i < 7; i++) ended(`e${i}`, at(1 + i), i === 0 ? 'e'.repeat(64) : undefined);
    root.create('running', at(10));
    held.push(await ended('busy', at(11)).lock('launch', { mode: 'shared', nonBlocking: true }));
    unfinished('stuck', at(12));
    finishFails.add('stuck');
    fs.rmSync(ended('half', at(13)).dir, { recursive: true });
    ended('e-late', at(14));
    ended('newer', at(300));
    docker.put(container('e'.repeat(64), 'e0', 'exited'), container('1'.repeat(64), 'orphan', 'exited'));
  }

  /** One run on a fresh mixed root: what it printed and reported, with the root's path taken out. */
  async function runWith(mode: 'list' | 'rm' | 'dry-run', chunk: number, json: boolean): Promise<unknown> {
    for (const l of held.splice(0)) l.release();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-cleanup-'));
    root = new StateRoot(path.join(tmp, 'state'));
    docker = new FakeEngine();
    out = [];
    err = [];
    endWork = [];
    finishFails = new Set();
    await mixedRoot();
    const report = await sweepStates(ctx(), { kind: 'sweep', mode, before: at(100), json, quietIfBusy: false }, chunk);
    const text = JSON.stringify({ out, err, report, left: ls(root.mesosDir), removed: docker.removed.sort() });
    const result: unknown = JSON.parse(text.split(root.root).join('<root>'));
    fs.rmSync(tmp, { recursive: true, force: true });
    return result;
  }

  it.each([
    ['rm', false],
    ['rm', true],
    ['dry-run', false],
    ['list', false],
  ] as const)('%s (json %s) in chunks of 2 gives what one chunk gives', async (mode, json) => {
    const one = await runWith(mode, 1000, json);
    const small = await runWith(mode, 2, json);
    expect(small).toEqual(one);
    if (mode === 'rm') expect((one as { left: string[] }).left).toEqual(['busy', 'newer', 'running', 'stuck']);
  });

  it('calls betweenChunks once per chunk of states, when the chunk is done', async () => {
    for (let i = 0; i < 5; i++) ended(`g${i}`, at(i));
    const calls: number[] = [];
    const counted = (): CleanupContext => ({ ...ctx(), betweenChunks: () => calls.push(ls(root.mesosDir).length) });
    await sweepStates(counted(), { kind: 'sweep', mode: 'rm', before: at(100), json: true, quietIfBusy: false }, 2);
    // Three chunks (2, 2, 1) of five ended states: each call sees its chunk removed.
    expect(calls).toEqual([3, 1, 0]);
  });

  it('writes no progress line under --json, even with a progress writer', async () => {
    for (let i = 0; i < 5; i++) ended(`p${i}`, at(i));
    const lines: string[] = [];
    const withProgress = (): CleanupContext => ({ ...ctx(), progress: (t) => lines.push(t) });
    await sweepStates(withProgress(), { kind: 'sweep', mode: 'dry-run', before: at(100), json: true, quietIfBusy: false }, 1);
    expect(lines).toEqual([]);
  });
});
