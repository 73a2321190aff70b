// Against the real Docker engine of the test bed: start labelled containers,
// read their cgroups through /proc/<pid>/cgroup, remove them afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DeimosError } from '@deimos/errors';
import { detectCgroupVersion, locateCgroups } from './locate';
import { readContainerStats } from './stats';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';
const LABEL = 'deimos.test=cgroups';

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const started: string[] = [];

function runContainer(options: string[], command: string[]): { id: string; pid: number } {
  const id = docker('run', '-d', '--net=none', '--label', LABEL, ...options, IMAGE, ...command);
  started.push(id);
  const pid = Number(docker('inspect', '-f', '{{.State.Pid}}', id));
  expect(pid).toBeGreaterThan(0);
  return { id, pid };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  while (started.length > 0) {
    const id = started.pop() as string;
    try {
      docker('rm', '-f', id);
    } catch {
      // already gone
    }
  }
});

describe('cgroups of real containers', () => {
  it('locates every directory of a container on this host, for the host kind detected', () => {
    const { id, pid } = runContainer([], ['sleep', '60']);
    const host = detectCgroupVersion();
    const paths = locateCgroups(pid);
    expect(paths.version).toBe(host === 'v2' ? 'v2' : 'v1');
    if (host === 'hybrid') expect(paths.dirs.unified).toContain(id);
    for (const dir of Object.values(paths.dirs)) {
      expect(dir).toContain(id);
      expect(existsSync(dir)).toBe(true);
    }
  });

  it('reports --cpu-shares 512 as 0.5 CPUs and -m 64m as 64 MiB', () => {
    const { pid } = runContainer(['--cpu-shares', '512', '-m', '64m'], ['sleep', '60']);
    const stats = readContainerStats(pid);
    expect(stats.cpusLimit).toBe(0.5);
    expect(stats.memLimitBytes).toBe(64 * 1024 * 1024);
    expect(stats.memTotalBytes).toBeGreaterThan(0);
    expect(stats.processes).toBe(1);
    expect(stats.threads).toBe(1);
  });

  it('sees the user time of a CPU-burning container grow between two reads, under its quota', async () => {
    const { pid } = runContainer(['--cpus', '0.5'], ['sh', '-c', 'while :; do :; done']);
    await sleep(300);
    const first = readContainerStats(pid);
    await sleep(1500);
    const second = readContainerStats(pid);
    expect(first.cpusLimit).toBe(0.5);
    expect(second.cpusUserTimeSecs as number).toBeGreaterThan(first.cpusUserTimeSecs as number);
    expect(second.cpusNrPeriods as number).toBeGreaterThan(first.cpusNrPeriods as number);
  });

  it('reads the network counters of the container namespace (lo only with --net=none)', () => {
    const { pid } = runContainer([], ['sleep', '60']);
    const stats = readContainerStats(pid);
    for (const key of ['netRxPackets', 'netRxBytes', 'netRxErrors', 'netRxDropped', 'netTxPackets', 'netTxBytes', 'netTxErrors', 'netTxDropped'] as const) {
      expect(stats[key]).toBe(0);
    }
  });

  it('counts real traffic over a veth in the container namespace as non-zero rx/tx', () => {
    const { id, pid } = runContainer([], ['sleep', '60']);
    // Host end d18h<n> 198.19.18.1/30, container end d18c<n> -> eth1 198.19.18.2/30.
    const n = String(process.pid % 100000);
    const host = `d18h${n}`;
    const inner = `d18c${n}`;
    const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    const inNs = (...args: string[]) => execFileSync('nsenter', ['-t', String(pid), '-n', 'ip', ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    try {
      ip('link', 'add', host, 'type', 'veth', 'peer', 'name', inner);
      ip('link', 'set', inner, 'netns', String(pid));
      ip('addr', 'add', '198.19.18.1/30', 'dev', host);
      ip('link', 'set', host, 'up');
      inNs('link', 'set', inner, 'name', 'eth1');
      inNs('addr', 'add', '198.19.18.2/30', 'dev', 'eth1');
      inNs('link', 'set', 'eth1', 'up');
      const before = readContainerStats(pid);
      expect(before.netTxPackets ?? 0).toBeLessThan(50);
      // busybox ping from inside: echo requests leave eth1, the host answers.
      docker('exec', id, 'ping', '-c', '5', '-i', '0.2', '-W', '2', '198.19.18.1');
      const after = readContainerStats(pid);
      expect(after.netTxPackets as number).toBeGreaterThanOrEqual((before.netTxPackets ?? 0) + 5);
      expect(after.netRxPackets as number).toBeGreaterThanOrEqual((before.netRxPackets ?? 0) + 5);
      expect(after.netTxBytes as number).toBeGreaterThan(5 * 84);
      expect(after.netRxBytes as number).toBeGreaterThan(5 * 84);
    } finally {
      // The container end goes with the namespace; the host end may need removing.
      try {
        ip('link', 'del', host);
      } catch {
        /* already gone */
      }
    }
  });

  it('reads a container in a few milliseconds', () => {
    const { pid } = runContainer([], ['sleep', '60']);
    const rounds = 50;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) readContainerStats(pid);
    const msPerRead = Number(process.hrtime.bigint() - start) / 1e6 / rounds;
    // Generous bound for a loaded 2-core machine; a read is about a dozen small files.
    expect(msPerRead).toBeLessThan(20);
  });

  it('fails with a CGROUP error once the container is gone', () => {
    const { id, pid } = runContainer([], ['sleep', '60']);
    docker('rm', '-f', id);
    expect(() => readContainerStats(pid)).toThrow(DeimosError);
    expect(() => readContainerStats(pid)).toThrow(/does not exist|no mounted cgroup hierarchy/);
  });
});
