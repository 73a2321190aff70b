import * as fs from 'node:fs';
import { DeimosError } from '@deimos/errors';
import { diskCacheFresh, formatDiskCache, locateCgroups, parseDiskCache, readContainerStats, walkDiskUsage } from '@deimos/cgroups';
import type { ResourceStatistics, Usage } from '@deimos/protocol';
import type { ContainerState, StateRoot } from '@deimos/state';

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
  return { timestamp: Date.now() / 1000, ...fields, ...diskFields(st) };
}

/** How long a sandbox size is reported before the sandbox is walked again. */
export const DISK_CACHE_MAX_AGE_MS = 5000;

/**
 * disk_limit_bytes from the task's `disk` resource (recorded at launch) and
 * disk_used_bytes, the sandbox's allocated size. The walk is bounded (see
 * walkDiskUsage) and its result kept in the state's `disk-used` file for
 * DISK_CACHE_MAX_AGE_MS, so an agent asking every second walks at most once
 * in five calls. No sandbox, no disk_used_bytes.
 */
function diskFields(st: ContainerState): { diskLimitBytes?: number; diskUsedBytes?: number } {
  const out: { diskLimitBytes?: number; diskUsedBytes?: number } = {};
  const limitText = st.read('disk-limit');
  const limit = Number(limitText);
  if (limitText !== undefined && Number.isSafeInteger(limit) && limit > 0) out.diskLimitBytes = limit;
  if (!fs.existsSync(st.sandboxLink)) return out;
  const now = Date.now();
  const cached = parseDiskCache(st.read('disk-used'));
  if (diskCacheFresh(cached, now, DISK_CACHE_MAX_AGE_MS)) return { ...out, diskUsedBytes: cached.bytes };
  // The fs link names the sandbox; resolve it once, then walk without following links.
  let sandbox: string;
  try {
    sandbox = fs.realpathSync(st.sandboxLink);
  } catch {
    return out; // removed while we looked
  }
  const walk = walkDiskUsage(sandbox);
  try {
    st.write('disk-used', formatDiskCache({ bytes: walk.bytes, atMs: now }));
  } catch {
    /* a cache we cannot write only costs the next call a walk */
  }
  return { ...out, diskUsedBytes: walk.bytes };
}
