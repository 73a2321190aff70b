export { StateRoot, ContainerState, CONTAINER_LOCKS, CLEANUP_LOCK_STALE_MS, CLEANUP_LOCK_UPDATE_MS } from './layout';
export type { ContainerLockName, StateFile, LogFile } from './layout';
export { validateContainerId, validateDockerId } from './ids';
export { writeFileAtomic, readValue, mkdirp, symlinkAtomic, removeFile, FILE_MODE, DIR_MODE } from './files';
export { acquireLock, acquireExclusiveLocksNow, HeldLock, parseProcLocks, readKernelLocks, locksOnFile, devParts } from './locks';
export type { LockMode, LockOptions, KernelLock } from './locks';
export { formatNote, parseNote, readNote, pidAlive } from './notes';
export type { LockNote } from './notes';
