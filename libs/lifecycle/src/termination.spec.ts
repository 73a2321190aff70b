import type { ContainerStatus } from '@deimos/docker';
import { TaskState, TaskStatusReason } from '@deimos/protocol';
import { EXIT_LAUNCH_FAILED, EXIT_LOST } from './runtime';
import { adoptOrSettle, orphanReason } from './recover';
import { endFromInspect, type EndRecord } from './settle';
import { terminationOf } from './termination';

const ended = (over: Partial<ContainerStatus>): ContainerStatus => ({ running: false, status: 'exited', pid: 0, exitCode: 0, oomKilled: false, ...over }) as ContainerStatus;

/** From Docker's view of the container to the Termination the agent gets: every kind of end. */
function terminationFor(s: ContainerStatus | undefined) {
  const end = endFromInspect(s, 'wait');
  if (end === 'wait') throw new Error('still running');
  return terminationOf(end);
}

describe('the end of a container, from Docker to Termination', () => {
  it('an exit: its code in the wait status, not killed, no state or reason', () => {
    expect(terminationFor(ended({ exitCode: 0 }))).toEqual({ killed: false, message: '', status: 0 });
    expect(terminationFor(ended({ exitCode: 3 }))).toEqual({ killed: false, message: '', status: 3 << 8 });
  });
  it('a signal (Docker reports 128 + n): the exit code as the shell shows it, not killed', () => {
    const t = terminationFor(ended({ exitCode: 128 + 9 }));
    expect(t.status).toBe(137 << 8);
    expect(t.killed).toBe(false);
  });
  it('destroy (docker stop: SIGTERM, then SIGKILL after the grace period)', () => {
    expect(terminationFor(ended({ exitCode: 143 })).status).toBe(143 << 8);
  });
  it('out of memory: killed, TASK_FAILED, the memory reason, and the limit in the message', () => {
    const t = terminationFor(ended({ exitCode: 137, oomKilled: true, memoryLimit: 64 * 1048576 }));
    expect(t).toEqual({
      killed: true,
      message: 'container killed for exceeding its memory limit of 64 MiB',
      status: 137 << 8,
      state: TaskState.TASK_FAILED,
      reasons: [TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY],
    });
  });
  it('gone from Docker (the engine lost it): EXIT_LOST, saying so', () => {
    const t = terminationFor(undefined);
    expect(t.status).toBe(EXIT_LOST << 8);
    expect(t.message).toBe('the container vanished from Docker before its end was recorded');
  });
  it('created and never started (the watcher died first): EXIT_LOST', () => {
    const end = endFromInspect(ended({ status: 'created' }), 'recover') as EndRecord;
    expect(end).toMatchObject({ exitCode: EXIT_LOST, source: 'recover', message: 'the container was created but never started' });
  });
  it('a failed launch: EXIT_LAUNCH_FAILED and its reason', () => {
    const t = terminationOf({ exitCode: EXIT_LAUNCH_FAILED, oomKilled: false, message: 'launch failed: no such image', source: 'launch' });
    expect(t).toEqual({ killed: false, message: 'launch failed: no such image', status: EXIT_LAUNCH_FAILED << 8 });
  });
  it('a container that runs, restarts or is paused is waited for, not recorded', () => {
    expect(endFromInspect(ended({ running: true, status: 'running' }), 'wait')).toBe('wait');
    expect(endFromInspect(ended({ status: 'restarting' }), 'wait')).toBe('wait');
    expect(endFromInspect(ended({ status: 'paused' }), 'wait')).toBe('wait');
  });
  it('keeps when it finished and the memory limit it had', () => {
    expect(endFromInspect(ended({ exitCode: 1, finishedAt: '2026-12-05T12:00:00Z', memoryLimit: 1 }), 'observer')).toEqual({
      exitCode: 1,
      oomKilled: false,
      message: '',
      source: 'observer',
      finishedAt: '2026-12-05T12:00:00Z',
      memoryLimit: 1,
    });
  });
});

describe('recover decisions', () => {
  const running = ended({ running: true, status: 'running' });
  it('adopts a running container whose watcher is gone, and records the end of any other', () => {
    expect(adoptOrSettle('d1', running)).toBe('adopt');
    expect(adoptOrSettle('d1', ended({ exitCode: 1 }))).toBe('settle');
    expect(adoptOrSettle('d1', undefined)).toBe('settle'); // gone from Docker
    expect(adoptOrSettle(undefined, undefined)).toBe('settle'); // never created
  });
  it('removes as orphans only containers that no state owns', () => {
    expect(orphanReason('d1', undefined)).toBe('it has no state');
    expect(orphanReason('d1', { ended: false, dockerId: undefined })).toBeUndefined(); // launch still going
    expect(orphanReason('d1', { ended: false, dockerId: 'd1' })).toBeUndefined();
    expect(orphanReason('d1', { ended: true, dockerId: 'd1' })).toBeUndefined(); // ended, its own container
    expect(orphanReason('d2', { ended: true, dockerId: 'd1' })).toMatch(/^its launch ended without it/);
    expect(orphanReason('d2', { ended: true, dockerId: undefined })).toMatch(/^its launch ended without it/);
  });
});
