import { DeimosError } from '@deimos/errors';

/**
 * Who a task runs as (`CommandInfo.user`, when `[containers] run_as_user`
 * is on), read once from the framework's text: a user name, looked up in
 * the image's user database by the engine and in the host's by setpriv for
 * the fetch, or numeric ids. The container's `User` and the fetcher's
 * setpriv arguments are both rendered from this value.
 */
export type TaskUser = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'ids'; readonly uid: number; readonly gid?: number };

/**
 * The largest id the engine takes: above it, and for negative ids, it says
 * "uids and gids must be in range 0-2147483647" (runc's user lookup, kept
 * for 32-bit systems), though the kernel's uid_t holds more; such a task
 * would fail only at its start, after its URIs were fetched as that id.
 */
export const MAX_TASK_ID = 2 ** 31 - 1;

/** POSIX-portable names (useradd's default pattern, less its trailing `$`), at most 32 characters. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;
const IDS = /^(\d{1,10})(?::(\d{1,10}))?$/;

/**
 * Read a task's user, or refuse it (INVALID_INPUT, naming it): a name, a
 * uid, or uid:gid, nothing else. Docker would also take `name:group`,
 * `uid:group` and more, whose reading depends on the image's files; such a
 * user is refused rather than guessed at (the integration test
 * libs/engine/src/user-differential.int.spec.ts feeds the same texts to
 * the engine).
 */
export function parseTaskUser(text: string): TaskUser {
  if (NAME.test(text)) return { kind: 'name', name: text };
  const m = IDS.exec(text);
  if (m) {
    const uid = Number(m[1]);
    const gid = m[2] === undefined ? undefined : Number(m[2]);
    if (uid <= MAX_TASK_ID && (gid === undefined || gid <= MAX_TASK_ID)) return gid === undefined ? { kind: 'ids', uid } : { kind: 'ids', uid, gid };
  }
  throw new DeimosError('INVALID_INPUT', `user ${JSON.stringify(text.slice(0, 40))} is not a user name, uid or uid:gid (ids up to ${MAX_TASK_ID})`, {
    hint: 'names are letters, digits, "_", "." and "-", not starting with a digit or "-"',
  });
}

/** The engine's `User` (docker run --user): the name, `uid` or `uid:gid`, ids in plain decimal. */
export function userText(u: TaskUser): string {
  if (u.kind === 'name') return u.name;
  return u.gid === undefined ? String(u.uid) : `${u.uid}:${u.gid}`;
}
