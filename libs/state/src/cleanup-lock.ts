import { DeimosError, hasErrno } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import { writeFileAtomic } from './files';
import { CLEANUP_LOCK_STALE_MS, CLEANUP_LOCK_UPDATE_MS, type StateRoot } from './layout';
import { formatNote, pidAlive, readNote, type LockNote } from './notes';

// proper-lockfile (and graceful-fs under it) loads only when a cleanup lock
// is used: the agent's calls never do.
const lockfile = async () => (await import('proper-lockfile')).default;

/**
 * The cleanup job's single-instance lock (deimos-cleanup takes it, the lock
 * browser inspects it): proper-lockfile on
 * `root.cleanupLockFile` (it creates the directory `<that file>.lock`).
 * The lock is kept fresh every second; one whose mtime is older than
 * CLEANUP_LOCK_STALE_MS belongs to a crashed run and is taken over, so a killed cleanup
 * blocks the next one for seconds, not for ever. The lock browser uses the
 * same numbers to call a lock stale.
 */

const LOCK_OPTIONS = { realpath: false, stale: CLEANUP_LOCK_STALE_MS } as const;

export interface CleanupLock {
  /** Set once another run took the lock over (our event loop stalled past CLEANUP_LOCK_STALE_MS). */
  readonly lost: () => Error | undefined;
  release(): Promise<void>;
}

/** What is known about the cleanup lock without taking it (read-only). */
export interface CleanupLockState {
  /** The lock directory exists. */
  present: boolean;
  /** Present and refreshed within CLEANUP_LOCK_STALE_MS: a live run holds it. */
  fresh: boolean;
  note?: LockNote;
  holderAlive: boolean;
}

export async function inspectCleanupLock(root: StateRoot): Promise<CleanupLockState> {
  const lf = await lockfile();
  const [fresh, present] = await Promise.all([
    lf.check(root.cleanupLockFile, LOCK_OPTIONS).catch(() => false),
    // An infinite stale period makes check() answer "does the directory exist".
    lf.check(root.cleanupLockFile, { realpath: false, stale: Number.MAX_SAFE_INTEGER }).catch(() => false),
  ]);
  const note = readNote(root.cleanupLockFile);
  return { present, fresh, note, holderAlive: note ? pidAlive(note.pid) : false };
}

function busyMessage(root: StateRoot, note: LockNote | undefined): string {
  const who = note ? ` (pid ${note.pid}, since ${note.since})` : '';
  return `another deimos-cleanup is running on ${root.root}${who}`;
}

/**
 * Take the lock without waiting. A held lock is a DeimosError('BUSY')
 * (exit 3), never a crash. Our pid and the time go into `root.cleanupLockFile`
 * for the lock browser (not into the lock directory: proper-lockfile removes
 * that with rmdir, which a file inside would make fail, stale takeovers too).
 */
export async function takeCleanupLock(root: StateRoot, log: Logger): Promise<CleanupLock> {
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await (
      await lockfile()
    ).lock(root.cleanupLockFile, {
      ...LOCK_OPTIONS,
      update: CLEANUP_LOCK_UPDATE_MS,
      retries: 0,
      onCompromised: (err) => {
        lost = err;
        log.error(`the cleanup lock was taken over by another run: ${err.message}`);
      },
    });
  } catch (err) {
    if (hasErrno(err, 'ELOCKED')) {
      throw new DeimosError('BUSY', busyMessage(root, readNote(root.cleanupLockFile)), {
        hint: 'let it finish; in cron use --quiet-if-busy',
      });
    }
    throw new DeimosError('STATE', `cannot take the cleanup lock ${root.cleanupLockDir}: ${(err as Error).message}`, { cause: err });
  }
  const since = new Date();
  try {
    writeFileAtomic(root.cleanupLockFile, formatNote(process.pid, since));
  } catch (err) {
    log.warn(`cannot record the cleanup lock's holder: ${(err as Error).message}`);
  }
  log.debug(`locked // ${root.cleanupLockDir}`);
  return {
    lost: () => lost,
    async release() {
      // Clear our note (only ours: after a takeover it names the new holder).
      try {
        if (readNote(root.cleanupLockFile)?.pid === process.pid) writeFileAtomic(root.cleanupLockFile, '');
      } catch {
        /* informational only */
      }
      if (lost) return;
      await release().catch((err: Error) => log.warn(`cannot release the cleanup lock: ${err.message}`));
    },
  };
}
