import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { STANDIN_EXECUTOR_PATH, launchEnv, standinLibexecDir } from './index';

// The stand-in mesos-executor, unattached (no STANDIN_AGENT_SOCKET): it runs
// its command at once. Its flags and help follow each generation's
// src/launcher/executor.cpp.

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  ...launchEnv({ frameworkId: 'F', executorId: 'E', directory: '/tmp', slaveId: 'S' }),
};
const run = (args: string[], extraEnv: Record<string, string> = env, executor = STANDIN_EXECUTOR_PATH) => spawnSync(executor, args, { env: extraEnv, encoding: 'utf8' });
const of = (version: string) => path.join(standinLibexecDir(version), 'mesos-executor');

describe('stand-in mesos-executor', () => {
  it('runs the --override command and reports TASK_RUNNING then TASK_FINISHED', () => {
    const result = run(['--override', 'sh', '-c', 'echo from-task']);
    expect(result.stdout).toBe('TASK_RUNNING\nfrom-task\nTASK_FINISHED\n');
    expect(result.status).toBe(0);
  });

  it('reports TASK_FAILED with the exit code and exits with it', () => {
    const result = run(['--override', 'sh', '-c', 'exit 3']);
    expect(result.stdout).toBe('TASK_RUNNING\nTASK_FAILED exit=3\n');
    expect(result.status).toBe(3);
  });

  it('passes arguments through unchanged', () => {
    expect(run(['--override', 'printf', '%s|', 'a b', '$HOME']).stdout).toBe('TASK_RUNNING\na b|$HOME|TASK_FINISHED\n');
  });

  it('has no command to run, unattached, without --override or --task_command', () => {
    const result = run(['sleep', '1']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no command to run');
    expect(result.stdout).toBe('');
  });

  it('refuses to start without the variables the agent passes at launch', () => {
    const result = run(['--override', 'true'], { PATH: env.PATH });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing MESOS_SLAVE_PID');
  });

  it('1.0 refuses --override as the real one does, and runs a --task_command', () => {
    const refused = run(['--override', 'true'], env, of('1.0'));
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe("Failed to load unknown flag 'override'");
    expect(refused.stdout).toBe('');
    const argv = run([`--launcher_dir=${standinLibexecDir('1.0')}`, `--task_command=${JSON.stringify({ shell: false, value: '/bin/echo', arguments: ['echo', 'a', 'b c'] })}`], env, of('1.0'));
    expect(argv.stdout).toBe('TASK_RUNNING\na b c\nTASK_FINISHED\n');
    const shell = run([`--launcher_dir=${standinLibexecDir('1.0')}`, `--task_command=${JSON.stringify({ shell: true, value: 'exit 4' })}`], env, of('1.0'));
    expect(shell.stdout).toBe('TASK_RUNNING\nTASK_FAILED exit=4\n');
  });

  it('1.0 aborts when its launcher directory has no mesos-containerizer (the default /usr/local/libexec/mesos here)', () => {
    const r = run([`--task_command=${JSON.stringify({ shell: true, value: 'true' })}`], env, of('1.0'));
    expect(r.status).toBe(134);
    expect(r.stderr).toContain("Failed to launch '/usr/local/libexec/mesos/mesos-containerizer launch <POSSIBLY-SENSITIVE-DATA>'");
  });

  it('0.28 takes both --override and --task_command; 0.25 refuses --task_command', () => {
    expect(run(['--override', 'true'], env, of('0.28')).status).toBe(0);
    expect(run([`--task_command=${JSON.stringify({ shell: true, value: 'true' })}`], env, of('0.28')).stdout).toBe('TASK_RUNNING\nTASK_FINISHED\n');
    expect(run(['--task_command={}'], env, of('0.25')).stderr.split('\n')[0]).toBe("Failed to load unknown flag 'task_command'");
  });

  it('prints its help as each generation does: stderr and 255 before 0.23, stdout and 0 after', () => {
    const old = run(['--help'], env, of('0.20'));
    expect([old.status, old.stdout]).toEqual([255, '']);
    expect(old.stderr).toMatch(/^ {2}--\[no-\]override /m);
    const now = run(['--help'], env, of('1.0'));
    expect([now.status, now.stderr]).toEqual([0, '']);
    expect(now.stdout).toMatch(/^ {2}--task_command=VALUE /m);
    expect(now.stdout).toMatch(/^ {2}--launcher_dir=VALUE /m);
    expect(now.stdout).not.toMatch(/override/);
  });
});
