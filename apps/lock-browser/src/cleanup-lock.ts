import lockfile from 'proper-lockfile';
import { CLEANUP_LOCK_STALE_MS, readNote, type LockNote, type StateRoot } from '@deimos/state';

/**
 * deimos-cleanup's single-instance lock is a proper-lockfile lock on
 * `root.cleanupLockFile` (the directory `<file>.lock`, refreshed every
 * second); it calls one stale after CLEANUP_LOCK_STALE_MS without a refresh, and so do we.
 * The holder's note is in `root.cleanupLockFile` itself.
 */
export interface CleanupLockView {
  present: boolean;
  fresh: boolean;
  note?: LockNote;
}

/** Read-only: proper-lockfile's check() only looks at the directory's mtime. */
export async function viewCleanupLock(root: StateRoot): Promise<CleanupLockView> {
  const [fresh, present] = await Promise.all([
    lockfile.check(root.cleanupLockFile, { realpath: false, stale: CLEANUP_LOCK_STALE_MS }).catch(() => false),
    // An infinite stale period turns check() into "does the lock directory exist".
    lockfile.check(root.cleanupLockFile, { realpath: false, stale: Number.MAX_SAFE_INTEGER }).catch(() => false),
  ]);
  return { present, fresh, note: readNote(root.cleanupLockFile) };
}
