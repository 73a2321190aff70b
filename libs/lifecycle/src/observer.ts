import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LaunchSpec } from '@deimos/docker';
import { LockTimeout, hasErrno } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import { spawnDetached } from '@deimos/process';
import type { ContainerState, HeldLock } from '@deimos/state';
import { observerArgv, type CommandExecutor } from './command-executor';
import type { Runtime } from './runtime';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The agent's command executor for a command task: the path in the
 * generated executor_info when it names mesos-executor, else
 * $MESOS_LIBEXEC_DIRECTORY/mesos-executor. Undefined when neither exists.
 */
export function findMesosExecutor(spec: Pick<LaunchSpec, 'executorCommand'>, env: Record<string, string | undefined>): string | undefined {
  const candidates: string[] = [];
  const fromInfo = spec.executorCommand?.trim();
  if (fromInfo && path.isAbsolute(fromInfo) && path.basename(fromInfo) === 'mesos-executor') candidates.push(fromInfo);
  if (env.MESOS_LIBEXEC_DIRECTORY) candidates.push(path.join(env.MESOS_LIBEXEC_DIRECTORY, 'mesos-executor'));
  return candidates.find(isExecutable);
}

/** Our observer binary, installed beside this program. */
function observerBinary(rt: Runtime): string {
  return path.join(path.dirname(rt.self.script), 'deimos-observer-executor');
}

/**
 * Start the command executor running `<observer> <container-id>` (with
 * `--override` or `--task_command`, as that executor takes it) on the host,
 * detached, output into the state directory, with the launch environment
 * (the agent's executor variables). LIBPROCESS_PORT goes only when it is 0
 * (from 0.23 an agent's own explicit port wins the merge and would collide);
 * LIBPROCESS_IP goes as it came: Mesos 0.26+ passes it because without it an
 * executor on a host without DNS fails its hostname lookup (apache/mesos
 * containerizer.cpp executorEnvironment). It inherits the `observe` lock,
 * held until it exits: wait for a command task returns only after that.
 */
export function spawnObserver(rt: Runtime, st: ContainerState, executor: CommandExecutor, observeLock: HeldLock): number {
  const open = (name: 'observer.out' | 'observer.err') => fs.openSync(st.file(name), fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
  const out = open('observer.out');
  const err = open('observer.err');
  try {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(rt.env)) if (v !== undefined && (k !== 'LIBPROCESS_PORT' || v === '0')) env[k] = v;
    const sandbox = st.read('t') !== undefined ? safeReadlink(path.join(st.dir, 'fs')) : undefined;
    return spawnDetached({
      argv: observerArgv(executor.path, executor.style, observerBinary(rt), st.id, rt.env.MESOS_LIBEXEC_DIRECTORY),
      stdout: out,
      stderr: err,
      inherit: [observeLock.fd],
      env,
      cwd: sandbox ?? '/',
      what: executor.path,
    });
  } finally {
    fs.closeSync(out);
    fs.closeSync(err);
  }
}

function safeReadlink(p: string): string | undefined {
  try {
    return fs.readlinkSync(p);
  } catch {
    return undefined;
  }
}

/** The start time of a process (field 22 of /proc/<pid>/stat, clock ticks since boot), or undefined when it is gone. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count after the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Is the `observe` lock free within `ms` (the executor and everything it started have exited)? */
async function observeFreeWithin(st: ContainerState, ms: number, log: Logger): Promise<boolean> {
  try {
    const lock = await st.lock('observe', { mode: 'shared', timeoutMs: ms, log });
    lock.release();
    return true;
  } catch (err) {
    if (err instanceof LockTimeout) return false;
    throw err;
  }
}

/** Signal the executor's process group (it runs in its own session), only if the recorded pid is still that process. */
function signalExecutor(pid: number, startTime: string | undefined, signal: NodeJS.Signals, log: Logger): void {
  if (startTime !== undefined && processStartTime(pid) !== startTime) {
    log.info(`executor // pid ${pid} is no longer the mesos-executor we started; not sent ${signal}`);
    return;
  }
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
      return;
    } catch (err) {
      if (!hasErrno(err, 'ESRCH')) log.warn(`executor // could not send ${signal} to ${target}: ${(err as Error).message}`);
    }
  }
}

/**
 * After a command task's container ended: wait for its mesos-executor (the
 * holder of the `observe` lock) to exit. One still running after
 * [containers] executor_grace_seconds is sent SIGTERM, and SIGKILL 1 s
 * later, as the reference did; each step is logged. Returns in every case:
 * at most grace + 1 s + 5 s.
 */
export async function awaitExecutor(rt: Runtime, st: ContainerState): Promise<void> {
  const log = rt.log.withContainer(st.id);
  const grace = rt.containers.executorGraceSeconds;
  if (await observeFreeWithin(st, grace * 1000, log)) return;
  const [pidText, startTime] = (st.read('executor-pid') ?? '').split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 1) {
    log.warn(`executor // still running ${grace} s after the container ended, and its pid is not recorded; answering in 5 s at the latest`);
    if (!(await observeFreeWithin(st, 5000, log))) log.error('executor // still running; answering without it');
    return;
  }
  log.warn(`executor // mesos-executor pid ${pid} still running ${grace} s after the container ended: SIGTERM`);
  signalExecutor(pid, startTime, 'SIGTERM', log);
  if (await observeFreeWithin(st, 1000, log)) {
    log.info(`executor // mesos-executor pid ${pid} ended after SIGTERM`);
    return;
  }
  log.warn(`executor // mesos-executor pid ${pid} still running 1 s after SIGTERM: SIGKILL`);
  signalExecutor(pid, startTime, 'SIGKILL', log);
  if (await observeFreeWithin(st, 5000, log)) log.info(`executor // mesos-executor pid ${pid} ended after SIGKILL`);
  else log.error(`executor // the observe lock is still held 5 s after SIGKILL to pid ${pid}; answering anyway`);
}
