import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import type { ContainerState, HeldLock } from '@deimos/state';
import type { Runtime } from './runtime';

/**
 * The watcher is a small shell, not a Node process: it runs
 * `docker start -a` with the task's output going to the sandbox, and when
 * that returns it execs `<this program> settle <id>`, which records the end.
 * It inherits the `wait` lock's descriptor as fd 3, so the lock stays held
 * (by the shell, the docker client and finally settle) until the end is
 * recorded, and the kernel drops it if all of them die. Long-lived
 * processes per container: this shell and the docker client.
 * A watcher adopted by recover attaches to the running container instead.
 */
const WATCHER_SCRIPT = [
  '"$@" >>"$DEIMOS_TASK_STDOUT" 2>>"$DEIMOS_TASK_STDERR" </dev/null',
  'exec "$DEIMOS_NODE" "$DEIMOS_SELF" settle --from-watcher "$DEIMOS_CONTAINER_ID" </dev/null',
].join('\n');

export function spawnWatcher(
  rt: Runtime,
  st: ContainerState,
  dockerId: string,
  waitLock: HeldLock,
  output: { stdout: string; stderr: string },
  /** `start`: launch's watcher; `attach`: a watcher adopted by recover for a running container. */
  how: 'start' | 'attach' = 'start',
): number {
  // O_NOFOLLOW: nothing in the state directory follows a planted link.
  const logFd = fs.openSync(st.file('watcher.log'), fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
  try {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(rt.env)) if (v !== undefined) env[k] = v;
    Object.assign(env, {
      DEIMOS_TASK_STDOUT: output.stdout,
      DEIMOS_TASK_STDERR: output.stderr,
      DEIMOS_NODE: rt.self.node,
      DEIMOS_SELF: rt.self.script,
      DEIMOS_CONTAINER_ID: st.id,
    });
    const child = spawn('/bin/sh', ['-c', WATCHER_SCRIPT, 'deimos-watcher', ...(how === 'start' ? rt.docker.argv('start', ['-a', dockerId]) : rt.docker.argv('attach', ['--no-stdin', '--sig-proxy=false', dockerId]))], {
      detached: true, // its own session: survives us and the agent's kills
      stdio: ['ignore', logFd, logFd, waitLock.fd],
      env,
      cwd: '/',
    });
    child.unref();
    if (!child.pid) throw new Error('the watcher did not start');
    return child.pid;
  } finally {
    fs.closeSync(logFd);
  }
}
