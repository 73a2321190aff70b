import * as fs from 'node:fs';
import * as path from 'node:path';
import { Agent, sandboxedCommandTask, standinLibexecDir, type MesosVersion } from '@deimos/agent-emulator';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// Command tasks end to end, per agent generation, as a framework sees them:
// the agent emulator follows each generation's executor registration,
// `update` calls and status updates (tools/agent-emulator/src/versions.ts),
// and its stand-in mesos-executor takes only that generation's flags
// (--override up to 0.28, --task_command from 0.28, only --task_command and
// --launcher_dir in 1.0). The containerizer reads which from the binary.

const containerizer = builtBinary('deimos-containerizer');
builtBinary('deimos-observer-executor');
const GENERATIONS: MesosVersion[] = ['0.20', '0.23', '0.28', '1.0'];
let bed: TestBed;
let agent: Agent;

function newAgent(version: MesosVersion, env: Record<string, string> = {}): Agent {
  return new Agent({ containerizer, workDir: bed.workDir, env: bed.env(env), mesosVersion: version });
}

function task(version: MesosVersion, id: string, command: string, checkpoint = false) {
  return sandboxedCommandTask(bed.workDir, id, command, {
    image: TEST_IMAGE_URL,
    version,
    checkpoint,
    resources: { cpus: 0.2, mem: 48 },
    mesosExecutorPath: path.join(standinLibexecDir(version), 'mesos-executor'),
  });
}

const states = (taskId: string) => agent.taskStatuses(taskId).map((s) => s.state);
const running = (taskId: string) => eventually(() => states(taskId).includes('TASK_RUNNING'), 15_000);
/** No container of ours, running or stopped, and no observer process of the task. */
async function nothingLeft(id: string): Promise<boolean> {
  return eventually(() => bed.containers().length === 0 && !fs.readdirSync('/proc').some((p) => /^\d+$/.test(p) && cmdline(p).includes(`deimos-observer-executor ${id}`)), 15_000);
}
function cmdline(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

afterEach(() => {
  agent?.killAll();
  bed?.cleanup();
});

describe.each(GENERATIONS)('a command task under a Mesos %s agent', (version) => {
  beforeEach(() => {
    bed = TestBed.create();
    agent = newAgent(version);
  });

  it('that prints and exits 0 ends TASK_FINISHED, reported by its executor', async () => {
    const launch = task(version, `ct-${version}-ok`, 'echo hello from the task; exit 0');
    await agent.runTask(launch);
    const end = await agent.taskEnd(launch.taskInfo!.taskId.value);
    expect(end).toEqual({ state: 'TASK_FINISHED', source: 'executor' });
    expect(states(launch.taskInfo!.taskId.value)).toEqual(['TASK_RUNNING', 'TASK_FINISHED']);
    expect(fs.readFileSync(path.join(launch.directory!, 'stdout'), 'utf8')).toContain('hello from the task');
    expect(await nothingLeft(launch.containerId.value)).toBe(true);
    expect(agent.log).toEqual([]);
  });

  it('that exits 3 ends TASK_FAILED', async () => {
    const launch = task(version, `ct-${version}-fail`, 'exit 3');
    await agent.runTask(launch);
    const end = await agent.taskEnd(launch.taskInfo!.taskId.value);
    expect(end.state).toBe('TASK_FAILED');
    expect(end.source).toBe('executor');
    expect(await nothingLeft(launch.containerId.value)).toBe(true);
  });

  it('that runs long and is killed ends TASK_KILLED, with nothing left', async () => {
    const launch = task(version, `ct-${version}-kill`, 'sleep 120');
    await agent.runTask(launch);
    const taskId = launch.taskInfo!.taskId.value;
    expect(await running(taskId)).toBe(true);
    agent.killTask(taskId);
    expect(await agent.taskEnd(taskId)).toEqual({ state: 'TASK_KILLED', source: 'executor' });
    expect(await nothingLeft(launch.containerId.value)).toBe(true);
  });

  it('that is checkpointed survives an agent restart, re-registers, and is then killed cleanly', async () => {
    const launch = task(version, `ct-${version}-ckpt`, 'sleep 120', true);
    await agent.runTask(launch);
    const taskId = launch.taskInfo!.taskId.value;
    const id = launch.containerId.value;
    expect(await running(taskId)).toBe(true);
    // The agent process dies (its wait call and the executors' connections with it) and starts again.
    agent.killAll();
    agent = newAgent(version);
    const found = await agent.startup([{ containerId: id, directory: launch.directory!, launch }]);
    expect(found).toEqual({ recovered: [id], skipped: [], orphans: [] });
    agent.wait(id).catch(() => undefined);
    // The executor comes back; from 0.22 the agent's update on re-registration must succeed or the container is destroyed.
    expect(await eventually(() => agent.calls.some((c) => c.subcommand === 'update' && c.result?.exitCode === 0), 15_000)).toBe(true);
    agent.killTask(taskId);
    expect(await agent.taskEnd(taskId)).toEqual({ state: 'TASK_KILLED', source: 'executor' });
    expect(await nothingLeft(id)).toBe(true);
    expect(agent.log).toEqual([]);
  });
});

describe('a short task that ends before its executor registers', () => {
  it.each(['0.28', '1.0'] as MesosVersion[])('still ends TASK_FINISHED under %s: update of the ended container succeeds', async (version) => {
    bed = TestBed.create();
    agent = newAgent(version, { STANDIN_REGISTER_DELAY_MS: '2500' });
    const launch = task(version, `ct-${version}-early`, 'exit 0');
    await agent.runTask(launch);
    const id = launch.containerId.value;
    // The container has ended (its end recorded) before the executor registers.
    expect(await eventually(() => fs.existsSync(path.join(bed.stateRoot, 'mesos', id, 'exit')), 10_000)).toBe(true);
    expect(states(launch.taskInfo!.taskId.value)).toEqual([]);
    const end = await agent.taskEnd(launch.taskInfo!.taskId.value);
    expect(end).toEqual({ state: 'TASK_FINISHED', source: 'executor' });
    const update = agent.calls.find((c) => c.subcommand === 'update')!;
    expect(update.result?.exitCode).toBe(0);
    expect(update.result?.stderr).toMatch(/INFO .*update \/\/ the container has ended; nothing to update/);
    expect(agent.log).toEqual([]);
    expect(await nothingLeft(id)).toBe(true);
  });
});
