/**
 * A full agent (issue 30): how each call's cost grows as the host fills up.
 * Every figure is measured in ROUNDS independent rounds and shown as its
 * median with the range over the rounds; each side of a ratio is measured
 * beside the other in the same round (the baseline alternates with ours),
 * so the load of what already runs taxes both alike.
 *
 * - N concurrent launches until all run, against N concurrent `docker run -d`
 *   of the same image, command and limits (N = 10 and 50);
 * - usage, containers and wait (of an ended container) with 200 running
 *   against the same call with 1, and recover with 200 running against
 *   recover with 1, each against `node -e 0` beside it;
 * - the CPU that a 0.20 agent's once-a-second usage polling of 50 running
 *   containers costs per second;
 * - `deimos-cleanup --rm` and `--check` of 100,000 ended states against
 *   10,000: cost per state and peak RSS.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Timed {
  wall: number;
  cpu: number;
}

/** What the suite's main module lends this part. */
export interface BenchKit {
  dir: string;
  stateRoot: string;
  image: string;
  containerizer: string;
  cleanup: string;
  /** One call through the binary, its stdin given (synchronous; wall and CPU). */
  call(argv: string[], input?: Buffer): Timed;
  node0(): Timed;
  /** A launch through the binary as the agent makes it, until it returns (the container runs). */
  launch(id: string, command: string, kind: 'command' | 'executor'): Promise<Timed>;
  destroy(id: string): Promise<void>;
  waitFrame(id: string): Buffer;
  usageFrame(id: string): Buffer;
  syntheticEndedStates(root: string, n: number): void;
}

export type Row = [string, string, string, string];

/** A task that ends at once on SIGTERM (as pid 1, sh ignores it otherwise and every destroy waits out the grace period). */
const TASK = 'trap "exit 143" TERM; sleep 600 & wait';

const ROUNDS = Number(process.env.DEIMOS_BENCH_ROUNDS ?? 3);
const CALL_RUNS = Number(process.env.DEIMOS_BENCH_CALL_RUNS ?? 11);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const range = (xs: number[], digits = 2) => `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}]`;
const verdict = (xs: number[], target: number) => `<= ${target} ${xs.every((x) => x <= target) ? 'ok' : 'MISSED'}`;

/** Run `count` async jobs with at most `width` at a time. */
async function inBatches(count: number, width: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

function dockerRunD(kit: BenchKit, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn('docker', ['run', '-d', '--label', label, '--net', 'none', '--cpu-shares', '102', '--memory', '32m', kit.image, 'sh', '-c', TASK], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`docker run -d exited ${code}: ${err.slice(0, 200)}`))));
  });
}

/** Wall time until all of `n` concurrent jobs have finished. */
async function concurrently(n: number, job: (i: number) => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await Promise.all(Array.from({ length: n }, (_, i) => job(i)));
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Call `call` beside `node -e 0`, CALL_RUNS times each, alternating: the median ratio of wall times and the mean CPU ratio. */
function againstNode(kit: BenchKit, call: () => Timed): { ratio: number; cpuRatio: number; wall: number; cpu: number } {
  call();
  kit.node0();
  const a: Timed[] = [];
  const b: Timed[] = [];
  for (let i = 0; i < CALL_RUNS; i++) {
    a.push(call());
    b.push(kit.node0());
  }
  const wall = median(a.map((t) => t.wall));
  const cpu = mean(a.map((t) => t.cpu));
  return { ratio: wall / median(b.map((t) => t.wall)), cpuRatio: cpu / Math.max(1, mean(b.map((t) => t.cpu))), wall, cpu };
}

/** Peak resident memory (VmHWM, kB) and wall time of a command, polled from /proc while it runs. */
function peakOf(argv: string[]): Promise<{ wall: number; peakKb: number }> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const p = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKb = 0;
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* ended between polls */
      }
    }, 20);
    p.on('close', (code) => {
      clearInterval(poll);
      const wall = Number(process.hrtime.bigint() - t) / 1e6;
      if (code !== 0) reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(-300)}`));
      else resolve({ wall, peakKb });
    });
  });
}

export async function concurrentLaunches(kit: BenchKit, results: Record<string, unknown>, rows: Row[]): Promise<void> {
  for (const n of [10, 50]) {
    const ratios: number[] = [];
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const label = `org.deimos.bench-run=${round}`;
      const ids = Array.from({ length: n }, (_, i) => `bench-conc-${n}-${round}-${i}`);
      const a = await concurrently(n, (i) => kit.launch(ids[i], TASK, 'command'));
      const runIds: string[] = [];
      const b = await concurrently(n, async () => runIds.push(await dockerRunD(kit, label)));
      ours.push(a);
      theirs.push(b);
      ratios.push(a / b);
      await inBatches(n, 10, (i) => kit.destroy(ids[i]));
      execFileSync('docker', ['rm', '-f', ...runIds], { stdio: 'ignore' });
    }
    results[`concurrentLaunches${n}`] = { ours, dockerRunD: theirs, ratios };
    rows.push([`${n} concurrent launches / ${n} docker run -d`, `${ms(median(ours))} / ${ms(median(theirs))}`, range(ratios), verdict(ratios, 1.3)]);
  }
}

/** usage, containers and wait with 200 running against 1; recover likewise; the polling CPU of 50. */
export async function fullHost(kit: BenchKit, results: Record<string, unknown>, rows: Row[]): Promise<void> {
  // One running and one ended container are there from the start.
  await kit.launch('full-0', TASK, 'executor');
  await kit.launch('full-ended', 'true', 'executor');
  kit.call([kit.containerizer, 'wait'], kit.waitFrame('full-ended'));
  const calls: Record<string, () => Timed> = {
    usage: () => kit.call([kit.containerizer, 'usage'], kit.usageFrame('full-0')),
    containers: () => kit.call([kit.containerizer, 'containers']),
    wait: () => kit.call([kit.containerizer, 'wait'], kit.waitFrame('full-ended')),
    recover: () => kit.call([kit.containerizer, 'recover']),
  };
  const measureAll = () => Object.fromEntries(Object.entries(calls).map(([k, f]) => [k, Array.from({ length: ROUNDS }, () => againstNode(kit, f))]));
  const with1 = measureAll();
  let running = 1;
  const grow = async (to: number) => {
    const from = running;
    await inBatches(to - from, 4, (i) => kit.launch(`full-${from + i}`, TASK, 'executor'));
    running = to;
  };
  await grow(50);
  // A 0.20 agent polls usage once a second per container: the CPU of one
  // usage call for each of the 50 is what a second of polling costs.
  const pollCpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let cpu = 0;
    for (let i = 0; i < 50; i++) cpu += kit.call([kit.containerizer, 'usage'], kit.usageFrame(`full-${i}`)).cpu;
    pollCpu.push(cpu);
  }
  results.pollingCpuPerSecond50 = pollCpu;
  rows.push(['usage polling, 50 running (0.20 agent)', `${range(pollCpu, 0)} ms CPU per second (${(median(pollCpu) / 10).toFixed(1)}% of a core)`, '', '']);
  await grow(200);
  const with200 = measureAll();
  const figures: Record<string, number[]> = {};
  for (const k of Object.keys(calls)) {
    figures[k] = with200[k].map((m, i) => m.ratio / with1[k][i].ratio);
    figures[`${k}Cpu`] = with200[k].map((m, i) => m.cpu / Math.max(1, with1[k][i].cpu));
  }
  if (process.env.DEIMOS_BENCH_HOLD) {
    // For profiling by hand: the host stays full until SIGUSR1.
    process.stderr.write(`bench: ${running} running; DEIMOS_CONFIG=${path.join(kit.dir, 'deimos.cfg')}; kill -USR1 ${process.pid} to go on\n`);
    const alive = setInterval(() => undefined, 1 << 30); // a signal listener alone does not keep Node running
    await new Promise((resolve) => process.once('SIGUSR1', resolve));
    clearInterval(alive);
  }
  results.fullHost = { with1, with200, figures };
  for (const k of ['usage', 'containers', 'wait']) {
    rows.push([`${k}, 200 running / 1`, `${ms(median(with200[k].map((m) => m.wall)))} / ${ms(median(with1[k].map((m) => m.wall)))} (each / node -e 0)`, range(figures[k]), verdict(figures[k], 1.05)]);
  }
  rows.push([
    'recover, 200 running / 1',
    `${ms(median(with200.recover.map((m) => m.wall)))} / ${ms(median(with1.recover.map((m) => m.wall)))} (each / node -e 0)`,
    range(figures.recover),
    verdict(figures.recover, 2),
  ]);
  await inBatches(running, 10, (i) => kit.destroy(`full-${i}`));
}

/** cleanup --rm and --check of 100,000 ended states against 10,000: cost per state, peak memory. */
export async function cleanupAtScale(kit: BenchKit, results: Record<string, unknown>, rows: Row[]): Promise<void> {
  const out: Record<string, { wall: number[]; peakKb: number[] }> = {};
  for (const mode of ['--check', '--rm']) {
    for (const count of [10_000, 100_000]) {
      const key = `${mode} ${count}`;
      out[key] = { wall: [], peakKb: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const root = path.join(kit.dir, `scale-${count}`);
        if (!fs.existsSync(path.join(root, 'mesos'))) kit.syntheticEndedStates(root, count);
        const r = await peakOf([kit.cleanup, mode, '--state-root', root]);
        out[key].wall.push(r.wall);
        out[key].peakKb.push(r.peakKb);
        if (mode === '--rm') {
          const left = fs.readdirSync(path.join(root, 'mesos')).length;
          if (left !== 0) throw new Error(`cleanup left ${left} of ${count} states`);
          fs.rmSync(root, { recursive: true, force: true });
        }
      }
    }
    const small = out[`${mode} 10000`];
    const big = out[`${mode} 100000`];
    const perState = big.wall.map((w, i) => w / 100_000 / (small.wall[i] / 10_000));
    const peakMb = big.peakKb.map((k) => k / 1024);
    rows.push([
      `cleanup ${mode} 100,000 states`,
      `${ms(median(big.wall))} (10,000: ${ms(median(small.wall))}); peak ${range(peakMb, 0)} MB`,
      `${range(perState)} per state`,
      `${verdict(perState, 1.1)}; ${peakMb.every((m) => m <= 100) ? '<= 100 MB ok' : '<= 100 MB MISSED'}`,
    ]);
  }
  results.cleanupAtScale = out;
}
