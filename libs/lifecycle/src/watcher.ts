import * as fs from 'node:fs';
import { formatCgroupPaths, locateCgroups, withPressurePrelude } from '@deimos/cgroups';
import type { Logger } from '@deimos/log';
import { spawnDetached } from '@deimos/process';
import type { ContainerState, HeldLock } from '@deimos/state';
import type { Runtime } from './runtime';

/**
 * The watcher is the docker client itself: `docker start -a` (or, for a
 * container adopted by recover, `docker attach`) in its own session, with
 * the task's stdout and stderr appended to the sandbox files. It inherits
 * the `wait` lock's descriptor as fd 3, so the lock is held exactly while
 * the container runs and the kernel drops it when the client exits or dies.
 * Whoever next finds the lock free and no end recorded (the agent's `wait`,
 * the observer, `destroy`, `recover`) records the end from Docker. So the
 * only long-lived process a container costs is this client.
 */
export function spawnWatcher(
  rt: Runtime,
  dockerId: string,
  waitLock: HeldLock,
  output: { stdout: string; stderr: string },
  /** `start`: launch's watcher; `attach`: a watcher adopted by recover for a running container. */
  how: 'start' | 'attach' = 'start',
  /**
   * The state's `memcg` file, when the caller found that this host counts
   * v1 memory pressure (`pressureCountingAvailable`): the client is started
   * through the pressure prelude (libs/cgroups pressure.ts), which registers
   * the counters once the file names the cgroup (recordCgroups).
   */
  memcgFile?: string,
): number {
  // O_NOFOLLOW: never write through a link a task may have planted in its sandbox.
  const open = (file: string) => fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o644);
  const out = open(output.stdout);
  const err = output.stderr === output.stdout ? out : open(output.stderr);
  try {
    const client = how === 'start' ? rt.docker.argv('start', ['-a', dockerId]) : rt.docker.argv('attach', ['--no-stdin', '--sig-proxy=false', dockerId]);
    const argv = (memcgFile !== undefined && withPressurePrelude(client, memcgFile)) || client;
    // Its own session: it survives us and the agent's kills.
    return spawnDetached({ argv, stdout: out, stderr: err, inherit: [waitLock.fd], what: 'the watcher (docker client)' });
  } finally {
    fs.closeSync(out);
    if (err !== out) fs.closeSync(err);
  }
}

/**
 * Locate the container's cgroups once, as it starts, and record them: all
 * its directories (`cgroups`, which usage reads instead of the mount table)
 * and, where the watcher counts v1 memory pressure (`memcg` set), the
 * memory directory, where the watcher's prelude waits for it. A failure
 * costs only the record (usage then locates) and the counters.
 */
export function recordCgroups(st: Pick<ContainerState, 'write'>, initPid: number, memcg: boolean, log: Logger): void {
  try {
    const paths = locateCgroups(initPid);
    st.write('cgroups', formatCgroupPaths(paths));
    const dir = paths.dirs['memory'];
    if (memcg && dir !== undefined && !/\s/.test(dir)) st.write('memcg', dir);
  } catch (err) {
    log.debug(`cgroups not recorded (usage locates them; no memory pressure counters): ${(err as Error).message}`);
  }
}
