import * as fs from 'node:fs';
import {
  decode,
  encode,
  type Launch,
  type MessageOf,
  type Resource,
  type ResourceStatistics,
  type Termination,
} from '@deimos/protocol';
import { REPLYING_SUBCOMMANDS, startInvocation, type Invocation, type InvokeResult, type Subcommand } from './invoke';
import { launchEnvOf } from './launch';
import { terminationProblem, type MesosVersion } from './versions';

export interface AgentOptions {
  /** The agent's --containerizer_path. */
  containerizer: string;
  /** --work_dir (MESOS_WORK_DIRECTORY); default /tmp/mesos. */
  workDir?: string;
  /** --launcher_dir (MESOS_LIBEXEC_DIRECTORY); default: the stand-in executor's bin/. */
  libexecDir?: string;
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

  constructor(private readonly opts: AgentOptions) {}

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
    await this.recover();
    const listed = await this.containerIds();
    const result: StartupResult = { recovered: [], skipped: [], orphans: [] };
    for (const run of checkpointed) {
      if (!listed.includes(run.containerId)) {
        result.skipped.push(run.containerId);
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
    const orphanWaits: Array<Promise<Termination>> = [];
    for (const id of listed) {
      if (checkpointed.some((run) => run.containerId === id)) continue;
      result.orphans.push(id);
      this.containers.set(id, { id, launched: Promise.resolve(), destroying: false });
      orphanWaits.push(this.wait(id));
      void this.destroy(id);
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

    try {
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
      settle(new NotRunningError(id));
      throw err;
    }
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

  /** SIGKILLs the process group of every call still running (test clean-up). */
  killAll(): void {
    for (const invocation of this.running) invocation.kill('SIGKILL');
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
    if (record.destroying) return { killed: false, message: '', status: result.status };
    const t = this.decodeReply('Termination', result, 'wait', record.id);
    // An agent before 0.26 cannot parse a Termination without its required fields.
    const problem = terminationProblem(this.opts.mesosVersion ?? '0.20', t);
    if (problem) throw new AgentCallError(`wait of ${record.id}: ${problem}`, 'wait', record.id);
    return t;
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
      env: { ...this.opts.env, ...args.env },
      timeoutMs: this.opts.timeoutMs,
      libexecDir: this.opts.libexecDir,
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

  /** Success = a normal exit with code 0 (checked before any output). */
  private check(result: InvokeResult, subcommand: Subcommand, id?: string): void {
    if (result.signal !== null) {
      throw new AgentCallError(`External containerizer terminated with signal ${result.signal}`, subcommand, id, result);
    }
    if (result.exitCode !== 0) {
      throw new AgentCallError(`External containerizer exited with status ${result.exitCode}`, subcommand, id, result);
    }
  }

  private decodeReply<N extends 'Termination' | 'ResourceStatistics' | 'Containers'>(
    name: N,
    result: InvokeResult,
    subcommand: Subcommand,
    id?: string,
  ): MessageOf<N> {
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

interface CallArgs {
  id?: string;
  input?: Uint8Array;
  sandbox?: Sandbox;
  env?: Record<string, string>;
}
