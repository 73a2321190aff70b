import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TaskState } from '@deimos/protocol';
import { FAKE_ECP, makeTempDir, replyFile } from './fixtures/helpers';
import { AGENT_SOCKET_VARIABLE, Agent, commandTaskLaunch, launchEnvOf, sandboxPath, standinLibexecDir, type MesosVersion } from './index';

// The agent's side of a command task: its executor registers, the agent
// calls `update`, hands over the task (or does not), and follows its status
// updates, per generation. The containerizer is the fake ECP (its `update`
// exits as told); the executor is the generation's stand-in, started here
// as the containerizer would start it.

let dir: string;
let agent: Agent;
let executor: ChildProcess | undefined;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  executor?.kill('SIGKILL');
  executor = undefined;
  agent?.killAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

function setUp(version: MesosVersion, updateExit: number) {
  // wait answers a Termination for exit 0 after a while (or is killed by destroy).
  const termination = replyFile(dir, 'termination', 'Termination', { killed: false, message: '', status: 0, state: TaskState.TASK_FINISHED });
  agent = new Agent({
    containerizer: FAKE_ECP,
    workDir: dir,
    mesosVersion: version,
    env: { FAKE_update_EXIT: String(updateExit), FAKE_wait_SLEEP: '3', FAKE_wait_REPLY: termination },
    timeoutMs: 20_000,
  });
  const ids = { workDir: dir, slaveId: 'S1', frameworkId: 'F1', executorId: 'task-1', containerId: 'c1' };
  const launch = commandTaskLaunch({
    containerId: ids.containerId,
    taskId: 'task-1',
    command: 'exit 0',
    resources: { cpus: 1, mem: 64 },
    directory: sandboxPath(ids),
    slaveId: ids.slaveId,
    frameworkId: ids.frameworkId,
    mesosExecutorPath: path.join(standinLibexecDir(version), 'mesos-executor'),
    version,
  });
  return launch;
}

/** Start the generation's stand-in as a containerizer would, running `sh -c <command>` for the task. */
function startExecutor(version: MesosVersion, launch: ReturnType<typeof setUp>, command = 'exit 0'): void {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', [AGENT_SOCKET_VARIABLE]: path.join(dir, 'standin-agent.sock'), ...launchEnvOf(launch, { version }) };
  const args =
    version === '1.0' || version === '0.28'
      ? [`--launcher_dir=${standinLibexecDir(version)}`, `--task_command=${JSON.stringify({ shell: true, value: command })}`]
      : ['--override', 'sh', '-c', command];
  if (version === '0.28') args.shift(); // 0.28 has no --launcher_dir
  executor = spawn(path.join(standinLibexecDir(version), 'mesos-executor'), args, { env, stdio: 'ignore' });
}

const updates = () => agent.calls.filter((c) => c.subcommand === 'update');
const destroys = () => agent.calls.filter((c) => c.subcommand === 'destroy');

describe('registration and update, per generation', () => {
  it('1.0: a failed update on registration destroys the container, never hands over the task, and reports TASK_LOST', async () => {
    const launch = setUp('1.0', 4);
    await agent.runTask(launch);
    startExecutor('1.0', launch);
    const end = await agent.taskEnd('task-1');
    expect(end).toEqual({
      state: 'TASK_LOST',
      reason: 'REASON_CONTAINER_UPDATE_FAILED',
      message: 'Failed to update resources for container: Externel containerizer exited with status 4',
      source: 'agent',
    });
    expect(agent.taskStatuses('task-1')).toEqual([end]);
    expect(destroys()).toHaveLength(1);
    expect(agent.log).toEqual(['Failed to update resources for container c1: Externel containerizer exited with status 4, destroying container']);
  });

  it('0.23: a failed update on registration destroys the container; the task fails as the Termination says, not lost (before 0.26)', async () => {
    const launch = setUp('0.23', 4);
    await agent.runTask(launch);
    startExecutor('0.23', launch);
    const end = await agent.taskEnd('task-1');
    expect(end.state).toBe('TASK_FAILED');
    expect(end.source).toBe('agent');
    expect(destroys()).toHaveLength(1);
  });

  it('0.20: the update on registration is not waited for and its failure is ignored; a failed update after the terminal update destroys, and the task stays FINISHED', async () => {
    const launch = setUp('0.20', 4);
    await agent.runTask(launch);
    startExecutor('0.20', launch);
    const end = await agent.taskEnd('task-1');
    expect(end).toEqual({ state: 'TASK_FINISHED', source: 'executor' });
    expect(agent.taskStatuses('task-1').map((s) => s.state)).toEqual(['TASK_RUNNING', 'TASK_FINISHED']);
    expect(updates()).toHaveLength(2);
    expect(agent.log).toEqual(['Failed to update resources for container c1: Externel containerizer exited with status 4, destroying container']);
  });

  it('1.0: with updates that succeed, the task is handed over after the registration update and ends as its executor says', async () => {
    const launch = setUp('1.0', 0);
    await agent.runTask(launch);
    startExecutor('1.0', launch, 'exit 3');
    const end = await agent.taskEnd('task-1');
    expect(end).toEqual({ state: 'TASK_FAILED', message: 'exit=3', source: 'executor' });
    // Registration: the executor's resources with the task; terminal update: without it.
    expect(updates()).toHaveLength(2);
    expect(destroys()).toHaveLength(0);
    expect(agent.log).toEqual([]);
  });

  it('a task killed before its executor registers is TASK_KILLED by the agent, and the executor is shut down when it registers', async () => {
    const launch = setUp('1.0', 0);
    await agent.runTask(launch);
    agent.killTask('task-1');
    expect(await agent.taskEnd('task-1')).toEqual({ state: 'TASK_KILLED', source: 'agent' });
    startExecutor('1.0', launch, 'sleep 30');
    const code = await new Promise<number | null>((resolve) => executor!.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(updates()).toHaveLength(0);
  });
});
