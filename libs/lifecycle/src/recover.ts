import * as fs from 'node:fs';
import * as path from 'node:path';
import { pressureCountingAvailable } from '@deimos/cgroups';
import type { ContainerStatus } from '@deimos/docker';
import { liveStates, locksOnFile, owedWork, pruneLive, readKernelLocks, type ContainerState } from '@deimos/state';
import { containerByName, finishEnd, finishUnfinished } from './after-end';
import type { Runtime } from './runtime';
import { settleContainer } from './settle';
import { recordCgroups, spawnWatcher } from './watcher';

export interface RecoverReport {
  /** Running containers whose watcher had died: a new watcher attached. */
  adopted: string[];
  /** Ended containers whose end had not been recorded: now recorded (and finished). */
  settled: string[];
  /** Recorded ends whose after-end work a call that died left undone: now done. */
  finished: string[];
  /** Docker containers with our labels and no state (or not known to their ended state): removed. */
  orphansRemoved: string[];
  /** Items that could not be handled, with the reason. */
  failed: Array<{ id: string; reason: string }>;
}

function sandboxOutputs(st: ContainerState): { stdout: string; stderr: string } {
  try {
    const sandbox = fs.readlinkSync(st.sandboxLink);
    return { stdout: path.join(sandbox, 'stdout'), stderr: path.join(sandbox, 'stderr') };
  } catch {
    return { stdout: st.file('task.out'), stderr: st.file('task.out') };
  }
}

/** What the state says of a container with our labels: enough to tell whether it owns it. */
export interface OwnerFacts {
  ended: boolean;
  dockerId: string | undefined;
}

/**
 * Why a container with our labels is an orphan, or undefined when its state
 * owns it: no id label or no state is an orphan; so is a container that an
 * ended state does not know (the engine created it after launch gave up).
 */
export function orphanReason(dockerId: string, owner: OwnerFacts | undefined): string | undefined {
  if (!owner) return 'it has no state';
  if (!owner.ended || owner.dockerId === dockerId) return undefined;
  return 'its launch ended without it (the engine created it after launch gave up)';
}

/** A container whose watcher is gone: a new watcher if it still runs, else its end recorded. */
export function adoptOrSettle(dockerId: string | undefined, status: ContainerStatus | undefined): 'adopt' | 'settle' {
  return dockerId !== undefined && status?.running === true ? 'adopt' : 'settle';
}

/** What the state of a listed container says (its own state only: no listing of every state). */
function ownerFacts(rt: Runtime, mesosId: string | undefined): OwnerFacts | undefined {
  if (!mesosId) return undefined;
  let st: ContainerState;
  try {
    st = rt.root.container(mesosId);
  } catch {
    return undefined; // not a valid container id: no state of ours
  }
  if (!st.exists()) return undefined;
  try {
    return { ended: st.ended(), dockerId: st.dockerId() };
  } catch {
    return { ended: false, dockerId: undefined }; // unreadable: never remove what might be owned
  }
}

/**
 * Reconcile our state with Docker (run on every agent start, before
 * `containers`). Idempotent and cheap when all is well: one listing of the
 * live index (`live/`: states whose end is not finished; built by one scan
 * of every state on a root from an earlier release), one listing of our
 * containers and one read of /proc/locks; Docker is asked about a
 * container only when its watcher is gone. Ended states whose end is
 * finished are never read, however many the host keeps; a listed
 * container's own state is looked up by its id label.
 */
export async function recoverAll(rt: Runtime, opts: { removeOrphans: boolean }): Promise<RecoverReport> {
  rt.root.ensure();
  const report: RecoverReport = { adopted: [], settled: [], finished: [], orphansRemoved: [], failed: [] };
  const table = readKernelLocks();

  for (const st of liveStates(rt.root)) {
    const id = st.id;
    const log = rt.log.withContainer(id);
    try {
      // A stale entry (its state removed, or its end finished by a call
      // that died before removing the entry): pruned, nothing else to do.
      if (pruneLive(st)) continue;
      if (st.ended()) {
        // An end whose recorder died before its after-end work: do it now.
        // A step that fails (MidoNet away) is logged and left to the next
        // call; it does not fail the agent's recovery.
        if (owedWork(st, table) === 'finish' && (await finishUnfinished(rt, st, log, 'now')) === 'finished') report.finished.push(id);
        continue;
      }
      const watched = locksOnFile(st.lockFile('wait'), table).length > 0 || locksOnFile(st.lockFile('launch'), table).length > 0;
      if (watched) continue;
      // The watcher is gone. Take its lock (someone else may be settling).
      const lock = await st.lockNow('wait', log);
      if (!lock) continue;
      try {
        if (st.ended()) continue;
        const dockerId = st.dockerId();
        const status = dockerId ? await rt.docker.withLog(log).inspect(dockerId) : undefined;
        if (adoptOrSettle(dockerId, status) === 'adopt' && dockerId) {
          const memcg = pressureCountingAvailable() ? st.file('memcg') : undefined;
          if (status?.pid) recordCgroups(st, status.pid, memcg !== undefined, log);
          const pid = spawnWatcher(rt, dockerId, lock, sandboxOutputs(st), 'attach', memcg);
          st.write('watcher-pid', String(pid));
          lock.annotate(pid);
          log.info(`recover // watcher was gone; attached a new one (pid ${pid})`);
          report.adopted.push(id);
        } else {
          const end = await settleContainer(rt, st, { source: 'recover', engineRetryMs: 30_000 });
          await finishEnd(rt, st, log);
          log.info(`recover // recorded the end: exit ${end.exitCode}`);
          report.settled.push(id);
        }
      } finally {
        lock.release();
      }
    } catch (err) {
      log.error(`recover failed: ${(err as Error).message}`);
      report.failed.push({ id, reason: (err as Error).message });
    }
  }

  // Orphans: our labels, this state root, and no state directory, or one
  // whose launch ended without knowing this container (an engine that
  // created it after the launch had given up on it). One listing answers
  // for all of them: no query per container. (It is made even when the
  // state root holds nothing: a state root wiped while its containers ran
  // leaves exactly such orphans.)
  const docker = rt.docker;
  for (const c of await docker.listOwned(rt.root.root)) {
    try {
      const why = orphanReason(c.id, ownerFacts(rt, c.mesosId));
      if (!why) continue;
      const name = `${c.id.slice(0, 12)} (${c.mesosId ?? 'no id label'})`;
      if (!opts.removeOrphans) {
        rt.log.warn(`recover // orphan container ${name} left in place: [recover] remove_orphans is false`);
        continue;
      }
      rt.log.warn(`recover // removing orphan container ${name}: ${why}`);
      await docker.remove(c.id, true);
      report.orphansRemoved.push(c.id);
    } catch (err) {
      report.failed.push({ id: c.id, reason: (err as Error).message });
    }
  }
  if (rt.config.midonet) {
    const { sweepNetwork } = await import('./network');
    try {
      const swept = await sweepNetwork(rt, rt.log);
      for (const item of swept?.failed ?? []) report.failed.push({ id: 'midonet', reason: item });
    } catch (err) {
      report.failed.push({ id: 'midonet', reason: (err as Error).message });
    }
  }
  return report;
}

/**
 * Record the end of a container that nobody watches and that nothing will
 * start (deimos-cleanup --check --repair: a state with no Docker id
 * recorded and no lock held), as recover does, then finish it: under the
 * `wait` lock, asked again there; its container found by name when launch
 * never recorded its id. Left to recover when Docker runs it (recover
 * attaches a watcher).
 */
export async function settleUnwatched(rt: Runtime, st: ContainerState): Promise<{ done: boolean; note: string }> {
  const log = rt.log.withContainer(st.id);
  const lock = await st.lockNow('wait', log);
  if (!lock) return { done: false, note: 'its wait lock is held now: its holder records the end' };
  try {
    if (!st.ended()) {
      const dockerId = st.dockerId() ?? (await containerByName(rt, st, log));
      const status = dockerId ? await rt.docker.withLog(log).inspect(dockerId) : undefined;
      if (adoptOrSettle(dockerId, status) === 'adopt') return { done: false, note: 'Docker runs it: `deimos-containerizer recover` attaches a watcher' };
      const end = await settleContainer(rt, st, { source: 'cleanup', engineRetryMs: 30_000 });
      log.info(`cleanup // recorded the end: exit ${end.exitCode}`);
    }
    const done = await finishEnd(rt, st, log);
    return { done, note: done ? `end recorded (exit ${st.exitCode()}), after-end work done` : 'end recorded; its after-end work is not done (see the log)' };
  } finally {
    lock.release();
  }
}
