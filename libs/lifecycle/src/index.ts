export type { Runtime } from './runtime';
export { EXIT_LOST, EXIT_LAUNCH_FAILED } from './runtime';
export { makeRuntime } from './context';
export { recordEnd, readEnd, settleContainer, afterEnd } from './settle';
export type { EndRecord, SettleOptions } from './settle';
export { spawnWatcher } from './watcher';
export { fetchUris, startHook } from './sandbox';
export { existingState, awaitLaunch, awaitEnd, terminationOf, waitCommand, destroyCommand, liveContainers, settleCommand } from './lifecycle';
