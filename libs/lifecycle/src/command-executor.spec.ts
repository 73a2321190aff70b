import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger } from '@deimos/log';
import { StateRoot } from '@deimos/state';
import { executorStyle, observerArgv, parseExecutorHelp, styleOf } from './command-executor';

/*
 * Help texts in stout's format (flags.hpp usage(): "  --name=VALUE" for
 * valued flags, "  --[no-]name" for booleans), with the flag sets of
 * src/launcher/executor.cpp at 0.20.1, 0.28.2 and 1.0.4.
 */
const line = (name: string, bool = false) => `  --${bool ? '[no-]' : ''}${name}${bool ? '' : '=VALUE'}    Some words about ${name}.\n      continued on a second line`;
const HELP = {
  '0.20': `Usage: mesos-executor [...]\n\nSupported options:\n${line('help', true)}\n${line('override', true)}\n`,
  '0.28': `Usage: mesos-executor [options]\n\n${line('help', true)}\n${line('override', true)}\n${line('rootfs')}\n${line('sandbox_directory')}\n${line('working_directory')}\n${line('user')}\n${line('task_command')}\n`,
  '1.0': `Usage: mesos-executor [options]\n\n${line('help', true)}\n${line('launcher_dir')}\n${line('rootfs')}\n${line('sandbox_directory')}\n${line('task_command')}\n${line('user')}\n${line('working_directory')}\n`,
};

describe('what a mesos-executor --help lists', () => {
  it('reads the flag names of each generation', () => {
    expect([...parseExecutorHelp(HELP['0.20'])].sort()).toEqual(['help', 'override']);
    expect(parseExecutorHelp(HELP['0.28']).has('task_command')).toBe(true);
    expect(parseExecutorHelp(HELP['1.0']).has('override')).toBe(false);
    expect(parseExecutorHelp(HELP['1.0']).has('launcher_dir')).toBe(true);
  });

  it('does not take a flag named in prose or a continuation line for one', () => {
    expect([...parseExecutorHelp('use --override to ...\n      --task_command is described above\nFailed to load unknown flag')]).toEqual([]);
  });

  it('prefers --task_command, takes --launcher_dir with it where listed, and falls back to --override', () => {
    expect(styleOf(parseExecutorHelp(HELP['0.20']))).toEqual({ kind: 'override' });
    expect(styleOf(parseExecutorHelp(HELP['0.28']))).toEqual({ kind: 'task_command', launcherDir: false });
    expect(styleOf(parseExecutorHelp(HELP['1.0']))).toEqual({ kind: 'task_command', launcherDir: true });
    expect(styleOf(new Set(['help', 'rootfs']))).toBeUndefined();
  });
});

describe('the observer argv', () => {
  it('is exec-style after --override', () => {
    expect(observerArgv('/m/mesos-executor', { kind: 'override' }, '/opt/deimos-observer-executor', 'c-1', '/m')).toEqual(['/m/mesos-executor', '--override', '/opt/deimos-observer-executor', 'c-1']);
  });

  it('is a non-shell CommandInfo whose arguments are the whole argv, with the agent launcher dir where taken', () => {
    const argv = observerArgv('/m/mesos-executor', { kind: 'task_command', launcherDir: true }, '/opt/deimos-observer-executor', 'c-1', '/m');
    expect(argv.slice(0, 2)).toEqual(['/m/mesos-executor', '--launcher_dir=/m']);
    expect(argv).toHaveLength(3);
    expect(argv[2].startsWith('--task_command=')).toBe(true);
    expect(JSON.parse(argv[2].slice('--task_command='.length))).toEqual({ shell: false, value: '/opt/deimos-observer-executor', arguments: ['deimos-observer-executor', 'c-1'] });
    expect(observerArgv('/m/mesos-executor', { kind: 'task_command', launcherDir: false }, '/o', 'c-1', '/m')[1]).toMatch(/^--task_command=/);
    expect(observerArgv('/m/mesos-executor', { kind: 'task_command', launcherDir: true }, '/o', 'c-1', undefined)[1]).toMatch(/^--task_command=/);
  });
});

describe('asking a real binary', () => {
  let dir: string;
  let root: StateRoot;
  const log = silentLogger;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-exec-'));
    root = new StateRoot(path.join(dir, 'state'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A fake mesos-executor that counts its runs and prints `help` on `stream`, exiting `status`. */
  function fakeExecutor(help: string, stream: 1 | 2, status: number): string {
    const exe = path.join(dir, 'mesos-executor');
    fs.writeFileSync(path.join(dir, 'help.txt'), help);
    fs.writeFileSync(exe, `#!/bin/sh\necho run >> "${dir}/runs"\n[ "$1" = --help ] || exit 9\ncat "${dir}/help.txt" >&${stream}\nexit ${status}\n`, { mode: 0o755 });
    return exe;
  }
  const runs = () => (fs.existsSync(path.join(dir, 'runs')) ? fs.readFileSync(path.join(dir, 'runs'), 'utf8').split('\n').filter(Boolean).length : 0);

  it('reads 0.20-style help (stderr, exit 255) and 1.0-style help (stdout, exit 0)', async () => {
    const old = fakeExecutor(HELP['0.20'], 2, 255);
    expect(await executorStyle(root, old, { PATH: process.env.PATH }, log)).toEqual({ kind: 'override' });
    fs.rmSync(old);
    const now = fakeExecutor(HELP['1.0'], 1, 0);
    expect(await executorStyle(root, now, { PATH: process.env.PATH }, log)).toEqual({ kind: 'task_command', launcherDir: true });
  });

  it('asks once per binary, and again when the binary changes', async () => {
    const exe = fakeExecutor(HELP['0.28'], 1, 0);
    await executorStyle(root, exe, { PATH: process.env.PATH }, log);
    await executorStyle(root, exe, { PATH: process.env.PATH }, log);
    expect(runs()).toBe(1);
    expect(fs.readdirSync(root.executorFlagsDir)).toHaveLength(1);
    // Replaced by a 1.0 binary at the same path: a new answer.
    fs.rmSync(exe);
    fakeExecutor(HELP['1.0'], 1, 0);
    expect(await executorStyle(root, exe, { PATH: process.env.PATH }, log)).toEqual({ kind: 'task_command', launcherDir: true });
    expect(runs()).toBe(2);
  });

  it('refuses, in one line naming the binary, one that offers neither flag', async () => {
    const exe = fakeExecutor(`Usage: x\n${line('rootfs')}\n`, 1, 0);
    await expect(executorStyle(root, exe, { PATH: process.env.PATH }, log)).rejects.toThrow(`mesos-executor ${exe} offers neither --override nor --task_command`);
  });

  it('names the binary when it cannot be asked at all', async () => {
    const exe = fakeExecutor('', 1, 0);
    fs.writeFileSync(exe, '#!/nonexistent/interpreter\n', { mode: 0o755 });
    await expect(executorStyle(root, exe, { PATH: process.env.PATH }, log)).rejects.toThrow(`could not ask ${exe} for its flags (--help)`);
  });
});
