/**
 * Intent records: what a call is about to do outside the state directory,
 * written before it does it, so that whoever comes after a call that died
 * can finish or undo its work. Two facts live here, each with its one
 * reader: how far a launch got (`launch`), and whether the work owed after
 * an end is done (`after-end`).
 */
import { DeimosError } from '@deimos/errors';
import type { ContainerState } from './layout';

type Reads = Pick<ContainerState, 'read'>;
type Writes = Pick<ContainerState, 'write'>;

/**
 * How far a launch got: `started` once it holds its locks (before it
 * creates anything), `done` just before it answers success. `unrecorded`:
 * a state launched by a release before this record, taken as done.
 */
export type LaunchProgress = 'started' | 'done' | 'unrecorded';

/** Record how far the launch got (`started <time>`, then `done <time>`). */
export function recordLaunchProgress(st: Writes, progress: 'started' | 'done', now = new Date()): void {
  st.write('launch', `${progress} ${now.toISOString()}`);
}

/** The one reader of the `launch` record. */
export function launchProgress(st: Reads): LaunchProgress {
  const text = st.read('launch');
  if (text === undefined) return 'unrecorded';
  // Only a clear `started` makes a launch that may have died: anything else
  // is taken as done, so that a damaged record never gets a task stopped.
  return /^started\b/.test(text) ? 'started' : 'done';
}

/**
 * The work owed once a container has ended, and each step once done (ISO
 * times). Written as `{ owed }` just before the end's `exit`, so an end
 * always has it; each step is added as it is done, `finished` last.
 */
export interface AfterEndRecord {
  /** When the end that owes the work was recorded. */
  owed: string;
  /** The MidoNet wiring undone (the address released with it); absent while anything of it may be left. */
  network?: string;
  /**
   * The ondestroy hook: `started` is written before it is spawned, `done`
   * once it was. A `started` without `done` means a call died while
   * starting it: the next one starts it again (the only way it runs twice).
   */
  ondestroy?: { started: string; done?: string };
  /** The Docker container removed (`[containers] remove_on_exit`). */
  container?: string;
  /** Every step done: nothing is owed any more. */
  finished?: string;
}

/** Write the record that an end owes its after-end work (before the end's `exit`). */
export function recordAfterEndOwed(st: Writes, now = new Date()): void {
  writeAfterEnd(st, { owed: now.toISOString() });
}

export function writeAfterEnd(st: Writes, record: AfterEndRecord): void {
  st.write('after-end', JSON.stringify(record));
}

/**
 * The `after-end` record; undefined when there is none. A record that is
 * not the JSON written here is an error naming the file: the caller takes
 * it as nothing done.
 */
export function readAfterEnd(st: Reads & Pick<ContainerState, 'file'>): AfterEndRecord | undefined {
  const text = st.read('after-end');
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as AfterEndRecord).owed !== 'string') {
    throw new DeimosError('STATE', `${st.file('after-end')} is not the after-end record ({"owed": <time>, ...})`);
  }
  return parsed as AfterEndRecord;
}

/**
 * Where a container is between its end and the end of everything owed
 * after it: `running` (no end recorded), `unfinished` (an end whose
 * after-end work is not recorded as done) or `finished`. An end without an
 * `after-end` record was recorded by a release before it, which did that
 * work in the same call: finished. A damaged record is unfinished.
 */
export type EndProgress = 'running' | 'unfinished' | 'finished';

/** The one reader of "is this end finished". */
export function endProgress(st: Reads & Pick<ContainerState, 'file' | 'ended'>): EndProgress {
  if (!st.ended()) return 'running';
  let record: AfterEndRecord | undefined;
  try {
    record = readAfterEnd(st);
  } catch {
    return 'unfinished';
  }
  return record === undefined || record.finished !== undefined ? 'finished' : 'unfinished';
}
