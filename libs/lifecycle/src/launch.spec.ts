import { defaultConfig } from '@deimos/config';
import { DeimosError } from '@deimos/errors';
import type { ContainerModel, ContainerStatus } from '@deimos/docker';
import type { Logger } from '@deimos/log';
import type { Launch } from '@deimos/protocol';
import { FakeEngine } from '@deimos/testing';
import type { ContainerLockName, StateFile } from '@deimos/state';
import { awaitStart, imageFacts, runLaunch, type LaunchPorts, type LockHandle } from './launch';
import { NETWORK_READY, planLaunch, type PlannedLaunch } from './plan';
import type { SandboxHost } from './sandbox-path';
import { EXIT_LAUNCH_FAILED, makeRuntime, type Runtime } from './runtime';

/*
 * launch's rules against recording fakes: every port call is appended to
 * `calls`, and a test can make any one of them fail.
 */

const SANDBOX = '/sandboxes/c-1';
const DOCKER_ID = 'd0c4e1d'.padEnd(64, '0');

function recordingLog(lines: string[]): Logger {
  const log: Logger = {
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
    withContainer: () => log,
    isEnabled: () => true,
    close: async () => undefined,
  };
  return log;
}

function runtime(over: { env?: Record<string, string>; midonet?: boolean } = {}): Runtime {
  const defaults = defaultConfig();
  const config = { ...defaults, containers: { ...defaults.containers, sandboxRoots: ['/sandboxes'] } };
  const rt = makeRuntime({ program: 'test', loaded: { config, source: undefined, searched: [] } });
  if (over.midonet) {
    rt.config = { ...config, midonet: { ...(config.midonet ?? {}), apiUrl: 'http://198.18.0.1:8080/midonet-api' } as never };
  }
  return { ...rt, log: recordingLog([]), env: over.env ?? {} };
}

function launchMessage(over: { executor?: boolean; forcePull?: boolean; ports?: boolean; env?: Array<[string, string]>; directory?: string | null; user?: string } = {}): Launch {
  const env = (over.env ?? []).map(([name, value]) => ({ name, value }));
  const msg: Launch = {
    containerId: { value: 'c-1' },
    directory: over.directory === null ? undefined : (over.directory ?? SANDBOX),
    user: over.user,
    taskInfo: over.executor
      ? undefined
      : {
          name: 'task',
          taskId: { value: 't1' },
          slaveId: { value: 's' },
          resources: over.ports ? [{ name: 'ports', type: 1, ranges: { range: [{ begin: 31000, end: 31000 }] } }] : [],
          command: { value: 'echo hi', environment: { variables: env }, container: { image: 'docker:///busybox', options: [] } },
          container: over.forcePull ? ({ type: 1, docker: { image: 'busybox', forcePullImage: true } } as never) : undefined,
        },
    executorInfo: {
      executorId: { value: 'e1' },
      frameworkId: { value: 'f' },
      command: { value: over.executor ? 'run-executor' : '/usr/libexec/mesos/mesos-executor', environment: { variables: env }, container: { image: 'docker:///busybox', options: [] } },
    },
  } as Launch;
  return msg;
}

/** Every directory exists where it is written (the sandbox rules have their own tests, sandbox-path.spec.ts). */
const sandboxes: SandboxHost = { resolveDirectory: (p) => ({ path: p }), isMountPoint: () => false };
const noSandboxes: SandboxHost = { resolveDirectory: () => ({ problem: 'does not exist' }), isMountPoint: () => false };

async function plan(over: Parameters<typeof launchMessage>[0] = {}, rt = runtime()): Promise<PlannedLaunch> {
  return planLaunch(rt, launchMessage(over), { sandboxHost: sandboxes });
}

interface Fake {
  ports: LaunchPorts<FakeLock>;
  calls: string[];
  files: Map<StateFile, string>;
  lines: string[];
}

interface FakeLock extends LockHandle {
  name: ContainerLockName;
  annotatedBy?: number;
  released: boolean;
}

/** Ports whose every call is recorded; `failAt` names the call that throws. */
/** A mesos-executor path the fake's lookup refuses, as executorStyle refuses one without either flag. */
const REFUSED_EXECUTOR = '/refused/mesos-executor';

function fakePorts(opts: { failAt?: string; statuses?: Array<ContainerStatus | undefined>; mesosExecutor?: string; dockercfg?: boolean } = {}): Fake {
  const calls: string[] = [];
  const files = new Map<StateFile, string>();
  const lines: string[] = [];
  const step = (name: string) => {
    calls.push(name);
    if (opts.failAt === name) throw new DeimosError('DOCKER', `${name} failed`);
  };
  const statuses = [...(opts.statuses ?? [{ running: true, pid: 4242, status: 'running', exitCode: 0, oomKilled: false } as ContainerStatus])];
  let now = 0;
  const ports: LaunchPorts<FakeLock> = {
    log: recordingLog(lines),
    state: {
      id: 'c-1',
      read: (name) => files.get(name),
      write: (name, value) => {
        step(`write ${name}`);
        files.set(name, value);
      },
      exitCode: () => (files.has('exit') ? Number(files.get('exit')) : undefined),
      writeHookEnv: () => step('write hook-env'),
      linkSandbox: (dir) => {
        step('link sandbox');
        return `/state/c-1/fs(${dir})`;
      },
      recordDockerId: (id) => {
        step('write cid');
        files.set('cid', id);
      },
      file: (name) => `/state/c-1/${name}`,
      lockAllNow: async (names) => {
        step(`lock ${names.join(',')}`);
        return names.map((name) => {
          const lock: FakeLock = {
            name,
            fd: 10 + names.indexOf(name),
            released: false,
            annotate: (pid) => {
              lock.annotatedBy = pid;
            },
            release: () => {
              calls.push(`release ${name}`);
              lock.released = true;
            },
          };
          return lock;
        });
      },
    },
    engine: {
      pull: async (image) => step(`pull ${image}`),
      imageInspect: async (image) => {
        step(`image-inspect ${image}`);
        return calls.filter((c) => c.startsWith('pull')).length > 0 ? { Config: { ExposedPorts: { '80/tcp': {} } } } : undefined;
      },
      createArgv: () => ['docker', 'create', '...'],
      create: async (_model, name, o) => {
        step(`create ${name}${o.pullMissing ? ' pulling' : ''}`);
        return DOCKER_ID;
      },
      inspect: async () => {
        step('inspect');
        return statuses.length > 1 ? statuses.shift() : statuses[0];
      },
      remove: async (id, force) => step(`remove ${id.slice(0, 7)}${force ? ' forced' : ''}`),
    },
    sandbox: {
      writeFile: (file) => step(`sandbox write ${file.slice(SANDBOX.length + 1)}`),
      removeFile: (file) => step(`sandbox remove ${file.slice(SANDBOX.length + 1)}`),
      dockercfg: () => (opts.dockercfg ? Buffer.from('{}') : undefined),
      fetch: async (uris) => step(`fetch ${uris.length}`),
    },
    processes: {
      mesosExecutor: async () => {
        if (opts.mesosExecutor === REFUSED_EXECUTOR) throw new DeimosError('INVALID_INPUT', `mesos-executor ${REFUSED_EXECUTOR} offers neither --override nor --task_command`);
        return opts.mesosExecutor ? { path: opts.mesosExecutor, style: { kind: 'override' } } : undefined;
      },
      startHook: () => step('onlaunch hook'),
      spawnWatcher: (_id, lock) => {
        step(`spawn watcher with ${lock.name}`);
        return 500;
      },
      spawnObserver: (_exe, lock) => {
        step(`spawn observer with ${lock.name}`);
        return 600;
      },
      startTime: () => '12345',
      recordCgroups: (pid) => step(`record cgroups ${pid}`),
    },
    network: { wire: async (_plan, pid) => step(`wire ${pid}`) },
    clock: {
      now: () => now,
      sleep: async (ms) => {
        calls.push(`sleep ${ms}`);
        now += ms;
      },
    },
    afterEnd: async () => step('after-end'),
    settings: { recordHookEnv: false, startTimeoutMs: 1000, model: () => ({}) as ContainerModel, name: 'mesos-c-1' },
  };
  return { ports, calls, files, lines };
}

describe('launch: the happy paths', () => {
  it('takes every lock before it writes anything, and releases them in reverse', async () => {
    const f = fakePorts({ mesosExecutor: '/usr/libexec/mesos/mesos-executor' });
    await runLaunch(f.ports, await plan());
    expect(f.calls[0]).toBe('lock launch,wait,observe');
    expect(f.calls.slice(-3)).toEqual(['release observe', 'release wait', 'release launch']);
    expect(f.calls).toEqual([
      'lock launch,wait,observe',
      'write launch',
      'write eid',
      'write kind',
      'link sandbox',
      'fetch 0',
      'sandbox remove .deimos-network-ready',
      'onlaunch hook',
      'write argv',
      'write docker-name',
      'create mesos-c-1 pulling',
      'write cid',
      'spawn watcher with wait',
      'write watcher-pid',
      'inspect',
      'write pid',
      'record cgroups 4242',
      'spawn observer with observe',
      'write executor-pid',
      'write launch',
      'release observe',
      'release wait',
      'release launch',
    ]);
    expect(f.files.get('pid')).toBe('4242');
    expect(f.files.get('watcher-pid')).toBe('500');
    expect(f.files.get('executor-pid')).toBe('600 12345');
    expect(f.files.has('exit')).toBe(false);
    // Recorded as started first and done last: a launch killed in between is found by cleanup.
    expect(f.files.get('launch')).toMatch(/^done \d{4}-\d\d-\d\dT/);
  });

  it('gives the watcher the wait lock and the observer the observe lock, each annotated with its pid', async () => {
    const f = fakePorts({ mesosExecutor: '/x/mesos-executor' });
    const locks: FakeLock[] = [];
    const lockAll = f.ports.state.lockAllNow;
    f.ports.state.lockAllNow = async (names) => {
      const got = await lockAll(names);
      locks.push(...got);
      return got;
    };
    await runLaunch(f.ports, await plan());
    expect(locks.map((l) => [l.name, l.annotatedBy, l.released])).toEqual([
      ['launch', undefined, true],
      ['wait', 500, true],
      ['observe', 600, true],
    ]);
  });

  it('runs a custom executor without an observer and without the observe lock', async () => {
    const f = fakePorts({ mesosExecutor: '/x/mesos-executor' });
    await runLaunch(f.ports, await plan({ executor: true }));
    expect(f.calls[0]).toBe('lock launch,wait');
    expect(f.calls.some((c) => c.includes('observer'))).toBe(false);
    expect(f.files.get('kind')).toBe('executor');
  });

  it('fails before it takes a lock or writes anything when the mesos-executor can take no observer', async () => {
    const f = fakePorts({ mesosExecutor: REFUSED_EXECUTOR });
    await expect(runLaunch(f.ports, await plan())).rejects.toThrow(/offers neither --override nor --task_command/);
    expect(f.calls.filter((c) => c !== 'after-end' && !['write exit', 'write termination', 'write after-end'].includes(c))).toEqual([]);
  });

  it('runs a command task unobserved, with a warning, when no mesos-executor is found', async () => {
    const f = fakePorts({});
    await runLaunch(f.ports, await plan());
    expect(f.calls[0]).toBe('lock launch,wait');
    expect(f.lines.some((l) => l.startsWith('warn no mesos-executor found'))).toBe(true);
    expect(f.files.has('executor-pid')).toBe(false);
  });

  it('copies the registry credentials into the sandbox before fetching, and records the hook environment and disk limit when asked', async () => {
    const f = fakePorts({ dockercfg: true });
    f.ports.settings.recordHookEnv = true;
    const spec = { ...(await plan()), diskMb: 2 };
    await runLaunch(f.ports, spec);
    const i = (c: string) => f.calls.indexOf(c);
    expect(i('sandbox write .dockercfg')).toBeGreaterThan(i('link sandbox'));
    expect(i('sandbox write .dockercfg')).toBeLessThan(i('fetch 0'));
    expect(i('write hook-env')).toBeGreaterThan(0);
    expect(f.files.get('disk-limit')).toBe(String(2 * 1024 * 1024));
  });

  it('without a sandbox: no link, no fetch, output to the state directory', async () => {
    const f = fakePorts({});
    let output: unknown;
    f.ports.processes.spawnWatcher = (_id, _lock, out) => {
      output = out;
      return 1;
    };
    await runLaunch(f.ports, await plan({ directory: null }));
    expect(f.calls.some((c) => c === 'link sandbox' || c.startsWith('fetch'))).toBe(false);
    expect(output).toEqual({ stdout: '/state/c-1/task.out', stderr: '/state/c-1/task.out' });
  });
});

describe('launch: rollback on each failing step', () => {
  const steps = [
    'write eid',
    'link sandbox',
    'fetch 0',
    'onlaunch hook',
    'write argv',
    'create mesos-c-1 pulling',
    'write cid',
    'spawn watcher with wait',
    'write watcher-pid',
    'inspect',
    'spawn observer with observe',
  ];
  it.each(steps)('%s failing: error passed on, end recorded, container removed if created, every lock released', async (failing) => {
    const f = fakePorts({ failAt: failing, mesosExecutor: '/x/mesos-executor' });
    await expect(runLaunch(f.ports, await plan())).rejects.toThrow(`${failing} failed`);
    const created = steps.indexOf(failing) >= steps.indexOf('write cid'); // create returned an id
    expect(f.calls.includes(`remove ${DOCKER_ID.slice(0, 7)} forced`)).toBe(created);
    expect(f.files.get('exit')).toBe(String(EXIT_LAUNCH_FAILED));
    expect(JSON.parse(f.files.get('termination')!)).toMatchObject({ exitCode: EXIT_LAUNCH_FAILED, source: 'launch', message: `launch failed: ${failing} failed` });
    expect(f.calls.slice(-4)).toEqual(['after-end', 'release observe', 'release wait', 'release launch']);
  });

  it('a lock that cannot be had: nothing written or created, the end recorded', async () => {
    const f = fakePorts({ failAt: 'lock launch,wait' });
    await expect(runLaunch(f.ports, await plan())).rejects.toThrow('lock launch,wait failed');
    expect(f.calls).toEqual(['lock launch,wait', 'write termination', 'write after-end', 'write exit', 'after-end']);
  });

  it('a wiring failure removes the container it started', async () => {
    const rt = runtime({ midonet: true });
    const spec = await plan({ env: [['MIDONET_BRIDGE_ID', '78488c47-d1ae-4ec0-b8b1-4e8ff6a0e69a']] }, rt);
    const f = fakePorts({ failAt: 'wire 4242' });
    await expect(runLaunch(f.ports, spec)).rejects.toThrow('wire 4242 failed');
    expect(f.calls).toContain(`remove ${DOCKER_ID.slice(0, 7)} forced`);
    expect(f.calls).not.toContain(`sandbox write ${NETWORK_READY}`);
  });

  it('reports the launch failure, not a failure to record it (a full disk)', async () => {
    const f = fakePorts({ failAt: 'create mesos-c-1 pulling' });
    const write = f.ports.state.write;
    f.ports.state.write = (name, value) => {
      if (name === 'termination') throw new Error('ENOSPC');
      write(name, value);
    };
    await expect(runLaunch(f.ports, await plan())).rejects.toThrow('create mesos-c-1 pulling failed');
    expect(f.lines).toContain('error could not record the failed launch: ENOSPC');
    expect(f.calls).toContain('after-end');
  });

  it('an end already recorded (the container ran and ended) is not overwritten', async () => {
    const f = fakePorts({ failAt: 'spawn observer with observe', mesosExecutor: '/x/mesos-executor' });
    f.files.set('exit', '3');
    await expect(runLaunch(f.ports, await plan())).rejects.toThrow();
    expect(f.files.get('exit')).toBe('3');
    expect(f.files.has('termination')).toBe(false);
  });
});

describe('launch: MidoNet', () => {
  const bridge: Array<[string, string]> = [['MIDONET_BRIDGE_ID', '78488c47-d1ae-4ec0-b8b1-4e8ff6a0e69a']];
  it('wires the running container by its init pid, then lets the task go', async () => {
    const rt = runtime({ midonet: true });
    const f = fakePorts({});
    await runLaunch(f.ports, await plan({ env: bridge }, rt));
    const i = (c: string) => f.calls.indexOf(c);
    expect(i('image-inspect busybox')).toBeGreaterThan(0); // the image's own command is needed to hold it
    expect(i('wire 4242')).toBeGreaterThan(i('write pid'));
    expect(i(`sandbox write ${NETWORK_READY}`)).toBe(i('wire 4242') + 1);
  });
  it('does not wire a container that ended before it was seen running', async () => {
    const rt = runtime({ midonet: true });
    const f = fakePorts({ statuses: [{ running: false, status: 'exited', pid: 0, exitCode: 0, oomKilled: false } as ContainerStatus] });
    await runLaunch(f.ports, await plan({ env: bridge }, rt));
    expect(f.calls.some((c) => c.startsWith('wire'))).toBe(false);
    expect(f.lines).toContain('warn midonet // the container ended before it could be wired');
  });
  it('is refused at planning when MidoNet is not configured, or the task has no sandbox', async () => {
    await expect(plan({ env: bridge })).rejects.toThrow('no MidoNet API is configured');
    await expect(plan({ env: bridge, directory: null }, runtime({ midonet: true }))).rejects.toThrow('a MidoNet task needs a sandbox directory');
  });
});

describe('launch: the image', () => {
  it('force_pull pulls once, and create does not pull again', async () => {
    const f = fakePorts({});
    await runLaunch(f.ports, await plan({ forcePull: true }));
    expect(f.calls.filter((c) => c.startsWith('pull'))).toEqual(['pull busybox']);
    expect(f.calls).toContain('create mesos-c-1');
  });
  it('inspects the image only when its facts are needed, pulling a missing one first', async () => {
    const f = fakePorts({});
    const needed = await imageFacts(f.ports.engine, await plan({ ports: true }));
    expect(f.calls).toEqual(['image-inspect busybox', 'pull busybox', 'image-inspect busybox']);
    expect(needed.pulled).toBe(true);
    expect(needed.facts).toEqual({ Config: { ExposedPorts: { '80/tcp': {} } } });
    const g = fakePorts({});
    expect(await imageFacts(g.ports.engine, await plan())).toEqual({ facts: undefined, pulled: false });
    expect(g.calls).toEqual([]);
  });
});

describe('launch: waiting for the start', () => {
  const created = { running: false, status: 'created', pid: 0, exitCode: 0, oomKilled: false } as ContainerStatus;
  it('polls with growing pauses until the container runs, and records its pid', async () => {
    const f = fakePorts({ statuses: [created, created, created, { running: true, status: 'running', pid: 77, exitCode: 0, oomKilled: false } as ContainerStatus] });
    expect(await awaitStart(f.ports, DOCKER_ID, 1000)).toBe(77);
    expect(f.calls.filter((c) => c.startsWith('sleep'))).toEqual(['sleep 10', 'sleep 20', 'sleep 40']);
    expect(f.files.get('pid')).toBe('77');
  });
  it('gives up at the time limit, naming it', async () => {
    const f = fakePorts({ statuses: [created] });
    await expect(awaitStart(f.ports, DOCKER_ID, 1000)).rejects.toThrow(`container ${DOCKER_ID.slice(0, 12)} did not start within 1 s`);
  });
  it("passes on Docker's start error and a container that vanished", async () => {
    const failed = fakePorts({ statuses: [{ ...created, error: 'exec: "nope": executable file not found' }] });
    await expect(awaitStart(failed.ports, DOCKER_ID, 1000)).rejects.toThrow('did not start: exec: "nope"');
    const gone = fakePorts({ statuses: [undefined] });
    await expect(awaitStart(gone.ports, DOCKER_ID, 1000)).rejects.toThrow('disappeared while starting');
  });
  it('returns no pid for a container that already ended', async () => {
    const f = fakePorts({ statuses: [{ ...created, status: 'exited' }] });
    expect(await awaitStart(f.ports, DOCKER_ID, 1000)).toBeUndefined();
    expect(f.files.has('pid')).toBe(false);
  });
  it('fails at once, naming where its error went, when the watcher ended and the container was never started', async () => {
    const f = fakePorts({ statuses: [created] });
    const err = await awaitStart(f.ports, DOCKER_ID, 60_000, { alive: () => false, errors: '/sandbox/stderr' }).catch((e: unknown) => e as DeimosError);
    expect(err).toBeInstanceOf(DeimosError);
    expect((err as DeimosError).message).toBe(`container ${DOCKER_ID.slice(0, 12)} was not started: its watcher (the docker client that starts it) ended first`);
    expect((err as DeimosError).hint).toBe('its error is in /sandbox/stderr');
    // Asked the engine once more after seeing the watcher gone, and never slept.
    expect(f.calls.filter((c) => c === 'inspect' || c.startsWith('sleep'))).toEqual(['inspect', 'inspect']);
  });
  it('does not blame a watcher that ended after the container ran and ended', async () => {
    const f = fakePorts({ statuses: [created, { ...created, status: 'exited' }] });
    expect(await awaitStart(f.ports, DOCKER_ID, 1000, { alive: () => false, errors: '/sandbox/stderr' })).toBeUndefined();
  });
  it('keeps polling while the watcher lives', async () => {
    const f = fakePorts({ statuses: [created, created, { running: true, status: 'running', pid: 78, exitCode: 0, oomKilled: false } as ContainerStatus] });
    expect(await awaitStart(f.ports, DOCKER_ID, 1000, { alive: () => true, errors: '/sandbox/stderr' })).toBe(78);
  });
});

describe('launch planning refuses bad input before anything exists', () => {
  it('a sandbox that does not exist, or is not absolute', async () => {
    const rt = runtime();
    await expect(planLaunch(rt, launchMessage(), { sandboxHost: noSandboxes })).rejects.toThrow(`Launch.directory "${SANDBOX}" does not exist`);
    await expect(plan({ directory: 'relative/dir' })).rejects.toThrow('Launch.directory "relative/dir" is not an absolute path');
    await expect(planLaunch(rt, launchMessage(), { sandboxHost: noSandboxes, checkSandbox: false })).resolves.toMatchObject({ containerId: 'c-1' });
  });
  it('a sandbox outside the agent work directory and [containers] sandbox_roots, before the policy is asked', async () => {
    await expect(plan({ directory: '/etc' })).rejects.toThrow(/^Launch\.directory "\/etc" is not a sandbox: .*\[containers\] sandbox_roots/);
    await expect(plan({ directory: '/sandboxes/c-1' })).resolves.toMatchObject({ directory: '/sandboxes/c-1' });
  });
  it('a user that is not a name or uid, when tasks run as their user', async () => {
    const rt = runtime();
    rt.containers = { ...rt.containers, runAsUser: true };
    await expect(plan({ user: 'root --privileged' }, rt)).rejects.toThrow('user "root --privileged" is not a user name, uid or uid:gid');
    await expect(plan({ user: '1000:1000' }, rt)).resolves.toMatchObject({ runAs: { kind: 'ids', uid: 1000, gid: 1000 } });
    await expect(plan({ user: 'root --privileged' }, runtime())).resolves.not.toHaveProperty('runAs'); // run_as_user off: the user is not used
  });
  it('a container id that is not one', async () => {
    const m = launchMessage();
    m.containerId = { value: '../etc' };
    await expect(planLaunch(runtime(), m, { sandboxHost: sandboxes })).rejects.toThrow(/container id/);
  });
});

describe('launch planning asks the engine for its defaults only when a task names one', () => {
  const withOptions = (options: string[]) => {
    const m = launchMessage();
    (m.taskInfo?.command?.container as { options: string[] }).options = options;
    return m;
  };
  it("accepts --runtime runc, --cgroupns host and the engine's platform after one docker info, and refuses what differs from them", async () => {
    const engine = new FakeEngine();
    const rt = { ...runtime(), docker: engine };
    await expect(planLaunch(rt, withOptions(['--runtime=runc', '--cgroupns', 'host', '--platform=linux/x86_64']), { sandboxHost: sandboxes })).resolves.toMatchObject({ containerId: 'c-1' });
    expect(engine.calls).toEqual(['defaults']);
    engine.engineDefaults = { ...engine.engineDefaults, runtime: 'crun', cgroupns: 'private' };
    await expect(planLaunch(rt, withOptions(['--runtime=runc']), { sandboxHost: sandboxes })).rejects.toThrow(`runtime runc (the engine's default is crun): host access "runtime" is not allowed`);
    await expect(planLaunch(rt, withOptions(['--cgroupns=host']), { sandboxHost: sandboxes })).rejects.toThrow('host access "host-cgroupns" is not allowed');
  });
  it('does not ask the engine for a task that names none of them', async () => {
    const engine = new FakeEngine();
    const rt = { ...runtime(), docker: engine };
    await expect(planLaunch(rt, withOptions(['-m', '64m', '--privileged', '--privileged=false']), { sandboxHost: sandboxes })).resolves.toMatchObject({ containerId: 'c-1' });
    expect(engine.calls).toEqual([]);
  });
});
