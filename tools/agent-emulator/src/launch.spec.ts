import { decode, encode, resourceTotals, ContainerInfoType, DockerNetwork } from '@deimos/protocol';
import { commandExecutorName, commandTaskLaunch, customExecutorLaunch, launchEnv, launchEnvOf, sandboxPath, type CommandTaskSpec } from './index';

const base: CommandTaskSpec = {
  containerId: '435253ab-d246-47be-a350-35420465d868',
  taskId: 'task-7',
  command: 'python -m http.server 8080',
  resources: { cpus: 1, mem: 128, ports: [[31000, 31001]] },
  directory: '/tmp/mesos/slaves/S1/frameworks/F1/executors/task-7/runs/435253ab-d246-47be-a350-35420465d868',
  slaveId: 'S1',
  frameworkId: 'F1',
  mesosExecutorPath: '/usr/libexec/mesos/mesos-executor',
};

describe('commandTaskLaunch', () => {
  it('carries the task with its command and resources, and the made-up command executor', () => {
    const launch = commandTaskLaunch({ ...base, env: { A: '1' }, image: 'docker:///busybox', options: ['-e', 'X=1'], uris: ['http://x/y.tgz'] });
    expect(launch.taskInfo).toMatchObject({
      name: 'task-7',
      taskId: { value: 'task-7' },
      slaveId: { value: 'S1' },
      command: { value: 'python -m http.server 8080', shell: true },
    });
    expect(launch.taskInfo!.executor).toBeUndefined();
    const executor = launch.executorInfo!;
    expect(executor.executorId.value).toBe('task-7');
    expect(executor.frameworkId!.value).toBe('F1');
    expect(executor.source).toBe('task-7');
    expect(executor.command).toEqual({
      value: '/usr/libexec/mesos/mesos-executor',
      shell: true,
      environment: { variables: [{ name: 'A', value: '1' }] },
      container: { image: 'docker:///busybox', options: ['-e', 'X=1'] },
      uris: [{ value: 'http://x/y.tgz' }],
    });
    expect(launch.directory).toBe(base.directory);
    expect(launch.slaveId!.value).toBe('S1');
  });

  it('gives the executor the task resources plus cpus 0.1 and mem 32', () => {
    const launch = commandTaskLaunch(base);
    expect(resourceTotals(launch.taskInfo!.resources!)).toEqual({ cpus: 1, memMb: 128, ports: [{ begin: 31000, end: 31001 }] });
    expect(resourceTotals(launch.executorInfo!.resources!)).toEqual({ cpus: 1.1, memMb: 160, ports: [{ begin: 31000, end: 31001 }] });
    expect(launch.executorInfo!.resources!.map((r) => r.name)).toEqual(['cpus', 'mem', 'ports']);
  });

  it('names the executor after the first 12 characters of a long command', () => {
    expect(commandTaskLaunch(base).executorInfo!.name).toBe("Command Executor (Task: task-7) (Command: sh -c 'python -m ht...')");
    expect(commandExecutorName('t', 'sleep 100000000')).toBe("Command Executor (Task: t) (Command: sh -c 'sleep 100000000')");
    expect(commandExecutorName('t', 'sleep 1000000000')).toBe("Command Executor (Task: t) (Command: sh -c 'sleep 100000...')");
  });

  it('puts a new-style ContainerInfo on the task, and on the executor only when asked (0.23+)', () => {
    const dockerInfo = { type: ContainerInfoType.DOCKER, docker: { image: 'nginx', network: DockerNetwork.BRIDGE } };
    expect(commandTaskLaunch({ ...base, version: '0.22', dockerInfo }).executorInfo!.container).toBeUndefined();
    const launch = commandTaskLaunch({ ...base, version: '0.22', dockerInfo, copyContainerToExecutor: true });
    expect(launch.taskInfo!.container).toEqual(dockerInfo);
    expect(launch.executorInfo!.container).toEqual(dockerInfo);
    // 0.23+ agents copy it by themselves.
    expect(commandTaskLaunch({ ...base, version: '0.25', dockerInfo }).executorInfo!.container).toEqual(dockerInfo);
  });

  it('speaks each generation: 0.20 carries only the image of a DockerInfo, 0.28+ no old-style container', () => {
    const dockerInfo = { type: ContainerInfoType.DOCKER, docker: { image: 'nginx', network: DockerNetwork.BRIDGE, privileged: true } };
    expect(commandTaskLaunch({ ...base, version: '0.20', dockerInfo }).taskInfo!.container).toEqual({ type: ContainerInfoType.DOCKER, volumes: undefined, docker: { image: 'nginx' } });
    const old = commandTaskLaunch({ ...base, version: '0.25', image: 'docker:///busybox' });
    expect(old.taskInfo!.command!.container).toEqual({ image: 'docker:///busybox', options: [] });
    const later = commandTaskLaunch({ ...base, version: '1.0', image: 'docker:///busybox' });
    expect(later.taskInfo!.command!.container).toBeUndefined();
    expect(later.taskInfo!.container).toEqual({ type: ContainerInfoType.DOCKER, docker: { image: 'busybox' } });
    expect(later.executorInfo!.container).toEqual(later.taskInfo!.container);
  });

  it('adds the launch variables of each generation, and copies LIBPROCESS_IP only from the agent (0.26+)', () => {
    const launch = commandTaskLaunch({ ...base, checkpoint: true });
    const names = (version: '0.20' | '0.25' | '0.28' | '1.0', agentEnv = {}) => Object.keys(launchEnvOf(launch, { version, agentEnv })).sort();
    expect(names('0.20')).toEqual(['LIBPROCESS_PORT', 'MESOS_CHECKPOINT', 'MESOS_DIRECTORY', 'MESOS_EXECUTOR_ID', 'MESOS_FRAMEWORK_ID', 'MESOS_RECOVERY_TIMEOUT', 'MESOS_SLAVE_ID', 'MESOS_SLAVE_PID']);
    expect(names('0.25', { LIBPROCESS_IP: '198.18.0.1' })).toEqual(names('0.20'));
    expect(names('0.28')).toEqual([...names('0.20'), 'MESOS_AGENT_ENDPOINT', 'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD', 'MESOS_SUBSCRIPTION_BACKOFF_MAX'].sort());
    const v1 = launchEnvOf(launch, { version: '1.0', agentEnv: { LIBPROCESS_IP: '198.18.0.1' } });
    expect(v1).toMatchObject({
      LIBPROCESS_IP: '198.18.0.1',
      MESOS_AGENT_ENDPOINT: '127.0.0.1:5051',
      MESOS_HTTP_COMMAND_EXECUTOR: '0',
      MESOS_SUBSCRIPTION_BACKOFF_MAX: '2secs',
      MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
    });
  });

  it('encodes into a Launch the codec accepts', () => {
    const decoded = decode('Launch', encode('Launch', commandTaskLaunch({ ...base, checkpoint: true, user: 'nobody' })));
    expect(decoded.containerId.value).toBe(base.containerId);
    expect(decoded.user).toBe('nobody');
    expect(decoded.checkpoint).toBe(true);
    expect(decoded.slavePid).toBe('slave(1)@127.0.0.1:5051');
  });
});

describe('customExecutorLaunch', () => {
  it('carries only executor_info with its command, container and resources', () => {
    const launch = customExecutorLaunch({
      containerId: 'c2',
      executorId: 'my-executor',
      command: './run-executor',
      resources: { cpus: 0.5, mem: 256 },
      dockerInfo: { type: ContainerInfoType.DOCKER, docker: { image: 'my/executor' } },
      directory: '/sandbox',
      slaveId: 'S1',
      frameworkId: 'F1',
      name: 'my executor',
    });
    expect(launch.taskInfo).toBeUndefined();
    expect(launch.executorInfo).toMatchObject({
      executorId: { value: 'my-executor' },
      command: { value: './run-executor', shell: true },
      container: { docker: { image: 'my/executor' } },
      name: 'my executor',
    });
    expect(resourceTotals(launch.executorInfo!.resources!)).toEqual({ cpus: 0.5, memMb: 256, ports: [] });
    expect(() => encode('Launch', launch)).not.toThrow();
  });
});

describe('launchEnv', () => {
  const spec = { frameworkId: 'F1', executorId: 'E1', directory: '/sb', slaveId: 'S1' };
  it('sets the executor variables without checkpointing', () => {
    expect(launchEnv(spec)).toEqual({
      LIBPROCESS_PORT: '0',
      MESOS_FRAMEWORK_ID: 'F1',
      MESOS_EXECUTOR_ID: 'E1',
      MESOS_DIRECTORY: '/sb',
      MESOS_SLAVE_ID: 'S1',
      MESOS_SLAVE_PID: 'slave(1)@127.0.0.1:5051',
      MESOS_CHECKPOINT: '0',
    });
  });
  it('adds MESOS_RECOVERY_TIMEOUT only when checkpointing, and the default image when given', () => {
    const env = launchEnv({ ...spec, checkpoint: true, defaultContainerImage: 'docker:///ubuntu' });
    expect(env.MESOS_CHECKPOINT).toBe('1');
    expect(env.MESOS_RECOVERY_TIMEOUT).toBe('15mins');
    expect(env.MESOS_DEFAULT_CONTAINER_IMAGE).toBe('docker:///ubuntu');
  });
  it('derives the same variables from a Launch', () => {
    const launch = commandTaskLaunch(base);
    expect(launchEnvOf(launch)).toMatchObject({ MESOS_EXECUTOR_ID: 'task-7', MESOS_DIRECTORY: base.directory, MESOS_FRAMEWORK_ID: 'F1' });
  });
});

describe('sandboxPath', () => {
  it('follows the agent layout', () => {
    expect(sandboxPath({ workDir: '/tmp/mesos', slaveId: 'S', frameworkId: 'F', executorId: 'E', containerId: 'C' })).toBe('/tmp/mesos/slaves/S/frameworks/F/executors/E/runs/C');
  });
});
