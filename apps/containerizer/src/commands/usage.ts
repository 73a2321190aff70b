import { DeimosError } from '@deimos/errors';
import { locateCgroups, readContainerStats, readPressureCounters, sandboxDisk } from '@deimos/cgroups';
import type { ResourceStatistics, Usage } from '@deimos/protocol';
import type { StateRoot } from '@deimos/state';

/**
 * usage: statistics of a running container, from its cgroups and network
 * namespace. The hot path (once a second per container on older agents):
 * it reads our state and a few kernel files, takes no lock and runs no
 * child process.
 */
export function usageCommand(root: StateRoot, msg: Usage): ResourceStatistics {
  const st = root.existing(msg.containerId?.value);
  if (st.read('exit') !== undefined) throw new DeimosError('NOT_RUNNING', `container ${st.id} has ended; no usage to report`);
  const pidText = st.read('pid');
  const dockerId = st.read('cid');
  if (!pidText || !dockerId) throw new DeimosError('NOT_RUNNING', `container ${st.id} has not started yet; no usage to report`);
  const pid = Number(pidText);
  let paths;
  try {
    paths = locateCgroups(pid);
  } catch (err) {
    throw new DeimosError('NOT_RUNNING', `container ${st.id} is not running (its init process ${pid} is gone)`, { cause: err });
  }
  // A recycled pid would belong to another cgroup: make sure it is ours.
  if (!Object.values(paths.dirs).some((d) => d.includes(dockerId))) {
    throw new DeimosError('NOT_RUNNING', `container ${st.id} is not running (pid ${pid} is no longer its init process)`);
  }
  const stats = readContainerStats(pid, { paths });
  const { oomKills: _oomKills, underOom: _underOom, ...fields } = stats;
  // v1 pressure counters are held by the watcher (pressure.ts in libs/cgroups); v2's come from memory.events.
  const pressure = paths.version === 'v1' ? readPressureCounters(Number(st.read('watcher-pid')), dockerId) : undefined;
  return { timestamp: Date.now() / 1000, ...fields, ...pressure, ...sandboxDisk(st) };
}
