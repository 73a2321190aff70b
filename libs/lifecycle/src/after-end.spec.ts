import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '@deimos/config';
import { LABELS, type ContainerStatus } from '@deimos/docker';
import { silentLogger } from '@deimos/log';
import { endProgress, readAfterEnd, recordAfterEndOwed, recordLaunchProgress, StateRoot, writeAfterEnd, type ContainerState } from '@deimos/state';
import { FakeEngine, eventually, pollWithin } from '@deimos/testing';
import { finishEnd, finishUnfinished } from './after-end';
import { destroyCommand, reclaimLaunch } from './destroy';
import { recoverAll } from './recover';
import { EXIT_LOST, makeRuntime, type Runtime } from './runtime';
import { readEnd, recordEnd, settleContainer } from './settle';
import { waitContainer } from './wait';

/*
 * The work owed after an end, against a real state directory (files and
 * flock(1) locks in a temp dir), a fake engine and a real hook (a shell
 * that appends to a file): every caller finishes an end its recorder left
 * unfinished, each step once.
 */

const DOCKER_ID = 'ab'.repeat(32);
const exited = (exitCode: number, over: Partial<ContainerStatus> = {}): ContainerStatus =>
  ({ id: DOCKER_ID, running: false, status: 'exited', pid: 0, exitCode, oomKilled: false, error: '', labels: {}, ...over }) as ContainerStatus;

let dir: string;
let engine: FakeEngine;
let rt: Runtime;
let hookFile: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-after-end-'));
  hookFile = path.join(dir, 'hook-runs');
  engine = new FakeEngine();
  const base = makeRuntime({ program: 'test', loaded: { config: defaultConfig(), source: undefined, searched: [] } });
  rt = { ...base, log: silentLogger, root: new StateRoot(path.join(dir, 'state')), docker: engine };
  rt.containers = { ...rt.containers, stopGraceSeconds: 1, removeOnExit: true };
  rt.hooks = { ondestroy: ['/bin/sh', '-c', `echo ran >> ${hookFile}`], timeoutMs: 5000, taskEnv: 'safe' };
});
afterEach(async () => {
  // A detached hook may still be writing its line into hooks.log.
  const removed = await pollWithin(() => {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      return true;
    } catch {
      return false;
    }
  }, 5000);
  expect(removed).toBe(true);
});

const hookRuns = () => (fs.existsSync(hookFile) ? fs.readFileSync(hookFile, 'utf8').split('\n').filter(Boolean).length : 0);

/** An end recorded by a call that died at once after (nothing of the after-end work done). */
function endedUnfinished(id: string, dockerId: string | null = DOCKER_ID): ContainerState {
  const st = rt.root.create(id);
  st.write('kind', 'executor');
  if (dockerId) st.recordDockerId(dockerId);
  recordEnd(st, { exitCode: 137, oomKilled: false, message: '', source: 'wait' });
  engine.put(exited(137));
  return st;
}

describe('an end recorded by a call that died before its after-end work', () => {
  it('is finished by the retried destroy: hook run once, container removed, each step recorded', async () => {
    const st = endedUnfinished('c-1');
    expect(endProgress(st)).toBe('unfinished');
    await destroyCommand(rt, 'c-1');
    expect(engine.calls).toEqual(['remove abab']);
    expect(await eventually(() => hookRuns() === 1)).toBe(true);
    const record = readAfterEnd(st);
    expect(record).toMatchObject({ ondestroy: { started: expect.any(String), done: expect.any(String) }, container: expect.any(String), finished: expect.any(String) });
    expect(endProgress(st)).toBe('finished');
    // Nothing is done twice.
    engine.calls = [];
    await destroyCommand(rt, 'c-1');
    await waitContainer(rt, 'c-1');
    expect(engine.calls).toEqual([]);
    expect(hookRuns()).toBe(1);
  });

  it('is finished by wait, which still answers with the recorded end', async () => {
    endedUnfinished('c-1');
    expect((await waitContainer(rt, 'c-1')).status).toBe(137 << 8);
    expect(engine.removed).toEqual([DOCKER_ID]);
    expect(await eventually(() => hookRuns() === 1)).toBe(true);
  });

  it('is finished by recover, which reports it and leaves an end a live call is finishing', async () => {
    endedUnfinished('c-1');
    const busy = endedUnfinished('c-busy', 'cd'.repeat(32));
    const lock = await busy.lock('wait', { mode: 'exclusive', nonBlocking: true });
    try {
      const r = await recoverAll(rt, { removeOrphans: true });
      expect(r.finished).toEqual(['c-1']);
      expect(r.failed).toEqual([]);
      expect(endProgress(busy)).toBe('unfinished');
    } finally {
      lock.release();
    }
  });

  it('starts the hook again only when a call died between recording its start and recording it started', async () => {
    const st = endedUnfinished('c-1');
    writeAfterEnd(st, { ...readAfterEnd(st)!, ondestroy: { started: '2026-01-01T00:00:00.000Z' } });
    await finishUnfinished(rt, st, silentLogger);
    expect(await eventually(() => hookRuns() === 1)).toBe(true);
    const other = endedUnfinished('c-2', 'cd'.repeat(32));
    writeAfterEnd(other, { ...readAfterEnd(other)!, ondestroy: { started: 't0', done: 't1' } });
    await finishUnfinished(rt, other, silentLogger);
    await new Promise((r) => setTimeout(r, 300));
    expect(hookRuns()).toBe(1);
    expect(endProgress(other)).toBe('finished');
  });

  it('stays unfinished while a step fails, and the next call does only what is left', async () => {
    const st = endedUnfinished('c-1');
    engine.failRemove.add(DOCKER_ID);
    expect(await finishEnd(rt, st, silentLogger)).toBe(false);
    expect(endProgress(st)).toBe('unfinished');
    expect(readAfterEnd(st)?.ondestroy?.done).toEqual(expect.any(String));
    engine.failRemove.clear();
    expect(await finishEnd(rt, st, silentLogger)).toBe(true);
    expect(engine.removed).toEqual([DOCKER_ID]);
    expect(await eventually(() => hookRuns() === 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(hookRuns()).toBe(1);
  });

  it('is taken as finished when a release before the after-end record recorded it (no hook run again on upgrade)', async () => {
    const st = rt.root.create('c-old');
    st.recordDockerId(DOCKER_ID);
    st.write('exit', '0');
    expect(endProgress(st)).toBe('finished');
    await destroyCommand(rt, 'c-old');
    await waitContainer(rt, 'c-old');
    expect(engine.calls).toEqual([]);
    expect(hookRuns()).toBe(0);
  });
});

describe('a container whose Docker id launch never recorded (killed in the create reply window)', () => {
  const ours = (id: string, over: Record<string, string> = {}) =>
    exited(0, { status: 'created', labels: { [LABELS.managed]: 'true', [LABELS.containerId]: id, [LABELS.stateRoot]: rt.root.root, ...over } });

  it('is found by its recorded name and labels, recorded, ended as lost and removed', async () => {
    const st = rt.root.create('c-1');
    st.write('docker-name', 'deimos-c-1');
    engine.statuses.set('deimos-c-1', ours('c-1'));
    engine.statuses.set(DOCKER_ID, ours('c-1'));
    const end = await settleContainer(rt, st, { source: 'recover', engineRetryMs: 0 });
    expect(end).toMatchObject({ exitCode: EXIT_LOST, message: 'the container was created but never started' });
    expect(st.dockerId()).toBe(DOCKER_ID);
    expect(rt.root.byDockerId(DOCKER_ID)?.id).toBe('c-1');
    expect(await finishEnd(rt, st, silentLogger)).toBe(true);
    expect(engine.removed).toEqual([DOCKER_ID]);
  });

  it('is not taken when the container by that name is not labelled for this container and state root', async () => {
    const st = rt.root.create('c-1');
    st.write('docker-name', 'deimos-c-1');
    engine.statuses.set('deimos-c-1', ours('c-1', { [LABELS.stateRoot]: '/elsewhere' }));
    expect(await settleContainer(rt, st, { source: 'recover', engineRetryMs: 0 })).toMatchObject({ message: 'the container was never created' });
    expect(st.dockerId()).toBeUndefined();
    expect(await finishEnd(rt, st, silentLogger)).toBe(true);
    expect(engine.removed).toEqual([]);
  });
});

describe('a launch that died before it answered (the agent dropped its container)', () => {
  it('is destroyed by reclaimLaunch: stopped, its end recorded and finished', async () => {
    const st = rt.root.create('c-1');
    recordLaunchProgress(st, 'started');
    st.recordDockerId(DOCKER_ID);
    engine.put(exited(0, { running: true, status: 'running', pid: 42 }));
    expect(await reclaimLaunch(rt, st)).toEqual({ done: true, note: 'container stopped, end recorded, after-end work done' });
    expect(engine.calls[0]).toBe('stop abab -t 1');
    expect(readEnd(st)).toMatchObject({ exitCode: 143 });
    expect(endProgress(st)).toBe('finished');
    expect(await eventually(() => hookRuns() === 1)).toBe(true);
  });

  it('is left alone while its launch holds the launch lock, and once it answered', async () => {
    const st = rt.root.create('c-1');
    recordLaunchProgress(st, 'started');
    const lock = await st.lock('launch', { mode: 'exclusive', nonBlocking: true });
    try {
      expect(await reclaimLaunch(rt, st)).toEqual({ done: false, note: 'its launch is in progress' });
    } finally {
      lock.release();
    }
    recordLaunchProgress(st, 'done');
    expect(await reclaimLaunch(rt, st)).toMatchObject({ done: true, note: expect.stringMatching(/^nothing to do/) });
    expect(engine.calls).toEqual([]);
    expect(st.ended()).toBe(false);
  });
});

it('records an end as owing its after-end work before the exit that makes it an end', () => {
  const st = rt.root.create('c-1');
  recordEnd(st, { exitCode: 3, oomKilled: false, message: '', source: 'wait' });
  expect(readAfterEnd(st)).toEqual({ owed: expect.stringMatching(/^\d{4}-/) });
  expect(endProgress(st)).toBe('unfinished');
  recordAfterEndOwed(st); // idempotent: recorded again as owed, nothing done
  expect(endProgress(st)).toBe('unfinished');
});
