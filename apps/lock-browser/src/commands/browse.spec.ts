import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readKernelLocks, StateRoot, type HeldLock } from '@deimos/state';
import { browseCommand } from './browse';

// The printing of the lock table; the table itself is tested in
// libs/state (lock-table.spec.ts).

let tmp: string;
let root: StateRoot;
let printed: string;
const held: HeldLock[] = [];

const ctx = () => ({ root, readLocks: () => readKernelLocks(), out: (t: string) => (printed += t), warn: () => undefined });

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-locks-'));
  root = new StateRoot(path.join(tmp, 'state'));
  printed = '';
});
afterEach(() => {
  for (const l of held.splice(0)) l.release();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('browseCommand', () => {
  it('says so when nothing is held, and exits 0', async () => {
    root.create('idle').write('exit', '0');
    await browseCommand(ctx(), { json: false, all: false });
    expect(printed).toBe(`no locks held under ${root.root}\n`);
  });

  it('prints a table, and the same rows as JSON', async () => {
    const st = root.create('c6');
    held.push(await st.lock('launch', { mode: 'exclusive', nonBlocking: true }));
    await browseCommand(ctx(), { json: false, all: false });
    const [header, line] = printed.trimEnd().split('\n');
    expect(header.split(/\s+/)).toEqual(['CONTAINER', 'LOCK', 'MODE', 'PID', 'ALIVE', 'SINCE', 'WAITING', 'FLAGS']);
    expect(line.split(/\s+/).slice(0, 5)).toEqual(['c6', 'launch', 'exclusive', `${process.pid}(node)`, 'yes']);
    printed = '';
    await browseCommand(ctx(), { json: true, all: false });
    expect(JSON.parse(printed)).toMatchObject({ stateRoot: root.root, locks: [{ containerId: 'c6', lock: 'launch', pid: process.pid }] });
  });
});
