import type { Runtime } from '@deimos/lifecycle';

/** recover: make sure the state root exists. Reconciliation with Docker comes with the recovery work. */
export async function recoverCommand(rt: Runtime): Promise<void> {
  rt.root.ensure();
  rt.log.info(`recover // state root ${rt.root.root} ready`);
}
