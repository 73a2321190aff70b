import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encode } from '@deimos/protocol';
import { encodeFrame } from '@deimos/recordio';
import { FAKE_ECP, makeTempDir, processGroupMembers, readDump, replyFile } from './fixtures/helpers';
import { DEFAULT_LIBEXEC_DIR, invoke, startInvocation } from './index';

const waitInput = encode('Wait', { containerId: { value: 'c1' } });
let dir: string;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('invoke', () => {
  it('lets a containerizer that reads exactly 4 + N bytes finish while stdin stays open', async () => {
    const saved = path.join(dir, 'input');
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'destroy', input: waitInput, env: { FAKE_SAVE_INPUT: saved }, timeoutMs: 5000 });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(0);
    expect(fs.readFileSync(saved)).toEqual(Buffer.from(waitInput));
  });

  it('never closes stdin: a containerizer that waits for EOF only ends when killed', async () => {
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'destroy', input: waitInput, env: { FAKE_READ: 'eof' }, timeoutMs: 700 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
    expect(result.status).toBe(9);
  });

  it('reads the first frame of a wait reply and ignores trailing bytes', async () => {
    const reply = replyFile(dir, 'reply', 'Termination', { killed: false, message: 'done', status: 768 }, 'TRAILING');
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'wait', input: waitInput, env: { FAKE_REPLY: reply } });
    expect(result.exitCode).toBe(0);
    expect(decode('Termination', result.frame!)).toMatchObject({ message: 'done', status: 768 });
    expect(result.stdout.subarray(-8).toString()).toBe('TRAILING');
    expect(result.frameError).toBeUndefined();
  });

  it('reports exit 3 with a valid frame as exit code 3, wait status 768', async () => {
    const reply = replyFile(dir, 'reply', 'Containers', { containers: [] });
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'containers', env: { FAKE_REPLY: reply, FAKE_EXIT: '3' } });
    expect(result.exitCode).toBe(3);
    expect(result.status).toBe(768);
    expect(result.frame!.length).toBe(0);
  });

  it('accepts an empty Containers reply (4 zero bytes) as a frame', async () => {
    const reply = replyFile(dir, 'reply', 'Containers', { containers: [] });
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'containers', env: { FAKE_REPLY: reply } });
    expect(result.stdout).toEqual(Buffer.from([0, 0, 0, 0]));
    expect(result.frame).toEqual(Buffer.alloc(0));
  });

  it('explains a missing reply', async () => {
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'containers' });
    expect(result.frame).toBeUndefined();
    expect(result.frameError).toBe('no output: expected a 4-byte length prefix (at byte offset 0)');
  });

  it('explains a truncated reply with the byte offset', async () => {
    const reply = path.join(dir, 'reply');
    fs.writeFileSync(reply, encodeFrame(Buffer.from('abcdef')).subarray(0, 6));
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'usage', input: waitInput, env: { FAKE_REPLY: reply } });
    expect(result.frameError).toBe('input ended early: expected 6 bytes of message, got 2 (at byte offset 6)');
  });

  it('appends stderr to <sandbox>/stderr and returns it', async () => {
    fs.writeFileSync(path.join(dir, 'stderr'), 'earlier line\n');
    const result = await invoke({ containerizer: FAKE_ECP, subcommand: 'update', input: waitInput, sandbox: dir, env: { FAKE_STDERR: 'hello from the ECP' } });
    expect(result.stderr).toBe('hello from the ECP\n');
    expect(fs.readFileSync(path.join(dir, 'stderr'), 'utf8')).toBe('earlier line\nhello from the ECP\n');
    expect(fs.statSync(path.join(dir, 'stderr')).mode & 0o777).toBe(0o644);
  });

  it('runs in the sandbox, in a new session, with the base variables and the given env', async () => {
    const dump = path.join(dir, 'dump');
    const result = await invoke({
      containerizer: FAKE_ECP,
      subcommand: 'recover',
      sandbox: dir,
      workDir: '/var/lib/mesos-test',
      env: { FAKE_ENV_DUMP: dump, EXTRA: 'yes', MESOS_WORK_DIRECTORY: '/overridden' },
    });
    const env = readDump(dump);
    expect(env.CWD).toBe(dir);
    expect(env.MESOS_LIBEXEC_DIRECTORY).toBe(DEFAULT_LIBEXEC_DIR);
    expect(env.MESOS_WORK_DIRECTORY).toBe('/overridden');
    expect(env.EXTRA).toBe('yes');
    expect(env.PATH).toBe(process.env.PATH);
    // pid pgrp session: the shell started by the agent leads its own session.
    const [, pgrp, session] = env.STAT.split(' ').map(Number);
    expect(pgrp).toBe(result.pid);
    expect(session).toBe(result.pid);
  });

  it('runs without a sandbox in the harness cwd and writes no stderr file', async () => {
    const dump = path.join(dir, 'dump');
    await invoke({ containerizer: FAKE_ECP, subcommand: 'recover', env: { FAKE_ENV_DUMP: dump, FAKE_STDERR: 'x' } });
    expect(readDump(dump).CWD).toBe(process.cwd());
    expect(fs.existsSync(path.join(dir, 'stderr'))).toBe(false);
  });

  it('word-splits the containerizer path like /bin/sh -c does', async () => {
    const dump = path.join(dir, 'dump');
    // "<path> extra" makes the subcommand the fake's second argument; the fake then sees "extra".
    const result = await invoke({ containerizer: `${FAKE_ECP} recover`, subcommand: 'containers', env: { FAKE_ENV_DUMP: dump } });
    expect(result.exitCode).toBe(0);
    expect(fs.existsSync(dump)).toBe(true);
  });

  it('kill() SIGKILLs the whole process group of a running call', async () => {
    const invocation = startInvocation({ containerizer: FAKE_ECP, subcommand: 'wait', input: waitInput, env: { FAKE_SLEEP: '30' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processGroupMembers(invocation.pid).length).toBeGreaterThanOrEqual(2);
    expect(invocation.kill()).toBe(true);
    const result = await invocation.result;
    expect(result.signal).toBe('SIGKILL');
    expect(result.status).toBe(9);
    // The group got SIGKILL at once; a member may need a moment to be scheduled and die.
    for (let i = 0; i < 40 && processGroupMembers(invocation.pid).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(processGroupMembers(invocation.pid)).toEqual([]);
  });

  it('with a user, chowns the sandbox tree and the stderr file to that user first', async () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    const call = invoke({ containerizer: FAKE_ECP, subcommand: 'recover', sandbox: dir, user: 'nobody', env: { FAKE_STDERR: 'x' } });
    if (process.getuid?.() !== 0) {
      // Only root may give files away: the call must fail before spawning.
      await expect(call).rejects.toThrow(/^chown -R nobody: /);
      return;
    }
    await call;
    const nobody = Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());
    expect(fs.statSync(path.join(dir, 'sub')).uid).toBe(nobody);
    expect(fs.statSync(path.join(dir, 'stderr')).uid).toBe(nobody);
  });

  it('refuses a sandbox that does not exist', async () => {
    await expect(invoke({ containerizer: FAKE_ECP, subcommand: 'recover', sandbox: path.join(dir, 'nope') })).rejects.toThrow('is not a directory');
  });
});
