// Reads the memory pressure counters a watcher holds; how they come to be
// is in pure/pressure.ts.
import { existsSync } from 'node:fs';
import { PERL, PRESSURE_FDS, eventfd2Syscall, pressureCount, v1MemoryMounted, type PressureCounters } from './pure/pressure';
import { readOptional } from './read';

export * from './pure/pressure';

/**
 * The counters a watcher holds, or undefined when there are none to trust:
 * a descriptor is not an eventfd of ours (no prelude ran: no perl, an
 * unknown architecture; the client's own eventfds carry no mark), or the
 * pid is no longer a docker client of this container (a recycled pid).
 * Fd 4 is read first: where nothing counts, that one read settles it. A
 * file that cannot be read gives no counters, never a failed usage call.
 */
export function readPressureCounters(watcherPid: number, dockerId: string, procRoot = '/proc'): PressureCounters | undefined {
  if (!Number.isSafeInteger(watcherPid) || watcherPid <= 1 || dockerId.length < 12) return undefined;
  const count = (fd: number) => {
    const text = readOptional(`${procRoot}/${watcherPid}/fdinfo/${fd}`);
    return text === undefined ? undefined : pressureCount(text);
  };
  try {
    const low = count(PRESSURE_FDS[0]);
    if (low === undefined) return undefined;
    const cmdline = readOptional(`${procRoot}/${watcherPid}/cmdline`);
    if (cmdline === undefined || !cmdline.split('\0').includes(dockerId)) return undefined;
    const medium = count(PRESSURE_FDS[1]);
    const critical = count(PRESSURE_FDS[2]);
    if (medium === undefined || critical === undefined) return undefined;
    return { memLowPressureCounter: low, memMediumPressureCounter: medium, memCriticalPressureCounter: critical };
  } catch {
    return undefined;
  }
}

/** Whether this host can count v1 memory pressure: a known eventfd2, a v1 memory controller and perl-base. */
export function pressureCountingAvailable(): boolean {
  if (eventfd2Syscall() === undefined) return false;
  const mountinfo = readOptional('/proc/self/mountinfo');
  return mountinfo !== undefined && v1MemoryMounted(mountinfo) && existsSync(PERL);
}
