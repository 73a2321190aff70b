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
const env = { ...process.env, DEIMOS_CONFIG: cfg } as Record<string, string>;
const workDir = path.join(dir, 'work');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

function timeSync(argv: string[], input?: Buffer, extraEnv: Record<string, string> = {}): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { input, env: { ...env, ...extraEnv }, stdio: ['pipe', 'pipe', 'pipe'] });
  const took = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 300)}`);
  return took;
}

/** Alternate a and b `runs` times; medians and ratio a/b. */
function pair(a: () => number, b: () => number, runs = RUNS): { a: number; b: number; ratio: number; rawA: number[]; rawB: number[] } {
  a();
  b(); // warm caches (and the V8 code cache) first
  const rawA: number[] = [];
  const rawB: number[] = [];
  for (let i = 0; i < runs; i++) {
    rawA.push(a());
    rawB.push(b());
  }
  return { a: median(rawA), b: median(rawB), ratio: median(rawA) / median(rawB), rawA, rawB };
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
async function launch(id: string, command: string, kind: 'command' | 'executor' = 'command'): Promise<number> {
  const l = kind === 'command' ? commandLaunch(id, command, true) : executorLaunch(id, command);
  const t = Date.now();
  const r = await invoke({
    containerizer,
    subcommand: 'launch',
    input: encode('Launch', l),
    sandbox: l.directory!,
    env: { ...env, ...launchEnvOf(l) },
    libexecDir: path.dirname(standinExecutor),
  });
  if (r.exitCode !== 0) throw new Error(`launch ${id} failed: ${r.stderr.slice(-300)}`);
  return Date.now() - t;
}

function privateDirtyKb(pid: number): number {
  try {
    const m = /Private_Dirty:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Our long-lived processes for a container: its docker client and observer. */
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
    if ((cmd.startsWith('docker ') && cmd.includes(cid)) || (cmd.includes('deimos-') && !cmd.includes('mesos-executor') && cmd.endsWith(` ${id}`))) {
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

async function main(): Promise<void> {
  const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, kernel: os.release() }, runs: RUNS };
  const rows: Array<[string, string, string, string]> = [];
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');

  // P1: usage of a running container vs node -e 0
  await launch('bench-usage', 'sleep 600', 'executor');
  const usageFrame = encodeFrame(encode('Usage', { containerId: { value: 'bench-usage' } }));
  const p1 = pair(
    () => timeSync([containerizer, 'usage'], usageFrame),
    () => timeSync([process.execPath, '-e', '0'], Buffer.alloc(0)),
  );
  results.P1 = p1;
  rows.push(['P1 usage / node -e 0', `${ms(p1.a)} / ${ms(p1.b)}`, p1.ratio.toFixed(2), `<= 1.25 ${check(p1.ratio <= 1.25)}`]);

  // P2: launch until running vs docker run -d
  let n = 0;
  const launched: string[] = [];
  const runIds: string[] = [];
  const p2a: number[] = [];
  const p2b: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 11); i++) {
    const id = `bench-launch-${n++}`;
    p2a.push(await launch(id, 'sleep 600'));
    launched.push(id);
    const t = Date.now();
    runIds.push(execFileSync('docker', ['run', '-d', '--label', `org.deimos.state-root=${stateRoot}`, '--cpu-shares', '102', '--memory', '32m', IMAGE, 'sh', '-c', 'sleep 600'], { encoding: 'utf8' }).trim());
    p2b.push(Date.now() - t);
  }
  const p2 = { a: median(p2a), b: median(p2b), ratio: median(p2a) / median(p2b), rawA: p2a, rawB: p2b };
  results.P2 = p2;
  rows.push(['P2 launch / docker run -d', `${ms(p2.a)} / ${ms(p2.b)}`, p2.ratio.toFixed(2), `<= 1.3 ${check(p2.ratio <= 1.3)}`]);
  execFileSync('docker', ['rm', '-f', ...runIds], { stdio: 'ignore' });

  // P3: long-lived processes and private memory per running container
  await launch('bench-observed', 'sleep 600', 'command');
  await new Promise((r) => setTimeout(r, 1500));
  const command = ourProcesses('bench-observed');
  const custom = ourProcesses('bench-usage');
  const kb = (ps: typeof command) => ps.reduce((s, p) => s + p.kb, 0);
  results.P3 = { commandTask: command, customOrUnobserved: custom };
  rows.push([
    'P3 command task (+ observer)',
    `${command.length} processes, ${(kb(command) / 1024).toFixed(1)} MB`,
    '',
    `<= 2, <= 16 MB ${check(command.length <= 2 && kb(command) <= 16 * 1024)}`,
  ]);
  rows.push(['P3 custom executor task', `${custom.length} process(es), ${(kb(custom) / 1024).toFixed(1)} MB`, '', `<= 2, <= 16 MB ${check(custom.length <= 2 && kb(custom) <= 16 * 1024)}`]);

  // P4: containers with 50 running vs with 1; usage sweep over 50 vs 50 x P1
  const one = pair(() => timeSync([containerizer, 'containers']), () => timeSync([process.execPath, '-e', '0']), 11);
  for (let i = launched.length + 2; i < 50; i++) {
    const id = `bench-fill-${i}`;
    await launch(id, 'sleep 600');
    launched.push(id);
  }
  const all = [...launched, 'bench-usage', 'bench-observed'];
  const fifty = pair(() => timeSync([containerizer, 'containers']), () => timeSync([process.execPath, '-e', '0']), 11);
  const p4ratio = fifty.a / one.a;
  const sweepFrames = all.map((id) => encodeFrame(encode('Usage', { containerId: { value: id } })));
  const sweeps: number[] = [];
  for (let r = 0; r < 3; r++) sweeps.push(sweepFrames.reduce((s, f) => s + timeSync([containerizer, 'usage'], f), 0));
  const sweep = median(sweeps);
  const sweepRatio = sweep / (all.length * p1.a);
  results.P4 = { running: all.length, containersWith1: one, containersWith50: fifty, ratio: p4ratio, usageSweepMs: sweeps, sweepRatio };
  rows.push([`P4 containers ${all.length} / 1`, `${ms(fifty.a)} / ${ms(one.a)}`, p4ratio.toFixed(2), `<= 1.5 ${check(p4ratio <= 1.5)}`]);
  rows.push([`P4 usage sweep / ${all.length} x P1`, `${ms(sweep)} / ${ms(all.length * p1.a)}`, sweepRatio.toFixed(2), `<= 1.1 ${check(sweepRatio <= 1.1)}`]);

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
    p5[count] = timeSync([bin('deimos-cleanup'), '--rm', '--state-root', root]);
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
  process.stdout.write(`machine: ${os.cpus().length} cores ${os.cpus()[0]?.model ?? ''}, ${results.machine && (results.machine as { memGiB: number }).memGiB} GiB, Node ${process.version}, kernel ${os.release()}, runs ${RUNS}\n`);
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
