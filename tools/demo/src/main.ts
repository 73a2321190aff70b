/**
 * The README's main job: drive the built deimos-containerizer exactly as a
 * Mesos agent would (through the agent emulator, a stand-in: no real agent
 * runs here) against the real Docker engine, and print what happens.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Agent, sandboxedCommandTask } from '@deimos/agent-emulator';

const repo = path.resolve(__dirname, '..', '..');
const containerizer = path.join(repo, 'dist', 'bin', 'deimos-containerizer');
const image = 'docker:///deimos-test/busybox:latest';
// Resolved from the repository: this file runs bundled from dist/tools.
const STANDIN_EXECUTOR_PATH = path.join(repo, 'tools', 'agent-emulator', 'bin', 'mesos-executor');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-demo-'));
  const cfg = path.join(dir, 'deimos.cfg');
  fs.writeFileSync(cfg, `[state]\nroot = ${path.join(dir, 'state')}\n[log]\nconsole = INFO\n`);
  const workDir = path.join(dir, 'agent-work');
  const agent = new Agent({ containerizer, workDir, libexecDir: path.dirname(STANDIN_EXECUTOR_PATH), env: { DEIMOS_CONFIG: cfg } });
  say(`deimos demo: state and sandboxes under ${dir}`);
  say(`the agent emulator (a stand-in for a Mesos agent) runs: /bin/sh -c "${containerizer} <subcommand>"`);

  const task = (id: string, command: string) =>
    sandboxedCommandTask(workDir, id, command, {
      taskId: `task-${id}`,
      slaveId: 'demo-agent',
      frameworkId: 'demo-fw',
      image,
      resources: { cpus: 0.5, mem: 64 },
      mesosExecutorPath: STANDIN_EXECUTOR_PATH,
    });

  say('\n1. recover and containers, as on every agent start');
  await agent.recover();
  say(`   containers: ${JSON.stringify(await agent.containerIds())}`);

  const first = task('demo-hello', 'echo "hello from $(hostname) with $(cat /sys/fs/cgroup/cpu/cpu.shares 2>/dev/null || echo ?) cpu shares"; sleep 2; echo done; exit 3');
  say(`\n2. launch a command task: ${first.taskInfo?.command?.value}`);
  await agent.launch(first);
  say(`   containers: ${JSON.stringify(await agent.containerIds())}`);
  const stats = await agent.usage('demo-hello');
  say(`   usage: cpus_limit=${stats.cpusLimit} mem_limit_bytes=${stats.memLimitBytes} mem_rss_bytes=${stats.memRssBytes}`);

  say('\n3. wait for it');
  const t = await agent.wait('demo-hello');
  say(`   Termination: ${JSON.stringify({ killed: t.killed, message: t.message, status: t.status })} (status ${t.status} = exit ${(t.status ?? 0) >> 8} << 8)`);
  say(`   sandbox stdout: ${fs.readFileSync(path.join(first.directory!, 'stdout'), 'utf8').trim().replace(/\n/g, ' | ')}`);
  say(
    `   command executor (stand-in) said: ${fs
      .readFileSync(path.join(dir, 'state', 'mesos', 'demo-hello', 'observer.out'), 'utf8')
      .trim()
      .replace(/\n/g, ' | ')}`,
  );

  const second = task('demo-sleeper', 'sleep 600');
  say(`\n4. launch a long task (${second.taskInfo?.command?.value}), then destroy it`);
  await agent.launch(second);
  const waiting = agent.wait('demo-sleeper');
  const started = Date.now();
  await agent.destroy('demo-sleeper');
  const t2 = await waiting;
  say(`   its wait ended ${((Date.now() - started) / 1000).toFixed(1)} s after destroy: ${JSON.stringify({ killed: t2.killed, message: t2.message, status: t2.status })}`);
  say('   (after destroy the agent kills the wait call and makes up this Termination from that kill, as a real agent does)');
  say(`   containers: ${JSON.stringify(await agent.containerIds())}`);
  say(`\ndone. Logs of each call are in the sandboxes' stderr files under ${workDir}`);
}

main().catch((err) => {
  process.stderr.write(`demo failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
