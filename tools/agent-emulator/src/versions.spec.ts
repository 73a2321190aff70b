import { TaskState, TaskStatusReason, type ContainerInfo } from '@deimos/protocol';
import { atLeast, containerInfoFor, laterExecutorEnv, parseMesosVersion, taskEndAsSeenBy, terminationProblem } from './versions';

// What changes between agent generations, as the emulator encodes it
// (the EC protocol note §1.6, §5, §10: docs/sources.md; apache/mesos at each tag).

describe('agent generations', () => {
  it('orders versions and refuses one it does not speak', () => {
    expect(atLeast('0.28', '0.26')).toBe(true);
    expect(atLeast('0.25', '0.26')).toBe(false);
    expect(atLeast('1.0', '0.28')).toBe(true);
    expect(parseMesosVersion('0.22')).toBe('0.22');
    expect(() => parseMesosVersion('0.24')).toThrow('--mesos-version 0.24: one of 0.20, 0.22, 0.23, 0.25, 0.28, 1.0');
  });

  it('adds the later executor variables only from the generation that has them', () => {
    const o = { slavePid: 'slave(1)@198.18.0.5:5051', checkpoint: true, agentEnv: { LIBPROCESS_IP: '198.18.0.5' } };
    expect(laterExecutorEnv('0.25', o)).toEqual({});
    expect(laterExecutorEnv('0.28', o)).toEqual({
      LIBPROCESS_IP: '198.18.0.5',
      MESOS_AGENT_ENDPOINT: '198.18.0.5:5051',
      MESOS_SUBSCRIPTION_BACKOFF_MAX: '2secs',
      MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
    });
    expect(laterExecutorEnv('1.0', { ...o, checkpoint: false, agentEnv: {} })).toEqual({
      MESOS_AGENT_ENDPOINT: '198.18.0.5:5051',
      MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
      MESOS_HTTP_COMMAND_EXECUTOR: '0',
    });
  });

  it('a 0.20 agent carries only the image and volumes of a ContainerInfo', () => {
    const info = { type: 1, docker: { image: 'busybox', privileged: true, forcePullImage: true }, volumes: [{ containerPath: '/d', mode: 1 }], hostname: 'h' } as ContainerInfo;
    expect(containerInfoFor('0.20', info)).toEqual({ type: 1, volumes: info.volumes, docker: { image: 'busybox' } });
    expect(containerInfoFor('0.22', info)).toBe(info);
  });

  it('needs killed and message in a Termination before 0.26, nothing from 0.26 on', () => {
    expect(terminationProblem('0.25', { status: 0, message: 'm' })).toBe('Termination.killed is required by agents before 0.26');
    expect(terminationProblem('0.22', { status: 0, killed: false })).toBe('Termination.message is required by agents before 0.26');
    expect(terminationProblem('0.25', { status: 0, killed: false, message: '' })).toBeUndefined();
    expect(terminationProblem('1.0', {})).toBeUndefined();
  });

  it('turns a Termination into what a framework sees, per generation', () => {
    const oom = { killed: true, message: 'Memory limit exceeded', status: 137 << 8, state: TaskState.TASK_FAILED, reasons: [TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY] };
    const exit = { killed: false, message: 'exited', status: 1 << 8 };
    expect(taskEndAsSeenBy('1.0', oom, true)).toEqual({ state: 'TASK_FAILED', reason: 'REASON_CONTAINER_LIMITATION_MEMORY', message: 'Memory limit exceeded' });
    expect(taskEndAsSeenBy('1.0', { killed: false, message: '' }, false)).toEqual({ state: 'TASK_FAILED', reason: 'REASON_EXECUTOR_TERMINATED', message: 'Executor terminated' });
    expect(taskEndAsSeenBy('0.25', oom, false)).toEqual({ state: 'TASK_FAILED', reason: 'REASON_MEMORY_LIMIT', message: 'Memory limit exceeded' });
    expect(taskEndAsSeenBy('0.25', exit, true)).toEqual({ state: 'TASK_FAILED', reason: 'REASON_COMMAND_EXECUTOR_FAILED', message: 'exited' });
    expect(taskEndAsSeenBy('0.22', exit, false)).toEqual({ state: 'TASK_LOST', reason: 'REASON_EXECUTOR_TERMINATED', message: 'exited' });
    expect(taskEndAsSeenBy('0.20', exit, false)).toEqual({ state: 'TASK_LOST', message: 'exited' });
    expect(taskEndAsSeenBy('0.20', exit, true)).toEqual({ state: 'TASK_FAILED', message: 'exited' });
  });
});
