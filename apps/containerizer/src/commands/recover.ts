import { DeimosError } from '@deimos/errors';
import { recoverAll, type Runtime } from '@deimos/lifecycle';

/**
 * recover: reconcile our state with Docker after an agent start. A failure
 * on any item fails recovery (the agent then exits), after every item was
 * attempted and the failures logged.
 */
export async function recoverCommand(rt: Runtime, removeOrphans: boolean): Promise<void> {
  const r = await recoverAll(rt, { removeOrphans });
  rt.log.info(`recover // adopted ${r.adopted.length}, recorded ${r.settled.length} ends, finished ${r.finished.length}, removed ${r.orphansRemoved.length} orphans, ${r.failed.length} failures`);
  if (r.failed.length > 0) {
    throw new DeimosError('DOCKER', `recover could not handle ${r.failed.length} item(s): ${r.failed.map((f) => `${f.id}: ${f.reason}`).join('; ')}`);
  }
}
