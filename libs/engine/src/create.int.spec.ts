// Against the real engine of the test bed: a container created through the
// Engine API (DockerClient.create) must be the container `docker create`
// makes of the same argv. Both are inspected and compared field by field.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChildProcessError } from '@deimos/errors';
import { createLogger } from '@deimos/log';
import { DockerClient } from './client';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';
const LABEL = 'deimos.test=engine-create';

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const lines: string[] = [];
const client = new DockerClient([], 30_000, createLogger({ program: 'test', console: 'DEBUG', write: (l) => lines.push(l) }));
const created: string[] = [];
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-create-'));
});

afterAll(() => {
  if (created.length > 0) execFileSync('docker', ['rm', '-f', '-v', ...created], { stdio: 'ignore' });
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The parts of `docker inspect` that describe what was asked for, without ids and names. */
function comparable(id: string): unknown {
  type Inspect = { Path: string; Args: string[]; Config: { Env: string[]; Hostname?: string }; HostConfig: { Binds: string[] | null }; Mounts: Array<Record<string, string>> };
  const [c] = JSON.parse(docker('inspect', id)) as Inspect[];
  const config = { ...c.Config };
  delete config.Hostname; // the short id
  // The CLI collects variables and binds through maps: their order varies
  // from run to run (and does not matter: Docker mounts by path depth).
  config.Env = [...config.Env].sort();
  const host: Record<string, unknown> = { ...c.HostConfig, Binds: c.HostConfig.Binds ? [...c.HostConfig.Binds].sort() : null };
  // Docker CLIs differ in sending an empty list or none (20.10: null for the
  // Blkio device lists and Ulimits, 28.x: []); the engine reads both alike.
  for (const [k, v] of Object.entries(host)) if (Array.isArray(v) && v.length === 0) host[k] = null;
  const mounts = c.Mounts.map((m) => (m.Type === 'volume' ? { ...m, Name: '<volume>', Source: '<volume>' } : m))
    .sort((a, b) => a.Destination.localeCompare(b.Destination)); // inspect lists them in no fixed order
  return { Path: c.Path, Args: c.Args, Config: config, HostConfig: host, Mounts: mounts };
}

let n = 0;
async function createBoth(args: (name: string) => string[]): Promise<{ viaCli: string; viaApi: string; usedApi: boolean }> {
  const tag = `deimos-create-test-${process.pid}-${n++}`;
  const viaCli = docker('create', ...args(`${tag}-cli`));
  created.push(viaCli);
  const before = lines.length;
  const viaApi = await client.create(['docker', 'create', ...args(`${tag}-api`)]);
  created.push(viaApi);
  const usedApi = lines.slice(before).some((l) => l.includes('api // POST /containers/create'));
  return { viaCli, viaApi, usedApi };
}

describe('DockerClient.create through the Engine API', () => {
  it('makes the container the CLI makes, for every option launch uses', async () => {
    fs.mkdirSync(path.join(dir, 'sandbox'));
    const r = await createBoth((name) => [
      '--name', name,
      '--label', LABEL,
      '--label', 'org.deimos.mesos-container-id=c1',
      '-w', '/tmp/mesos-sandbox',
      '-v', `${path.join(dir, 'sandbox')}:/tmp/mesos-sandbox`,
      '-v', `${dir}:/host:ro`,
      '-v', '/scratch',
      '--net=none',
      '--cpu-shares', '512',
      '--cpus', '0.5',
      '--memory', '64m',
      '-p', '31000:8080',
      '-p', '31001:9090/udp',
      '-e', 'A=1',
      '-e', 'B=x=y',
      '--user', '1000:1000',
      '--entrypoint', '/bin/sh',
      IMAGE, '-c', 'echo "$A"', 'deimos-hold',
    ]);
    expect(r.usedApi).toBe(true);
    expect(comparable(r.viaApi)).toEqual(comparable(r.viaCli));
  });

  it('matches the CLI for a plain task with the image command, default network and privileges', async () => {
    const r = await createBoth((name) => ['--name', name, '--label', LABEL, '--privileged', IMAGE]);
    expect(r.usedApi).toBe(true);
    expect(comparable(r.viaApi)).toEqual(comparable(r.viaCli));
  });

  it('runs what it created: the task sees its variables and working directory', async () => {
    const r = await createBoth((name) => ['--name', name, '--label', LABEL, '--net=none', '-w', '/tmp', '-e', 'GREETING=hello there', IMAGE, 'sh', '-c', 'echo "$GREETING from $(pwd)"']);
    expect(r.usedApi).toBe(true);
    docker('start', r.viaApi);
    docker('wait', r.viaApi);
    expect(docker('logs', r.viaApi)).toBe('hello there from /tmp');
  });

  it('leaves options outside the translated set to the CLI, which applies them', async () => {
    const before = lines.length;
    const id = await client.create(['docker', 'create', '--label', LABEL, '--dns=198.18.0.53', IMAGE]);
    created.push(id);
    expect(lines.slice(before).some((l) => l.includes('api // POST'))).toBe(false);
    expect(docker('inspect', '-f', '{{json .HostConfig.Dns}}', id)).toBe('["198.18.0.53"]');
  });

  it('goes on to the CLI when the image is not here, and reports what the CLI says', async () => {
    const before = lines.length;
    const err = await client.create(['docker', 'create', '--label', LABEL, 'localhost:1/deimos-missing:1']).catch((e: unknown) => e);
    expect(lines.slice(before).some((l) => /api \/\/ POST \/containers\/create -> 404/.test(l))).toBe(true);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect((err as ChildProcessError).argv.slice(0, 2)).toEqual(['docker', 'create']);
  });

  it('reports a name already in use as the CLI words it', async () => {
    const name = `deimos-create-test-${process.pid}-taken`;
    const first = await client.create(['docker', 'create', '--name', name, '--label', LABEL, IMAGE]);
    created.push(first);
    const err = await client.create(['docker', 'create', '--name', name, '--label', LABEL, IMAGE]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect((err as ChildProcessError).stderr).toMatch(/already in use/);
  });
});
