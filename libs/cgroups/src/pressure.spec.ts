import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { PERL, PRESSURE_MARK, PRESSURE_PRELUDE, parseEventfdCount, pressureCount, readPressureCounters, v1MemoryMounted, withPressurePrelude } from './pressure';

const FIXTURES = join(__dirname, '..', 'fixtures');
const mountinfo = (tree: string) => fs.readFileSync(join(FIXTURES, tree, 'proc', 'self', 'mountinfo'), 'utf8');
const DOCKER_ID = 'f'.repeat(64);

/** fdinfo as Linux 6.x prints it for an eventfd (fs/eventfd.c), and for a pipe. */
const EVENTFD_INFO = 'pos:\t0\nflags:\t02\nmnt_id:\t17\nino:\t1038\neventfd-count:            7343d\neventfd-id: 1\neventfd-semaphore: 0\n';
const PIPE_INFO = 'pos:\t0\nflags:\t01\nmnt_id:\t16\nino:\t2189595\n';
/** One of ours after `n` notifications: it starts at the mark. */
const ours = (n: number) => EVENTFD_INFO.replace('7343d', (PRESSURE_MARK + n).toString(16));

describe('parseEventfdCount', () => {
  it('reads the hexadecimal count of an eventfd, old and new kernels alike', () => {
    expect(parseEventfdCount(EVENTFD_INFO)).toBe(0x7343d);
    expect(parseEventfdCount('pos:\t0\nflags:\t02\nmnt_id:\t9\neventfd-count:                0\n')).toBe(0);
  });
  it('is undefined for any other descriptor', () => {
    expect(parseEventfdCount(PIPE_INFO)).toBeUndefined();
    expect(parseEventfdCount('eventfd-count: zz\n')).toBeUndefined();
  });
});

describe('pressureCount', () => {
  it("counts from the mark, and takes an eventfd below it for another owner's", () => {
    expect(pressureCount(ours(0))).toBe(0);
    expect(pressureCount(ours(0x7343d))).toBe(0x7343d);
    expect(pressureCount(EVENTFD_INFO)).toBeUndefined(); // the client's own eventfd
    expect(pressureCount(PIPE_INFO)).toBeUndefined();
  });
});

describe('readPressureCounters', () => {
  let proc: string;
  beforeEach(() => {
    proc = fs.mkdtempSync(join(os.tmpdir(), 'd18-proc-'));
    fs.mkdirSync(join(proc, '77', 'fdinfo'), { recursive: true });
    fs.writeFileSync(join(proc, '77', 'cmdline'), ['/usr/bin/docker', 'start', '-a', DOCKER_ID, ''].join('\0'));
    fs.writeFileSync(join(proc, '77', 'fdinfo', '4'), ours(0x7343d));
    fs.writeFileSync(join(proc, '77', 'fdinfo', '5'), ours(16));
    fs.writeFileSync(join(proc, '77', 'fdinfo', '6'), ours(0));
  });
  afterEach(() => fs.rmSync(proc, { recursive: true, force: true }));
  it("reads the watcher's three counters", () => {
    expect(readPressureCounters(77, DOCKER_ID, proc)).toEqual({ memLowPressureCounter: 0x7343d, memMediumPressureCounter: 16, memCriticalPressureCounter: 0 });
  });
  it('trusts nothing from a pid that is not a docker client of this container, or a descriptor that is not an eventfd', () => {
    expect(readPressureCounters(77, 'e'.repeat(64), proc)).toBeUndefined();
    expect(readPressureCounters(78, DOCKER_ID, proc)).toBeUndefined();
    expect(readPressureCounters(Number('x'), DOCKER_ID, proc)).toBeUndefined();
    fs.writeFileSync(join(proc, '77', 'fdinfo', '5'), PIPE_INFO);
    expect(readPressureCounters(77, DOCKER_ID, proc)).toBeUndefined();
    fs.writeFileSync(join(proc, '77', 'fdinfo', '5'), EVENTFD_INFO); // an eventfd without our mark
    expect(readPressureCounters(77, DOCKER_ID, proc)).toBeUndefined();
    // A file we may not read (here: a directory where fdinfo/5 should be) gives no counters, not an error.
    fs.rmSync(join(proc, '77', 'fdinfo', '5'));
    fs.mkdirSync(join(proc, '77', 'fdinfo', '5'));
    expect(readPressureCounters(77, DOCKER_ID, proc)).toBeUndefined();
  });
});

describe('the watcher prelude', () => {
  it('is used only where the memory controller is cgroup v1, and only on known architectures', () => {
    expect(v1MemoryMounted(mountinfo('v1-hybrid-cpu-shares'))).toBe(true);
    expect(v1MemoryMounted(mountinfo('v2-recorded-elastic-docker2'))).toBe(false);
    expect(withPressurePrelude(['docker', 'start', '-a', 'x'], '/s/memcg', 'x64')).toEqual([PERL, '-e', PRESSURE_PRELUDE, '--', '290', '/s/memcg', 'docker', 'start', '-a', 'x']);
    expect(withPressurePrelude(['docker'], '/s/memcg', 'mips')).toBeUndefined();
    expect(spawnSync(PERL, ['-c', '-e', PRESSURE_PRELUDE], { encoding: 'utf8' }).stderr).toMatch(/syntax OK/);
  });

  it('keeps three eventfds open in the exec-ed client, and registers them where memcg points, letting go of fd 3 and leaving no zombie', async () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'd18-prelude-'));
    try {
      const cg = join(dir, 'cg');
      fs.mkdirSync(cg);
      fs.writeFileSync(join(cg, 'memory.pressure_level'), '');
      fs.writeFileSync(join(cg, 'cgroup.event_control'), '');
      const lock = fs.openSync(join(dir, 'lock'), 'w');
      const argv = withPressurePrelude(['sleep', '30'], join(dir, 'memcg'))!;
      const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'inherit', lock] });
      fs.closeSync(lock);
      try {
        await until(() => fs.readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').startsWith('sleep\0'));
        const fds = [4, 5, 6].map((fd) => fs.readlinkSync(`/proc/${child.pid}/fd/${fd}`));
        expect(fds).toEqual(['anon_inode:[eventfd]', 'anon_inode:[eventfd]', 'anon_inode:[eventfd]']);
        expect(readPressureCounters(child.pid!, '30')).toBeUndefined(); // '30' is no docker id
        expect(fs.readFileSync(`/proc/${child.pid}/fdinfo/4`, 'utf8')).toContain(`eventfd-count: ${' '.repeat(8)}${PRESSURE_MARK.toString(16)}`);
        fs.writeFileSync(join(dir, 'memcg'), `${cg}\n`);
        await until(() => fs.readFileSync(join(cg, 'cgroup.event_control'), 'utf8').includes('critical'));
        expect(fs.readFileSync(join(cg, 'cgroup.event_control'), 'utf8')).toMatch(/^4 (\d+) low5 \1 medium6 \1 critical$/);
        // The client is left no child (no zombie), and only it holds the lock's descriptor (the registrar let go of fd 3).
        expect(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim()).toBe('');
        const holders = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && hasFile(p, join(dir, 'lock')));
        expect(holders).toEqual([String(child.pid)]);
      } finally {
        child.kill('SIGKILL');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function hasFile(pid: string, file: string): boolean {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (check()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
