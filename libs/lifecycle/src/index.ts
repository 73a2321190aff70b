export type { Runtime } from './runtime';
export { EXIT_LOST, EXIT_LAUNCH_FAILED } from './runtime';
export { makeRuntime } from './runtime';
export { recordEnd, readEnd, settleContainer } from './settle';
export { containerByName, finishEnd, finishUnfinished } from './after-end';
export type { EndRecord, SettleOptions } from './settle';
export { spawnWatcher } from './watcher';
export { fetchUris } from './fetch';
export { startHook } from './hooks';
export { existingState, awaitLaunch, awaitEnd, settleCommand, awaitEndPolling } from './end';
export { destroyCommand, reclaimLaunch } from './destroy';
export { waitContainer } from './wait';
export { terminationOf } from './termination';
export { launchContainer, launchPortsFor } from './launch-ports';
export { runLaunch, awaitStart, imageFacts } from './launch';
export type { LaunchPorts, LaunchState, LockHandle } from './launch';
export { planLaunch, containerModelFor, needsImageFacts, NETWORK_READY } from './plan';
export type { PlannedLaunch } from './plan';
export { explainLaunch, renderExplanation } from './explain';
export type { Explanation } from './explain';
export { recoverAll, settleUnwatched } from './recover';
export type { RecoverReport } from './recover';
export { findMesosExecutor, spawnObserver, awaitExecutor, processStartTime } from './observer';
/**
 * MidoNet wiring, loaded on demand: nothing MidoNet-related is loaded unless
 * a task asks for it (MIDONET_BRIDGE_ID) or MidoNet is configured for a sweep.
 */
export function loadNetwork(): Promise<typeof import('./network')> {
  return import('./network');
}
/** The host checks of `deimos-containerizer doctor`, loaded on demand (they load the MidoNet client). */
export function loadDoctor(): Promise<typeof import('./doctor')> {
  return import('./doctor');
}
