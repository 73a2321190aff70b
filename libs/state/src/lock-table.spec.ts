import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import lockfile from 'proper-lockfile';
import { exitCodeOf } from '@deimos/errors';
import { parseFdinfoLocks } from './holders';
import { StateRoot } from './layout';
import { collectLocks, type LockRow } from './lock-table';
import { devParts, readKernelLocks, type HeldLock, type KernelLock } from './locks';

const DEAD_PID = 4_000_000; // above pid_max's ceiling: never alive

let tmp: string;
let root: StateRoot;
const held: HeldLock[] = [];
const children: ChildProcess[] = [];

const ctx = (readLocks: () => KernelLock[] = () => readKernelLocks()) => ({
  root,
  readLocks,
});
const collect = async (opts: { container?: string; all?: boolean } = {}) => (await collectLocks(ctx(), { all: false, ...opts })).rows;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-locks-'));
  root = new StateRoot(path.join(tmp, 'state'));
});
afterEach(() => {
  for (const l of held.splice(0)) l.release();
  for (const c of children.splice(0)) c.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('parseFdinfoLocks', () => {
  it('reads the lock lines of an fdinfo file (recorded from a holder of a wait lock)', () => {
    const text = 'pos:\t0\nflags:\t02100002\nmnt_id:\t412\nino:\t2147816\nlock:\t1: FLOCK  ADVISORY  WRITE 21150 fe:00:2147816 0 EOF\n';
    expect(parseFdinfoLocks(text)).toEqual([{ kind: 'FLOCK', mode: 'exclusive', key: '254:0:2147816' }]);
    expect(parseFdinfoLocks('pos:\t0\nflags:\t02100002\n')).toEqual([]);
  });
});

describe('collectLocks', () => {
  it('shows an exclusive lock with its live holder and the time from its note', async () => {
    const st = root.create('c1');
    const lock = await st.lock('wait', { mode: 'exclusive', nonBlocking: true });
    held.push(lock);
    const note = fs.readFileSync(st.lockFile('wait'), 'utf8');
    const rows = await collect();
    expect(rows).toEqual([
      expect.objectContaining({
        containerId: 'c1',
        lock: 'wait',
        held: true,
        mode: 'exclusive',
        // the kernel names the short-lived flock(1); the real holder is us
        pid: process.pid,
        alive: true,
        since: /since=(\S+)/.exec(note)?.[1],
        flags: [],
      }),
    ]);
    expect(rows[0].holders.map((h) => h.pid)).toEqual([process.pid]);
  });

  it('shows every holder of a lock handed down to a child, and the holders of a shared lock', async () => {
    const st = root.create('c2');
    const lock = await st.lock('wait', { mode: 'exclusive', nonBlocking: true });
    held.push(lock);
    // like launch handing the wait lock to its watcher: the child inherits the descriptor
    const child = spawn('sleep', ['30'], { stdio: ['ignore', 'ignore', 'ignore', lock.fd] });
    children.push(child);
    held.push(await st.lock('observe', { mode: 'shared', nonBlocking: true }));
    held.push(await st.lock('observe', { mode: 'shared', nonBlocking: true }));
    const rows = await collect({ container: 'c2' });
    const wait = rows.find((r) => r.lock === 'wait') as LockRow;
    expect(wait.holders.map((h) => h.pid).sort()).toEqual([process.pid, child.pid].sort());
    const observe = rows.find((r) => r.lock === 'observe') as LockRow;
    expect(observe).toMatchObject({ mode: 'shared', pid: process.pid, alive: true, since: null });
    expect(observe.holders).toHaveLength(2); // two descriptions, one process
    expect(Date.parse(observe.sinceAtLeast as string)).toBeLessThanOrEqual(Date.now());
  });

  it('flags a lock the kernel lists whose holder is nowhere to be found', async () => {
    const st = root.create('c3');
    fs.writeFileSync(st.lockFile('destroy'), '');
    const s = fs.statSync(st.lockFile('destroy'), { bigint: true });
    const ghost: KernelLock = { kind: 'FLOCK', mode: 'exclusive', pid: DEAD_PID, blocked: false, ...devParts(s.dev), inode: Number(s.ino) };
    const { rows } = await collectLocks(
      ctx(() => [ghost]),
      { all: false },
    );
    expect(rows).toEqual([expect.objectContaining({ containerId: 'c3', lock: 'destroy', pid: DEAD_PID, alive: false, flags: ['holder-dead'] })]);
  });

  it('lists stale notes (a free lock naming a dead pid) only with --all', async () => {
    const st = root.create('c4');
    fs.writeFileSync(st.lockFile('launch'), `pid=${DEAD_PID} since=2026-01-01T00:00:00.000Z\n`);
    expect(await collect()).toEqual([]);
    expect(await collect({ all: true })).toEqual([
      expect.objectContaining({ containerId: 'c4', lock: 'launch', held: false, pid: DEAD_PID, alive: false, since: '2026-01-01T00:00:00.000Z', flags: ['stale-note'] }),
    ]);
  });

  it("shows the cleanup job's lock with its holder, and flags it stale when it is no longer refreshed", async () => {
    root.ensure();
    const release = await lockfile.lock(root.cleanupLockFile, { realpath: false, stale: 5000 });
    try {
      fs.writeFileSync(root.cleanupLockFile, `pid=${process.pid} since=2026-01-01T00:00:00.000Z\n`);
      expect(await collect()).toEqual([
        expect.objectContaining({ containerId: null, lock: 'cleanup', mode: 'exclusive', pid: process.pid, alive: true, since: '2026-01-01T00:00:00.000Z', flags: [] }),
      ]);
      // --container narrows to one container: the cleanup lock is not one
      root.create('c5');
      expect(await collect({ container: 'c5' })).toEqual([]);
    } finally {
      await release();
    }
    fs.mkdirSync(`${root.cleanupLockFile}.lock`);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(`${root.cleanupLockFile}.lock`, old, old);
    fs.writeFileSync(root.cleanupLockFile, `pid=${DEAD_PID} since=2026-01-01T00:00:00.000Z\n`);
    expect(await collect()).toEqual([expect.objectContaining({ lock: 'cleanup', pid: DEAD_PID, alive: false, flags: ['stale', 'holder-dead'] })]);
  });

  it('refuses an unknown --container with exit 4', async () => {
    root.ensure();
    const e = await collect({ container: 'nope' }).catch((x: unknown) => x);
    expect((e as Error).message).toBe(`no container nope under ${root.root}`);
    expect(exitCodeOf(e)).toBe(4);
  });
});
