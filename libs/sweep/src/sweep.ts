import { DeimosError } from '@deimos/errors';
import { LABELS, ownedFilterArgs, type ContainerStatus } from '@deimos/docker';
import {
  endProgress,
  heldLocks,
  listStamps,
  liveStates,
  owedWork,
  pruneLive,
  removeFile,
  resolveStampSync,
  stampsBefore,
  takeCleanupLock,
  type CleanupLock,
  type ContainerState,
  type EndProgress,
  type IndexEntry,
} from '@deimos/state';
import type { CleanupContext, SweepRequest } from './ports';
import { CHUNK, inBatches, yieldToLoop } from './batches';
import { holdsWiring, readNetworkRecord } from '@deimos/midonet/record';
import { progressLine } from './progress';
import { emptyReport, finish, type DockerItem, type EndItem, type LinkItem, type StateCounts, type StateItem, type SweepReport } from './report';

const short = (dockerId: string) => dockerId.slice(0, 12);
const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');

/** Stopped means it will not run again by itself: never touch running, paused or restarting containers. */
function stopped(s: ContainerStatus): boolean {
  return !s.running && (s.status === 'exited' || s.status === 'dead' || s.status === 'created');
}

/** One sweep run: what every phase needs. */
interface Run {
  ctx: CleanupContext;
  req: SweepRequest;
  report: SweepReport;
  /** --rm: remove (else list, or say what would be removed). */
  removing: boolean;
  /** 'removed' or 'would remove', in result lines. */
  verb: string;
  /** Result lines (stdout); undefined under --json. */
  print?: (line: string) => void;
  /** Throws once the cleanup lock is lost (another run took it over). */
  checkLock: () => void;
  /** Per-state items are kept in the report only under --json; otherwise only those kept or failed (and the counts). */
  items: boolean;
  counts: StateCounts;
  /** The MidoNet sweep left nothing (or none was needed): wired states may go. */
  swept: boolean;
  /** Ids of the states removed (or, --dry-run, to be): the Docker sweep's "its state is removed". */
  gone: Set<string>;
}

/** An index entry resolved, with the state's exit and end progress read before the lock table. */
type Resolved = { entry: IndexEntry; exit?: string; progress?: EndProgress };
/** An ended state nobody holds: to be removed (or listed). */
type Candidate = { st: ContainerState; stamp: string; item: StateItem };
/** A start-time entry whose state is gone. */
type Dangling = { stamp: string; item: LinkItem };

/**
 * deimos-cleanup without --check: list (default), remove (--rm) or plan
 * (--dry-run) the removal of MidoNet leftovers, then of ended containers'
 * state started before the threshold and of dangling index links, then of
 * our stopped Docker containers without live state. --rm first does the
 * work calls that died left owed (whatever their age): it finishes ends
 * whose after-end work is not done and ends launches that died before
 * they answered. Every item is attempted; failures are collected and turn
 * into one error at the end (exit 4). The states are handled in chunks of
 * `chunk` start-time entries (streaming); a progress line goes to
 * `ctx.progress` (a terminal) unless --json.
 */
export async function sweepStates(ctx: CleanupContext, req: SweepRequest, chunk = CHUNK): Promise<SweepReport> {
  const { root, log } = ctx;
  const report = emptyReport(root.root, req);
  const removing = req.mode === 'rm';

  if (!root.exists()) {
    log.info(`no state root at ${root.root}; nothing to do`);
    return finish(ctx, req, report);
  }

  let lock: CleanupLock | undefined;
  if (removing) {
    try {
      lock = await takeCleanupLock(root, log);
    } catch (err) {
      if (err instanceof DeimosError && err.code === 'BUSY' && req.quietIfBusy) {
        log.debug(`${err.message}; --quiet-if-busy: nothing to do`);
        report.busy = true;
        return report;
      }
      throw err;
    }
  }
  const checkLock = () => {
    const lost = lock?.lost();
    if (lost) throw new DeimosError('STATE', `stopped: the cleanup lock was lost (${lost.message})`, { hint: 'another run took it over; let that run finish' });
  };
  const print = req.json ? undefined : (line: string) => ctx.output.out(line);
  const counts: StateCounts = { listed: 0, gone: 0 };
  const run: Run = { ctx, req, report, removing, verb: removing ? 'removed' : 'would remove', print, checkLock, items: req.json, counts, swept: true, gone: new Set() };

  try {
    if (req.mode !== 'list') {
      await doOwedWork(run);
      // MidoNet first: its sweep finds the bridge ports of dead containers
      // through the wiring records in their state, which must still exist.
      // When it could not remove everything, states that still carry a
      // wiring record stay for the next run to retry.
      run.swept = await sweepMidonet(ctx, removing, report, print);
      checkLock();
    }
    await sweepIndex(run, chunk);
    if (req.mode !== 'list') {
      // 5. Our stopped Docker containers whose state is removed here or missing.
      checkLock();
      await sweepDocker(ctx, run.gone, removing, report, print);
    }
  } finally {
    await lock?.release();
  }
  return finish(ctx, req, report, counts);
}

/**
 * 0. What calls that died left owed, for every state whatever its age,
 *    from the live index (`live/`: only states whose end is not finished;
 *    built by one scan on a root from an earlier release) (owedWork in @deimos/state: one read of the lock table, then each is
 *    asked again under its lock by the lifecycle): finish ends whose
 *    after-end work is not done, end launches that died before answering.
 *    One at a time: a reclaim stops a container (its grace period).
 */
async function doOwedWork(run: Run): Promise<void> {
  const { ctx, report, removing, print, checkLock } = run;
  const { root, log } = ctx;
  const table = ctx.readLocks();
  for (const st of liveStates(root)) {
    const id = st.id;
    let work: 'finish' | 'reclaim' | undefined;
    try {
      // A stale entry: its state removed, or its end finished by a call
      // that died before removing the entry. Pruned only by --rm.
      if (removing && pruneLive(st)) continue;
      work = owedWork(st, table);
    } catch (err) {
      log.debug(`${id}: not judged for owed work: ${message(err)}`);
      continue;
    }
    if (!work) continue;
    const what = work === 'finish' ? 'its end was recorded but its after-end work was not done' : 'its launch died before it answered';
    const item: EndItem = { id, dir: st.dir, work, action: removing ? 'done' : 'would-do', note: what };
    report.ends.push(item);
    if (!removing) {
      print?.(`would ${work} ${st.dir} (${what})`);
      continue;
    }
    try {
      const ends = ctx.ends();
      const outcome = work === 'finish' ? await ends.finish(st) : await ends.reclaim(st);
      item.note = outcome.note;
      if (!outcome.done) {
        item.action = 'left';
        log.warn(`${st.dir}: ${work} left: ${outcome.note}`);
        continue;
      }
      print?.(`${work === 'finish' ? 'finished' : 'reclaimed'} ${st.dir} (${what}): ${outcome.note}`);
    } catch (err) {
      item.action = 'failed';
      item.note = message(err);
      report.failures.push({ item: st.dir, reason: item.note });
    }
    checkLock();
  }
}

/**
 * 1. The index: stamps before the threshold are a prefix of the sorted
 *    listing (only the names are held: about 60 bytes a state). Then, a
 *    chunk at a time: 2. resolve (resolveChunk), 3. judge (judgeChunk),
 *    4. remove (removeChunk) or list.
 */
async function sweepIndex(run: Run, chunk: number): Promise<void> {
  const { ctx, req, report, print } = run;
  const stamps = await listStamps(ctx.root);
  const selected = stampsBefore(stamps, req.before);
  report.summary.keptNewer = stamps.length - selected.length;
  stamps.length = 0;
  const progress = progressLine(req.json ? undefined : ctx.progress, 'cleanup', selected.length, 'states');
  try {
    for (let i = 0; i < selected.length; i += chunk) {
      const resolved = resolveChunk(run, selected.slice(i, i + chunk));
      const { candidates, dangling } = judgeChunk(run, resolved);
      if (req.mode === 'list') {
        run.counts.listed += candidates.length;
        for (const c of candidates) print?.(c.st.dir);
      } else {
        await removeChunk(run, candidates, dangling);
      }
      run.checkLock();
      progress.update(Math.min(selected.length, i + chunk));
      ctx.betweenChunks?.();
      await yieldToLoop();
    }
  } finally {
    progress.end();
  }
  const s = report.summary;
  s.kept = s.keptRunning + s.keptHeld + s.keptNewer + s.keptUnfinished + s.keptWired;
}

/**
 * 2. Resolve each entry of a chunk and read its exit, BEFORE the chunk's
 *    read of the lock table: an end is recorded while its recorder holds
 *    the container's locks, so "exit seen, then no lock held" means the
 *    recorder is done.
 */
function resolveChunk(run: Run, stamps: readonly string[]): Resolved[] {
  const { ctx, report } = run;
  const { root } = ctx;
  const out: Resolved[] = [];
  // Synchronous: two system calls and two small reads an entry, with no
  // promise per entry (their garbage grew the heap); the loop yields
  // between chunks.
  for (const stamp of stamps) {
    try {
      const entry = resolveStampSync(root, stamp);
      out.push(entry.kind === 'state' ? { entry, exit: entry.st.recordedExit(), progress: endProgress(entry.st) } : { entry });
    } catch (err) {
      report.failures.push({ item: root.startTimeLinkPath(stamp), reason: message(err) });
    }
  }
  return out;
}

/** 3. One read of /proc/locks for the chunk: which ended states nobody holds, and which links dangle. */
function judgeChunk(run: Run, resolved: readonly Resolved[]): { candidates: Candidate[]; dangling: Dangling[] } {
  const { ctx, req, report, removing, items } = run;
  const { root, log } = ctx;
  const table = ctx.readLocks();
  const candidates: Candidate[] = [];
  const dangling: Dangling[] = [];
  for (const { entry, exit, progress } of resolved) {
    if (entry.kind === 'stray') {
      log.debug(`start-time/${entry.stamp} -> ${entry.target} is not ours; left alone`);
      continue;
    }
    if (entry.kind === 'dangling') {
      const item: LinkItem = { link: root.startTimeLinkPath(entry.stamp), action: removing ? 'removed' : 'would-remove', reason: `its state ${entry.st.dir} is gone` };
      if (req.mode !== 'list') dangling.push({ stamp: entry.stamp, item });
      continue;
    }
    const item: StateItem = { id: entry.st.id, dir: entry.st.dir, startTime: entry.stamp, action: 'kept' };
    const keep = (reason: string) => {
      item.reason = reason;
      report.states.push(item);
    };
    if (exit === undefined) {
      report.summary.keptRunning++;
      keep('no exit recorded (running or launching)');
      continue;
    }
    item.exitCode = /^-?\d+$/.test(exit) ? Number(exit) : exit;
    // Its after-end work (hook, unwiring, removal) needs the state: --rm
    // did what it could above, a --dry-run would have.
    if (progress === 'unfinished' && req.mode !== 'dry-run') {
      report.summary.keptUnfinished++;
      keep('its after-end work is not done');
      continue;
    }
    const held = heldLocks(entry.st, table);
    if (held.length > 0) {
      report.summary.keptHeld++;
      keep(`lock ${held.join(', ')} held`);
      continue;
    }
    if (req.mode !== 'list' && !run.swept && hasWiring(entry.st)) {
      report.summary.keptWired++;
      keep('its MidoNet wiring was not swept; the next run retries');
      continue;
    }
    item.action = req.mode === 'list' ? 'listed' : removing ? 'removed' : 'would-remove';
    if (items) report.states.push(item);
    candidates.push({ st: entry.st, stamp: entry.stamp, item });
  }
  return { candidates, dangling };
}

/** 4. The chunk's state directories (their live entries with them) and dangling links. */
async function removeChunk(run: Run, candidates: readonly Candidate[], dangling: readonly Dangling[]): Promise<void> {
  const { report, removing, verb, print, checkLock, items, counts, gone } = run;
  await inBatches(
    candidates,
    async (c) => {
      if (removing) {
        try {
          await c.st.remove(c.stamp);
        } catch (err) {
          c.item.action = 'failed';
          c.item.reason = message(err);
          if (!items) report.states.push(c.item);
          report.failures.push({ item: c.st.dir, reason: c.item.reason });
          return;
        }
      }
      counts.gone++;
      gone.add(c.st.id);
    },
    checkLock,
  );
  // In start-time order (the removals ran in parallel).
  for (const c of candidates) if (c.item.action !== 'failed') print?.(`${verb} ${c.st.dir}`);
  for (const d of dangling) {
    if (removing) {
      try {
        removeFile(d.item.link);
      } catch (err) {
        d.item.action = 'failed';
        report.failures.push({ item: d.item.link, reason: message(err) });
        report.links.push(d.item);
        continue;
      }
    }
    report.links.push(d.item);
    print?.(`${verb} dangling link ${d.item.link} (${d.item.reason})`);
  }
}

async function sweepDocker(ctx: CleanupContext, removedStates: ReadonlySet<string>, removing: boolean, report: SweepReport, print?: (line: string) => void): Promise<void> {
  const { root, docker } = ctx;
  let ids: string[];
  try {
    ids = await docker.ps(ownedFilterArgs(root.root));
  } catch (err) {
    report.failures.push({ item: 'docker ps', reason: message(err) });
    return;
  }
  for (const dockerId of ids) {
    let status: ContainerStatus | undefined;
    try {
      status = await docker.inspect(dockerId);
    } catch (err) {
      report.failures.push({ item: `Docker container ${short(dockerId)}`, reason: message(err) });
      continue;
    }
    if (!status) continue; // removed meanwhile
    const containerId = status.labels[LABELS.containerId];
    const item: DockerItem = { dockerId, containerId, status: status.status, action: 'kept', reason: '' };
    report.docker.push(item);
    if (!stopped(status)) {
      item.reason = `${status.status}: running containers are never touched`;
      continue;
    }
    let hasState = false;
    try {
      hasState = containerId !== undefined && root.container(containerId).exists();
    } catch {
      /* a label that is not a valid container id: no state of ours */
    }
    if (hasState && !removedStates.has(containerId as string)) {
      item.reason = 'its state is kept';
      continue;
    }
    item.reason = removedStates.has(containerId as string) ? `its state is ${removing ? '' : 'to be '}removed` : 'no state';
    item.action = removing ? 'removed' : 'would-remove';
    if (removing) {
      try {
        // Without -f: Docker itself refuses a container that started meanwhile.
        await docker.remove(dockerId);
      } catch (err) {
        item.action = 'failed';
        item.reason = message(err);
        report.failures.push({ item: `Docker container ${short(dockerId)}`, reason: item.reason });
        continue;
      }
    }
    print?.(`${removing ? 'removed' : 'would remove'} Docker container ${short(dockerId)} (${containerId ?? 'no container id label'}, ${item.reason})`);
  }
}

/**
 * The MidoNet leftovers sweep, when MidoNet is configured. Returns whether
 * everything was swept (true also when there is nothing to sweep).
 */
async function sweepMidonet(ctx: CleanupContext, removing: boolean, report: SweepReport, print?: (line: string) => void): Promise<boolean> {
  let sweep;
  try {
    sweep = ctx.midonetSweep();
  } catch (err) {
    report.failures.push({ item: 'MidoNet settings', reason: message(err) });
    return false;
  }
  if (!sweep) return true;
  if (!removing) {
    print?.('would sweep MidoNet leftovers');
    return true;
  }
  try {
    const result = await sweep(ctx.log);
    report.midonet = result;
    for (const r of result.removed) print?.(`removed MidoNet leftover ${r}`);
    for (const f of result.failed) report.failures.push({ item: 'MidoNet', reason: f });
    return result.failed.length === 0;
  } catch (err) {
    report.failures.push({ item: 'MidoNet leftovers sweep', reason: message(err) });
    return false;
  }
}

/** The state may hold MidoNet wiring (readNetworkRecord in @deimos/midonet: a record not undone, or a damaged one). */
function hasWiring(st: ContainerState): boolean {
  let text: string | undefined;
  try {
    text = st.read('network');
  } catch {
    return true; // unreadable: keep it to be safe
  }
  return holdsWiring(readNetworkRecord(text));
}
