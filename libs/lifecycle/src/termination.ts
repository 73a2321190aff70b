import { TaskState, TaskStatusReason, waitStatus, type Termination } from '@deimos/protocol';
import type { EndRecord } from './settle';

/**
 * The Termination the agent gets for an end: `status` is a wait(2) word
 * built from the recorded exit code (a container killed by a signal ends
 * with 128 + n, as Docker reports it), `killed` and the memory reason only
 * for an out-of-memory kill. Every end (exit, signal, OOM, destroy, engine
 * gone, failed launch) goes through here; the unit tests cover each.
 */
export function terminationOf(end: EndRecord): Termination {
  const t: Termination = { killed: end.oomKilled, message: end.message, status: waitStatus({ code: end.exitCode }) };
  if (end.oomKilled) {
    t.state = TaskState.TASK_FAILED;
    t.reasons = [TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY];
  }
  return t;
}
