import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exitCodeOf } from '@deimos/errors';
import { silentLogger } from '@deimos/log';
import { readAfterEnd, readKernelLocks, recordAfterEndOwed, recordLaunchProgress, StateRoot, writeAfterEnd, type ContainerState } from '@deimos/state';
import { FakeEngine, ourContainer } from '@deimos/testing';
import type { CleanupContext, EndWork } from './ports';
import { checkStates, type CheckReport } from './check';

const HOUR_AGO = () => new Date(Date.now() - 3_600_000);
const DEAD_PID = 4_000_000; // above pid_max's ceiling: never alive

let tmp: string;
let root: StateRoot;
let docker: FakeEngine;
let out: string[];
let err: string[];
/** What the fake end work was asked to do: `<work> <container id>`. */
let endWork: string[];

/** The lifecycle's end work, faked: it records the call and leaves the state as the real one would. */
const ends: EndWork = {
  async finish(st) {
    endWork.push(`finish ${st.id}`);
    writeAfterEnd(st, { ...(readAfterEnd(st) ?? { owed: 'then' }), finished: 'now' });
    return { done: true, note: 'after-end work done' };
  },
  async reclaim(st) {
    endWork.push(`reclaim ${st.id}`);
    endedAndFinished(st, '137');
    return { done: true, note: 'container stopped, end recorded, after-end work done' };
  },
  async settle(st) {
    endWork.push(`settle ${st.id}`);
    endedAndFinished(st, '64');
    return { done: true, note: 'end recorded (exit 64), after-end work done' };
  },
};

function endedAndFinished(st: ContainerState, exit: string): void {
  writeAfterEnd(st, { owed: 'then', finished: 'now' });
  st.write('exit', exit);
}

function ctx(): CleanupContext {
  return {
    root,
    docker,
    log: silentLogger,
    midonetSweep: () => undefined,
    output: { out: (l) => out.push(l), err: (l) => err.push(l) },
    readLocks: () => readKernelLocks(),
    ends: () => ends,
  };
}

describe('chunks', () => {
  it('calls betweenChunks after each chunk of the start-time index and of the states', async () => {
    for (let i = 0; i < 5; i++) endedAndFinished(root.create(`c${i}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i))), '0');
    let calls = 0;
    await checkStates({ ...ctx(), betweenChunks: () => calls++ }, { kind: 'check', repair: false, json: true, quietIfBusy: false }, Date.now(), 2);
    // The index pass goes by CHUNK (one chunk of five here), the states pass by the chunk given (2, 2, 1).
    expect(calls).toBe(1 + 3);
  });
});

async function check(repair: boolean): Promise<CheckReport & { error?: unknown }> {
  try {
    return await checkStates(ctx(), { kind: 'check', repair, json: true, quietIfBusy: false });
  } catch (error) {
    return { ...(JSON.parse(out[out.length - 1]) as CheckReport), error };
  }
}

/** One of each inconsistency --check knows, planted by hand. */
function plant() {
  const did = (c: string) => c.repeat(64);
  // dangling docker/ and start-time/ links: their state is gone
  const gone = root.create('gone', HOUR_AGO());
  gone.recordDockerId(did('a'));
  fs.rmSync(gone.dir, { recursive: true });
  // a state that is not ended, not being launched, and has no Docker id
  root.create('no-cid', HOUR_AGO());
  // recorded as running, but Docker does not know its container
  root.create('vanished', HOUR_AGO()).recordDockerId(did('b'));
  // recorded as running, its container runs, its watcher (the wait lock's holder) died
  const orphaned = root.create('unwatched', HOUR_AGO());
  orphaned.recordDockerId(did('c'));
  fs.writeFileSync(orphaned.lockFile('wait'), `pid=${DEAD_PID} since=2026-01-01T00:00:00.000Z\n`);
  // Docker containers with our labels and no state: one stopped, one running
  docker.put(ourContainer(did('c'), 'unwatched', 'running'), ourContainer(did('d'), 'nobody', 'exited'), ourContainer(did('e'), 'nobody-running', 'running'));
  // a state without a start-time entry
  const lost = root.create('unindexed', HOUR_AGO());
  lost.write('exit', '0');
  fs.unlinkSync(root.startTimeLinkPath(lost.read('t') as string));
  // an end recorded by a call that died before its after-end work
  const unfinished = root.create('unfinished', HOUR_AGO());
  recordAfterEndOwed(unfinished);
  unfinished.write('exit', '137');
  // a launch that started and died before it answered
  recordLaunchProgress(root.create('abandoned', HOUR_AGO()), 'started');
  // a cleanup run that died holding its lock
  fs.mkdirSync(`${root.cleanupLockFile}.lock`);
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(`${root.cleanupLockFile}.lock`, old, old);
  fs.writeFileSync(root.cleanupLockFile, `pid=${DEAD_PID} since=2026-01-01T00:00:00.000Z\n`);
}

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-check-'));
  root = new StateRoot(path.join(tmp, 'state'));
  docker = new FakeEngine();
  out = [];
  err = [];
  endWork = [];
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('--check', () => {
  it('finds nothing in a consistent root and exits 0', async () => {
    root.create('fine', HOUR_AGO()).write('exit', '0');
    root.create('launching'); // young: may be a launch about to take its lock
    const report = await checkStates(ctx(), { kind: 'check', repair: false, json: false, quietIfBusy: false });
    expect(report.findings).toEqual([]);
    expect(err).toEqual([`check: consistent under ${root.root}`]);
  });

  it('reports each planted inconsistency and changes nothing', async () => {
    plant();
    const before = fs.readdirSync(root.root, { recursive: true }).sort();
    const report = await check(false);
    expect(exitCodeOf(report.error)).toBe(4);
    expect(report.findings.map((f) => [f.kind, path.basename(f.subject)]).sort()).toEqual(
      [
        ['container-without-state', 'Docker container dddddddddddd'],
        ['container-without-state', 'Docker container eeeeeeeeeeee'],
        ['dangling-docker-link', 'a'.repeat(64)],
        ['dangling-start-time-link', expect.stringMatching(/^\d{4}-.*Z$/)],
        ['dead-lock-holder', 'cleanup.lock'],
        ['dead-lock-holder', 'wait'],
        ['docker-container-gone', 'vanished'],
        ['no-docker-id', 'no-cid'],
        ['unindexed-state', 'unindexed'],
        ['unfinished-end', 'unfinished'],
        ['abandoned-launch', 'abandoned'],
      ].sort(),
    );
    expect(report.findings.find((f) => f.kind === 'unfinished-end')?.detail).toBe('exit 137 recorded, but its after-end work (unwire, ondestroy hook, removal) is not done');
    expect(report.findings.find((f) => f.kind === 'dead-lock-holder' && f.subject.endsWith('wait'))?.detail).toBe(
      `container running in Docker, but no process holds its wait lock: last holder pid ${DEAD_PID} (dead) since 2026-01-01T00:00:00.000Z`,
    );
    expect(report.findings.every((f) => f.repair === undefined)).toBe(true);
    expect(fs.readdirSync(root.root, { recursive: true }).sort()).toEqual(before);
    expect(docker.removed).toEqual([]);
    expect(endWork).toEqual([]);
  });

  it('--repair fixes the safe ones and says why it left the others', async () => {
    plant();
    const report = await check(true);
    const outcome = Object.fromEntries(report.findings.map((f) => [`${f.kind} ${path.basename(f.subject)}`, `${f.repair}: ${f.note}`]));
    expect(outcome).toMatchObject({
      [`dangling-docker-link ${'a'.repeat(64)}`]: 'repaired: link removed',
      'docker-container-gone vanished': 'repaired: end recorded (exit 64); a later cleanup removes the state; after-end work done',
      'container-without-state Docker container dddddddddddd': 'repaired: container removed',
      'container-without-state Docker container eeeeeeeeeeee': expect.stringMatching(/^left: it is running; running containers are never touched/),
      'dead-lock-holder cleanup.lock': 'repaired: taken over by this run (a stale cleanup lock is replaced)',
      'dead-lock-holder wait': expect.stringMatching(/^left: its watcher is gone; `deimos-containerizer recover` attaches a new one/),
      'no-docker-id no-cid': 'repaired: end recorded (exit 64), after-end work done',
      'unindexed-state unindexed': expect.stringMatching(/^left: /),
      'unfinished-end unfinished': 'repaired: after-end work done',
      'abandoned-launch abandoned': 'repaired: container stopped, end recorded, after-end work done',
    });
    expect(endWork.sort()).toEqual(['finish unfinished', 'finish vanished', 'reclaim abandoned', 'settle no-cid']);
    expect(report.findings.find((f) => f.kind === 'dangling-start-time-link')).toMatchObject({ repair: 'repaired', note: 'link removed' });
    expect(report.summary).toMatchObject({ found: 11, repaired: 8, left: 3, failed: 0 });
    expect(exitCodeOf(report.error)).toBe(4);
    // what was repaired is gone for good
    expect(fs.readdirSync(root.dockerDir).sort()).toEqual(['b'.repeat(64), 'c'.repeat(64)]);
    expect(root.container('vanished').read('exit')).toBe('64');
    expect(JSON.parse(root.container('vanished').read('termination') as string)).toMatchObject({ exitCode: 64, source: 'cleanup --check --repair' });
    expect(docker.removed).toEqual(['d'.repeat(64)]);
    expect(fs.existsSync(`${root.cleanupLockFile}.lock`)).toBe(false);
    // a second check finds only what was left
    out = [];
    const again = await check(false);
    expect(again.findings.map((f) => f.kind).sort()).toEqual(['container-without-state', 'dead-lock-holder', 'unindexed-state']);
  });

  it('leaves an unfinished end alone while its wait lock is held, and a launch while it holds its launch lock', async () => {
    const st = root.create('finishing', HOUR_AGO());
    recordAfterEndOwed(st);
    st.write('exit', '0');
    const launching = root.create('launching', HOUR_AGO());
    recordLaunchProgress(launching, 'started');
    const locks = [await st.lock('wait', { mode: 'exclusive', nonBlocking: true }), await launching.lock('launch', { mode: 'exclusive', nonBlocking: true })];
    try {
      const report = await check(true);
      expect(report.findings).toEqual([]);
      expect(endWork).toEqual([]);
    } finally {
      for (const l of locks) l.release();
    }
  });

  it('takes a launch recorded as done as answered, not abandoned', async () => {
    recordLaunchProgress(root.create('answered', HOUR_AGO()), 'done');
    const report = await check(false);
    expect(report.findings.map((f) => f.kind)).toEqual(['no-docker-id']);
  });

  it('leaves a container alone while its wait lock is held (its watcher records the end)', async () => {
    const st = root.create('watched', HOUR_AGO());
    st.recordDockerId('b'.repeat(64));
    const lock = await st.lock('wait', { mode: 'exclusive', nonBlocking: true });
    try {
      const report = await check(true);
      expect(report.findings).toEqual([]);
      expect(st.read('exit')).toBeUndefined();
    } finally {
      lock.release();
    }
  });
});
