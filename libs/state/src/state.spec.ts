import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LockTimeout } from '@deimos/errors';
import { StateRoot } from './layout';
import { isDockerId, validateContainerId, validateDockerId } from './ids';
import { writeFileAtomic } from './files';
import { acquireExclusiveLocksNow, acquireLock, locksOnFile, parseProcLocks, readKernelLocks } from './locks';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-state-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('validateContainerId', () => {
  it('accepts UUIDs', () => {
    expect(validateContainerId('435253ab-d246-47be-a350-35420465d868')).toBe('435253ab-d246-47be-a350-35420465d868');
  });
  it.each(['../x', 'a/b', '..', '.', '', 'a b', 'a\0b', 'x'.repeat(129), '-lead', 'a..b'])('refuses %j', (id) => {
    expect(() => validateContainerId(id)).toThrow(/container_id/);
  });
});

describe('StateRoot', () => {
  it('lists the states in chunks as list() does, hidden entries left out, and nothing for a missing root', () => {
    const root = new StateRoot(tmp);
    for (let i = 0; i < 7; i++) root.create(`s${i}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    fs.mkdirSync(path.join(root.mesosDir, '.hidden'));
    const chunks = [...root.listInChunks(3)];
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(chunks.flat().sort()).toEqual(root.list().sort());
    expect(chunks.flat()).not.toContain('.hidden');
    expect([...new StateRoot(path.join(tmp, 'missing')).listInChunks(3)]).toEqual([]);
  });
  it('keeps the task environment for the ondestroy hook, root-only, and refuses a file it did not write', () => {
    const st = new StateRoot(tmp).create('hk', new Date('2026-01-02T03:04:05.678Z'));
    expect(st.hookEnv()).toEqual([]);
    st.writeHookEnv([
      ['A', 'x y'],
      ['B', 'line\nbreak'],
    ]);
    expect(st.hookEnv()).toEqual([
      ['A', 'x y'],
      ['B', 'line\nbreak'],
    ]);
    expect(fs.statSync(st.file('hook-env')).mode & 0o777).toBe(0o600);
    fs.writeFileSync(st.file('hook-env'), '[["A"]]');
    expect(() => st.hookEnv()).toThrow(/hook-env is not the JSON list of \[name, value\] pairs/);
  });
  it('writes the task variables for a hook as NUL-ended NAME=value entries, root-only, replacing a planted link', () => {
    const st = new StateRoot(tmp).create('te', new Date('2026-01-02T03:04:05.678Z'));
    const victim = path.join(tmp, 'victim');
    fs.writeFileSync(victim, 'untouched');
    fs.symlinkSync(victim, st.file('task-env'));
    const file = st.writeTaskEnvFile([
      ['A', 'x=y'],
      ['B', 'line\nbreak $(id) "q" \'s\''],
      ['C', ''],
    ]);
    expect(file).toBe(st.file('task-env'));
    expect(fs.readFileSync(file, 'utf8')).toBe('A=x=y\0B=line\nbreak $(id) "q" \'s\'\0C=\0');
    expect(fs.lstatSync(file).isFile()).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
  });
  it.each([
    ['', 'v'],
    ['A=B', 'v'],
    ['A\0B', 'v'],
    ['A', 'x\0y'],
  ])('refuses to write task variable %j = %j, which the format cannot carry, and writes nothing', (name, value) => {
    const st = new StateRoot(tmp).create('tx', new Date('2026-01-02T03:04:05.678Z'));
    expect(() => st.writeTaskEnvFile([[name, value]])).toThrow(/cannot be written as NAME=value/);
    expect(fs.existsSync(st.file('task-env'))).toBe(false);
  });
  it('creates the reference layout with a start-time index', () => {
    const root = new StateRoot(tmp);
    const st = root.create('c1', new Date('2026-01-02T03:04:05.678Z'));
    expect(st.read('mesos-container-id')).toBe('c1');
    expect(st.read('t')).toBe('2026-01-02T03:04:05.678Z');
    expect(fs.readlinkSync(path.join(tmp, 'start-time', '2026-01-02T03:04:05.678Z'))).toBe('../mesos/c1');
    expect(fs.statSync(st.dir).mode & 0o777).toBe(0o700);
  });
  it('gives two containers of the same millisecond distinct start-time entries', () => {
    const root = new StateRoot(tmp);
    const now = new Date('2026-01-02T03:04:05.678Z');
    root.create('a', now);
    const b = root.create('b', now);
    expect(b.read('t')).toBe('2026-01-02T03:04:05.679Z');
  });
  it('refuses to create the same container twice', () => {
    const root = new StateRoot(tmp);
    root.create('dup');
    expect(() => root.create('dup')).toThrow(/already has state/);
  });
  it('refuses an unsafe id before creating anything', () => {
    const root = new StateRoot(tmp);
    expect(() => root.create('../escape')).toThrow(/not a safe container id/);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
  it('refuses a root with a colon or a relative root', () => {
    expect(() => new StateRoot('/tmp/a:b')).toThrow(/contains ':'/);
    expect(() => new StateRoot('relative')).toThrow(/absolute/);
  });
  it('indexes the Docker id and removes every trace', async () => {
    const root = new StateRoot(tmp);
    const st = root.create('c2');
    const did = 'a'.repeat(64);
    st.recordDockerId(did);
    st.linkSandbox(tmp);
    expect(root.byDockerId(did)?.id).toBe('c2');
    await st.remove();
    expect(fs.readdirSync(path.join(tmp, 'mesos'))).toEqual([]);
    expect(fs.readdirSync(path.join(tmp, 'docker'))).toEqual([]);
    expect(fs.readdirSync(path.join(tmp, 'start-time'))).toEqual([]);
    // the sandbox behind the fs link is untouched
    expect(fs.existsSync(tmp)).toBe(true);
  });
  it('lists and reads its index directories, and tells when a state was created', async () => {
    const root = new StateRoot(path.join(tmp, 'r'));
    expect(root.exists()).toBe(false);
    expect(await root.indexNames('docker')).toEqual([]);
    const st = root.create('c1', new Date('2026-01-02T03:04:05.678Z'));
    st.recordDockerId('ab'.repeat(32));
    fs.writeFileSync(path.join(root.startTimeDir, 'junk'), '');
    expect(root.exists()).toBe(true);
    expect(await root.indexNames('start-time')).toEqual(['2026-01-02T03:04:05.678Z', 'junk']);
    expect(await root.indexNames('docker')).toEqual(['ab'.repeat(32)]);
    expect(root.indexEntryPath('start-time', 'junk')).toBe(path.join(root.startTimeDir, 'junk'));
    expect(await root.dockerLinkTarget('ab'.repeat(32))).toBe(path.join('..', 'mesos', 'c1'));
    expect(st.createdMs()).toBe(Date.parse('2026-01-02T03:04:05.678Z'));
    fs.unlinkSync(st.file('t'));
    expect(st.createdMs()).toBe(fs.statSync(st.file('mesos-container-id')).mtimeMs);
    fs.unlinkSync(st.file('mesos-container-id'));
    expect(st.createdMs()).toBeUndefined();
  });
  it('reads a recorded exit code and rejects garbage', () => {
    const root = new StateRoot(tmp);
    const st = root.create('c3');
    expect(st.exitCode()).toBeUndefined();
    st.write('exit', '3');
    expect(st.exitCode()).toBe(3);
    fs.writeFileSync(st.file('exit'), 'x');
    expect(() => st.exitCode()).toThrow(/not an exit code/);
  });
});

describe('writeFileAtomic', () => {
  it('replaces content whole and leaves no temporary file', () => {
    const f = path.join(tmp, 'v');
    writeFileAtomic(f, 'one\n');
    writeFileAtomic(f, 'two\n');
    expect(fs.readFileSync(f, 'utf8')).toBe('two\n');
    expect(fs.readdirSync(tmp)).toEqual(['v']);
  });
  it('names the path when the directory is missing and leaves nothing', () => {
    expect(() => writeFileAtomic(path.join(tmp, 'no', 'v'), 'x')).toThrow(new RegExp(`cannot write ${tmp}/no/v`));
  });
});

describe('locks', () => {
  it('excludes a second exclusive holder and frees on release', async () => {
    const f = path.join(tmp, 'l');
    const a = await acquireLock(f, 'wait', { mode: 'exclusive' });
    await expect(acquireLock(f, 'wait', { mode: 'exclusive', nonBlocking: true })).rejects.toBeInstanceOf(LockTimeout);
    await expect(acquireLock(f, 'wait', { mode: 'shared', timeoutMs: 200 })).rejects.toThrow(/not free within 0.2 s/);
    a.release();
    const b = await acquireLock(f, 'wait', { mode: 'exclusive', nonBlocking: true });
    b.release();
  });
  it('takes several exclusive locks at once through one child, each held and noted', async () => {
    const files = ['a', 'b', 'c'].map((n) => path.join(tmp, n));
    const locks = await acquireExclusiveLocksNow(files.map((file, i) => ({ file, name: `l${i}` })));
    expect(locks.map((l) => l.name)).toEqual(['l0', 'l1', 'l2']);
    for (const f of files) {
      await expect(acquireLock(f, 'wait', { mode: 'shared', nonBlocking: true })).rejects.toBeInstanceOf(LockTimeout);
      expect(fs.readFileSync(f, 'utf8')).toMatch(new RegExp(`^pid=${process.pid} since=`));
    }
    locks.forEach((l) => l.release());
    const again = await acquireLock(files[2], 'wait', { mode: 'exclusive', nonBlocking: true });
    again.release();
  });
  it('takes none of them when one is held elsewhere, and names that one', async () => {
    const files = ['a', 'b', 'c'].map((n) => path.join(tmp, n));
    const other = await acquireLock(files[1], 'wait', { mode: 'shared' });
    const err = await acquireExclusiveLocksNow(files.map((file, i) => ({ file, name: `l${i}` }))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockTimeout);
    expect((err as Error).message).toBe(`lock "l1" (${files[1]}) is held by another process`);
    other.release();
    // The first one, taken before the busy one was met, was let go.
    const first = await acquireLock(files[0], 'launch', { mode: 'exclusive', nonBlocking: true });
    first.release();
  });
  it('lets shared holders share', async () => {
    const f = path.join(tmp, 'l');
    const a = await acquireLock(f, 'launch', { mode: 'shared' });
    const b = await acquireLock(f, 'launch', { mode: 'shared', nonBlocking: true });
    expect(locksOnFile(f, readKernelLocks()).map((l) => l.mode)).toEqual(['shared', 'shared']);
    // While they share it, nobody has it alone.
    await expect(acquireLock(f, 'launch', { mode: 'exclusive', nonBlocking: true })).rejects.toBeInstanceOf(LockTimeout);
    a.release();
    b.release();
    expect(locksOnFile(f, readKernelLocks())).toHaveLength(0);
  });
  it('records the holder pid in the lock file and shows up in /proc/locks', async () => {
    const f = path.join(tmp, 'l');
    const a = await acquireLock(f, 'wait', { mode: 'exclusive' });
    expect(fs.readFileSync(f, 'utf8')).toMatch(new RegExp(`^pid=${process.pid} since=\\d{4}-`));
    const held = locksOnFile(f, readKernelLocks());
    expect(held).toHaveLength(1);
    expect(held[0].mode).toBe('exclusive');
    a.release();
    expect(locksOnFile(f, readKernelLocks())).toHaveLength(0);
  });
  it('is released at once when a holder process is killed', async () => {
    const f = path.join(tmp, 'l');
    // One process holds the lock on its fd 9 until killed.
    const holder = spawn('sh', ['-c', 'exec 9>"$1"; flock -x 9; exec sleep 60', 'sh', f], { stdio: 'ignore' });
    for (let i = 0; i < 100 && locksOnFile(f, readKernelLocks()).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await expect(acquireLock(f, 'wait', { mode: 'shared', nonBlocking: true })).rejects.toBeInstanceOf(LockTimeout);
    const started = Date.now();
    const waiting = acquireLock(f, 'wait', { mode: 'shared', timeoutMs: 10_000 });
    holder.kill('SIGKILL');
    const got = await waiting;
    expect(Date.now() - started).toBeLessThan(5000);
    got.release();
  });
  it('keeps a lock alive in a child that inherited the descriptor', async () => {
    const f = path.join(tmp, 'l');
    const a = await acquireLock(f, 'wait', { mode: 'exclusive' });
    const child = spawn('sleep', ['1'], { stdio: ['ignore', 'ignore', 'ignore', a.fd] });
    a.release();
    await expect(acquireLock(f, 'wait', { mode: 'shared', nonBlocking: true })).rejects.toBeInstanceOf(LockTimeout);
    await new Promise((r) => child.on('exit', r));
    const b = await acquireLock(f, 'wait', { mode: 'shared', timeoutMs: 2000 });
    b.release();
  });
  it('reads a locks table larger than its first buffer whole', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-proc-'));
    try {
      const lines = Array.from({ length: 3000 }, (_, i) => `${i + 1}: FLOCK  ADVISORY  WRITE ${1000 + i} fd:01:${5000 + i} 0 EOF\n`);
      fs.writeFileSync(path.join(root, 'locks'), lines.join(''));
      expect(lines.join('').length).toBeGreaterThan(128 * 1024);
      const table = readKernelLocks(root);
      expect(table).toHaveLength(3000);
      expect(table[2999]).toMatchObject({ pid: 3999, inode: 7999 });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
  it('parses /proc/locks lines including waiters', () => {
    const table = parseProcLocks('1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF\n1: -> FLOCK  ADVISORY  READ 99 fd:01:5678 0 EOF\n2: POSIX  ADVISORY  READ 7 00:2a:42 0 EOF\n');
    expect(table).toEqual([
      { kind: 'FLOCK', blocked: false, mode: 'exclusive', pid: 1234, major: 0xfd, minor: 1, inode: 5678 },
      { kind: 'FLOCK', blocked: true, mode: 'shared', pid: 99, major: 0xfd, minor: 1, inode: 5678 },
      { kind: 'POSIX', blocked: false, mode: 'shared', pid: 7, major: 0, minor: 0x2a, inode: 42 },
    ]);
  });
});

describe('Docker ids, one grammar', () => {
  const full = 'a'.repeat(64);
  it('takes the engine full ids, and 12+ digit prefixes where abbreviations are allowed', () => {
    expect(isDockerId(full, 'full')).toBe(true);
    expect(isDockerId(full.slice(0, 12), 'full')).toBe(false);
    expect(isDockerId(full.slice(0, 12), 'abbreviated')).toBe(true);
    expect(isDockerId(full.slice(0, 11), 'abbreviated')).toBe(false);
    expect(isDockerId(`${full}0`, 'abbreviated')).toBe(false);
    expect(isDockerId('A'.repeat(64), 'full')).toBe(false);
    expect(isDockerId(`../${full.slice(3)}`, 'abbreviated')).toBe(false);
  });

  it('validates a recorded id with the same grammar, trimmed, and names what it refuses', () => {
    expect(validateDockerId(` ${full}\n`)).toBe(full);
    expect(() => validateDockerId('deimos-c1')).toThrow('"deimos-c1" is not a Docker container id');
  });
});
