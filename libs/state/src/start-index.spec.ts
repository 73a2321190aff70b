import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StateRoot } from './layout';
import { containerOfLink, listStamps, resolveStamp, stampsBefore } from './start-index';

let dir: string;
let root: StateRoot;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-index-'));
  root = new StateRoot(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the start-time index', () => {
  it('lists stamps in time order, leaving out names that are not stamps, and cuts them at a time', async () => {
    const a = root.create('a');
    const b = root.create('b');
    fs.writeFileSync(path.join(root.startTimeDir, 'not-a-stamp'), '');
    const stamps = await listStamps(root);
    expect(stamps).toHaveLength(2);
    expect(stamps).toEqual([...stamps].sort());
    expect((await resolveStamp(root, stamps[0])).kind).toBe('state');
    expect(stampsBefore(stamps, new Date(0))).toEqual([]);
    expect(stampsBefore(stamps, new Date(Date.now() + 60_000))).toEqual(stamps);
    expect([a.id, b.id]).toEqual(['a', 'b']);
  });

  it('tells ours from stray and dangling links', async () => {
    root.create('c');
    const [stamp] = await listStamps(root);
    fs.rmSync(path.join(root.root, 'mesos', 'c'), { recursive: true });
    expect((await resolveStamp(root, stamp)).kind).toBe('dangling');
    expect(containerOfLink(root, '../mesos/c')?.id).toBe('c');
    expect(containerOfLink(root, '/etc')).toBeUndefined();
    expect(containerOfLink(root, '../mesos/../x')).toBeUndefined();
  });

  it('reads an end only from a non-empty exit file', () => {
    const st = root.create('d');
    expect(st.recordedExit()).toBeUndefined();
    st.write('exit', '');
    expect(st.recordedExit()).toBeUndefined();
    st.write('exit', '0');
    expect(st.recordedExit()).toBe('0');
  });
});
