/**
 * The benchmark suite (npm run bench): measures the built binaries against
 * the real Docker engine and prints ratios measured side by side in the same
 * run (alternating the two commands of a pair, medians of several runs),
 * then writes the raw figures to bench/results/latest.json.
 * Absolute times drift on shared machines; the ratios are what we track.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { customExecutorLaunch, invoke, launchEnvOf, sandboxPath, sandboxedCommandTask } from '@deimos/agent-emulator';
import { walkDiskUsage } from '@deimos/cgroups';
import { encode } from '@deimos/protocol';
import { encodeFrame } from '@deimos/recordio';

const repo = path.resolve(__dirname, '..', '..');
const bin = (name: string) => path.join(repo, 'dist', 'bin', name);
const containerizer = bin('deimos-containerizer');
const standinExecutor = path.join(repo, 'tools', 'agent-emulator', 'bin', 'mesos-executor');
const IMAGE = 'deimos-test/busybox:latest';
const RUNS = Number(process.env.DEIMOS_BENCH_RUNS ?? 21);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-bench-'));
const stateRoot = path.join(dir, 'state');
const cfg = path.join(dir, 'deimos.cfg');
fs.writeFileSync(cfg, `[state]\nroot = ${stateRoot}\n[log]\nconsole = WARNING\n`);
/**
 * The environment of every measured call, ours and the baselines': what an
 * agent started by its init system hands on (the agent's whole environment,
 * spec 1.6), here PATH and HOME, plus our configuration; not the shell's
 * that runs the bench. Variables Node reads at each start tax both sides of
 * a ratio alike and so hide our own share: NODE_EXTRA_CA_CERTS (set to the
 * system bundle in this machine's shells) makes every Node start parse that
 * bundle, about 40 ms on top of a 60 ms `node -e 0`. What was left out is
 * printed.
 */
const AGENT_ENV_KEYS = ['PATH', 'HOME'];
const env: Record<string, string> = { DEIMOS_CONFIG: cfg };
for (const k of AGENT_ENV_KEYS) if (process.env[k] !== undefined) env[k] = process.env[k] as string;
const leftOutNodeVars = Object.keys(process.env).filter((k) => k.startsWith('NODE_') || k === 'UV_THREADPOOL_SIZE');
const workDir = path.join(dir, 'work');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux architecture we run on). */
const TICK_MS = 10;

/**
 * CPU time (user + system, in ms) of our reaped children so far: the
 * kernel adds a child's times, and those of every descendant it waited for,
 * to its parent's cutime/cstime when the parent reaps it. Ticks are coarse
 * (10 ms), so figures are totals over many runs divided by their count.
 */
function childrenCpuMs(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime 17.
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * TICK_MS;
}

interface Timed {
  wall: number;
  cpu: number;
}

function timeSync(argv: string[], input?: Buffer, extraEnv: Record<string, string> = {}): Timed {
  const c = childrenCpuMs();
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { input, env: { ...env, ...extraEnv }, stdio: ['pipe', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 300)}`);
  return { wall, cpu: childrenCpuMs() - c };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

interface Pair {
  /** Median wall times and their ratio. */
  a: number;
  b: number;
  ratio: number;
  /** Mean CPU per call (user + system of the call and what it waited for) and their ratio. */
  cpuA: number;
  cpuB: number;
  cpuRatio: number;
  rawA: number[];
  rawB: number[];
}

/** Alternate a and b `runs` times; medians of wall time, means of CPU time, ratios a/b. */
function pair(a: () => Timed, b: () => Timed, runs = RUNS): Pair {
  a();
  b(); // warm caches (and the V8 code cache) first
  const ta: Timed[] = [];
  const tb: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(a());
    tb.push(b());
  }
  const rawA = ta.map((t) => t.wall);
  const rawB = tb.map((t) => t.wall);
  const cpuA = mean(ta.map((t) => t.cpu));
  const cpuB = mean(tb.map((t) => t.cpu));
  return { a: median(rawA), b: median(rawB), ratio: median(rawA) / median(rawB), cpuA, cpuB, cpuRatio: cpuA / cpuB, rawA, rawB };
}

/** A table row for a pair: wall and CPU, each against its target. */
function pairRow(name: string, p: Pair, target: number): [string, string, string, string] {
  const ok = (r: number) => (r <= target ? 'ok' : 'MISSED');
  return [name, `wall ${ms(p.a)} / ${ms(p.b)}; cpu ${ms(p.cpuA)} / ${ms(p.cpuB)}`, `${p.ratio.toFixed(2)}; ${p.cpuRatio.toFixed(2)}`, `<= ${target} ${ok(p.ratio)}; ${ok(p.cpuRatio)}`];
}

function commandLaunch(id: string, command: string, withObserver: boolean) {
  return sandboxedCommandTask(workDir, id, command, {
    slaveId: 'bench',
    image: `docker:///${IMAGE}`,
    ...(withObserver ? { mesosExecutorPath: standinExecutor } : {}),
  });
}

function executorLaunch(id: string, command: string) {
  const directory = sandboxPath({ workDir, slaveId: 'bench', frameworkId: 'fw', executorId: `e-${id}`, containerId: id });
  fs.mkdirSync(directory, { recursive: true });
  return customExecutorLaunch({
    containerId: id,
    executorId: `e-${id}`,
    directory,
    slaveId: 'bench',
    frameworkId: 'fw',
    command,
    image: `docker:///${IMAGE}`,
    resources: { cpus: 0.1, mem: 32 },
  });
}

/** Launch through the binary as the agent does: a command task (with its observer) or a custom executor. */
async function launch(id: string, command: string, kind: 'command' | 'executor' = 'command', extraEnv: Record<string, string> = {}): Promise<Timed & { startedAt: number; sandbox: string }> {
  const l = kind === 'command' ? commandLaunch(id, command, true) : executorLaunch(id, command);
  const c = childrenCpuMs();
  const t = process.hrtime.bigint();
  const startedAt = Date.now();
  const r = await invoke({
    containerizer,
    subcommand: 'launch',
    input: encode('Launch', l),
    sandbox: l.directory!,
    env: { ...env, ...launchEnvOf(l), ...extraEnv },
    libexecDir: path.dirname(standinExecutor),
    workDir,
  });
  if (r.exitCode !== 0) throw new Error(`launch ${id} failed: ${r.stderr.slice(-300)}`);
  // CPU: the launch call and what it waited for; the watcher and observer it
  // leaves running are not its children's to count (P3 measures them).
  return { wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: childrenCpuMs() - c, startedAt, sandbox: l.directory! };
}

function privateDirtyKb(pid: number): number {
  try {
    const m = /Private_Dirty:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Our long-lived processes for a container: its docker client and observer (not the agent's executor, here the emulator's stand-in). */
function ourProcesses(id: string): Array<{ pid: number; what: string; kb: number }> {
  const cid = fs.readFileSync(path.join(stateRoot, 'mesos', id, 'cid'), 'utf8').trim();
  const out: Array<{ pid: number; what: string; kb: number }> = [];
  for (const p of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    let cmd: string;
    try {
      cmd = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      continue;
    }
    if ((cmd.startsWith('docker ') && cmd.includes(cid)) || (cmd.includes('deimos-') && !cmd.includes('mesos-executor') && !cmd.includes('standin-executor') && cmd.endsWith(` ${id}`))) {
      out.push({ pid: Number(p), what: cmd.split(' ').slice(0, 3).join(' '), kb: privateDirtyKb(Number(p)) });
    }
  }
  return out;
}

function syntheticEndedStates(root: string, n: number): void {
  // Written directly (no fsync) to set up quickly: the same layout as StateRoot.create.
  for (const d of ['mesos', 'docker', 'start-time']) fs.mkdirSync(path.join(root, d), { recursive: true });
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    const id = `ended-${i}`;
    const d = path.join(root, 'mesos', id);
    fs.mkdirSync(path.join(d, 'lock'), { recursive: true });
    const t = new Date(base + i).toISOString();
    fs.writeFileSync(path.join(d, 'mesos-container-id'), `${id}\n`);
    fs.writeFileSync(path.join(d, 't'), `${t}\n`);
    fs.writeFileSync(path.join(d, 'exit'), '0\n');
    fs.symlinkSync(`../mesos/${id}`, path.join(root, 'start-time', t));
  }
}

/**
 * A launch's phases from its DEBUG log: start-up (process start to the first
 * line: Node, the bundle, configuration, the frame), locks, create (engine),
 * start (the watcher's attach, the engine's start, polling until running),
 * observer (mesos-executor started), exit. Phases whose lines are missing are left out.
 */
function launchPhases(log: string, spawnedAt: number, endedAt: number): Record<string, number> {
  const at = (re: RegExp): number | undefined => {
    const line = log.split('\n').find((l) => re.test(l));
    return line ? Date.parse(line.slice(0, 24)) : undefined;
  };
  const marks: Array<[string, number | undefined]> = [
    ['start-up', at(/ launch \/\/ (command task|custom executor)/)],
    ['locks', at(/ success \/\/ launch, wait, observe/)],
    ['create', at(/ api \/\/ POST \/containers\/create| call \/\/ .*docker.* create/)],
    ['start', at(/ launch \/\/ container \w+ started/)],
    ['observer', at(/ launch \/\/ observer /)],
    ['exit', endedAt],
  ];
  const out: Record<string, number> = {};
  let prev = spawnedAt;
  for (const [name, t] of marks) {
    if (t === undefined) continue;
    out[name] = t - prev;
    prev = t;
  }
  return out;
}

/** Remove what syntheticEndedStates wrote (only the ended-N states). */
function removeSyntheticStates(root: string): void {
  for (const id of fs.readdirSync(path.join(root, 'mesos')).filter((n) => n.startsWith('ended-'))) {
    fs.rmSync(path.join(root, 'mesos', id), { recursive: true, force: true });
  }
  for (const t of fs.readdirSync(path.join(root, 'start-time'))) {
    const link = path.join(root, 'start-time', t);
    if (fs.readlinkSync(link).startsWith('../mesos/ended-')) fs.unlinkSync(link);
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, kernel: os.release() },
    runs: RUNS,
    callEnvironment: Object.keys(env),
    leftOutNodeVars,
  };
  const rows: Array<[string, string, string, string]> = [];
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');

  const node0 = () => timeSync([process.execPath, '-e', '0'], Buffer.alloc(0));

  // P1: usage of a running container vs node -e 0, wall and CPU
  await launch('bench-usage', 'sleep 600', 'executor');
  const usageFrame = encodeFrame(encode('Usage', { containerId: { value: 'bench-usage' } }));
  const usage = () => timeSync([containerizer, 'usage'], usageFrame);
  const p1 = pair(usage, node0);
  results.P1 = p1;
  rows.push(pairRow('P1 usage / node -e 0', p1, 1.1));

  // Start-up flat with the size of the state root: usage (against node -e 0,
  // to cancel drift) again with 200 ended states beside the running one.
  syntheticEndedStates(stateRoot, 200);
  const p1big = pair(usage, node0);
  const flat = p1big.ratio / p1.ratio;
  results.usageWith200Ended = { pair: p1big, ratioToP1: flat };
  rows.push(['usage 200 ended states / 1', `${ms(p1big.a)} / ${ms(p1.a)} (each / node -e 0)`, flat.toFixed(2), `<= 1.05 ${check(flat <= 1.05)}`]);
  removeSyntheticStates(stateRoot);

  // Why no V8 start-up snapshot: a process that starts from a user-land
  // snapshot (node --build-snapshot) first reads the whole blob (about 4 MB
  // even when empty) into fresh memory, where Node's own snapshot is part of
  // its mapped binary: perf shows the difference in zeroing and page faults,
  // which this kind of virtual machine makes dear. An empty snapshot is the
  // floor of that start; on Node 20 it alone costs more than all of a usage
  // call's own work (see the README), so the binaries do not use one.
  const snapDir = fs.mkdtempSync(path.join(dir, 'snapshot-'));
  fs.writeFileSync(path.join(snapDir, 'empty.js'), "require('v8').startupSnapshot.setDeserializeMainFunction(() => {});\n");
  execFileSync(process.execPath, ['--snapshot-blob', path.join(snapDir, 'empty.blob'), '--build-snapshot', path.join(snapDir, 'empty.js')], { cwd: snapDir, stdio: 'ignore' });
  const snapshot = pair(() => timeSync([process.execPath, '--snapshot-blob', path.join(snapDir, 'empty.blob'), 'x']), node0);
  results.emptySnapshotStart = snapshot;
  rows.push(['empty V8 snapshot start / node -e 0', `wall ${ms(snapshot.a)} / ${ms(snapshot.b)}`, snapshot.ratio.toFixed(2), `(usage's own work: ${ms(p1.a - p1.b)})`]);

  // recover (state root with one running container) and containers, vs node -e 0
  const recover = pair(() => timeSync([containerizer, 'recover']), node0);
  results.recover = recover;
  rows.push(pairRow('recover (1 running) / node -e 0', recover, 1.3));
  const containers1 = pair(() => timeSync([containerizer, 'containers']), node0);
  results.containers = containers1;
  rows.push(pairRow('containers (1 running) / node -e 0', containers1, 1.1));

  // P2: launch until running vs node -e 0 then docker run -d of the same
  // image and command (the floor: Node's own start plus the engine's work)
  let n = 0;
  const launched: string[] = [];
  const runIds: string[] = [];
  const p2a: Timed[] = [];
  const p2b: Timed[] = [];
  for (let i = 0; i < Math.min(RUNS, 11); i++) {
    const id = `bench-launch-${n++}`;
    p2a.push(await launch(id, 'sleep 600'));
    launched.push(id);
    const node = node0();
    const c = childrenCpuMs();
    const t = process.hrtime.bigint();
    runIds.push(
      execFileSync('docker', ['run', '-d', '--label', `org.deimos.state-root=${stateRoot}`, '--cpu-shares', '102', '--memory', '32m', IMAGE, 'sh', '-c', 'sleep 600'], { encoding: 'utf8' }).trim(),
    );
    p2b.push({ wall: node.wall + Number(process.hrtime.bigint() - t) / 1e6, cpu: node.cpu + childrenCpuMs() - c });
  }
  const p2: Pair = {
    a: median(p2a.map((t) => t.wall)),
    b: median(p2b.map((t) => t.wall)),
    ratio: median(p2a.map((t) => t.wall)) / median(p2b.map((t) => t.wall)),
    cpuA: mean(p2a.map((t) => t.cpu)),
    cpuB: mean(p2b.map((t) => t.cpu)),
    cpuRatio: mean(p2a.map((t) => t.cpu)) / mean(p2b.map((t) => t.cpu)),
    rawA: p2a.map((t) => t.wall),
    rawB: p2b.map((t) => t.wall),
  };
  results.P2 = p2;
  rows.push(pairRow('P2 launch / (node -e 0; docker run -d)', p2, 1.1));

  // Where a launch's time goes: five more launches log at DEBUG (times in
  // ms from the log lines in the sandbox's stderr), medians per phase.
  const debugCfg = path.join(dir, 'debug.cfg');
  fs.writeFileSync(debugCfg, `[state]\nroot = ${stateRoot}\n[log]\nconsole = DEBUG\n`);
  const phases: Record<string, number[]> = {};
  for (let i = 0; i < 5; i++) {
    const id = `bench-launch-${n++}`;
    const l = await launch(id, 'sleep 600', 'command', { DEIMOS_CONFIG: debugCfg });
    launched.push(id);
    for (const [k, v] of Object.entries(launchPhases(fs.readFileSync(path.join(l.sandbox, 'stderr'), 'utf8'), l.startedAt, l.startedAt + l.wall))) {
      (phases[k] ??= []).push(v);
    }
  }
  results.launchPhasesMs = phases;
  rows.push([
    'launch phases (median ms)',
    Object.entries(phases)
      .map(([k, v]) => `${k} ${median(v).toFixed(0)}`)
      .join(', '),
    '',
    '',
  ]);
  execFileSync('docker', ['rm', '-f', ...runIds], { stdio: 'ignore' });

  // P3: long-lived processes and private memory per running container
  await launch('bench-observed', 'sleep 600', 'command');
  await new Promise((r) => setTimeout(r, 1500));
  const command = ourProcesses('bench-observed');
  const custom = ourProcesses('bench-usage');
  const kb = (ps: typeof command) => ps.reduce((s, p) => s + p.kb, 0);
  results.P3 = { commandTask: command, customOrUnobserved: custom };
  rows.push(['P3 command task (+ observer)', `${command.length} processes, ${(kb(command) / 1024).toFixed(1)} MB`, '', `<= 2, <= 16 MB ${check(command.length <= 2 && kb(command) <= 16 * 1024)}`]);
  rows.push(['P3 custom executor task', `${custom.length} process(es), ${(kb(custom) / 1024).toFixed(1)} MB`, '', `<= 2, <= 16 MB ${check(custom.length <= 2 && kb(custom) <= 16 * 1024)}`]);

  // P4: containers with 50 running vs with 1; usage sweep over 50 vs 50 x P1
  const one = pair(() => timeSync([containerizer, 'containers']), node0, 11);
  for (let i = launched.length + 2; i < 50; i++) {
    const id = `bench-fill-${i}`;
    await launch(id, 'sleep 600');
    launched.push(id);
  }
  const all = [...launched, 'bench-usage', 'bench-observed'];
  const fifty = pair(() => timeSync([containerizer, 'containers']), node0, 11);
  // 50 running containers load the host too (their docker clients, shims
  // and observers wake up now and then), which slows every process, node -e 0
  // as well: each figure is taken against node -e 0 measured beside it, so
  // that what is left is how our own calls grow with the number running.
  const p4ratio = fifty.ratio / one.ratio;
  const sweepFrames = all.map((id) => encodeFrame(encode('Usage', { containerId: { value: id } })));
  const sweeps: number[] = [];
  const sweepBaselines: number[] = [];
  const sweepCpu: number[] = [];
  for (let r = 0; r < 3; r++) {
    const calls = sweepFrames.map((f) => timeSync([containerizer, 'usage'], f));
    const baselines = sweepFrames.map(() => node0());
    sweeps.push(calls.reduce((s, c) => s + c.wall, 0));
    sweepBaselines.push(baselines.reduce((s, c) => s + c.wall, 0));
    sweepCpu.push(calls.reduce((s, c) => s + c.cpu, 0));
  }
  const sweep = median(sweeps);
  const sweepBaseline = median(sweepBaselines);
  const sweepRatio = sweep / sweepBaseline / p1.ratio;
  // An agent of 0.20-0.22 polls usage once a second per container: the CPU
  // of one call per container is what a second of polling costs the host.
  const cpuPerContainerSecond = mean(sweepCpu) / all.length;
  results.P4 = {
    running: all.length,
    containersWith1: one,
    containersWith50: fifty,
    ratio: p4ratio,
    usageSweepMs: sweeps,
    usageSweepNodeMs: sweepBaselines,
    usageSweepCpuMs: sweepCpu,
    sweepRatio,
    cpuPerContainerSecond,
  };
  rows.push([
    `P4 containers ${all.length} / 1`,
    `${ms(fifty.a)} / ${ms(one.a)} (node -e 0 beside them: ${ms(fifty.b)} / ${ms(one.b)})`,
    p4ratio.toFixed(2),
    `<= 1.5 ${check(p4ratio <= 1.5)} (each / node -e 0)`,
  ]);
  rows.push([
    `P4 usage sweep / ${all.length} x P1`,
    `${ms(sweep)} / ${ms(all.length * p1.a)} (node -e 0 x ${all.length} beside it: ${ms(sweepBaseline)})`,
    sweepRatio.toFixed(2),
    `<= 1.1 ${check(sweepRatio <= 1.1)} (each / node -e 0)`,
  ]);
  rows.push(['usage polling CPU per container', `${ms(cpuPerContainerSecond)} CPU per second of polling (${(cpuPerContainerSecond / 10).toFixed(1)}% of a core)`, '', '']);

  // wait latency after the end, destroy latency
  await launch('bench-wait', 'sleep 1');
  const waitStart = Date.now();
  const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: 'bench-wait' } }), env });
  const waitEnded = Date.now();
  const finished = JSON.parse(fs.readFileSync(path.join(stateRoot, 'mesos', 'bench-wait', 'termination'), 'utf8')).finishedAt as string;
  const waitLatency = waitEnded - Date.parse(finished);
  results.waitLatencyMs = { afterEnd: waitLatency, total: waitEnded - waitStart, exit: w.exitCode };
  rows.push(['wait after the end', ms(waitLatency), '', '']);
  await launch('bench-destroy', 'trap "exit 143" TERM; sleep 600 & wait');
  const d0 = Date.now();
  await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: 'bench-destroy' } }), env });
  results.destroyLatencyMs = Date.now() - d0;
  rows.push(['destroy (task exits on SIGTERM)', ms(results.destroyLatencyMs as number), '', '']);

  // clean up the running containers
  for (const id of [...all, 'bench-destroy']) {
    await invoke({ containerizer, subcommand: 'destroy', input: encode('Destroy', { containerId: { value: id } }), env });
  }

  // P5: cleanup --rm of 1,000 and 10,000 ended states
  const p5: Record<string, number> = {};
  for (const count of [1000, 10000]) {
    const root = path.join(dir, `p5-${count}`);
    syntheticEndedStates(root, count);
    p5[count] = timeSync([bin('deimos-cleanup'), '--rm', '--state-root', root]).wall;
    const left = fs.readdirSync(path.join(root, 'mesos')).length;
    if (left !== 0) throw new Error(`cleanup left ${left} of ${count} states`);
  }
  const perState = [p5[1000] / 1000, p5[10000] / 10000];
  results.P5 = { ms: p5, perStateMs: perState };
  rows.push(['P5 cleanup --rm 1,000 states', ms(p5[1000]), '', '']);
  rows.push(['P5 cleanup --rm 10,000 states', ms(p5[10000]), (perState[1] / perState[0]).toFixed(2), `<= 5 s ${check(p5[10000] <= 5000)} (ratio: cost per state 10k/1k)`]);

  // usage's sandbox walk (disk_used_bytes), in process: a sandbox of 1,000
  // files in 10 directories. usage walks at most once per 5 s per container
  // (the size is cached in the state), so this cost is spread over ~5 calls.
  const sandbox = path.join(dir, 'walk-sandbox');
  for (let d = 0; d < 10; d++) {
    fs.mkdirSync(path.join(sandbox, `d${d}`), { recursive: true });
    for (let f = 0; f < 100; f++) fs.writeFileSync(path.join(sandbox, `d${d}`, `f${f}`), 'x'.repeat(4096));
  }
  const walkMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const w = walkDiskUsage(sandbox);
    walkMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!w.complete || w.entries !== 1010) throw new Error(`the sandbox walk saw ${w.entries} entries`);
  }
  results.diskWalk = { ms: median(walkMs), raw: walkMs };
  rows.push(['usage disk walk, 1,000 files', ms(median(walkMs)), '', 'cached 5 s; capped at 200 ms']);

  const width = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
  process.stdout.write(
    `machine: ${os.cpus().length} cores ${os.cpus()[0]?.model ?? ''}, ${results.machine && (results.machine as { memGiB: number }).memGiB} GiB, Node ${process.version}, kernel ${os.release()}, runs ${RUNS}\n`,
  );
  process.stdout.write(
    `calls run with ${['DEIMOS_CONFIG', ...Object.keys(env).filter((k) => k !== 'DEIMOS_CONFIG')].join(', ')} only${leftOutNodeVars.length ? ` (left out of this shell's environment: ${leftOutNodeVars.join(', ')})` : ''}\n`,
  );
  process.stdout.write(`${['figure', 'measured', 'ratio', 'target'].map((h, c) => h.padEnd(width[c])).join(' | ')}\n`);
  for (const r of rows) process.stdout.write(`${r.map((v, c) => v.padEnd(width[c])).join(' | ')}\n`);
  const out = path.join(repo, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify(results, null, 2));
  process.stdout.write(`raw figures: ${path.join(out, 'latest.json')}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
