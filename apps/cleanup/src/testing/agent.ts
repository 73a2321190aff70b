/**
 * Test-only: drive the BUILT containerizer the way the Mesos agent does
 * (`/bin/sh -c "<binary> <subcommand>"`, one length-prefixed frame on stdin,
 * cwd in the sandbox) against a TestBed's state root. Not part of the build.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encode, type MessageName, type MessageOf } from '@deimos/protocol';
import { TEST_IMAGE_URL, type TestBed } from '@deimos/testing';

export { copyBuilt } from '@deimos/testing';

export function frame<N extends MessageName>(name: N, msg: MessageOf<N>): Buffer {
  const payload = Buffer.from(encode(name, msg));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(payload.length, 0);
  return Buffer.concat([len, payload]);
}

export interface Ran {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;

/** Run `<binary> <args>` through /bin/sh -c with the bed's configuration. */
export function run(bed: TestBed, binary: string, args: string[], opts: { cwd?: string; input?: Buffer } = {}): Ran {
  const r = spawnSync('/bin/sh', ['-c', [binary, ...args].map(quote).join(' ')], {
    cwd: opts.cwd ?? bed.dir,
    input: opts.input ?? Buffer.alloc(0),
    env: { ...process.env, ...bed.env() },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

/** The same, without blocking the test (for concurrent runs). */
export function runAsync(bed: TestBed, binary: string, args: string[]): Promise<Ran & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', [binary, ...args].map(quote).join(' ')], { cwd: bed.dir, env: { ...process.env, ...bed.env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: err, ms: Date.now() - started }));
  });
}

/** Launch a command task running `command` (sh -c) in the test image; returns once it runs. */
export function launch(bed: TestBed, containerizer: string, containerId: string, command: string): Ran {
  // The agent's run directory under its work directory (the sandbox rule, libs/lifecycle/src/sandbox-path.ts).
  const sandbox = path.join(bed.workDir, 'slaves', 'S0', 'frameworks', 'fw', 'executors', `exec-${containerId}`, 'runs', containerId);
  fs.mkdirSync(sandbox, { recursive: true });
  const input = frame('Launch', {
    containerId: { value: containerId },
    directory: sandbox,
    taskInfo: {
      name: `task-${containerId}`,
      taskId: { value: `task-${containerId}` },
      slaveId: { value: 'S0' },
      resources: [
        { name: 'cpus', type: 0, scalar: { value: 0.1 } },
        { name: 'mem', type: 0, scalar: { value: 32 } },
      ],
      command: { value: command, container: { image: TEST_IMAGE_URL } },
    },
    executorInfo: { executorId: { value: `exec-${containerId}` }, command: { value: '/nonexistent/mesos-executor' } },
  } as MessageOf<'Launch'>);
  return run(bed, containerizer, ['launch'], { cwd: sandbox, input });
}

/** destroy, wait or usage for one container. */
export function request(bed: TestBed, containerizer: string, sub: 'destroy' | 'wait' | 'usage', containerId: string): Ran {
  const name = ({ destroy: 'Destroy', wait: 'Wait', usage: 'Usage' } as const)[sub];
  return run(bed, containerizer, [sub], { input: frame(name, { containerId: { value: containerId } }) });
}

/** Docker's view of one container: its status, or undefined when Docker does not know it. */
export function dockerStatus(dockerId: string): string | undefined {
  const r = spawnSync('docker', ['inspect', '--type', 'container', '--format', '{{.State.Status}}', dockerId], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}
