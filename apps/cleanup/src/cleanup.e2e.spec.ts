import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { LABELS } from '@deimos/docker';
import { StateRoot } from '@deimos/state';
import { TEST_IMAGE, TestBed } from '@deimos/testing';
import { copyBuilt, dockerStatus, launch, request, run, runAsync } from './testing/agent';

// deimos-cleanup as cron runs it: the built binary, real containers started
// by the built containerizer, the real Docker engine and kernel locks.

const bins = copyBuilt(['deimos-containerizer', 'deimos-cleanup']);
const containerizer = bins['deimos-containerizer'];
const cleanup = bins['deimos-cleanup'];
let bed: TestBed;
let root: StateRoot;

beforeEach(() => {
  // Keep ended Docker containers, so that cleanup has them to remove.
  bed = TestBed.create('[containers]\nremove_on_exit = false\n');
  root = new StateRoot(bed.stateRoot);
});
afterEach(() => {
  bed.cleanup();
});
afterAll(() => bins.dispose());

const hourAgo = () => new Date(Date.now() - 3_600_000);
const ls = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const stdout = (r: { stdout: Buffer }) => r.stdout.toString();

function launched(id: string, command: string): string {
  const r = launch(bed, containerizer, id, command);
  if (r.status !== 0) throw new Error(`launch ${id} exited ${r.status}: ${r.stderr}`);
  return root.container(id).dockerId() as string;
}

it('lists only the ended container, and --rm removes all of its traces while the running one keeps working', async () => {
  launched('c-run', 'sleep 60');
  const endedDocker = launched('c-end', 'exit 3');
  expect(request(bed, containerizer, 'wait', 'c-end').status).toBe(0); // returns once the end is recorded
  const stamp = root.container('c-end').read('t') as string;

  const listed = run(bed, cleanup, []);
  expect(listed.status).toBe(0);
  expect(stdout(listed)).toBe(`${root.container('c-end').dir}\n`);
  expect(listed.stderr).toMatch(/cleanup: 1 ended state before \S+, kept 1 \(1 not ended, 0 locked, 0 newer\), failed 0/);

  const dry = run(bed, cleanup, ['--rm', '--dry-run']);
  expect(dry.status).toBe(0);
  expect(stdout(dry)).toBe(`would remove ${root.container('c-end').dir}\nwould remove Docker container ${endedDocker.slice(0, 12)} (c-end, its state is to be removed)\n`);
  expect(root.container('c-end').exists()).toBe(true);

  const rm = run(bed, cleanup, ['--rm']);
  expect(rm.status).toBe(0);
  expect(stdout(rm)).toBe(`removed ${root.container('c-end').dir}\nremoved Docker container ${endedDocker.slice(0, 12)} (c-end, its state is removed)\n`);
  expect(rm.stderr).toMatch(/cleanup: removed 2 \(1 state, 1 Docker container, 0 dangling links\), kept 1 /);
  // every trace of c-end is gone ...
  expect(ls(root.mesosDir)).toEqual(['c-run']);
  expect(ls(root.dockerDir)).toEqual([root.container('c-run').dockerId()]);
  expect(ls(root.startTimeDir)).not.toContain(stamp);
  expect(ls(root.startTimeDir)).toEqual([root.container('c-run').read('t')]);
  expect(dockerStatus(endedDocker)).toBeUndefined();
  // ... and the running container is untouched and still answers usage
  const usage = request(bed, containerizer, 'usage', 'c-run');
  expect(usage.status).toBe(0);
  expect(usage.stdout.length).toBeGreaterThan(4);
  expect(usage.stdout.readUInt32LE(0)).toBe(usage.stdout.length - 4);
  expect(dockerStatus(root.container('c-run').dockerId() as string)).toBe('running');
});

it('lets one of two concurrent --rm runs do the work; the other exits 3 at once with the busy message', async () => {
  // Enough ended states that the first run is still at work when the second starts.
  const n = 3000;
  for (let i = 0; i < n; i++) root.create(`e${i}`, new Date(Date.UTC(2026, 0, 1) + i)).write('exit', '0');
  const [a, b] = await Promise.all([runAsync(bed, cleanup, ['--rm']), runAsync(bed, cleanup, ['--rm'])]);
  const [worker, loser] = a.status === 0 ? [a, b] : [b, a];
  expect(worker.status).toBe(0);
  expect(worker.stderr).toContain(`cleanup: removed ${n} (${n} states`);
  expect(loser.status).toBe(3);
  // The holder's note (pid, since) is written just after it took the lock: a
  // run that loses the race in that instant reports the lock without it.
  expect(loser.stderr).toMatch(new RegExp(`deimos-cleanup: another deimos-cleanup is running on ${bed.stateRoot}( \\(pid \\d+, since \\S+\\))? \\(let it finish; in cron use --quiet-if-busy\\)\\n$`));
  expect(stdout(loser)).toBe('');
  expect(loser.ms).toBeLessThan(worker.ms);
  expect(ls(root.mesosDir)).toEqual([]);
  process.stderr.write(`concurrent --rm: worker ${worker.ms} ms, busy one ${loser.ms} ms\n`);

  // --quiet-if-busy (cron): the busy run exits 0 and prints no result
  for (let i = 0; i < n; i++) root.create(`f${i}`, new Date(Date.UTC(2026, 0, 2) + i)).write('exit', '0');
  const [c, d] = await Promise.all([runAsync(bed, cleanup, ['--rm', '--quiet-if-busy']), runAsync(bed, cleanup, ['--rm', '--quiet-if-busy'])]);
  expect([c.status, d.status]).toEqual([0, 0]);
  const quiet = stdout(c) === '' ? c : d;
  expect(stdout(quiet)).toBe('');
  expect(quiet.stderr).not.toMatch(/ERROR|cleanup: removed/);
  expect(ls(root.mesosDir)).toEqual([]);
});

it('--check finds every planted inconsistency, and --repair fixes the safe ones', async () => {
  // a running container whose watcher died: its wait lock is free, its note names a dead pid
  launched('c-unwatched', 'sleep 60');
  const unwatched = root.container('c-unwatched');
  process.kill(-Number(unwatched.read('watcher-pid')), 'SIGKILL'); // the watcher's process group
  unwatched.write('t', hourAgo().toISOString()); // past the grace period for launches
  // dangling docker/ and start-time/ links
  const gone = root.create('gone', hourAgo());
  const goneStamp = gone.read('t') as string;
  gone.recordDockerId('a'.repeat(64));
  fs.rmSync(gone.dir, { recursive: true });
  // not ended, not launching, no Docker id
  root.create('no-cid', hourAgo());
  // recorded as running, but Docker does not know its container
  root.create('vanished', hourAgo()).recordDockerId('b'.repeat(64));
  // a stopped container with our labels and no state
  const orphan = execFileSync(
    'docker',
    ['create', '--net=none', '--label', `${LABELS.managed}=true`, '--label', `${LABELS.containerId}=nobody`, '--label', `${LABELS.stateRoot}=${bed.stateRoot}`, TEST_IMAGE, 'true'],
    { encoding: 'utf8' },
  ).trim();
  // a cleanup run that died holding its lock
  fs.mkdirSync(`${root.cleanupLockFile}.lock`);
  fs.utimesSync(`${root.cleanupLockFile}.lock`, hourAgo(), hourAgo());
  fs.writeFileSync(root.cleanupLockFile, 'pid=4000000 since=2026-01-01T00:00:00.000Z\n');

  await new Promise((r) => setTimeout(r, 500)); // the killed watcher's locks are gone at once; its docker client too
  const check = run(bed, cleanup, ['--check']);
  expect(check.status).toBe(4);
  const kinds = stdout(check)
    .trim()
    .split('\n')
    .map((l) => l.split(': ').slice(0, 2).join(': '));
  expect(kinds.sort()).toEqual(
    [
      `container-without-state: Docker container ${orphan.slice(0, 12)}`,
      `dangling-docker-link: ${root.dockerLinkPath('a'.repeat(64))}`,
      `dangling-start-time-link: ${root.startTimeLinkPath(goneStamp)}`,
      `dead-lock-holder: ${root.cleanupLockFile}.lock`,
      `dead-lock-holder: ${unwatched.lockFile('wait')}`,
      `docker-container-gone: ${root.container('vanished').dir}`,
      `no-docker-id: ${root.container('no-cid').dir}`,
    ].sort(),
  );
  expect(check.stderr).toMatch(/check: 7 found under /);
  expect(check.stderr).toMatch(/deimos-cleanup: 7 inconsistencies under .* \(deimos-cleanup --check --repair fixes the safe ones\)\n$/);
  expect(dockerStatus(orphan)).toBe('created'); // nothing changed

  const repair = run(bed, cleanup, ['--check', '--repair', '--json']);
  expect(repair.status).toBe(4); // some are left for recover or a human
  const report = JSON.parse(stdout(repair)) as { findings: Array<{ kind: string; subject: string; repair: string }>; summary: object };
  const outcome = Object.fromEntries(report.findings.map((f) => [f.kind + (f.kind === 'dead-lock-holder' ? (f.subject.endsWith('.lock') ? ' cleanup' : ' wait') : ''), f.repair]));
  expect(outcome).toEqual({
    'container-without-state': 'repaired',
    'dangling-docker-link': 'repaired',
    'dangling-start-time-link': 'repaired',
    'dead-lock-holder cleanup': 'repaired',
    'dead-lock-holder wait': 'left',
    'docker-container-gone': 'repaired',
    'no-docker-id': 'repaired', // nothing can start it: its end is recorded (lost) and finished
  });
  expect(report.summary).toEqual({ found: 7, repaired: 6, left: 1, failed: 0 });
  expect(dockerStatus(orphan)).toBeUndefined();
  expect(root.container('vanished').read('exit')).toBe('64');
  expect(root.container('no-cid').read('exit')).toBe('64');
  expect(JSON.parse(root.container('no-cid').read('after-end') as string)).toHaveProperty('finished');
  expect(ls(root.dockerDir)).toEqual([unwatched.dockerId(), 'b'.repeat(64)].sort());
  expect(dockerStatus(unwatched.dockerId() as string)).toBe('running'); // running containers are never touched

  // what is left is reported again, and nothing else
  const again = run(bed, cleanup, ['--check']);
  expect(again.stderr).toMatch(/check: 1 found under /);
});

it('exits 1 on bad arguments, 0 on --help and --version', () => {
  const bad = run(bed, cleanup, ['--older-than', 'soon']);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toBe('deimos-cleanup: --older-than "soon" is not a duration (use a number and a unit: 90s, 15m, 2h, 7d, 1w, or a sum like 1h30m)\n');
  expect(run(bed, cleanup, ['--bogus']).status).toBe(1);
  const help = run(bed, cleanup, ['--help']);
  expect(help.status).toBe(0);
  expect(stdout(help)).toContain('--quiet-if-busy');
  expect(stdout(run(bed, cleanup, ['--version'])).trim()).toMatch(/^\d+\.\d+\.\d+/);
});
