import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Agent, invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { decode, encode } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// Failing dependencies: a hung Docker engine, a full disk, a read-only
// state root. Each subcommand fails within its limits with the cause named,
// or keeps working where it does not need the failing part.
// These tests pause the machine's Docker engine: run them with nothing else using it.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;

function launchOf(id: string, command: string) {
  return sandboxedCommandTask(bed.workDir, id, command, { image: TEST_IMAGE_URL });
}

const dockerdPid = () => Number(execFileSync('pidof', ['dockerd'], { encoding: 'utf8' }).trim().split(/\s+/)[0]);

describe('a hung Docker engine', () => {
  let paused: number | undefined;
  beforeEach(() => {
    bed = TestBed.create('[docker.timeouts]\ncommand_seconds = 3\nstop_extra_seconds = 2\n');
  });
  afterEach(() => {
    if (paused) process.kill(paused, 'SIGCONT');
    paused = undefined;
    bed.cleanup();
  });

  it('usage still answers (it asks Docker nothing); destroy fails within its timeout naming the engine; wait keeps waiting and then reports the end', async () => {
    const agent = new Agent({ containerizer, workDir: bed.workDir, env: bed.env() });
    await agent.launch(launchOf('h-1', 'trap "exit 143" TERM; sleep 600 & wait'));
    const waiting = invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: 'h-1' } }), env: bed.env() });

    paused = dockerdPid();
    process.kill(paused, 'SIGSTOP');
    const u = await invoke({ containerizer, subcommand: 'usage', input: encode('Usage', { containerId: { value: 'h-1' } }), env: bed.env(), timeoutMs: 10_000 });
    expect(u.exitCode).toBe(0);
    expect(decode('ResourceStatistics', u.frame!).memLimitBytes).toBe(32 * 1048576);

    const started = Date.now();
    const d = await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: 'h-1' } }), env: bed.env(), timeoutMs: 30_000 });
    expect(d.exitCode).toBe(4);
    expect(d.stderr).toMatch(/docker stop did not answer within \d+ s \(is the Docker engine running\?/);
    expect(Date.now() - started).toBeLessThan(15_000);

    // wait has not given up while the engine hangs
    const early = await Promise.race([waiting.then(() => 'ended'), new Promise((r) => setTimeout(() => r('waiting'), 500))]);
    expect(early).toBe('waiting');

    process.kill(paused, 'SIGCONT');
    paused = undefined;
    const again = await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: 'h-1' } }), env: bed.env() });
    expect(again.exitCode).toBe(0);
    const w = await waiting;
    expect(w.exitCode).toBe(0);
    expect(decode('Termination', w.frame!).status).toBe(143 << 8);
  });

  it('fails a launch within its timeout naming docker create (sent through the Engine API), and recover removes what the engine made later', async () => {
    paused = dockerdPid();
    process.kill(paused, 'SIGSTOP');
    const launch = launchOf('h-2', 'sleep 60');
    const started = Date.now();
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env(), timeoutMs: 30_000 });
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(/docker create did not answer within 3 s \(is the Docker engine running\?/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(fs.readFileSync(path.join(bed.stateRoot, 'mesos', 'h-2', 'exit'), 'utf8').trim()).not.toBe('');

    // The request was queued: the engine creates the container once it runs again.
    process.kill(paused, 'SIGCONT');
    paused = undefined;
    expect(await eventually(() => bed.containers().length === 1, 10_000)).toBe(true);
    const rec = await invoke({ containerizer, subcommand: 'recover', env: bed.env() });
    expect(rec.exitCode).toBe(0);
    expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
  });
});

describe('a full or read-only state root', () => {
  let mount: string;
  beforeEach(() => {
    bed = TestBed.create();
    mount = path.join(bed.dir, 'small');
    fs.mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]);
    fs.writeFileSync(bed.configFile, `[state]\nroot = ${path.join(mount, 'state')}\n`);
  });
  afterEach(() => {
    spawnSync('umount', [mount]);
    bed.cleanup();
  });

  const tmpFiles = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true })
          .map(String)
          .filter((n) => n.includes('.tmp-'))
      : [];

  it('fails a launch on a full disk with the path in the message, leaving no half-written file and no container', async () => {
    execFileSync('sh', ['-c', `mkdir -p ${mount}/state; head -c 250000 /dev/zero > ${mount}/filler 2>/dev/null; true`]);
    const launch = launchOf('full-1', 'sleep 60');
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`${mount}/state\\S*: the file system is full`));
    expect(tmpFiles(path.join(mount, 'state'))).toEqual([]);
    expect(await eventually(() => bed.containers().length === 0, 5000)).toBe(true);
  });

  it('fails on a read-only state root with the path in the message', async () => {
    fs.mkdirSync(path.join(mount, 'state'));
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    const launch = launchOf('ro-1', 'sleep 60');
    const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox: launch.directory!, env: bed.env() });
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`${mount}/state\\S*: the file system is read-only`));
    const c = await invoke({ containerizer, subcommand: 'recover', env: bed.env() });
    expect(c.exitCode).toBe(4);
    expect(c.stderr).toMatch(/read-only/);
  });
});

describe('a docker client that cannot start the container', () => {
  beforeEach(() => {
    bed = TestBed.create();
  });
  afterEach(() => bed.cleanup());

  it('fails a launch as soon as the watcher has ended, not at the start time limit, naming where its error went, and leaves no container', async () => {
    // A client that refuses `start` (the watcher's `docker start -a`) and is the real one otherwise.
    const realDocker = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
    const bin = path.join(bed.dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'docker'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = start ] && { echo "docker: start refused by the test's client" >&2; exit 1; }; done\nexec ${realDocker} "$@"\n`, {
      mode: 0o755,
    });
    const launch = launchOf('nostart-1', 'sleep 60');
    const started = Date.now();
    const r = await invoke({
      containerizer,
      subcommand: 'launch',
      input: encode('Launch', launch),
      sandbox: launch.directory!,
      env: bed.env({ PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}` }),
      timeoutMs: 90_000,
    });
    const took = Date.now() - started;
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(/was not started: its watcher \(the docker client that starts it\) ended first \(its error is in \S+\/stderr\)/);
    expect(fs.readFileSync(path.join(launch.directory!, 'stderr'), 'utf8')).toContain("start refused by the test's client");
    expect(took).toBeLessThan(30_000); // the start time limit is 60 s
    expect(await eventually(() => bed.containers().length === 0, 10_000)).toBe(true);
  });
});
