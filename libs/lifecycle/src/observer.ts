import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LaunchSpec } from '@deimos/docker';
import { spawnDetached } from '@deimos/process';
import type { ContainerState, HeldLock } from '@deimos/state';
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
export function observerBinary(rt: Runtime): string {
  return path.join(path.dirname(rt.self.script), 'deimos-observer-executor');
}

/**
 * Start `<mesos-executor> --override <observer> <container-id>` on the host,
 * detached, output into the state directory, with the launch environment
 * (the agent's executor variables). LIBPROCESS_PORT goes only when it is 0
 * (from 0.23 an agent's own explicit port wins the merge and would collide);
 * LIBPROCESS_IP goes as it came: Mesos 0.26+ passes it because without it an
 * executor on a host without DNS fails its hostname lookup (apache/mesos
 * containerizer.cpp executorEnvironment). It inherits the `observe` lock,
 * held until it exits: wait for a command task returns only after that.
 */
export function spawnObserver(rt: Runtime, st: ContainerState, mesosExecutor: string, observeLock: HeldLock): number {
  const open = (name: 'observer.out' | 'observer.err') =>
    fs.openSync(st.file(name), fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
  const out = open('observer.out');
  const err = open('observer.err');
  try {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(rt.env)) if (v !== undefined && (k !== 'LIBPROCESS_PORT' || v === '0')) env[k] = v;
    const sandbox = st.read('t') !== undefined ? safeReadlink(path.join(st.dir, 'fs')) : undefined;
    return spawnDetached({
      argv: [mesosExecutor, '--override', observerBinary(rt), st.id],
      stdout: out,
      stderr: err,
      inherit: [observeLock.fd],
      env,
      cwd: sandbox ?? '/',
      what: mesosExecutor,
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
