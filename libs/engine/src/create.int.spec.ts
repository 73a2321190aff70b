// Against the real engine of the test bed: DockerClient.create sends a model
// through the Engine API where it can, and to the CLI otherwise. That both
// make the same container is the differential test's (differential.int.spec.ts).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChildProcessError } from '@deimos/errors';
import { createLogger } from '@deimos/log';
import { applyOptions, emptyModel, finishModel, freshDraft, readDockerOptions, type ContainerModel } from '@deimos/docker';
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

/** A model read from option words with the one parser, as launch reads a task's options. */
function modelOf(image: string, words: string[], cmd: string[] = [], passThrough: string[] = []): ContainerModel {
  const m = emptyModel(image);
  const d = freshDraft();
  applyOptions(m, readDockerOptions(['--label', LABEL, ...words], 'test'), d, passThrough);
  finishModel(m, d);
  if (cmd.length > 0) m.cmd = cmd;
  return m;
}

let n = 0;
const nameOf = () => `deimos-create-test-${process.pid}-${n++}`;
const usedApi = (from: number) => lines.slice(from).some((l) => l.includes('api // POST /containers/create'));

describe('DockerClient.create', () => {
  it('creates through the Engine API what it runs: the task sees its variables and working directory', async () => {
    const before = lines.length;
    const id = await client.create(modelOf(IMAGE, ['--net=none', '-w', '/tmp', '-e', 'GREETING=hello there'], ['sh', '-c', 'echo "$GREETING from $(pwd)"']), nameOf());
    created.push(id);
    expect(usedApi(before)).toBe(true);
    docker('start', id);
    docker('wait', id);
    expect(docker('logs', id)).toBe('hello there from /tmp');
  });

  it('sends a model with an option passed through unjudged to the CLI, which applies it', async () => {
    const before = lines.length;
    const id = await client.create(modelOf(IMAGE, ['--device-cgroup-rule=c 1:3 r'], [], ['--device-cgroup-rule']), nameOf());
    created.push(id);
    expect(usedApi(before)).toBe(false);
    expect(docker('inspect', '-f', '{{json .HostConfig.DeviceCgroupRules}}', id)).toBe('["c 1:3 r"]');
  });

  it('goes on to the CLI when the image is not here, and reports what the CLI says', async () => {
    const before = lines.length;
    const err = await client.create(modelOf('localhost:1/deimos-missing:1', []), nameOf()).catch((e: unknown) => e);
    expect(lines.slice(before).some((l) => /api \/\/ POST \/containers\/create\?name=\S+ -> 404/.test(l))).toBe(true);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect((err as ChildProcessError).argv.slice(0, 2)).toEqual(['docker', 'create']);
  });

  it('reports a name already in use as the CLI words it', async () => {
    const name = nameOf();
    created.push(await client.create(modelOf(IMAGE, []), name));
    const err = await client.create(modelOf(IMAGE, []), name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect((err as ChildProcessError).stderr).toMatch(/already in use/);
  });
});

describe('DockerClient.remove', () => {
  const usedDelete = (from: number, status: number) => lines.slice(from).some((l) => l.includes('api // DELETE /containers/') && l.includes(`-> ${status}`));
  const exists = (id: string) => docker('ps', '-a', '-q', '--no-trunc', '--filter', `id=${id}`) !== '';

  it('removes through the Engine API, with its anonymous volumes (docker rm -v), and takes a container already gone as removed', async () => {
    const id = await client.create(modelOf(IMAGE, ['--net=none', '-v', '/data'], ['true']), nameOf());
    created.push(id);
    const volume = (JSON.parse(docker('inspect', id)) as Array<{ Mounts: Array<{ Name: string }> }>)[0]!.Mounts[0]!.Name;
    expect(docker('volume', 'ls', '-q')).toContain(volume);
    const before = lines.length;
    await client.remove(id);
    expect(usedDelete(before, 204)).toBe(true);
    expect(exists(id)).toBe(false);
    expect(docker('volume', 'ls', '-q').split('\n')).not.toContain(volume);
    await expect(client.remove(id)).resolves.toBeUndefined();
    expect(usedDelete(before, 404)).toBe(true);
  });

  it('refuses a running container without force, in the CLI words, and removes it with force', async () => {
    const id = await client.create(modelOf(IMAGE, ['--net=none'], ['sleep', '60']), nameOf());
    created.push(id);
    docker('start', id);
    const before = lines.length;
    await expect(client.remove(id)).rejects.toThrow(/running container/i);
    expect(usedDelete(before, 409)).toBe(true);
    expect(exists(id)).toBe(true);
    await client.remove(id, true);
    expect(exists(id)).toBe(false);
  });
});
