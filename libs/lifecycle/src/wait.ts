import { locksOnFile, readKernelLocks, type ContainerState } from '@deimos/state';
import type { Termination } from '@deimos/protocol';
import { destroyCommand } from './destroy';
import { awaitEnd, awaitLaunch, existingState } from './end';
import { awaitExecutor } from './observer';
import type { Runtime } from './runtime';
import { readEnd } from './settle';
import { terminationOf } from './termination';

/**
 * wait: block until the end is recorded, then answer with a Termination
 * (always killed, message and status; exit 0 whatever the task's code was).
 */
export async function waitContainer(rt: Runtime, containerId: string | null | undefined): Promise<Termination> {
  const st = existingState(rt, containerId);
  await awaitLaunch(rt, st);
  const ending = awaitEnd(rt, st);
  if (st.read('kind') === 'command' && st.read('executor-pid') !== undefined && (await executorGoneFirst(st, ending))) {
    // Nothing is left to report the task or to stop it: the executor was its
    // owner (as it is the container of a Mesos-containerizer task).
    rt.log.withContainer(st.id).warn("wait // the task's mesos-executor ended while its container runs: stopping the container");
    await destroyCommand(rt, st.id);
  }
  const end = await ending;
  if (st.read('kind') === 'command') {
    // The observer (command executor) sends the task's own status update;
    // the container's termination must not overtake it. An executor that
    // hangs is stopped after [containers] executor_grace_seconds.
    await awaitExecutor(rt, st);
  }
  rt.log.withContainer(st.id).info(`wait // exit ${end.exitCode}`);
  return terminationOf(end);
}

/** How often wait looks whether a command task's executor is still there. */
const EXECUTOR_CHECK_MS = 1000;

/**
 * Whether the command executor (every holder of the `observe` lock: the
 * mesos-executor, the observer and what they started) is gone while the
 * container has not ended: a kill that reached the observer before it could
 * catch SIGTERM, an executor that crashed. Read from /proc/locks once a
 * second (no process of ours waits on the lock), until `ending` settles.
 */
async function executorGoneFirst(st: ContainerState, ending: Promise<unknown>): Promise<boolean> {
  let ended = false;
  void ending.then(
    () => (ended = true),
    () => (ended = true),
  );
  let timer: NodeJS.Timeout | undefined;
  const tick = () => new Promise<void>((resolve) => (timer = setTimeout(resolve, EXECUTOR_CHECK_MS)));
  try {
    for (;;) {
      await Promise.race([
        ending.then(
          () => undefined,
          () => undefined,
        ),
        tick(),
      ]);
      if (ended || readEnd(st)) return false;
      if (locksOnFile(st.lockFile('observe'), readKernelLocks()).length === 0) return readEnd(st) === undefined;
    }
  } finally {
    clearTimeout(timer);
  }
}
