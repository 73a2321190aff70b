import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StateRoot } from './layout';
import { buildLiveIndex, liveStates, pruneLive } from './live-index';
import { liveIds } from './liveness';
import { type HeldLock } from './locks';
import { recordAfterEndOwed, writeAfterEnd } from './records';

// The live index, live/<id>: what the calls that need the live containers
// read instead of every state.

let dir: string;
let root: StateRoot;
const held: HeldLock[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-live-index-'));
  root = new StateRoot(dir);
});
afterEach(async () => {
  for (const l of held.splice(0)) await l.release();
  fs.rmSync(dir, { recursive: true, force: true });
});

const T = new Date('2026-01-01T00:00:00Z');
const live = () => (fs.existsSync(root.liveDir) ? fs.readdirSync(root.liveDir).sort() : undefined);

/** A state as a release before the live index wrote it (no live/ entry, no live/ directory made). */
function oldState(id: string, files: Record<string, string>): void {
  const d = path.join(root.mesosDir, id);
  fs.mkdirSync(path.join(d, 'lock'), { recursive: true });
  for (const [name, value] of Object.entries(files)) fs.writeFileSync(path.join(d, name), `${value}\n`);
}

describe('live index', () => {
  it('gets an entry when a state is created, and loses it once the end is finished or the state removed', async () => {
    const a = root.create('a', T);
    const b = root.create('b', T);
    expect(live()).toEqual(['a', 'b']);
    expect(fs.readlinkSync(root.liveEntryPath('a'))).toBe(path.join('..', 'mesos', 'a'));
    // An end owed but not finished stays live (its after-end work is owed).
    recordAfterEndOwed(a);
    a.write('exit', '0');
    expect(pruneLive(a)).toBe(false);
    expect(live()).toEqual(['a', 'b']);
    // Finished (finishEnd records it, then drops the entry).
    writeAfterEnd(a, { owed: 'then', finished: 'now' });
    root.dropLive('a');
    expect(live()).toEqual(['b']);
    b.write('exit', '0');
    await b.remove();
    expect(live()).toEqual([]);
  });

  it('is built once, by one scan, on a root from an earlier release, with only the states whose end is not finished', () => {
    oldState('running', { 'mesos-container-id': 'running' });
    oldState('ended-old', { exit: '0' }); // ended by an earlier release: finished
    oldState('owed', { exit: '0', 'after-end': '{"owed":"then"}' });
    oldState('done', { exit: '0', 'after-end': '{"owed":"then","finished":"now"}' });
    expect(live()).toBeUndefined();
    expect(
      liveStates(root)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['owed', 'running']);
    expect(live()).toEqual(['owed', 'running']);
    // Built once: a later reader lists live/ and builds nothing (an old-style
    // state added now is not scanned in).
    oldState('late', {});
    expect(
      liveStates(root)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['owed', 'running']);
    // No temporary build directory is left behind.
    expect(fs.readdirSync(root.root).filter((n) => n.startsWith('.live-build'))).toEqual([]);
  });

  it('a second builder loses the rename and leaves the first one index as it is; states created meanwhile are added', () => {
    oldState('a', {});
    expect(buildLiveIndex(root)).toBe(true);
    oldState('b', {}); // created by a launch that saw no live/ yet
    expect(buildLiveIndex(root)).toBe(false);
    expect(live()).toEqual(['a', 'b']);
  });

  it('a new root gets its (empty) index with its first state, without a scan', () => {
    root.create('first', T);
    expect(live()).toEqual(['first']);
  });

  it('ignores stale entries (state gone, or end finished) and prunes them', () => {
    const gone = root.create('gone', T);
    fs.rmSync(gone.dir, { recursive: true });
    const done = root.create('done', T);
    writeAfterEnd(done, { owed: 'then', finished: 'now' });
    done.write('exit', '0');
    root.create('running', T);
    expect(liveIds(root)).toEqual([]); // none watched: the stale ones are not listed either
    expect(
      liveStates(root)
        .filter((st) => pruneLive(st))
        .map((st) => st.id)
        .sort(),
    ).toEqual(['done', 'gone']);
    expect(live()).toEqual(['running']);
  });

  it('liveIds reads live/ only: 1,000 ended states without entries are never opened', async () => {
    const st = root.create('watched', T);
    held.push(await st.lock('wait', { mode: 'exclusive', nonBlocking: true }));
    // Ended states as a full host keeps them, each with an `exit` that
    // cannot be read (a directory): opening one would throw.
    for (let i = 0; i < 1000; i++) oldState(`ended-${i}`, {});
    for (let i = 0; i < 1000; i++) fs.mkdirSync(path.join(root.mesosDir, `ended-${i}`, 'exit'));
    // The trap works: reading such a state's end throws.
    expect(() => root.container('ended-0').ended()).toThrow(/EISDIR|illegal operation on a directory/);
    expect(liveIds(root)).toEqual(['watched']);
  });
});
