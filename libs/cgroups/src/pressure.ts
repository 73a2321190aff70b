// Reads the memory pressure counters a watcher holds; how they come to be
// is in pure/pressure.ts.
import { existsSync } from 'node:fs';
import { PERL, PRESSURE_FDS, pressureCount, v1MemoryMounted, type PressureCounters } from './pure/pressure';
import { readOptional } from './read';

export * from './pure/pressure';

/**
 * The counters a watcher holds, or undefined when there are none to trust:
 * the pid is no longer a docker client of this container (a recycled pid),
 * or a descriptor is not an eventfd of ours (no prelude ran: no perl, an
 * unknown architecture; the client's own eventfds carry no mark).
 */
export function readPressureCounters(watcherPid: number, dockerId: string, procRoot = '/proc'): PressureCounters | undefined {
  if (!Number.isSafeInteger(watcherPid) || watcherPid <= 1 || dockerId.length < 12) return undefined;
  const cmdline = readOptional(`${procRoot}/${watcherPid}/cmdline`);
  if (cmdline === undefined || !cmdline.split('\0').includes(dockerId)) return undefined;
  const counts: number[] = [];
  for (const fd of PRESSURE_FDS) {
    const text = readOptional(`${procRoot}/${watcherPid}/fdinfo/${fd}`);
    const n = text === undefined ? undefined : pressureCount(text);
    if (n === undefined) return undefined;
    counts.push(n);
  }
  return { memLowPressureCounter: counts[0], memMediumPressureCounter: counts[1], memCriticalPressureCounter: counts[2] };
}

/** Whether this host can count v1 memory pressure: v1 memory controller and perl-base. */
export function pressureCountingAvailable(): boolean {
  const mountinfo = readOptional('/proc/self/mountinfo');
  return mountinfo !== undefined && v1MemoryMounted(mountinfo) && existsSync(PERL);
}
