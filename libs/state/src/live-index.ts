/**
 * The live index, `<root>/live/<id> -> ../mesos/<id>`: every state whose
 * end is not recorded as finished (running, launching, or an end whose
 * after-end work is owed). `containers`, `recover` and cleanup's owed-work
 * pass read it instead of every state, so their cost does not grow with
 * the ended states a host keeps.
 *
 * Written by `StateRoot.create` (before launch does anything else),
 * removed by `finishEnd` once `after-end` says `finished` and by
 * `ContainerState.remove`. A crash between leaves a stale entry (its end
 * finished, or its state gone): readers judge the state itself anyway, and
 * recover and cleanup prune it (`pruneLive`). A missing entry cannot
 * happen once the index exists: the entry is made before the state holds
 * anything but its directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasErrno } from '@deimos/errors';
import { DIR_MODE, stateError } from './files';
import type { ContainerState, StateRoot } from './layout';
import { endProgress } from './records';

/** Whether a state belongs in the live index: its end is not finished (an unreadable one is kept). */
function belongsLive(st: ContainerState): boolean {
  try {
    return endProgress(st) !== 'finished';
  } catch {
    return true;
  }
}

function containerOrUndefined(root: StateRoot, id: string): ContainerState | undefined {
  try {
    return root.container(id);
  } catch {
    return undefined; // not one of ours (a stray name)
  }
}

/**
 * Make the live index of a root from an earlier release, which has none,
 * by one scan of every state: built in a private directory and renamed
 * into place, so no reader sees half of it. A launch that creates its
 * state meanwhile adds its own entry once `live/` exists; one that created
 * it after the scan's listing and before the rename did not find `live/`,
 * so the states are listed again after the rename and the new ones judged.
 * Two builders at once: the rename of the second fails (the first's index
 * is there; or it replaces an empty one, which is the same) and it adds
 * what it found to the index in place; both add the new states,
 * idempotently. Returns false when another builder won.
 */
export function buildLiveIndex(root: StateRoot): boolean {
  const tmp = path.join(root.root, `.live-build-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  try {
    fs.mkdirSync(tmp, { mode: DIR_MODE });
  } catch (err) {
    throw stateError('create directory', tmp, err);
  }
  const seen = new Set(root.list());
  const found: string[] = [];
  let built = true;
  try {
    for (const id of seen) {
      const st = containerOrUndefined(root, id);
      if (st && belongsLive(st)) {
        fs.symlinkSync(path.join('..', 'mesos', id), path.join(tmp, id));
        found.push(id);
      }
    }
    try {
      fs.renameSync(tmp, root.liveDir);
    } catch (err) {
      if (!hasErrno(err, 'ENOTEMPTY') && !hasErrno(err, 'EEXIST')) throw stateError('rename', tmp, err);
      // Another builder's index is in place: what this scan found goes
      // into it too (idempotent; an entry stale by now is harmless).
      built = false;
      for (const id of found) root.addLive(id);
    }
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const id of root.list()) {
    if (seen.has(id)) continue;
    const st = containerOrUndefined(root, id);
    if (st && belongsLive(st)) root.addLive(id);
  }
  return built;
}

/** Build the live index when the root has none (a root from an earlier release); nothing when the root does not exist. */
export function ensureLiveIndex(root: StateRoot): void {
  if (fs.existsSync(root.liveDir) || !root.exists()) return;
  buildLiveIndex(root);
}

/**
 * The states the live index lists (built first when missing): one listing
 * of `live/`, no state read. Entries may be stale: judge each state.
 */
export function liveStates(root: StateRoot): ContainerState[] {
  ensureLiveIndex(root);
  let names: string[];
  try {
    names = fs.readdirSync(root.liveDir);
  } catch (err) {
    if (hasErrno(err, 'ENOENT')) return [];
    throw stateError('list', root.liveDir, err);
  }
  const out: ContainerState[] = [];
  for (const name of names) {
    const st = containerOrUndefined(root, name);
    if (st) out.push(st);
  }
  return out;
}

/**
 * Remove a stale live entry: its state is gone, or its end is finished.
 * Returns whether it was stale.
 */
export function pruneLive(st: ContainerState): boolean {
  if (st.exists() && belongsLive(st)) return false;
  st.root.dropLive(st.id);
  return true;
}
