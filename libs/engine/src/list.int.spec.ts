// Against the real engine of the test bed: DockerClient.listOwned finds our
// containers under one state root in one listing, and the Engine API path
// and the CLI path (`docker ps --format`) answer the same.
import { execFileSync } from 'node:child_process';
import { createLogger } from '@deimos/log';
import { LABELS } from '@deimos/docker';
import { DockerClient } from './client';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';
const ROOT = `/tmp/deimos-list-test-${process.pid}, with a comma`;

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const lines: string[] = [];
const log = createLogger({ program: 'test', console: 'DEBUG', write: (l) => lines.push(l) });
const api = new DockerClient([], 30_000, log);
// Any global option sends the client to the CLI (it knows hosts and contexts).
const cli = new DockerClient(['--host', 'unix:///var/run/docker.sock'], 30_000, log);
const made: string[] = [];

function run(labels: Record<string, string>, detach: boolean): string {
  const args = Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  const id = detach ? docker('run', '-d', '--net=none', ...args, IMAGE, 'sleep', '60') : docker('create', '--net=none', ...args, IMAGE, 'true');
  made.push(id);
  return id;
}

afterAll(() => {
  if (made.length > 0) execFileSync('docker', ['rm', '-f', ...made], { stdio: 'ignore' });
});

it('lists our containers of one state root with their Mesos ids and states, through the API and the CLI alike', async () => {
  const running = run({ [LABELS.managed]: 'true', [LABELS.stateRoot]: ROOT, [LABELS.containerId]: 'task-1' }, true);
  const created = run({ [LABELS.managed]: 'true', [LABELS.stateRoot]: ROOT }, false);
  run({ [LABELS.managed]: 'true', [LABELS.stateRoot]: `${ROOT}-other`, [LABELS.containerId]: 'task-2' }, false); // another root
  run({ [LABELS.stateRoot]: ROOT, [LABELS.containerId]: 'task-3' }, false); // not marked managed

  const expected = [
    { id: running, mesosId: 'task-1', running: true },
    { id: created, running: false },
  ].sort((a, b) => a.id.localeCompare(b.id));
  const byId = (xs: Array<{ id: string }>) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

  const before = lines.length;
  expect(byId(await api.listOwned(ROOT))).toEqual(expected);
  expect(lines.slice(before).some((l) => l.includes('api // GET /containers/json'))).toBe(true);
  expect(byId(await cli.listOwned(ROOT))).toEqual(expected);
});

it('lists nothing for a state root with no containers', async () => {
  expect(await api.listOwned(`${ROOT}-none`)).toEqual([]);
  expect(await cli.listOwned(`${ROOT}-none`)).toEqual([]);
});
