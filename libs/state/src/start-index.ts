/**
 * Reading the start-time index (`<root>/start-time/<ISO time> -> ../mesos/<id>`):
 * the layout knowledge cleanup needs, kept beside the layout (layout.ts)
 * that writes it. What a state says about its end and locks is liveness.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasErrno } from '@deimos/errors';
import type { ContainerState, StateRoot } from './layout';

// fs.promises, asked for when used: a module-level import of
// node:fs/promises would load it (and readline, which it needs) into every
// process that loads the state lib, usage and containers included (1-2 ms).
const fsp = (): typeof fs.promises => fs.promises;

/** One entry of `<root>/start-time/`, resolved. */
export type IndexEntry =
  | { kind: 'state'; stamp: string; st: ContainerState }
  /** The link points at a state directory that does not exist (an interrupted removal). */
  | { kind: 'dangling'; stamp: string; st: ContainerState }
  /** Not a link to `../mesos/<valid id>`: not written by us. */
  | { kind: 'stray'; stamp: string; target: string };

/** Start-time stamps, sorted (they are ISO times, so sorted by time). Names that are not stamps are left out. */
export async function listStamps(root: StateRoot): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp().readdir(root.startTimeDir);
  } catch (err) {
    if (hasErrno(err, 'ENOENT')) return [];
    throw err;
  }
  return names.filter((n) => isStamp(root, n)).sort();
}

function isStamp(root: StateRoot, name: string): boolean {
  try {
    root.startTimeLinkPath(name);
    return true;
  } catch {
    return false;
  }
}

/** Stamps strictly before `before`: a prefix of the sorted listing. */
export function stampsBefore(sorted: readonly string[], before: Date): string[] {
  const limit = before.toISOString();
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(0, lo);
}

/** The container an index link (`../mesos/<id>`) names, or undefined when it is not ours. */
export function containerOfLink(root: StateRoot, target: string): ContainerState | undefined {
  const id = path.basename(target);
  if (target !== path.join('..', 'mesos', id)) return undefined;
  try {
    return root.container(id);
  } catch {
    return undefined;
  }
}

export async function resolveStamp(root: StateRoot, stamp: string): Promise<IndexEntry> {
  const target = await fsp().readlink(root.startTimeLinkPath(stamp));
  const st = containerOfLink(root, target);
  if (!st) return { kind: 'stray', stamp, target };
  try {
    await fsp().lstat(st.dir);
    return { kind: 'state', stamp, st };
  } catch (err) {
    if (hasErrno(err, 'ENOENT')) return { kind: 'dangling', stamp, st };
    throw err;
  }
}

/**
 * resolveStamp without promises: for chunked passes over many entries,
 * which yield between chunks. Two system calls, no promise or request
 * object per entry (the garbage of 100,000 of them is what grew the heap).
 */
export function resolveStampSync(root: StateRoot, stamp: string): IndexEntry {
  const target = fs.readlinkSync(root.startTimeLinkPath(stamp));
  const st = containerOfLink(root, target);
  if (!st) return { kind: 'stray', stamp, target };
  try {
    fs.lstatSync(st.dir);
    return { kind: 'state', stamp, st };
  } catch (err) {
    if (hasErrno(err, 'ENOENT')) return { kind: 'dangling', stamp, st };
    throw err;
  }
}
