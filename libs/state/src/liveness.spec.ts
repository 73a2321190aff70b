import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StateRoot } from './layout';
import { heldLocks, isSettled, isWatched, liveIds } from './liveness';
import { readKernelLocks, type HeldLock } from './locks';

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
});
