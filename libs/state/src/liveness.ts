/**
 * What a state says about its container's end and locks, and from them the
 * one definition of a live container.
 */
import type { ContainerState } from './layout';
import { CONTAINER_LOCKS } from './lock-names';
import { locksOnFile, type KernelLock } from './locks';

/** The recorded exit code text; undefined while the container has not ended. */
export function recordedExit(st: ContainerState): string | undefined {
  const text = st.read('exit');
  // An empty file is not an end (the reference could leave one after a crash).
  return text === undefined || text === '' ? undefined : text;
}

/** Lock names of this container that someone holds (granted kernel locks only). */
export function heldLocks(st: ContainerState, table: readonly KernelLock[]): string[] {
  if (table.length === 0) return [];
  return CONTAINER_LOCKS.filter((name) => locksOnFile(st.lockFile(name), table as KernelLock[]).length > 0);
}

/*
 * The one definition of a live container, in its two strengths. Both read
 * the end with recordedExit (an empty `exit` file is no end) and the locks
 * from one read of /proc/locks.
 */

/**
 * Running and watched: no end recorded and the `wait` lock held exclusively
 * (by its watcher). What the agent's `containers` call lists.
 */
export function isWatched(st: ContainerState, table: readonly KernelLock[]): boolean {
  return recordedExit(st) === undefined && locksOnFile(st.lockFile('wait'), table as KernelLock[]).some((l) => l.mode === 'exclusive');
}

/**
 * Settled: its end is recorded and nobody holds any of its locks, so nothing
 * will act for it again (an end is recorded while its recorder holds the
 * locks). Only then may its state, network wiring or address go; anything
 * not settled is live for every sweep.
 */
export function isSettled(st: ContainerState, table: readonly KernelLock[]): boolean {
  return recordedExit(st) !== undefined && heldLocks(st, table).length === 0;
}
