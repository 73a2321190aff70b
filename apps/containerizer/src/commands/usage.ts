import { DeimosError } from '@deimos/errors';
import { containerCgroups, readContainerStats, readPressureCounters, sandboxDisk } from '@deimos/cgroups';
import type { Logger } from '@deimos/log';
import type { ResourceStatistics, Usage } from '@deimos/protocol';
import type { StateRoot } from '@deimos/state';

/**
 * usage: statistics of a running container, from its cgroups and network
 * namespace. The hot path (once a second per container on older agents):
 * it reads our state and a few kernel files, takes no lock and runs no
 * child process. The container's cgroup directories come from its
 * `cgroups` record (written when it started), never from the mount table,
 * which grows with every running container; a container started by an
 * earlier release, without the record, has them located as before.
 *
 * A container that has simply ended (its end recorded, or its init process
 * gone before the end is recorded) is not a failure: the agent may ask
 * between the task's end and the executor's (docs/agent-call-failures.md).
 * It gets statistics with only the timestamp, and one INFO line.
 */
export function usageCommand(root: StateRoot, msg: Usage, log: Logger): ResourceStatistics {
  const st = root.existing(msg.containerId?.value);
  const ended = (why: string): ResourceStatistics => {
    log.withContainer(st.id).info(`usage // ${why}; no statistics to report`);
    return { timestamp: Date.now() / 1000 };
  };
  if (st.ended()) return ended('the container has ended');
  const pidText = st.read('pid');
  const dockerId = st.read('cid');
  if (!pidText || !dockerId) throw new DeimosError('NOT_RUNNING', `container ${st.id} has not started yet; no usage to report`);
  const pid = Number(pidText);
  let paths;
  try {
    paths = containerCgroups(pid, dockerId, st.read('cgroups'));
  } catch {
    return ended(`the container's init process ${pid} is gone (it ended)`);
  }
  // A recycled pid would belong to another cgroup: make sure it is ours.
  if (!Object.values(paths.dirs).some((d) => d.includes(dockerId))) return ended(`pid ${pid} is no longer the container's init process (it ended)`);
  const stats = readContainerStats(pid, { paths });
  const { oomKills: _oomKills, underOom: _underOom, ...fields } = stats;
  // v1 pressure counters are held by the watcher (pressure.ts in libs/cgroups); v2's come from memory.events.
  const pressure = paths.version === 'v1' ? readPressureCounters(Number(st.read('watcher-pid')), dockerId) : undefined;
  return { timestamp: Date.now() / 1000, ...fields, ...pressure, ...sandboxDisk(st) };
}
