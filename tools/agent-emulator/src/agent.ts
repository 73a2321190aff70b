import * as fs from 'node:fs';
import { decode, encode, type Launch, type MessageOf, type Resource, type ResourceStatistics, type Termination } from '@deimos/protocol';
import * as path from 'node:path';
import { AGENT_SOCKET_VARIABLE, ExecutorChannel, type ExecutorConnection, type ExecutorUpdate, type FromExecutor } from './channel';
import { REPLYING_SUBCOMMANDS, startInvocation, type Invocation, type InvokeResult, type Subcommand } from './invoke';
import { launchEnvOf } from './launch';
import { standinLibexecDir } from './paths';
import { onTerminalUpdateFailure, onRegistrationUpdateFailure, registrationWaitsForUpdate, taskEndAsSeenBy, terminationProblem, type MesosVersion, type UpdateFailureRule } from './versions';

export interface AgentOptions {
  /** The agent's --containerizer_path. */
  containerizer: string;
  /** --work_dir (MESOS_WORK_DIRECTORY); default /tmp/mesos. */
  workDir?: string;
  /** --launcher_dir (MESOS_LIBEXEC_DIRECTORY); default: the stand-in executors of this generation (bin/<version>/). */
  libexecDir?: string;
  /** Where stand-in executors reach this agent (STANDIN_AGENT_SOCKET); default `<workDir>/standin-agent.sock`. */
  executorSocket?: string;
  /** Extra variables in every call's environment (the agent's own environment). */
  env?: Record<string, string>;
  /** --default_container_image. */
  defaultContainerImage?: string;
  recoveryTimeout?: string;
  /** Diagnostic per-call limit; the agent has none. */
  timeoutMs?: number;
  /** The agent generation to emulate (launch environment, Termination rules); default 0.20. */
  mesosVersion?: MesosVersion;
}

/** One containerizer process the emulated agent ran. */
export interface CallRecord {
  /** Order in which calls were started, from 1. */
  seq: number;
  subcommand: Subcommand;
  containerId?: string;
  pid: number;
  /** Set once the process has exited. */
  result?: InvokeResult;
}

/** A call failed the way the agent would see it fail. */
export class AgentCallError extends Error {
  constructor(
    message: string,
    readonly subcommand: Subcommand,
    readonly containerId?: string,
    readonly result?: InvokeResult,
  ) {
    super(message);
    this.name = 'AgentCallError';
  }
}

/** The container is unknown to the emulated agent: no process was started. */
export class NotRunningError extends Error {
  constructor(readonly containerId: string) {
    super(`container ${containerId} is not running`);
    this.name = 'NotRunningError';
  }
}

interface Sandbox {
  directory: string;
  user?: string;
}

interface ContainerRecord {
  id: string;
  /** Absent for orphans (no cwd, stderr thrown away). */
  sandbox?: Sandbox;
  /** Settles when `launch` exits; held-back calls wait on it. */
  launched: Promise<void>;
  destroying: boolean;
  /** The single pending wait result, shared by every caller. */
  termination?: Promise<Termination>;
  waitInvocation?: Invocation;
}

/** A checkpointed run the agent found on restart. */
export interface CheckpointedRun {
  containerId: string;
  directory: string;
  user?: string;
  /** The Launch it was started with: its command task is tracked again, so its executor can re-register. */
  launch?: Launch;
}

/** One status update of a task, as the framework sees it. */
export interface TaskStatusRecord {
  state: string;
  reason?: string;
  message?: string;
  /** Sent by the executor, or made up by the agent (executor terminated, update failed, killed before registration). */
  source: 'executor' | 'agent';
}

const TERMINAL_STATES = new Set(['TASK_FINISHED', 'TASK_FAILED', 'TASK_KILLED', 'TASK_LOST', 'TASK_ERROR']);

/** A command task the agent tracks: its executor's registration, its status updates, its end. */
interface TaskRecord {
  taskId: string;
  containerId: string;
  /** The task's shell command (what the executor would run without --override/--task_command). */
  command: string;
  /** The executor's resources with the task (what registration's update sends). */
  withTask: Resource[];
  /** The executor's resources once the task is terminal (what the terminal update's update sends). */
  withoutTask: Resource[];
  statuses: TaskStatusRecord[];
  connection?: ExecutorConnection;
  sentToExecutor: boolean;
  /** What the agent will report if the executor terminates first (slave.cpp pendingTermination, 0.26+). */
  pendingTermination?: TaskStatusRecord;
  end: Promise<TaskStatusRecord>;
  settle(status: TaskStatusRecord): void;
}

export interface StartupResult {
  /** Checkpointed and listed by the containerizer: tracked as launched, no launch call. */
  recovered: string[];
  /** Checkpointed but not listed: ignored (their later wait fails). */
  skipped: string[];
  /** Listed but not checkpointed: waited on and destroyed before startup finished. */
  orphans: string[];
}

/**
 * The external-containerizer half of a Mesos agent (0.20.1-1.0): keeps the
 * per-container state machine and runs the containerizer program for each
 * call, as `src/slave/containerizer/external_containerizer.cpp` does.
 */
export class Agent {
  /** Every process started, in order. */
  readonly calls: CallRecord[] = [];
  private readonly containers = new Map<string, ContainerRecord>();
  private readonly running = new Set<Invocation>();
  /** Command tasks by `<framework id>/<executor id>` (how an executor names itself when it registers). */
  private readonly tasks = new Map<string, TaskRecord>();
  private readonly channel: ExecutorChannel;
  /** What the agent logged (update failures and the like), for tests. */
  readonly log: string[] = [];

  constructor(private readonly opts: AgentOptions) {
    const socket = opts.executorSocket ?? path.join(opts.workDir ?? '/tmp/mesos', 'standin-agent.sock');
    this.channel = new ExecutorChannel(socket, {
      onMessage: (conn, message) => this.onExecutorMessage(conn, message),
      onClose: (conn) => {
        for (const task of this.tasks.values()) if (task.connection === conn) task.connection = undefined;
      },
    });
  }

  private get version(): MesosVersion {
    return this.opts.mesosVersion ?? '0.20';
  }

  /** Container ids the agent currently tracks. */
  active(): string[] {
    return [...this.containers.keys()];
  }

  /**
   * `recover` then `containers`, then the checkpointed runs are matched
   * against the list (spec 6). The caller then calls wait() for the recovered
   * ones, as the agent does.
   */
  async startup(checkpointed: readonly CheckpointedRun[] = []): Promise<StartupResult> {
    for (const run of checkpointed) if (run.launch?.taskInfo) this.trackTask(run.launch);
    await this.recover();
    const listed = await this.containerIds();
    const result: StartupResult = { recovered: [], skipped: [], orphans: [] };
    for (const run of checkpointed) {
      if (!listed.includes(run.containerId)) {
        result.skipped.push(run.containerId);
        this.forgetTasksOf(run.containerId);
        continue;
      }
      fs.mkdirSync(run.directory, { recursive: true });
      this.containers.set(run.containerId, {
        id: run.containerId,
        sandbox: { directory: run.directory, user: run.user },
        launched: Promise.resolve(),
        destroying: false,
      });
      result.recovered.push(run.containerId);
    }
    // Executors re-register once the containerizer has recovered (the agent
    // then sends them ReconnectExecutorMessage): only now do we listen.
    await this.channel.listen();
    const orphanWaits: Array<Promise<Termination>> = [];
    for (const id of listed) {
      if (checkpointed.some((run) => run.containerId === id)) continue;
      result.orphans.push(id);
      this.containers.set(id, { id, launched: Promise.resolve(), destroying: false });
      orphanWaits.push(this.wait(id));
      this.destroy(id).catch((err: Error) => this.log.push(`Failed to destroy container ${id}: ${err.message}`));
    }
    // Startup completes only when every orphan's wait has a result; a failed
    // one fails recovery (the agent then exits).
    await Promise.all(orphanWaits);
    return result;
  }

  /** `recover` (no input, no sandbox). Throws on failure: the agent would exit. */
  async recover(): Promise<void> {
    const result = await this.call('recover', {});
    this.check(result, 'recover');
  }

  /** `containers`: the ids the containerizer reports as active. */
  async containerIds(): Promise<string[]> {
    const result = await this.call('containers', {});
    const containers = this.decodeReply('Containers', result, 'containers');
    return (containers.containers ?? []).map((id) => id.value);
  }

  /**
   * `launch`. The sandbox directory is created first, as the agent does.
   * Resolves when launch exits 0; on failure the container is forgotten and
   * calls held back behind it fail with NotRunningError.
   */
  async launch(launch: Launch): Promise<void> {
    const id = launch.containerId.value;
    if (this.containers.has(id)) throw new AgentCallError(`container ${id} already started`, 'launch', id);
    if (!launch.directory) throw new AgentCallError(`launch of ${id} has no directory`, 'launch', id);
    const sandbox: Sandbox = { directory: launch.directory, ...(launch.user ? { user: launch.user } : {}) };
    let settle!: (error?: Error) => void;
    const launched = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    launched.catch(() => undefined);
    const record: ContainerRecord = { id, sandbox, launched, destroying: false };
    this.containers.set(id, record);
    // The executor may register before launch returns (it is started by launch).
    if (launch.taskInfo) this.trackTask(launch);

    try {
      await this.channel.listen();
      fs.mkdirSync(sandbox.directory, { recursive: true });
      const env = launchEnvOf(launch, {
        recoveryTimeout: this.opts.recoveryTimeout,
        defaultContainerImage: this.opts.defaultContainerImage,
        version: this.opts.mesosVersion,
        agentEnv: { ...process.env, ...this.opts.env },
      });
      const result = await this.call('launch', { id, input: encode('Launch', launch), sandbox, env });
      this.check(result, 'launch', id);
      settle();
    } catch (err) {
      this.containers.delete(id);
      this.forgetTasksOf(id);
      settle(new NotRunningError(id));
      throw err;
    }
  }

  /**
   * A command task, as the agent runs it: `launch`, then `wait` at once (the
   * agent always waits on a launched container), with the task's status
   * updates followed through its executor. The task's end is `taskEnd()`.
   */
  async runTask(launch: Launch): Promise<void> {
    await this.launch(launch);
    this.wait(launch.containerId.value).catch(() => undefined);
  }

  /** The status updates of a command task so far. */
  taskStatuses(taskId: string): TaskStatusRecord[] {
    return [...(this.taskById(taskId)?.statuses ?? [])];
  }

  /** The first terminal status of a command task, from its executor or made up by the agent. */
  taskEnd(taskId: string): Promise<TaskStatusRecord> {
    const task = this.taskById(taskId);
    return task ? task.end : Promise.reject(new Error(`no task ${taskId}`));
  }

  /**
   * The framework kills a task: the agent tells a registered executor
   * (KillTaskMessage); a task not yet given to its executor is reported
   * TASK_KILLED by the agent, and its executor is shut down when it
   * registers (slave.cpp killTask, registerExecutor).
   */
  killTask(taskId: string): void {
    const task = this.taskById(taskId);
    if (!task || this.terminal(task)) return;
    if (task.connection?.open && task.sentToExecutor) {
      task.connection.send({ type: 'KILL_TASK', taskId });
      return;
    }
    this.report(task, { state: 'TASK_KILLED', source: 'agent' });
    task.connection?.send({ type: 'SHUTDOWN' });
  }

  /**
   * The container's Termination. At most one `wait` process runs per
   * container; every caller gets the same result. When the container is being
   * destroyed the result is made up: {killed: false, message: '', status: the
   * wait process's own wait status}.
   */
  wait(id: string): Promise<Termination> {
    const record = this.containers.get(id);
    if (!record) return Promise.reject(new NotRunningError(id));
    if (!record.termination) {
      record.termination = this.runWait(record);
      record.termination.catch(() => undefined);
    }
    return record.termination;
  }

  /** `update` with the executor's full resources. */
  async update(id: string, resources: Resource[]): Promise<void> {
    const record = await this.launchedRecord(id);
    const result = await this.call('update', { id, input: encode('Update', { containerId: { value: id }, resources }), sandbox: record.sandbox });
    this.check(result, 'update', id);
  }

  /** `usage`: the container's ResourceStatistics. */
  async usage(id: string): Promise<ResourceStatistics> {
    const record = await this.launchedRecord(id);
    const result = await this.call('usage', { id, input: encode('Usage', { containerId: { value: id } }), sandbox: record.sandbox });
    return this.decodeReply('ResourceStatistics', result, 'usage', id);
  }

  /**
   * `destroy`: sent once per container, after launch finished. When it exits
   * (whatever its status) a running `wait` is SIGKILLed with its whole process
   * group. Returns the destroy call's result, or undefined when no process
   * was started (unknown container, already being destroyed, launch failed).
   */
  async destroy(id: string): Promise<InvokeResult | undefined> {
    const record = this.containers.get(id);
    if (!record || record.destroying) return undefined;
    record.destroying = true;
    try {
      await record.launched;
    } catch {
      return undefined;
    }
    if (this.containers.get(id) !== record) return undefined;
    const result = await this.call('destroy', { id, input: encode('Destroy', { containerId: { value: id } }), sandbox: record.sandbox });
    // "unwait": the exit status of destroy is only logged.
    if (record.waitInvocation) record.waitInvocation.kill('SIGKILL');
    else if (this.containers.get(id) === record) this.containers.delete(id);
    return result;
  }

  /**
   * The agent process ends: SIGKILLs the process group of every call still
   * running and drops every executor's connection (test clean-up, and the
   * first half of an agent restart).
   */
  killAll(): void {
    for (const invocation of this.running) invocation.kill('SIGKILL');
    this.channel.close();
  }

  private async runWait(record: ContainerRecord): Promise<Termination> {
    try {
      await record.launched;
    } catch {
      throw new NotRunningError(record.id);
    }
    if (this.containers.get(record.id) !== record) throw new NotRunningError(record.id);
    const invocation = this.start('wait', {
      id: record.id,
      input: encode('Wait', { containerId: { value: record.id } }),
      sandbox: record.sandbox,
    });
    record.waitInvocation = invocation;
    let result: InvokeResult;
    try {
      result = await invocation.result;
    } finally {
      record.waitInvocation = undefined;
      if (this.containers.get(record.id) === record) this.containers.delete(record.id);
    }
    if (record.destroying) return this.executorTerminated(record.id, { killed: false, message: '', status: result.status });
    const t = this.decodeReply('Termination', result, 'wait', record.id);
    // An agent before 0.26 cannot parse a Termination without its required fields.
    const problem = terminationProblem(this.version, t);
    if (problem) throw new AgentCallError(`wait of ${record.id}: ${problem}`, 'wait', record.id);
    return this.executorTerminated(record.id, t);
  }

  /**
   * The container's executor is gone: a task without a terminal status gets
   * the one the agent makes up, the pending one (an update that failed,
   * 0.26+) first, else the one this generation derives from the Termination
   * (slave.cpp executorTerminated).
   */
  private executorTerminated(containerId: string, t: Termination): Termination {
    for (const task of this.tasks.values()) {
      if (task.containerId !== containerId) continue;
      if (!this.terminal(task)) this.report(task, task.pendingTermination ?? { ...taskEndAsSeenBy(this.version, t, true), source: 'agent' });
      task.connection?.close();
    }
    return t;
  }

  // ---- command tasks and their executors ----------------------------------

  private trackTask(launch: Launch): void {
    const info = launch.taskInfo!;
    const executor = launch.executorInfo!;
    let settle!: (status: TaskStatusRecord) => void;
    const end = new Promise<TaskStatusRecord>((resolve) => (settle = resolve));
    const withTask = executor.resources ?? [];
    this.tasks.set(taskKey(executor.frameworkId?.value ?? '', executor.executorId.value), {
      taskId: info.taskId.value,
      containerId: launch.containerId.value,
      command: info.command?.value ?? '',
      withTask,
      withoutTask: subtractResources(withTask, info.resources ?? []),
      statuses: [],
      sentToExecutor: false,
      end,
      settle,
    });
  }

  private forgetTasksOf(containerId: string): void {
    for (const [key, task] of this.tasks) if (task.containerId === containerId) this.tasks.delete(key);
  }

  private taskById(taskId: string): TaskRecord | undefined {
    return [...this.tasks.values()].find((t) => t.taskId === taskId);
  }

  private terminal(task: TaskRecord): boolean {
    return task.statuses.some((s) => TERMINAL_STATES.has(s.state));
  }

  /** Record a status; the first terminal one is the task's end. */
  private report(task: TaskRecord, status: TaskStatusRecord): void {
    if (this.terminal(task)) return;
    task.statuses.push(status);
    if (TERMINAL_STATES.has(status.state)) task.settle(status);
  }

  private onExecutorMessage(conn: ExecutorConnection, message: FromExecutor): void {
    if (message.type === 'SUBSCRIBE') this.executorRegistered(conn, message.frameworkId, message.executorId, message.reregister, message.taskLaunched);
    else this.statusUpdate(conn, message);
  }

  /**
   * (Re-)registration: the agent answers, calls `update` with the executor's
   * resources, and hands over the task (0.22+: only once that update
   * succeeded). A failed update is handled as this generation does
   * (versions.ts onRegistrationUpdateFailure).
   */
  private executorRegistered(conn: ExecutorConnection, frameworkId: string, executorId: string, reregister: boolean, running: boolean): void {
    const task = this.tasks.get(taskKey(frameworkId, executorId));
    if (!task || (!reregister && this.terminal(task))) {
      // No task to run (unknown, or killed before registration): shut it down.
      conn.send({ type: 'SHUTDOWN' });
      return;
    }
    task.connection = conn;
    // A re-registering executor names the tasks it runs (ReregisterExecutorMessage.tasks).
    if (reregister && running) task.sentToExecutor = true;
    conn.send({ type: 'REGISTERED' });
    const handOver = () => {
      if (reregister || task.sentToExecutor) return;
      task.sentToExecutor = true;
      conn.send({ type: 'RUN_TASK', taskId: task.taskId, command: task.command });
    };
    if (!registrationWaitsForUpdate(this.version)) handOver();
    this.update(task.containerId, this.terminal(task) ? task.withoutTask : task.withTask).then(
      () => handOver(),
      (err: Error) => this.updateFailed(task, err, onRegistrationUpdateFailure(this.version)),
    );
  }

  /**
   * A status update from the executor: a terminal one is forwarded only once
   * the agent's `update` (the executor's resources without the task) has
   * answered, whatever it answered (slave.cpp statusUpdate/_statusUpdate).
   */
  private statusUpdate(conn: ExecutorConnection, u: ExecutorUpdate): void {
    const task = [...this.tasks.values()].find((t) => t.connection === conn);
    if (!task) return;
    const forward = () => {
      this.report(task, { state: u.state, ...(u.message ? { message: u.message } : {}), source: 'executor' });
      conn.send({ type: 'ACK', uuid: u.uuid });
    };
    if (!TERMINAL_STATES.has(u.state) || this.terminal(task)) return forward();
    this.update(task.containerId, task.withoutTask).then(forward, (err: Error) => {
      this.updateFailed(task, err, onTerminalUpdateFailure(this.version));
      forward();
    });
  }

  private updateFailed(task: TaskRecord, err: Error, rule: UpdateFailureRule): void {
    if (!rule.destroy && !rule.lost) return; // 0.20-0.21 do not look at the result
    this.log.push(`Failed to update resources for container ${task.containerId}: ${err.message}${rule.destroy ? ', destroying container' : ''}`);
    if (rule.lost) {
      task.pendingTermination = {
        state: 'TASK_LOST',
        reason: 'REASON_CONTAINER_UPDATE_FAILED',
        message: `Failed to update resources for container: ${err.message}`,
        source: 'agent',
      };
    }
    // The agent logs a failed destroy and goes on (docs/agent-call-failures.md).
    if (rule.destroy) this.destroy(task.containerId).catch((err: Error) => this.log.push(`Failed to destroy container ${task.containerId}: ${err.message}`));
  }

  private async launchedRecord(id: string): Promise<ContainerRecord> {
    const record = this.containers.get(id);
    if (!record) throw new NotRunningError(id);
    await record.launched;
    if (this.containers.get(id) !== record) throw new NotRunningError(id);
    return record;
  }

  private call(subcommand: Subcommand, args: CallArgs): Promise<InvokeResult> {
    try {
      return this.start(subcommand, args).result;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private start(subcommand: Subcommand, args: CallArgs): Invocation {
    const invocation = startInvocation({
      containerizer: this.opts.containerizer,
      subcommand,
      ...(args.input ? { input: args.input } : {}),
      ...(args.sandbox ? { sandbox: args.sandbox.directory, user: args.sandbox.user } : {}),
      env: { [AGENT_SOCKET_VARIABLE]: this.channel.socketPath, ...this.opts.env, ...args.env },
      timeoutMs: this.opts.timeoutMs,
      libexecDir: this.opts.libexecDir ?? standinLibexecDir(this.version),
      workDir: this.opts.workDir,
    });
    const record: CallRecord = { seq: this.calls.length + 1, subcommand, containerId: args.id, pid: invocation.pid };
    this.calls.push(record);
    this.running.add(invocation);
    void invocation.result.then(
      (result) => {
        record.result = result;
        this.running.delete(invocation);
      },
      () => this.running.delete(invocation),
    );
    return invocation;
  }

  /**
   * Success = a normal exit with code 0 (checked before any output). The
   * wording, typo included, is the agent's (external_containerizer.cpp:98
   * at every tag from 0.20.1 to 1.0.4).
   */
  private check(result: InvokeResult, subcommand: Subcommand, id?: string): void {
    if (result.signal !== null) {
      throw new AgentCallError(`Externel containerizer terminated with signal ${result.signal}`, subcommand, id, result);
    }
    if (result.exitCode !== 0) {
      throw new AgentCallError(`Externel containerizer exited with status ${result.exitCode}`, subcommand, id, result);
    }
  }

  private decodeReply<N extends 'Termination' | 'ResourceStatistics' | 'Containers'>(name: N, result: InvokeResult, subcommand: Subcommand, id?: string): MessageOf<N> {
    this.check(result, subcommand, id);
    if (!REPLYING_SUBCOMMANDS.has(subcommand) || result.frame === undefined) {
      throw new AgentCallError(`Could not receive any result: ${result.frameError ?? 'no frame'}`, subcommand, id, result);
    }
    try {
      return decode(name, result.frame);
    } catch (err) {
      throw new AgentCallError(`Failed to deserialize message: ${(err as Error).message}`, subcommand, id, result);
    }
  }
}

const taskKey = (frameworkId: string, executorId: string) => `${frameworkId}/${executorId}`;

/** `a -= b` for the scalars the agent's Resources class subtracts (cpus, mem, disk); others are kept. */
function subtractResources(a: readonly Resource[], b: readonly Resource[]): Resource[] {
  return a.map((r) => {
    const minus = b.find((x) => x.name === r.name && x.scalar && r.scalar);
    return minus ? { ...r, scalar: { value: Math.round((r.scalar!.value - minus.scalar!.value) * 1000) / 1000 } } : r;
  });
}

interface CallArgs {
  id?: string;
  input?: Uint8Array;
  sandbox?: Sandbox;
  env?: Record<string, string>;
}
