import * as fs from 'node:fs';
import * as path from 'node:path';
import { TaskState, type Launch } from '@deimos/protocol';
import { FAKE_ECP, makeTempDir, processGroupMembers, readDump, readLog, replyFile } from './fixtures/helpers';
import { Agent, AgentCallError, NotRunningError, STANDIN_EXECUTOR_PATH, commandTaskLaunch, sandboxPath } from './index';

let dir: string;
let agent: Agent;

function newAgent(env: Record<string, string>): Agent {
  agent = new Agent({ containerizer: FAKE_ECP, workDir: dir, env: { FAKE_LOG: path.join(dir, 'log'), ...env }, timeoutMs: 20000 });
  return agent;
}

function launchFor(containerId: string): Launch {
  const ids = { workDir: dir, slaveId: 'S1', frameworkId: 'F1', executorId: `task-${containerId}`, containerId };
  return commandTaskLaunch({
    containerId,
    taskId: ids.executorId,
    command: 'sleep 1',
    resources: { cpus: 1, mem: 64 },
    directory: sandboxPath(ids),
    slaveId: ids.slaveId,
    frameworkId: ids.frameworkId,
    mesosExecutorPath: STANDIN_EXECUTOR_PATH,
  });
}

const subcommands = () => agent.calls.map((c) => `${c.subcommand}${c.containerId ? `:${c.containerId}` : ''}`);

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  agent?.killAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Agent', () => {
  it('holds back usage and update until launch has exited, then runs them in order', async () => {
    const stats = replyFile(dir, 'stats', 'ResourceStatistics', { timestamp: 1, cpusLimit: 1 });
    newAgent({ FAKE_launch_SLEEP: '0.4', FAKE_usage_REPLY: stats });
    const launched = agent.launch(launchFor('c1'));
    const usage = agent.usage('c1');
    const update = agent.update('c1', []);
    await Promise.all([launched, usage, update]);
    expect((await usage).cpusLimit).toBe(1);
    const log = readLog(path.join(dir, 'log'));
    expect(log.slice(0, 2)).toEqual(['launch start', 'launch end']);
    expect(log.slice(2).sort()).toEqual(['update end', 'update start', 'usage end', 'usage start']);
    expect(subcommands()).toEqual(['launch:c1', 'usage:c1', 'update:c1']);
  });

  it('creates the sandbox, runs launch in it with the launch-only variables, and other calls with the base ones', async () => {
    const launchDump = path.join(dir, 'launch.env');
    const updateDump = path.join(dir, 'update.env');
    newAgent({ FAKE_launch_ENV_DUMP: launchDump, FAKE_update_ENV_DUMP: updateDump });
    const launch = launchFor('c1');
    await agent.launch(launch);
    await agent.update('c1', []);
    const launchEnv = readDump(launchDump);
    expect(launchEnv.CWD).toBe(launch.directory);
    expect(launchEnv).toMatchObject({ MESOS_EXECUTOR_ID: 'task-c1', MESOS_FRAMEWORK_ID: 'F1', MESOS_SLAVE_ID: 'S1', LIBPROCESS_PORT: '0', MESOS_WORK_DIRECTORY: dir });
    const updateEnv = readDump(updateDump);
    expect(updateEnv.CWD).toBe(launch.directory);
    expect(updateEnv.MESOS_EXECUTOR_ID).toBeUndefined();
    expect(updateEnv.MESOS_WORK_DIRECTORY).toBe(dir);
  });

  it('forgets a container whose launch failed and never sends the calls held back behind it', async () => {
    newAgent({ FAKE_launch_SLEEP: '0.2', FAKE_launch_EXIT: '1' });
    const launched = agent.launch(launchFor('c1'));
    const usage = agent.usage('c1');
    const destroyed = agent.destroy('c1');
    await expect(launched).rejects.toThrow('Externel containerizer exited with status 1');
    await expect(usage).rejects.toBeInstanceOf(NotRunningError);
    await expect(destroyed).resolves.toBeUndefined();
    await expect(agent.wait('c1')).rejects.toThrow('container c1 is not running');
    expect(subcommands()).toEqual(['launch:c1']);
    expect(agent.active()).toEqual([]);
  });

  it('refuses to launch a container id that is already active', async () => {
    newAgent({});
    await agent.launch(launchFor('c1'));
    await expect(agent.launch(launchFor('c1'))).rejects.toThrow('already started');
    expect(subcommands()).toEqual(['launch:c1']);
  });

  it('runs one wait per container, shares its Termination, then forgets the container', async () => {
    const termination = replyFile(dir, 'term', 'Termination', { killed: false, message: 'bye', status: 3 << 8, state: TaskState.TASK_FAILED });
    newAgent({ FAKE_wait_REPLY: termination, FAKE_wait_SLEEP: '0.2' });
    await agent.launch(launchFor('c1'));
    const [a, b] = await Promise.all([agent.wait('c1'), agent.wait('c1')]);
    expect(a).toBe(b);
    expect(a).toMatchObject({ killed: false, message: 'bye', status: 768, state: TaskState.TASK_FAILED });
    expect(subcommands()).toEqual(['launch:c1', 'wait:c1']);
    await expect(agent.usage('c1')).rejects.toBeInstanceOf(NotRunningError);
    await expect(agent.destroy('c1')).resolves.toBeUndefined();
    expect(subcommands()).toEqual(['launch:c1', 'wait:c1']);
  });

  it('treats a wait that exits non-zero as failed even with a valid Termination', async () => {
    const termination = replyFile(dir, 'term', 'Termination', { killed: false, message: '', status: 0 });
    newAgent({ FAKE_wait_REPLY: termination, FAKE_wait_EXIT: '3' });
    await agent.launch(launchFor('c1'));
    const err = await agent.wait('c1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AgentCallError);
    expect((err as AgentCallError).message).toBe('Externel containerizer exited with status 3');
    expect((err as AgentCallError).result?.frame).toBeDefined();
    expect(agent.active()).toEqual([]);
  });

  it('treats a wait reply that does not decode as failed', async () => {
    const garbled = path.join(dir, 'garbled');
    fs.writeFileSync(garbled, Buffer.from([1, 0, 0, 0, 0x0f]));
    newAgent({ FAKE_wait_REPLY: garbled });
    await agent.launch(launchFor('c1'));
    await expect(agent.wait('c1')).rejects.toThrow(/^Failed to deserialize message: cannot decode Termination/);
  });

  it('treats a wait without output as failed', async () => {
    newAgent({});
    await agent.launch(launchFor('c1'));
    await expect(agent.wait('c1')).rejects.toThrow('Could not receive any result: no output');
  });

  it('on destroy during wait, SIGKILLs the wait group and makes up the Termination', async () => {
    newAgent({ FAKE_wait_SLEEP: '30' });
    await agent.launch(launchFor('c1'));
    const termination = agent.wait('c1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const waitPid = agent.calls.find((c) => c.subcommand === 'wait')!.pid;
    const [first, second] = await Promise.all([agent.destroy('c1'), agent.destroy('c1')]);
    expect(first?.exitCode).toBe(0);
    expect(second).toBeUndefined();
    expect(await termination).toEqual({ killed: false, message: '', status: 9 });
    // The group got SIGKILL at once; a member may need a moment to be scheduled and die.
    for (let i = 0; i < 40 && processGroupMembers(waitPid).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(processGroupMembers(waitPid)).toEqual([]);
    expect(subcommands()).toEqual(['launch:c1', 'wait:c1', 'destroy:c1']);
    expect(agent.active()).toEqual([]);
  });

  it('makes no call for destroy, usage, update or wait of an unknown container', async () => {
    newAgent({});
    await expect(agent.destroy('nope')).resolves.toBeUndefined();
    await expect(agent.usage('nope')).rejects.toBeInstanceOf(NotRunningError);
    await expect(agent.update('nope', [])).rejects.toBeInstanceOf(NotRunningError);
    await expect(agent.wait('nope')).rejects.toBeInstanceOf(NotRunningError);
    expect(agent.calls).toEqual([]);
  });

  it('destroys a container that has no wait by forgetting it after destroy exits', async () => {
    newAgent({ FAKE_destroy_EXIT: '5' });
    await agent.launch(launchFor('c1'));
    expect((await agent.destroy('c1'))?.exitCode).toBe(5);
    expect(agent.active()).toEqual([]);
  });

  it('recovers on startup: listed+checkpointed are tracked, checkpointed-only skipped, listed-only orphans destroyed', async () => {
    const listed = replyFile(dir, 'list', 'Containers', { containers: [{ value: 'a' }, { value: 'b' }] });
    newAgent({ FAKE_containers_REPLY: listed, FAKE_wait_SLEEP: '30' });
    const result = await agent.startup([
      { containerId: 'a', directory: path.join(dir, 'runs/a') },
      { containerId: 'c', directory: path.join(dir, 'runs/c') },
    ]);
    expect(result).toEqual({ recovered: ['a'], skipped: ['c'], orphans: ['b'] });
    expect(subcommands()).toEqual(['recover', 'containers', 'wait:b', 'destroy:b']);
    expect(agent.active()).toEqual(['a']);
    expect(fs.existsSync(path.join(dir, 'runs/a'))).toBe(true);
  });

  it('fails startup when recover fails', async () => {
    newAgent({ FAKE_recover_EXIT: '1' });
    await expect(agent.startup()).rejects.toThrow('Externel containerizer exited with status 1');
    expect(subcommands()).toEqual(['recover']);
  });
});
