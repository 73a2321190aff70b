import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StateRoot } from './layout';
import { endProgress, launchProgress, readAfterEnd, recordAfterEndOwed, recordLaunchProgress, writeAfterEnd } from './records';

// The intent records and their one reader each, on a real state directory.

let dir: string;
let root: StateRoot;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-records-'));
  root = new StateRoot(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const T = new Date('2026-01-02T03:04:05.000Z');

describe('launch', () => {
  it('reads started, then done, and a state without the record as from an earlier release', () => {
    const st = root.create('c1');
    expect(launchProgress(st)).toBe('unrecorded');
    recordLaunchProgress(st, 'started', T);
    expect(st.read('launch')).toBe('started 2026-01-02T03:04:05.000Z');
    expect(launchProgress(st)).toBe('started');
    recordLaunchProgress(st, 'done', T);
    expect(launchProgress(st)).toBe('done');
  });

  it('takes a damaged record as done: it never gets a task stopped', () => {
    const st = root.create('c1');
    st.write('launch', 'stxrted');
    expect(launchProgress(st)).toBe('done');
  });
});

describe('after-end', () => {
  it('tells a running container, an unfinished end and a finished one apart', () => {
    const st = root.create('c1');
    expect(endProgress(st)).toBe('running');
    recordAfterEndOwed(st, T);
    expect(endProgress(st)).toBe('running'); // owed is written before exit: no end yet
    st.write('exit', '0');
    expect(endProgress(st)).toBe('unfinished');
    writeAfterEnd(st, { ...readAfterEnd(st)!, ondestroy: { started: 't1', done: 't2' }, finished: 't3' });
    expect(endProgress(st)).toBe('finished');
    expect(readAfterEnd(st)).toEqual({ owed: T.toISOString(), ondestroy: { started: 't1', done: 't2' }, finished: 't3' });
  });

  it('takes an end without the record (an earlier release did its after-end work) as finished', () => {
    const st = root.create('c1');
    st.write('exit', '3');
    expect(readAfterEnd(st)).toBeUndefined();
    expect(endProgress(st)).toBe('finished');
  });

  it('names a damaged record, and takes its end as unfinished', () => {
    const st = root.create('c1');
    st.write('after-end', '{"finished":');
    st.write('exit', '0');
    expect(() => readAfterEnd(st)).toThrow(`${st.file('after-end')} is not the after-end record`);
    expect(endProgress(st)).toBe('unfinished');
  });
});
