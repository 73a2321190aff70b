/**
 * What a state says about its container's end and locks, and from them the
 * one definition of a live container.
 */
import type { ContainerState, StateRoot } from './layout';
import { CONTAINER_LOCKS } from './lock-names';
import { liveStates } from './live-index';
import { locksOnFile, readKernelLocks, type KernelLock } from './locks';
import { endProgress, launchProgress } from './records';

/** Lock names of this container that someone holds (granted kernel locks only). */
export function heldLocks(st: ContainerState, table: readonly KernelLock[]): string[] {
  if (table.length === 0) return [];
  return CONTAINER_LOCKS.filter((name) => locksOnFile(st.lockFile(name), table as KernelLock[]).length > 0);
}

/*
 * The one definition of a live container, in its two strengths. Both read
 * the end with ContainerState.ended (an empty `exit` file is no end) and the locks
 * from one read of /proc/locks.
 */

/**
 * Running and watched: no end recorded and the `wait` lock held exclusively
 * (by its watcher). What the agent's `containers` call lists.
 */
export function isWatched(st: ContainerState, table: readonly KernelLock[]): boolean {
  return !st.ended() && locksOnFile(st.lockFile('wait'), table as KernelLock[]).some((l) => l.mode === 'exclusive');
}

/**
 * Settled: its end is recorded with everything owed after it done (the
 * `after-end` record is finished), and nobody holds any of its locks, so
 * nothing will act for it again (an end is recorded and finished while its
 * recorder holds the locks). Only then may its state, network wiring or
 * address go; anything not settled is live for every sweep.
 */
export function isSettled(st: ContainerState, table: readonly KernelLock[]): boolean {
  return endProgress(st) === 'finished' && heldLocks(st, table).length === 0;
}

/**
 * What a container nobody acts for is owed, from its records and the lock
 * table: `finish` for an end whose after-end work is not done and whose
 * locks nobody holds (its recorder died), `reclaim` for a launch that
 * started and never answered while nobody holds its `launch` lock (the
 * agent dropped that container: only we can end it). Read the table first:
 * a call that acts on this takes the lock and asks again.
 */
export function owedWork(st: ContainerState, table: readonly KernelLock[]): 'finish' | 'reclaim' | undefined {
  const progress = endProgress(st);
  if (progress === 'unfinished') return heldLocks(st, table).length === 0 ? 'finish' : undefined;
  if (progress === 'running' && launchProgress(st) === 'started' && locksOnFile(st.lockFile('launch'), table as KernelLock[]).length === 0) return 'reclaim';
  return undefined;
}

/**
 * Ids of running containers with a live watcher (isWatched): what the
 * agent's `containers` call lists. Reads the live index (`live/`, one
 * listing) and the states it names, never an ended state whose end is
 * finished; one read of /proc/locks serves them all.
 */
export function liveIds(root: StateRoot): string[] {
  const states = liveStates(root);
  // No live state, nothing to ask the kernel: the first read of
  // /proc/locks in a process costs 8-13 ms on the benchmark's machine.
  if (states.length === 0) return [];
  const table = readKernelLocks();
  const live: string[] = [];
  for (const st of states) {
    if (isWatched(st, table)) live.push(st.id);
  }
  return live.sort();
}
