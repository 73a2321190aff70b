import { spawnSync } from 'node:child_process';
import { STANDIN_EXECUTOR_PATH, launchEnv } from './index';

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  ...launchEnv({ frameworkId: 'F', executorId: 'E', directory: '/tmp', slaveId: 'S' }),
};
const run = (args: string[], extraEnv: Record<string, string> = env) =>
  spawnSync(STANDIN_EXECUTOR_PATH, args, { env: extraEnv, encoding: 'utf8' });

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

  it('refuses to run without --override', () => {
    const result = run(['sleep', '1']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("only '--override <command> [args...]' is supported");
    expect(result.stdout).toBe('');
  });

  it('refuses to start without the variables the agent passes at launch', () => {
    const result = run(['--override', 'true'], { PATH: env.PATH });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing MESOS_SLAVE_PID');
  });
});
