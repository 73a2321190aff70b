import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '@deimos/config';
import type { ContainerStatus } from '@deimos/docker';
import type { OwnedContainer } from '@deimos/engine';
import type { Logger } from '@deimos/log';
import { TaskState } from '@deimos/protocol';
import { StateRoot } from '@deimos/state';
import { FakeEngine } from '@deimos/testing';
import { destroyCommand } from './destroy';
import { awaitEnd } from './end';
import { waitContainer } from './wait';
import { explainLaunch, renderExplanation } from './explain';
import { recoverAll } from './recover';
import { EXIT_LOST, makeRuntime, type Runtime } from './runtime';
import { readEnd, settleContainer } from './settle';

/*
 * The lifecycle calls against a real state directory (files and flock(1)
 * locks in a temp dir) and a fake engine that records every call: fast,
 * and the rules are the real ones.
 */

const DOCKER_ID = 'ab'.repeat(32);

const ended = (exitCode: number, over: Partial<ContainerStatus> = {}): ContainerStatus => ({ running: false, status: 'exited', pid: 0, exitCode, oomKilled: false, ...over }) as ContainerStatus;
const running = (): ContainerStatus => ({ running: true, status: 'running', pid: 99, exitCode: 0, oomKilled: false }) as ContainerStatus;

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  withContainer: () => quiet,
  isEnabled: () => false,
  close: async () => undefined,
};

let dir: string;
let engine: FakeEngine;
let rt: Runtime;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-lifecycle-'));
  engine = new FakeEngine();
  const base = makeRuntime({ program: 'test', loaded: { config: defaultConfig(), source: undefined, searched: [] } });
  rt = { ...base, log: quiet, root: new StateRoot(dir), docker: engine };
  rt.containers = { ...rt.containers, stopGraceSeconds: 7, removeOnExit: true };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A launched container whose watcher is gone (no lock held): its end is not recorded yet. */
function launched(id: string, dockerId: string | null = DOCKER_ID, kind = 'executor') {
  const st = rt.root.create(id);
  st.write('kind', kind);
  if (dockerId) st.recordDockerId(dockerId);
  return st;
}

describe('wait', () => {
  it('records the end from Docker once, and answers later waits from the record', async () => {
    launched('c-1');
    engine.statuses.set(DOCKER_ID, ended(3));
    expect(await waitContainer(rt, 'c-1')).toEqual({ killed: false, message: '', status: 3 << 8 });
    expect(engine.calls).toEqual(['inspect abab', 'remove abab']);
    engine.calls = [];
    expect((await waitContainer(rt, 'c-1')).status).toBe(3 << 8);
    expect(engine.calls).toEqual([]);
  });
  it('waits for a container that still runs', async () => {
    launched('c-1');
    engine.statuses.set(DOCKER_ID, running());
    expect((await waitContainer(rt, 'c-1')).status).toBe(0);
    expect(engine.calls.slice(0, 3)).toEqual(['inspect abab', 'wait abab', 'inspect abab']);
  });
  it('reports an out-of-memory kill as TASK_FAILED with killed set', async () => {
    launched('c-1');
    engine.statuses.set(DOCKER_ID, ended(137, { oomKilled: true }));
    const t = await waitContainer(rt, 'c-1');
    expect(t.killed).toBe(true);
    expect(t.state).toBe(TaskState.TASK_FAILED);
  });
  it('refuses an id it does not know, naming it', async () => {
    await expect(waitContainer(rt, 'nope')).rejects.toThrow(/nope/);
  });
});

describe('destroy', () => {
  it('stops a running container with the grace period, and records its end before returning', async () => {
    const st = launched('c-1');
    engine.statuses.set(DOCKER_ID, running());
    await destroyCommand(rt, 'c-1');
    expect(engine.calls[0]).toBe('stop abab -t 7');
    expect(readEnd(st)).toMatchObject({ exitCode: 143, source: 'wait' });
    expect(engine.calls).toContain('remove abab');
  });
  it('does nothing to a container that already ended, or one it does not know', async () => {
    const st = launched('c-1');
    st.write('exit', '0');
    await destroyCommand(rt, 'c-1');
    await destroyCommand(rt, 'c-unknown');
    expect(engine.calls).toEqual([]);
  });
  it('records a container that was never created as lost, without asking Docker', async () => {
    const st = launched('c-1', null);
    await destroyCommand(rt, 'c-1');
    expect(engine.calls).toEqual([]);
    expect(readEnd(st)).toMatchObject({ exitCode: EXIT_LOST, message: 'the container was never created' });
  });
  it('refuses an id that is not one, before touching anything', async () => {
    await expect(destroyCommand(rt, '../x')).rejects.toThrow(/container id/);
  });
});

describe('settle while the engine is down', () => {
  it('retries until the engine answers', async () => {
    const st = launched('c-1');
    engine.statuses.set(DOCKER_ID, 'down');
    setTimeout(() => engine.statuses.set(DOCKER_ID, ended(5)), 100);
    expect(await settleContainer(rt, st, { source: 'wait', engineRetryMs: 0 })).toMatchObject({ exitCode: 5 });
    expect(engine.calls.length).toBeGreaterThanOrEqual(2);
  });
  it('gives up after its limit with an error naming the engine, recording nothing', async () => {
    const st = launched('c-1');
    engine.statuses.set(DOCKER_ID, 'down');
    await expect(settleContainer(rt, st, { source: 'recover', engineRetryMs: 1 })).rejects.toThrow('the Docker engine did not answer');
    expect(readEnd(st)).toBeUndefined();
  });
  it('records a container Docker no longer knows as lost', async () => {
    const st = launched('c-1');
    expect(await awaitEnd(rt, st)).toMatchObject({ exitCode: EXIT_LOST });
  });
});

describe('recover', () => {
  it('records ends of unwatched containers, leaves ended ones, and removes orphans', async () => {
    const done = launched('c-done');
    done.write('exit', '0');
    launched('c-ended', 'cd'.repeat(32));
    engine.statuses.set('cd'.repeat(32), ended(2));
    engine.owned = [
      { id: 'cd'.repeat(32), mesosId: 'c-ended' } as OwnedContainer,
      { id: 'ef'.repeat(32), mesosId: 'c-nostate' } as OwnedContainer,
      { id: '01'.repeat(32), mesosId: 'c-done' } as OwnedContainer,
    ];
    const r = await recoverAll(rt, { removeOrphans: true });
    expect(r.settled).toEqual(['c-ended']);
    expect(r.adopted).toEqual([]);
    expect(r.orphansRemoved.sort()).toEqual(['01'.repeat(32), 'ef'.repeat(32)]);
    expect(r.failed).toEqual([]);
    expect(rt.root.container('c-ended').exitCode()).toBe(2);
  });
  it('leaves orphans in place when [recover] remove_orphans is false', async () => {
    engine.owned = [{ id: 'ef'.repeat(32), mesosId: 'c-nostate' } as OwnedContainer];
    const r = await recoverAll(rt, { removeOrphans: false });
    expect(r.orphansRemoved).toEqual([]);
    expect(engine.calls).toEqual(['list']);
  });
  it('fails an item whose container the engine cannot tell about, after trying the others', async () => {
    launched('c-down');
    engine.statuses.set(DOCKER_ID, 'down');
    launched('c-ok', 'cd'.repeat(32));
    engine.statuses.set('cd'.repeat(32), ended(0));
    const settle = recoverAll(rt, { removeOrphans: true });
    const r = await settle;
    expect(r.settled).toEqual(['c-ok']);
    expect(r.failed.map((f) => f.id)).toEqual(['c-down']);
  }, 60_000);
});

describe('explain', () => {
  it('shows the plan launch would carry out, creating and starting nothing', async () => {
    const sandbox = path.join(dir, 'sandbox');
    const launch = {
      containerId: { value: 'c-x' },
      directory: sandbox,
      taskInfo: {
        name: 't',
        taskId: { value: 't' },
        slaveId: { value: 's' },
        resources: [{ name: 'ports', type: 1, ranges: { range: [{ begin: 31000, end: 31000 }] } }],
        command: { value: 'echo hi', container: { image: 'docker:///busybox', options: [] } },
      },
      executorInfo: { executorId: { value: 't' }, frameworkId: { value: 'f' }, command: { value: '/x/mesos-executor' } },
    } as never;
    const e = await explainLaunch(rt, launch);
    expect(e).toMatchObject({ containerId: 'c-x', kind: 'command', image: 'busybox', imagePresent: false, argv: ['docker', 'create', '--name', 'deimos-c-x'] });
    expect(e.notes).toContain('image busybox is not on this host: launch would pull it, so exposed ports and its own command are not known here');
    expect(engine.calls).toEqual(['image-inspect busybox']); // asked, never pulled, created or started
    expect(rt.root.container('c-x').exists()).toBe(false);
    expect(renderExplanation(e)).toMatch(/^container   c-x \(command task\)\nimage       busybox \(from .*, not present here\)\n/);
  });
});
