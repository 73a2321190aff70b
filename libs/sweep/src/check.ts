import { DeimosError } from '@deimos/errors';
import { LABELS, ownedFilterArgs, type ContainerStatus } from '@deimos/docker';
import { EXIT_LOST, recordEnd } from '@deimos/lifecycle';
import {
  containerOfLink,
  endProgress,
  heldLocks,
  launchProgress,
  locksOnFile,
  inspectCleanupLock,
  listStamps,
  pidAlive,
  resolveStampSync,
  readNote,
  removeFile,
  takeCleanupLock,
  type CleanupLock,
  type ContainerState,
  type KernelLock,
} from '@deimos/state';
import type { CheckRequest, CleanupContext, EndWorkOutcome } from './ports';
import { CHUNK, inChunks } from './batches';
import { progressLine } from './progress';

export type FindingKind =
  /** docker/<id> points at a state directory that does not exist. */
  | 'dangling-docker-link'
  /** start-time/<stamp> points at a state directory that does not exist. */
  | 'dangling-start-time-link'
  /** An entry in docker/ or start-time/ that is not one of our links. */
  | 'stray-index-entry'
  /** A state that has not ended, is not being launched, and has no Docker id. */
  | 'no-docker-id'
  /** Recorded as running (no exit), but Docker no longer knows its container. */
  | 'docker-container-gone'
  /** Recorded as running, its container exists, but the process that held its wait lock is dead. */
  | 'dead-lock-holder'
  /** A Docker container with our labels and no state. */
  | 'container-without-state'
  /** A state directory with no start-time entry: cleanup would never find it. */
  | 'unindexed-state'
  /** An end recorded whose after-end work (unwire, ondestroy hook, removal) is not recorded as done, and nobody holds its locks: its recorder died. */
  | 'unfinished-end'
  /** A launch recorded as started that never answered (nobody holds its launch lock) and no end: the agent dropped its container. */
  | 'abandoned-launch';

export interface Finding {
  kind: FindingKind;
  subject: string;
  detail: string;
  /** Only with --repair. */
  repair?: 'repaired' | 'left' | 'failed';
  /** What was done, or why it was left. */
  note?: string;
}

export interface CheckReport {
  stateRoot: string;
  repair: boolean;
  busy: boolean;
  findings: Finding[];
  summary: { found: number; repaired: number; left: number; failed: number };
}

/** A state younger than this may be a launch between creating its directory and taking its lock. */
const GRACE_MS = 60_000;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');

type Repair = () => Promise<string>;
class Left extends Error {}

/** Adds a finding, with the repair --repair may make of it. */
type Find = (f: Finding, repair?: Repair) => void;

/** Age of a state from its start time (or the id file written first by create). */
function ageMs(st: ContainerState, now: number): number | undefined {
  const created = st.createdMs();
  return created === undefined ? undefined : now - created;
}

/**
 * --check: report inconsistencies between the state, the kernel's locks and
 * Docker without changing anything; with --repair, fix the safe ones (under
 * the cleanup lock) and say which were left and why.
 */
export async function checkStates(ctx: CleanupContext, req: CheckRequest, now = Date.now(), chunk = CHUNK): Promise<CheckReport> {
  const { root, log } = ctx;
  const report: CheckReport = { stateRoot: root.root, repair: req.repair, busy: false, findings: [], summary: { found: 0, repaired: 0, left: 0, failed: 0 } };
  const repairs = new Map<Finding, Repair>();
  const find: Find = (f, repair) => {
    report.findings.push(f);
    if (repair) repairs.set(f, repair);
  };

  if (!root.exists()) return finish(ctx, req, report);

  await checkCleanupLock(ctx, req, find);

  let lock: CleanupLock | undefined;
  if (req.repair) {
    try {
      lock = await takeCleanupLock(root, log);
    } catch (err) {
      if (err instanceof DeimosError && err.code === 'BUSY' && req.quietIfBusy) {
        report.busy = true;
        return report;
      }
      throw err;
    }
  }

  try {
    const indexed = await checkStartTimeIndex(ctx, find);
    await checkDockerIndex(ctx, find);
    await checkStateDirs(ctx, req, indexed, now, find, chunk);
    await checkContainers(ctx, report, find);
    if (req.repair) await repairFindings(report.findings, repairs);
  } finally {
    await lock?.release();
  }
  return finish(ctx, req, report);
}

/** The cleanup lock itself: a run that died leaves its directory behind. */
async function checkCleanupLock(ctx: CleanupContext, req: CheckRequest, find: Find): Promise<void> {
  const { root, log } = ctx;
  const cleanupLock = await inspectCleanupLock(root);
  // (A fresh lock without a note is a run between taking the lock and writing its note.)
  if (cleanupLock.present && (!cleanupLock.fresh || (cleanupLock.note !== undefined && !cleanupLock.holderAlive))) {
    const who = cleanupLock.note ? `pid ${cleanupLock.note.pid} (${cleanupLock.holderAlive ? 'alive' : 'dead'}), since ${cleanupLock.note.since}` : 'no holder recorded';
    find(
      { kind: 'dead-lock-holder', subject: `${root.cleanupLockDir}`, detail: `the cleanup lock is ${cleanupLock.fresh ? 'held' : 'stale'}: ${who}` },
      async () => 'taken over by this run (a stale cleanup lock is replaced)',
    );
  } else if (cleanupLock.fresh && !req.repair) {
    log.warn(`a cleanup run (pid ${cleanupLock.note?.pid ?? '?'}) is in progress; what it is removing may show up as transient findings`);
  }
}

/** start-time/: dangling and stray entries. Returns the ids of the states it indexes. */
async function checkStartTimeIndex(ctx: CleanupContext, find: Find): Promise<Set<string>> {
  const { root } = ctx;
  const indexed = new Set<string>();
  const stamps = await listStamps(root);
  await inChunks(
    stamps,
    CHUNK,
    (stamp) => {
      const link = root.startTimeLinkPath(stamp);
      try {
        const entry = resolveStampSync(root, stamp);
        if (entry.kind === 'stray') {
          find({ kind: 'stray-index-entry', subject: link, detail: `points at ${entry.target}, not at ../mesos/<container id>` });
        } else if (entry.kind === 'dangling') {
          find({ kind: 'dangling-start-time-link', subject: link, detail: `its state ${entry.st.dir} does not exist` }, async () => {
            if (entry.st.exists()) throw new Left('its state directory exists again');
            removeFile(link);
            return 'link removed';
          });
        } else indexed.add(entry.st.id);
      } catch (err) {
        find({ kind: 'stray-index-entry', subject: link, detail: `cannot read it: ${message(err)}` });
      }
    },
    ctx.betweenChunks,
  );
  const stampSet = new Set(stamps);
  for (const name of await root.indexNames('start-time')) {
    if (!stampSet.has(name)) find({ kind: 'stray-index-entry', subject: root.indexEntryPath('start-time', name), detail: 'not a start-time stamp' });
  }
  return indexed;
}

/** docker/: dangling and stray entries. */
async function checkDockerIndex(ctx: CleanupContext, find: Find): Promise<void> {
  const { root } = ctx;
  for (const name of await root.indexNames('docker')) {
    let link: string;
    try {
      link = root.dockerLinkPath(name);
    } catch {
      find({ kind: 'stray-index-entry', subject: root.indexEntryPath('docker', name), detail: 'not a Docker container id' });
      continue;
    }
    try {
      const target = await root.dockerLinkTarget(name);
      const st = containerOfLink(root, target);
      if (!st) {
        find({ kind: 'stray-index-entry', subject: link, detail: `points at ${target}, not at ../mesos/<container id>` });
      } else if (!st.exists()) {
        find({ kind: 'dangling-docker-link', subject: link, detail: `its state ${st.dir} does not exist` }, async () => {
          if (st.exists()) throw new Left('its state directory exists again');
          removeFile(link);
          return 'link removed';
        });
      }
    } catch (err) {
      find({ kind: 'stray-index-entry', subject: link, detail: `cannot read it: ${message(err)}` });
    }
  }
}

/** What a state's records say, read before the lock table (see sweep.ts). */
interface Recorded {
  exit?: string;
  progress?: ReturnType<typeof endProgress>;
  launch?: ReturnType<typeof launchProgress>;
}

/**
 * States: records first, then one read of the lock table (see sweep.ts),
 * a chunk of `chunk` states at a time (CHUNK), so that only one chunk's records
 * are held; a progress line on a terminal (not under --json).
 */
async function checkStateDirs(ctx: CleanupContext, req: CheckRequest, indexed: ReadonlySet<string>, now: number, find: Find, chunk: number): Promise<void> {
  const { root } = ctx;
  // Read as the directory is read, a chunk at a time: the total is not known up front.
  const progress = progressLine(req.json ? undefined : ctx.progress, 'check', undefined, 'states');
  let done = 0;
  try {
    for (const ids of root.listInChunks(chunk)) {
      const states = ids.flatMap((id) => {
        try {
          return [root.container(id)];
        } catch {
          return [];
        }
      });
      const recorded = states.map(readRecords);
      const table: KernelLock[] = ctx.readLocks();
      for (let k = 0; k < states.length; k++) await checkState(ctx, states[k], recorded[k], table, indexed, now, find);
      done += ids.length;
      progress.update(done);
      ctx.betweenChunks?.();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    progress.end();
  }
}

/** One state, from its records (read before `table`) and the lock table. */
async function checkState(ctx: CleanupContext, st: ContainerState, rec: Recorded, table: KernelLock[], indexed: ReadonlySet<string>, now: number, find: Find): Promise<void> {
  // Records read, then no lock held: whoever wrote them is gone (an end
  // is recorded and finished under the wait lock, a launch runs under
  // the launch lock from its `started` record to its `done`). Asked again
  // under the lock before any repair.
  if (rec.progress === 'unfinished' && heldLocks(st, table).length === 0) {
    find({ kind: 'unfinished-end', subject: st.dir, detail: `exit ${rec.exit} recorded, but its after-end work (unwire, ondestroy hook, removal) is not done` }, () => outcome(ctx.ends().finish(st)));
    return;
  }
  if (rec.exit === undefined && rec.launch === 'started' && locksOnFile(st.lockFile('launch'), table).length === 0 && launchProgress(st) === 'started') {
    find({ kind: 'abandoned-launch', subject: st.dir, detail: 'its launch started and never answered (the agent dropped the container); no end recorded' }, () => outcome(ctx.ends().reclaim(st)));
    return;
  }
  // A younger state may be a launch between creating its directory and
  // indexing it or taking its locks.
  const age = ageMs(st, now);
  if (age === undefined || age < GRACE_MS) return;
  if (!indexed.has(st.id)) {
    find({ kind: 'unindexed-state', subject: st.dir, detail: 'no start-time entry points at it, so cleanup never removes it' }, async () => {
      throw new Left('remove it by hand once you know it is not needed');
    });
  }
  if (rec.exit !== undefined) return;
  if (heldLocks(st, table).length > 0) return; // being launched, or watched
  await checkUnwatched(ctx, st, find);
}

function readRecords(st: ContainerState): Recorded {
  try {
    return { exit: st.recordedExit(), progress: endProgress(st), launch: launchProgress(st) };
  } catch {
    return {}; // unreadable: judged by what Docker says, as before
  }
}

/** A lifecycle outcome as a repair: done, or left with its reason. */
async function outcome(work: Promise<EndWorkOutcome>): Promise<string> {
  const { done, note } = await work;
  if (!done) throw new Left(note);
  return note;
}

/** A state not ended whose locks nobody holds: what Docker says of its container. */
async function checkUnwatched(ctx: CleanupContext, st: ContainerState, find: Find): Promise<void> {
  const dockerId = safeDockerId(st);
  if (!dockerId) {
    const name = st.read('docker-name');
    find({ kind: 'no-docker-id', subject: st.dir, detail: `not ended, not being launched, and no Docker id recorded${name ? ` (its name ${name} was)` : ''}` }, () => outcome(ctx.ends().settle(st)));
    return;
  }
  let status: ContainerStatus | undefined;
  try {
    status = await ctx.docker.inspect(dockerId);
  } catch (err) {
    find({ kind: 'docker-container-gone', subject: st.dir, detail: `cannot ask Docker about ${dockerId.slice(0, 12)}: ${message(err)}` }, async () => {
      throw new Left('Docker did not answer');
    });
    return;
  }
  if (!status) {
    find({ kind: 'docker-container-gone', subject: st.dir, detail: `recorded as running, but Docker has no container ${dockerId.slice(0, 12)}` }, async () => {
      const recordedLost = await recordLost(ctx, st, dockerId);
      // The end recorded owes its after-end work (the ondestroy hook, unwiring).
      const finished = await ctx.ends().finish(st);
      return `${recordedLost}; ${finished.note}`;
    });
    return;
  }
  const note = readNote(st.lockFile('wait'));
  const holder = note ? `pid ${note.pid}${pidAlive(note.pid) ? ' (alive, but not holding it)' : ' (dead)'} since ${note.since}` : 'no holder recorded';
  find({ kind: 'dead-lock-holder', subject: st.lockFile('wait'), detail: `container ${status.status} in Docker, but no process holds its wait lock: last holder ${holder}` }, async () => {
    throw new Left(`its watcher is gone; \`deimos-containerizer recover\` ${status.running ? 'attaches a new one' : 'records its end'}`);
  });
}

/** Docker: containers with our labels and no state. */
async function checkContainers(ctx: CleanupContext, report: CheckReport, find: Find): Promise<void> {
  const { root, log, docker } = ctx;
  let owned: string[] = [];
  try {
    owned = await docker.ps(ownedFilterArgs(root.root));
  } catch (err) {
    report.summary.failed++;
    log.error(`cannot list our Docker containers: ${message(err)}`);
  }
  for (const dockerId of owned) {
    const status = await docker.inspect(dockerId).catch(() => undefined);
    if (!status) continue;
    const id = status.labels[LABELS.containerId];
    let hasState = false;
    try {
      hasState = id !== undefined && root.container(id).exists();
    } catch {
      /* not a valid container id: no state */
    }
    if (hasState) continue;
    find(
      { kind: 'container-without-state', subject: `Docker container ${dockerId.slice(0, 12)}`, detail: `${status.status}, labelled ${id ?? '(no container id)'}, no state under ${root.mesosDir}` },
      async () => {
        if (status.running || !['exited', 'dead', 'created'].includes(status.status)) {
          throw new Left(`it is ${status.status}; running containers are never touched (docker rm -f ${dockerId.slice(0, 12)} if unwanted)`);
        }
        await docker.remove(dockerId);
        return 'container removed';
      },
    );
  }
}

/** --repair: each finding's repair, in order; a finding without one is left. */
async function repairFindings(findings: readonly Finding[], repairs: ReadonlyMap<Finding, Repair>): Promise<void> {
  for (const f of findings) {
    const repair = repairs.get(f);
    if (!repair) {
      f.repair = 'left';
      f.note = 'not ours to change; look at it by hand';
      continue;
    }
    try {
      f.note = await repair();
      f.repair = 'repaired';
    } catch (err) {
      f.repair = err instanceof Left ? 'left' : 'failed';
      f.note = message(err);
    }
  }
}

function safeDockerId(st: ContainerState): string | undefined {
  try {
    return st.dockerId();
  } catch {
    return undefined;
  }
}

/**
 * Record the end of a container that vanished from Docker while nobody
 * watched it, as the containerizer's settle would: under its wait lock,
 * after checking again that nobody recorded it meanwhile.
 */
async function recordLost(ctx: CleanupContext, st: ContainerState, dockerId: string): Promise<string> {
  const lock = await st.lockNow('wait', ctx.log.withContainer(st.id));
  if (!lock) throw new Left('its wait lock is held now; its holder records the end');
  try {
    if (st.ended()) return 'its end was recorded meanwhile';
    if (await ctx.docker.inspect(dockerId)) throw new Left('Docker knows the container again');
    recordEnd(st, {
      exitCode: EXIT_LOST,
      oomKilled: false,
      message: 'the container vanished from Docker before its end was recorded',
      source: 'cleanup --check --repair',
    });
    return `end recorded (exit ${EXIT_LOST}); a later cleanup removes the state`;
  } finally {
    lock.release();
  }
}

function finish(ctx: CleanupContext, req: CheckRequest, report: CheckReport): CheckReport {
  const s = report.summary;
  s.found = report.findings.length;
  s.repaired = report.findings.filter((f) => f.repair === 'repaired').length;
  s.left = report.findings.filter((f) => f.repair === 'left').length;
  s.failed += report.findings.filter((f) => f.repair === 'failed').length;
  if (req.json) {
    ctx.output.out(JSON.stringify(report, null, 2));
  } else {
    for (const f of report.findings) {
      const outcome = f.repair ? ` -> ${f.repair}${f.note ? `: ${f.note}` : ''}` : '';
      ctx.output.out(`${f.kind}: ${f.subject}: ${f.detail}${outcome}`);
    }
    ctx.output.err(
      req.repair
        ? `check: ${s.found} found, ${s.repaired} repaired, ${s.left} left, ${s.failed} failed under ${report.stateRoot}`
        : `check: ${s.found === 0 ? 'consistent' : `${s.found} found`} under ${report.stateRoot}`,
    );
  }
  const unresolved = req.repair ? s.left + s.failed : s.found + s.failed;
  if (unresolved > 0) {
    throw new DeimosError('STATE', req.repair ? `${unresolved} inconsistencies left under ${report.stateRoot}` : `${s.found} inconsistencies under ${report.stateRoot}`, {
      hint: req.repair ? 'the lines above say why each was left' : 'deimos-cleanup --check --repair fixes the safe ones',
    });
  }
  return report;
}
