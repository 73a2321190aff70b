import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StateRoot } from './layout';
import { heldLocks, isSettled, isWatched, liveIds, owedWork } from './liveness';
import { readKernelLocks, type HeldLock } from './locks';
import { recordAfterEndOwed, recordLaunchProgress, writeAfterEnd } from './records';

// The one definition of a live container, against the kernel's real lock
// table: locks are taken by this test process.

let dir: string;
let root: StateRoot;
const held: HeldLock[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-live-'));
  root = new StateRoot(dir);
});
afterEach(async () => {
  for (const l of held.splice(0)) await l.release();
  fs.rmSync(dir, { recursive: true, force: true });
});

const T = new Date('2026-01-01T00:00:00Z');

describe('liveness', () => {
  it('a running container with its watcher (wait held exclusively) is watched and not settled', async () => {
    const st = root.create('c1', T);
    held.push(await st.lock('wait', { mode: 'exclusive', nonBlocking: true }));
    const table = readKernelLocks();
    expect(isWatched(st, table)).toBe(true);
    expect(isSettled(st, table)).toBe(false);
    expect(liveIds(root)).toEqual(['c1']);
  });

  it('a shared wait lock (a waiter, no watcher) is not a watcher', async () => {
    const st = root.create('c2', T);
    held.push(await st.lock('wait', { mode: 'shared', nonBlocking: true }));
    expect(isWatched(st, readKernelLocks())).toBe(false);
    expect(liveIds(root)).toEqual([]);
  });

  it('an ended container is settled only once no lock on it is held', async () => {
    const st = root.create('c3', T);
    st.write('exit', '0');
    const lock = await st.lock('destroy', { mode: 'exclusive', nonBlocking: true });
    expect(heldLocks(st, readKernelLocks())).toEqual(['destroy']);
    expect(isSettled(st, readKernelLocks())).toBe(false);
    await lock.release();
    expect(isSettled(st, readKernelLocks())).toBe(true);
    expect(isWatched(st, readKernelLocks())).toBe(false);
  });

  it('an empty exit file is no end: not settled, and a watcher still counts', async () => {
    const st = root.create('c4', T);
    st.write('exit', '');
    expect(isSettled(st, readKernelLocks())).toBe(false);
    held.push(await st.lock('wait', { mode: 'exclusive', nonBlocking: true }));
    expect(isWatched(st, readKernelLocks())).toBe(true);
  });

  it('a container with no end and no lock (a dead watcher) is neither watched nor settled', () => {
    const st = root.create('c5', T);
    const table = readKernelLocks();
    expect(isWatched(st, table)).toBe(false);
    expect(isSettled(st, table)).toBe(false);
  });

  it('an end whose after-end work is not done is not settled until it is (nothing may sweep what its finisher needs)', () => {
    const st = root.create('c6', T);
    recordAfterEndOwed(st, T);
    st.write('exit', '0');
    expect(isSettled(st, readKernelLocks())).toBe(false);
    writeAfterEnd(st, { owed: T.toISOString(), finished: T.toISOString() });
    expect(isSettled(st, readKernelLocks())).toBe(true);
  });
});

describe('owed work', () => {
  it('an unfinished end nobody holds is owed its finish; while its wait lock is held it is not', async () => {
    const st = root.create('u1', T);
    recordAfterEndOwed(st, T);
    st.write('exit', '137');
    expect(owedWork(st, readKernelLocks())).toBe('finish');
    held.push(await st.lock('wait', { mode: 'exclusive', nonBlocking: true }));
    expect(owedWork(st, readKernelLocks())).toBeUndefined();
  });

  it('a launch recorded as started whose launch lock nobody holds is owed its reclaim, even while its watcher runs', async () => {
    const st = root.create('l1', T);
    recordLaunchProgress(st, 'started', T);
    held.push(await st.lock('wait', { mode: 'exclusive', nonBlocking: true })); // the watcher it left
    expect(owedWork(st, readKernelLocks())).toBe('reclaim');
    held.push(await st.lock('launch', { mode: 'exclusive', nonBlocking: true }));
    expect(owedWork(st, readKernelLocks())).toBeUndefined();
  });

  it('nothing is owed for a launch that answered, one from a release before the record, or a finished end', () => {
    const done = root.create('d1', T);
    recordLaunchProgress(done, 'done', T);
    const old = root.create('o1', T);
    const finished = root.create('f1', T);
    writeAfterEnd(finished, { owed: T.toISOString(), finished: T.toISOString() });
    finished.write('exit', '0');
    const table = readKernelLocks();
    expect([owedWork(done, table), owedWork(old, table), owedWork(finished, table)]).toEqual([undefined, undefined, undefined]);
  });
});
