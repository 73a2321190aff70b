import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Agent, customExecutorLaunch, invoke, sandboxPath, sandboxedCommandTask, standinLibexecDir, type InvokeResult, type MesosVersion } from '@deimos/agent-emulator';
import { decode, encode, type Launch } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, copyBuilt, eventually, pollWithin } from '@deimos/testing';

// The crash suite: the REAL built binary killed with SIGKILL at each step
// boundary of launch and destroy (crashPoint in @deimos/log, armed by
// DEIMOS_TEST_CRASH_AT in the containerizer's own environment), then each
// path that can follow, as an agent of 0.20-1.0 takes it:
// - a launch that dies is dropped by the agent (no further call for it), so
//   what ends it is `recover` at the next agent start, with `wait` and
//   `destroy` of what `containers` then reports as orphans; or, separately,
//   the cron cleanup (`deimos-cleanup --rm`);
// - a destroy that dies is retried by the agent, then `wait` answers.
// After each: no container and no process (watcher, observer, executor) of
// the task is left, and the ondestroy hook has run: once, or twice when the
// kill came while the hook was being started (after it was spawned, before
// that was recorded).
//
// `npm test` runs a fixed representative set; DEIMOS_CRASH_SWEEP=full runs
// every point for every kind of task and every path. The first test lists
// the points each call passes (DEIMOS_TEST_CRASH_TRACE) and checks that the
// suite knows every one of them, so a new point cannot be forgotten.

type Kind = 'plain' | 'command' | 'executor';
type LaunchPath = 'recover' | 'cleanup';

/** Every point a launch of an unwired task passes, in order (a wired one also passes launch:wired). */
const LAUNCH_POINTS = ['launch:locked', 'launch:sandbox', 'launch:create:intent', 'launch:create:reply', 'launch:created', 'launch:watcher', 'launch:started'];
/** A command task's launch then starts its observer. */
const OBSERVER_POINTS = ['launch:observer'];
/** Every point a destroy of a running, unwired container passes, with an ondestroy hook and remove_on_exit. */
const DESTROY_POINTS = [
  'destroy:locked',
  'destroy:stop:intent',
  'destroy:stopped',
  'end:recorded',
  'after-end:hook:intent',
  'after-end:hook:spawned',
  'after-end:hook:done',
  'after-end:removed',
  'after-end:finished',
];
/** The one point where a second run of the hook is allowed: it was spawned, and that was not recorded. */
const HOOK_SPAWNED = 'after-end:hook:spawned';

const KINDS: Kind[] = ['plain', 'command', 'executor'];
const FULL = process.env['DEIMOS_CRASH_SWEEP'] === 'full';

/** The representative set `npm test` runs (each a kind, a point and the paths that follow). */
const DEFAULT_LAUNCH: Array<[Kind, string, LaunchPath[]]> = [
  ['plain', 'launch:create:reply', ['recover', 'cleanup']],
  ['plain', 'launch:started', ['recover', 'cleanup']],
  ['command', 'launch:observer', ['recover', 'cleanup']],
  ['executor', 'launch:watcher', ['recover']],
];
const DEFAULT_DESTROY: Array<[Kind, string]> = [
  ['plain', 'destroy:stopped'],
  ['plain', HOOK_SPAWNED],
  ['command', 'destroy:stop:intent'],
  ['executor', 'after-end:hook:intent'],
];

const launchPointsOf = (kind: Kind) => (kind === 'command' ? [...LAUNCH_POINTS, ...OBSERVER_POINTS] : LAUNCH_POINTS);
const launchCases: Array<[Kind, string, LaunchPath]> = FULL
  ? KINDS.flatMap((kind) => launchPointsOf(kind).flatMap((point) => (['recover', 'cleanup'] as const).map((p): [Kind, string, LaunchPath] => [kind, point, p])))
  : DEFAULT_LAUNCH.flatMap(([kind, point, paths]) => paths.map((p): [Kind, string, LaunchPath] => [kind, point, p]));
const destroyCases: Array<[Kind, string]> = FULL ? KINDS.flatMap((kind) => DESTROY_POINTS.map((point): [Kind, string] => [kind, point])) : DEFAULT_DESTROY;

const VERSION: MesosVersion = '0.28';
const bins = copyBuilt(['deimos-containerizer', 'deimos-observer-executor', 'deimos-cleanup']);
const containerizer = bins['deimos-containerizer'];
let bed: TestBed;
let hookCount: string;
const agents: Agent[] = [];

beforeEach(() => {
  bed = TestBed.create();
  hookCount = path.join(bed.dir, 'ondestroy.count');
  const hook = JSON.stringify(['/bin/sh', '-c', `echo ran >> ${hookCount}`]);
  fs.appendFileSync(bed.configFile, `[containers]\nstop_grace_seconds: 1\nexecutor_grace_seconds: 2\n[hooks]\nondestroy: ${hook}\n`);
});
afterEach(() => {
  for (const a of agents.splice(0)) a.killAll();
  bed.cleanup();
});
afterAll(() => bins.dispose());

/** The agent, as each kind of task needs it: a command task's observer runs under the stand-in mesos-executor. */
function agentFor(kind: Kind, env: Record<string, string> = {}): Agent {
  const libexecDir = kind === 'command' ? standinLibexecDir(VERSION) : path.join(bed.dir, 'no-libexec');
  const agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir, env: bed.env(env), mesosVersion: VERSION });
  agents.push(agent);
  return agent;
}

function launchOf(kind: Kind, id: string): Launch {
  const resources = { cpus: 0.1, mem: 32 };
  if (kind === 'executor') {
    const directory = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: `e-${id}`, containerId: id });
    fs.mkdirSync(directory, { recursive: true });
    return customExecutorLaunch({ containerId: id, executorId: `e-${id}`, directory, slaveId: 's1', frameworkId: 'fw', command: 'sleep 60', image: TEST_IMAGE_URL, resources });
  }
  return sandboxedCommandTask(bed.workDir, id, 'sleep 60', {
    image: TEST_IMAGE_URL,
    resources,
    version: VERSION,
    ...(kind === 'command' ? { mesosExecutorPath: path.join(standinLibexecDir(VERSION), 'mesos-executor') } : {}),
  });
}

const idOf = (kind: Kind, point: string, tail = '') => `x-${kind}-${point.replace(/:/g, '-')}${tail}`;

/** One call, as the agent makes it, with extra variables in the containerizer's environment. */
function call(kind: Kind, subcommand: 'destroy' | 'wait', id: string, extra: Record<string, string> = {}): Promise<InvokeResult> {
  const input = subcommand === 'destroy' ? encode('Destroy', { containerId: { value: id } }) : encode('Wait', { containerId: { value: id } });
  const libexecDir = kind === 'command' ? standinLibexecDir(VERSION) : path.join(bed.dir, 'no-libexec');
  return invoke({ containerizer, subcommand, input, env: bed.env(extra), libexecDir, workDir: bed.workDir, timeoutMs: 90_000 });
}

const hookRuns = () => (fs.existsSync(hookCount) ? fs.readFileSync(hookCount, 'utf8').split('\n').filter(Boolean).length : 0);

/** Processes whose command line names the task's container id or its Docker id (watcher, observer, executor). */
function processesOf(names: string[]): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (names.some((n) => cmdline.includes(n))) found.push(`${pid}: ${cmdline.slice(0, 160)}`);
  }
  return found;
}

/** The Docker id of the task's container, from its name (the state may not have recorded it). */
function dockerIdOf(id: string): string | undefined {
  const r = spawnSync('docker', ['inspect', '--type', 'container', '--format', '{{.Id}}', `deimos-${id}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Nothing of the task is left and its hook ran `hooks` times. Names are
 * the container id, our observer's argument, and the Docker id the
 * watcher's command line carries.
 */
async function nothingLeft(id: string, dockerId: string | undefined, hooks: number): Promise<void> {
  await eventually(() => bed.containers().length === 0, 20_000);
  const names = [`deimos-observer-executor ${id}`, ...(dockerId ? [dockerId] : [])];
  await eventually(() => processesOf(names).length === 0, 20_000);
  await eventually(() => hookRuns() >= 1, 10_000);
  // The hook is detached: give a second run time to show itself.
  await pollWithin(() => hookRuns() > hooks, 1000);
  expect(hookRuns()).toBe(hooks);
  const st = path.join(bed.stateRoot, 'mesos', id);
  if (fs.existsSync(st)) {
    expect(fs.readFileSync(path.join(st, 'exit'), 'utf8').trim()).toMatch(/^\d+$/);
    expect(JSON.parse(fs.readFileSync(path.join(st, 'after-end'), 'utf8'))).toHaveProperty('finished');
  }
}

/** Killed by SIGKILL: /bin/sh -c (as the agent runs us) reports its child's death as 128 + 9. */
const killedHard = (r: InvokeResult) => r.signal === 'SIGKILL' || r.exitCode === 137;
const KILLED_LAUNCH = /terminated with signal SIGKILL|exited with status 137/;

/** The crash points a call passed (DEIMOS_TEST_CRASH_TRACE lines on its stderr). */
const tracedPoints = (stderr: string) => [...stderr.matchAll(/^crash-point (\S+)$/gm)].map((m) => m[1]);

/** Launch through an agent whose calls all carry `env`; resolves to the failure or undefined. */
async function launchWith(kind: Kind, id: string, env: Record<string, string>): Promise<{ agent: Agent; error?: Error; stderr: string }> {
  const agent = agentFor(kind, env);
  const error = await agent.launch(launchOf(kind, id)).then(
    () => undefined,
    (err: Error) => err,
  );
  const stderr = agent.calls.find((c) => c.subcommand === 'launch')?.result?.stderr ?? '';
  return { agent, error, stderr };
}

/** A running task, launched by an agent that makes no other call for it. */
async function running(kind: Kind, id: string): Promise<string> {
  const { error } = await launchWith(kind, id, {});
  expect(error).toBeUndefined();
  return dockerIdOf(id) as string;
}

it('knows every crash point a launch and a destroy pass, for each kind of task', async () => {
  for (const kind of KINDS) {
    const id = idOf(kind, 'trace');
    const launched = await launchWith(kind, id, { DEIMOS_TEST_CRASH_TRACE: '1' });
    expect([kind, launched.error]).toEqual([kind, undefined]);
    expect([kind, tracedPoints(launched.stderr)]).toEqual([kind, launchPointsOf(kind)]);
    const d = await call(kind, 'destroy', id, { DEIMOS_TEST_CRASH_TRACE: '1' });
    expect([kind, d.exitCode]).toEqual([kind, 0]);
    const traced = tracedPoints(d.stderr);
    // A command task's observer may record the end (and finish it) itself
    // once the container stopped: then destroy passes only the first points.
    const expected = kind === 'command' && traced.length === 3 ? DESTROY_POINTS.slice(0, 3) : DESTROY_POINTS;
    expect([kind, traced]).toEqual([kind, expected]);
  }
});

describe('a launch killed', () => {
  it.each(launchCases)('(%s task) at %s, then %s, leaves nothing and runs the ondestroy hook once', async (kind, point, then) => {
    const id = idOf(kind, point, `-${then}`);
    const dying = await launchWith(kind, id, { DEIMOS_TEST_CRASH_AT: point });
    expect(dying.error?.message).toMatch(KILLED_LAUNCH);
    const dockerId = dockerIdOf(id);
    if (then === 'recover') {
      // The agent restarts: recover, containers, and wait + destroy of each orphan it lists.
      dying.agent.killAll();
      const found = await agentFor(kind).startup([]);
      expect(found.recovered).toEqual([]);
    } else {
      const r = spawnSync(bins['deimos-cleanup'], ['--rm'], { env: { ...process.env, ...bed.env() }, encoding: 'utf8', timeout: 90_000 });
      expect([r.status, r.stderr]).toEqual([0, expect.stringMatching(/cleanup: (finished 1 end, )?removed \d+/)]);
    }
    await nothingLeft(id, dockerId, 1);
  });
});

describe('a destroy killed', () => {
  it.each(destroyCases)('(%s task) at %s, then retried and waited for, leaves nothing and runs the ondestroy hook', async (kind, point) => {
    const id = idOf(kind, point);
    const dockerId = await running(kind, id);
    const killed = await call(kind, 'destroy', id, { DEIMOS_TEST_CRASH_AT: point });
    // A command task's observer may record the end itself once the container stopped, so that destroy never reaches a later point.
    if (kind !== 'command') expect(killedHard(killed)).toBe(true);
    const retry = await call(kind, 'destroy', id);
    expect([retry.exitCode, retry.stderr]).toEqual([0, expect.not.stringMatching(/ ERROR /)]);
    const w = await call(kind, 'wait', id);
    expect(w.exitCode).toBe(0);
    expect(decode('Termination', w.frame!).status).toBe(137 << 8);
    await nothingLeft(id, dockerId, point === HOOK_SPAWNED ? 2 : 1);
  });
});

it('regression: a destroy killed just after it recorded the end still removes the container and runs the ondestroy hook', async () => {
  const id = 'x-regression';
  const dockerId = await running('plain', id);
  const killed = await call('plain', 'destroy', id, { DEIMOS_TEST_CRASH_AT: 'end:recorded' });
  expect(killedHard(killed)).toBe(true);
  expect(fs.existsSync(path.join(bed.stateRoot, 'mesos', id, 'exit'))).toBe(true);
  const retry = await call('plain', 'destroy', id);
  expect(retry.exitCode).toBe(0);
  const w = await call('plain', 'wait', id);
  expect(w.exitCode).toBe(0);
  await nothingLeft(id, dockerId, 1);
});
