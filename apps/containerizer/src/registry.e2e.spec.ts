import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode, type ContainerInfo } from '@deimos/protocol';
import { REPO_ROOT, TEST_IMAGE, TestBed, builtBinary } from '@deimos/testing';

// Pulls from a real registry (Debian's docker-registry, htpasswd auth, on
// 127.0.0.1; tools/testbed/registry.sh installs and starts it) through the
// built binary: with the legacy .dockercfg and config.json credentials,
// without them, with wrong ones, through the CLI, and force_pull.

const containerizer = builtBinary('deimos-containerizer');
const REGISTRY_SH = path.join(REPO_ROOT, 'tools', 'testbed', 'registry.sh');
const VARIANT = 'deimos-test/registry-variant:two';

let registry: string;
let user: string;
let password: string;
let bed: TestBed;

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const registrySh = (...args: string[]) => execFileSync('bash', [REGISTRY_SH, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const imageHere = (image: string) => {
  try {
    docker('image', 'inspect', image);
    return true;
  } catch {
    return false;
  }
};
const removeLocal = (image: string) => {
  if (imageHere(image)) docker('rmi', image);
};
const basicAuth = () => Buffer.from(`${user}:${password}`).toString('base64');

beforeAll(() => {
  const vars = Object.fromEntries(
    registrySh('start')
      .trim()
      .split('\n')
      .map((l) => l.split('=', 2) as [string, string]),
  );
  [registry, user, password] = [vars.DEIMOS_TEST_REGISTRY, vars.DEIMOS_TEST_REGISTRY_USER, vars.DEIMOS_TEST_REGISTRY_PASSWORD];
  expect(registry).toMatch(/^127\.0\.0\.1:\d+$/);
  // A second, different image: the test image plus /etc/deimos-version.
  const tmp = fs.mkdtempSync('/tmp/deimos-variant-');
  fs.writeFileSync(path.join(tmp, 'deimos-version'), 'two\n');
  const name = `deimos-variant-${process.pid}`;
  docker('create', '--net=none', '--name', name, TEST_IMAGE);
  try {
    docker('cp', path.join(tmp, 'deimos-version'), `${name}:/etc/deimos-version`);
    docker('commit', name, VARIANT);
  } finally {
    docker('rm', '-f', name);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  registrySh('push', TEST_IMAGE, 'deimos/busybox:v1');
  registrySh('push', VARIANT, 'deimos/busybox:v2');
});

afterAll(() => {
  for (const tag of ['v1', 'v2', 'moving']) removeLocal(`${registry}/deimos/busybox:${tag}`);
  // Digest references left by pulls (a re-pulled tag leaves the old one):
  // removed by reference, never by id, which the test image shares.
  const digests = docker('images', '--digests', '--format', '{{.Repository}}@{{.Digest}}', `${registry}/deimos/busybox`)
    .split('\n')
    .filter((l) => /@sha256:[0-9a-f]{64}$/.test(l));
  if (digests.length > 0) docker('rmi', ...digests);
  removeLocal(VARIANT);
  registrySh('stop');
});

beforeEach(() => {
  bed = TestBed.create();
});
afterEach(() => bed.cleanup());

/** A docker config in the bed, and the [docker.index] lines that name it. */
function withDockercfg(content: unknown, extra = ''): void {
  const file = path.join(bed.dir, 'dockercfg');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content), { mode: 0o600 });
  fs.appendFileSync(bed.configFile, `[docker.index]\ndockercfg = ${file}\n${extra}`);
}

async function launch(id: string, command: string, image: { url?: string; forcePull?: string }, env: Record<string, string> = {}) {
  const dockerInfo = image.forcePull ? ({ type: 1, docker: { image: image.forcePull, network: 3, forcePullImage: true } } as ContainerInfo) : undefined;
  // force_pull_image exists from 0.22 on: a 0.20 agent would drop it.
  const l = sandboxedCommandTask(bed.workDir, id, command, { image: image.url, dockerInfo, ...(dockerInfo ? { version: '1.0' as const } : {}) });
  // A DOCKER_CONFIG of the bed's own: root's ~/.docker never lends credentials.
  const dockerConfig = path.join(bed.dir, 'docker-client');
  fs.mkdirSync(dockerConfig, { recursive: true });
  const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', l), sandbox: l.directory!, env: bed.env({ DOCKER_CONFIG: dockerConfig, ...env }) });
  return { ...r, sandbox: l.directory! };
}

async function outputOf(id: string, sandbox: string): Promise<string> {
  const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
  expect(w.exitCode).toBe(0);
  return fs.readFileSync(path.join(sandbox, 'stdout'), 'utf8');
}

/** The error launch ended with: its last stderr line, without the log prefix. */
function lastError(stderr: string): string {
  const last = stderr.trim().split('\n').pop() ?? '';
  return / ERROR (.*)$/.exec(last)?.[1] ?? last;
}

function expectNoSecret(text: string): void {
  expect(text).not.toContain(password);
  expect(text).not.toContain(basicAuth());
}

it('pulls a missing image with the legacy .dockercfg credentials and runs it', async () => {
  const image = `${registry}/deimos/busybox:v1`;
  removeLocal(image);
  withDockercfg({ [`https://${registry}/v1/`]: { auth: basicAuth(), email: 'ops@example' } });
  const r = await launch('reg-legacy', 'echo ran-from-registry', { url: `docker:///${image}` });
  expect(r.exitCode).toBe(0);
  expect(await outputOf('reg-legacy', r.sandbox)).toContain('ran-from-registry');
  expect(imageHere(image)).toBe(true);
  expectNoSecret(r.stderr);
  const config = execFileSync(containerizer, ['config'], { encoding: 'utf8', env: { ...process.env, ...bed.env() } });
  expect(config).toContain(`dockercfg: ${path.join(bed.dir, 'dockercfg')}`);
  expectNoSecret(config);
});

it('qualifies a bare image with [docker.index] index and account and pulls it with config.json credentials', async () => {
  const image = `${registry}/deimos/busybox:v2`;
  removeLocal(image);
  withDockercfg({ auths: { [registry]: { auth: basicAuth() } } }, `index = ${registry}\naccount = deimos\n`);
  const r = await launch('reg-index', 'cat /etc/deimos-version', { url: 'docker:///busybox:v2' });
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toContain(`image ${image}`);
  expect((await outputOf('reg-index', r.sandbox)).trim()).toBe('two');
  expectNoSecret(r.stderr);
});

it('without credentials fails in one line naming the image and the registry, and creates nothing', async () => {
  const image = `${registry}/deimos/busybox:v1`;
  removeLocal(image);
  const r = await launch('reg-none', 'true', { url: `docker:///${image}` });
  expect(r.exitCode).toBe(4);
  const last = lastError(r.stderr);
  expect(last).toMatch(
    new RegExp(
      `^could not pull ${image.replace(/\./g, '\\.')} from registry ${registry.replace(/\./g, '\\.')}: unauthorized: no credentials for ${registry.replace(/\./g, '\\.')} \\(no \\[docker.index\\] dockercfg is set; the engine said: .*no basic auth credentials\\) \\(add an "auths" entry for ${registry.replace(/\./g, '\\.')} to a docker config and set \\[docker.index\\] dockercfg\\)$`,
    ),
  );
  expect(bed.containers()).toEqual([]);
  expect(imageHere(image)).toBe(false);
});

it('with a dockercfg that has no entry for the registry says so, naming the file', async () => {
  const image = `${registry}/deimos/busybox:v1`;
  removeLocal(image);
  withDockercfg({ auths: { 'quay.io': { auth: basicAuth() } } });
  const r = await launch('reg-noentry', 'true', { url: `docker:///${image}` });
  expect(r.exitCode).toBe(4);
  expect(lastError(r.stderr)).toMatch(new RegExp(`unauthorized: no credentials for ${registry.replace(/\./g, '\\.')} in ${path.join(bed.dir, 'dockercfg')}`));
  expect(bed.containers()).toEqual([]);
});

it('with a wrong password says unauthorized and never prints the password', async () => {
  const image = `${registry}/deimos/busybox:v1`;
  removeLocal(image);
  const wrong = Buffer.from(`${user}:not-the-password-${process.pid}`).toString('base64');
  withDockercfg({ auths: { [registry]: { auth: wrong } } });
  const r = await launch('reg-wrong', 'true', { url: `docker:///${image}` });
  expect(r.exitCode).toBe(4);
  expect(lastError(r.stderr)).toMatch(new RegExp(`^could not pull .* from registry ${registry.replace(/\./g, '\\.')}: unauthorized: the registry refused the credentials`));
  expect(r.stderr).not.toContain(`not-the-password-${process.pid}`);
  expect(r.stderr).not.toContain(wrong);
  expect(bed.containers()).toEqual([]);
});

it('through the docker CLI (DOCKER_HOST set) pulls with a private DOCKER_CONFIG and removes it', async () => {
  const image = `${registry}/deimos/busybox:v1`;
  removeLocal(image);
  withDockercfg({ auths: { [registry]: { auth: basicAuth() } } });
  const tmp = path.join(bed.dir, 'tmp');
  fs.mkdirSync(tmp);
  const r = await launch('reg-cli', 'echo via-cli', { url: `docker:///${image}` }, { DOCKER_HOST: 'unix:///var/run/docker.sock', TMPDIR: tmp });
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toMatch(/call \/\/ docker pull --quiet /);
  expect(r.stderr).not.toMatch(/api \/\/ POST \/images\/create/);
  expect(await outputOf('reg-cli', r.sandbox)).toContain('via-cli');
  expect(fs.readdirSync(tmp)).toEqual([]);
  expectNoSecret(r.stderr);

  removeLocal(image);
  fs.writeFileSync(path.join(bed.dir, 'dockercfg'), '{"auths": {}}');
  const denied = await launch('reg-cli-none', 'true', { url: `docker:///${image}` }, { DOCKER_HOST: 'unix:///var/run/docker.sock', TMPDIR: tmp });
  expect(denied.exitCode).toBe(4);
  expect(lastError(denied.stderr)).toMatch(new RegExp(`^could not pull .* from registry .*: unauthorized: no credentials for ${registry.replace(/\./g, '\\.')} in `));
  expect(fs.readdirSync(tmp)).toEqual([]);
});

it('force_pull pulls before every launch: a re-pushed tag runs the new image, a plain launch keeps the local one', async () => {
  const image = `${registry}/deimos/busybox:moving`;
  const show = 'cat /etc/deimos-version 2>/dev/null || echo none';
  registrySh('push', TEST_IMAGE, 'deimos/busybox:moving');
  removeLocal(image);
  withDockercfg({ auths: { [registry]: { auth: basicAuth() } } });
  const first = await launch('reg-force-1', show, { forcePull: image });
  expect(first.exitCode).toBe(0);
  expect((await outputOf('reg-force-1', first.sandbox)).trim()).toBe('none');

  registrySh('push', VARIANT, 'deimos/busybox:moving');
  const plain = await launch('reg-force-2', show, { url: `docker:///${image}` });
  expect(plain.exitCode).toBe(0);
  expect(plain.stderr).not.toMatch(/POST \/images\/create/);
  expect((await outputOf('reg-force-2', plain.sandbox)).trim()).toBe('none');

  const again = await launch('reg-force-3', show, { forcePull: image });
  expect(again.exitCode).toBe(0);
  expect(again.stderr.match(/POST \/images\/create/g)).toHaveLength(1);
  expect((await outputOf('reg-force-3', again.sandbox)).trim()).toBe('two');
});
