import { awaitEnd, awaitExecutor, awaitLaunch, existingState, type EndRecord, type Runtime } from '@deimos/lifecycle';
import { TaskState, TaskStatusReason, waitStatus, type Termination } from '@deimos/protocol';

/** The Termination for an end: status is a wait(2) word, killed only for OOM. */
export function terminationOf(end: EndRecord): Termination {
  const t: Termination = { killed: end.oomKilled, message: end.message, status: waitStatus({ code: end.exitCode }) };
  if (end.oomKilled) {
    t.state = TaskState.TASK_FAILED;
    t.reasons = [TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY];
  }
  return t;
}

/**
 * wait: block until the end is recorded, then answer with a Termination
 * (always killed, message and status; exit 0 whatever the task's code was).
 */
export async function waitCommand(rt: Runtime, containerId: string | null | undefined): Promise<Termination> {
  const st = existingState(rt, containerId);
  await awaitLaunch(rt, st);
  const end = await awaitEnd(rt, st);
  if (st.read('kind') === 'command') {
    // The observer (command executor) sends the task's own status update;
    // the container's termination must not overtake it. An executor that
    // hangs is stopped after [containers] executor_grace_seconds.
    await awaitExecutor(rt, st);
  }
  rt.log.withContainer(st.id).info(`wait // exit ${end.exitCode}`);
  return terminationOf(end);
}
