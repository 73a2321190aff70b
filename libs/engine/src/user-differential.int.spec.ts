// CommandInfo.user read as the engine reads it: each text of a corpus goes
// to parseTaskUser (libs/docker user.ts) and, unchanged, to the real engine
// as a container's User (`docker run --user`, which the CLI passes through
// as Config.User). Where we accept, the engine must run the task as the
// identity we read, and as the same one from our rendering (userText) as
// from the framework's text; where we refuse and the engine would have run
// it (name:group and other forms read from the image's files), we fail
// closed, and the count is printed. The test image's /etc/passwd holds
// root (0:0) and nobody (65534:65534) only (tools/testbed/setup.sh).
import { spawnSync } from 'node:child_process';
import { parseTaskUser, userText, type TaskUser } from '@deimos/docker';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';
const IMAGE_USERS: Record<string, { uid: number; gid: number }> = { root: { uid: 0, gid: 0 }, nobody: { uid: 65534, gid: 65534 } };

/** What the engine ran `id -u; id -g` as, with this User, or its refusal. */
function engineRuns(user: string): { uid: number; gid: number } | { error: string } {
  const r = spawnSync('docker', ['run', '--rm', '--net=none', '--label', 'deimos.test=user-differential', '--user', user, IMAGE, 'sh', '-c', 'id -u; id -g'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = (r.stdout ?? '').trim().split('\n');
  if (r.status === 0 && lines.length === 2 && lines.every((l) => /^\d+$/.test(l))) return { uid: Number(lines[0]), gid: Number(lines[1]) };
  return { error: (r.stderr || `exit ${r.status}`).trim().split('\n')[0] as string };
}

/** The identity our reading means in the test image, or undefined when the image has no such user. */
function expected(u: TaskUser): { uid: number; gid?: number } | undefined {
  if (u.kind === 'name') return IMAGE_USERS[u.name];
  return u.gid === undefined ? { uid: u.uid } : { uid: u.uid, gid: u.gid };
}

const ACCEPTED = ['root', 'nobody', '0', '65534', '0:0', '65534:65534', '1000', '1000:1000', '0001', '2147483647', '7:2147483647', 'no-such-user', 'Nobody', '_svc', 'a.b-c'];
const REFUSED = ['nobody:nogroup', 'root:0', '0:root', 'root:', '1000:', ':1000', '0:0:0', '-1', '2147483648', '4294967295', '4294967296', ' root', 'root ', 'ro ot', '1abc', 'a'.repeat(33), 'root\t'];

it('runs every user we accept as the identity we read, from our text and from theirs', () => {
  const problems: string[] = [];
  for (const text of ACCEPTED) {
    const ours = parseTaskUser(text);
    const fromTheirs = engineRuns(text);
    const fromOurs = userText(ours) === text ? fromTheirs : engineRuns(userText(ours));
    if (JSON.stringify(fromOurs) !== JSON.stringify(fromTheirs)) problems.push(`${text}: engine ran ours as ${JSON.stringify(fromOurs)}, theirs as ${JSON.stringify(fromTheirs)}`);
    const want = expected(ours);
    if (want === undefined) {
      // A name the image does not have: the engine refuses at start, as it would without us.
      if (!('error' in fromTheirs)) problems.push(`${text}: not in the image, yet the engine ran it as ${JSON.stringify(fromTheirs)}`);
    } else if ('error' in fromTheirs) {
      problems.push(`${text}: we read ${JSON.stringify(ours)}, the engine refused: ${fromTheirs.error}`);
    } else if (fromTheirs.uid !== want.uid || (want.gid !== undefined && fromTheirs.gid !== want.gid)) {
      problems.push(`${text}: we read ${JSON.stringify(want)}, the engine ran ${JSON.stringify(fromTheirs)}`);
    }
  }
  expect(problems).toEqual([]);
});

it('refuses the users it cannot read that way, whatever the engine would do', () => {
  const engineTook: string[] = [];
  for (const text of REFUSED) {
    expect(() => parseTaskUser(text)).toThrow(/is not a user name, uid or uid:gid/);
    if (!('error' in engineRuns(text))) engineTook.push(JSON.stringify(text));
  }
  // name:group forms with groups the image has run: refusing them fails closed.
  expect(engineTook.length).toBeGreaterThan(0);
  process.stdout.write(`user differential: ${ACCEPTED.length} accepted as the engine reads them; ${REFUSED.length} refused, of which the engine would have run ${engineTook.join(' ')}\n`);
});
