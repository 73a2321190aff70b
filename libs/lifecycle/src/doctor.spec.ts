import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '@deimos/config';
import { DeimosError } from '@deimos/errors';
import { silentLogger } from '@deimos/log';
import { StateRoot } from '@deimos/state';
import { FakeEngine, ourContainer } from '@deimos/testing';
import { makeRuntime } from './runtime';
import { inotifyRoom, registryCredentials, renderDoctor, runDoctor } from './doctor';

describe('doctor: inotify room for observers', () => {
  it('is fine with room for 64 or more observers', () => {
    expect(inotifyRoom(1024, 12)).toEqual({ status: 'ok', detail: '12 of 1024 instances in use: room for 1012 more observers' });
    expect(inotifyRoom(128, 64).status).toBe('ok');
  });
  it('warns, with the sysctl to raise, when fewer remain', () => {
    const r = inotifyRoom(128, 100);
    expect(r.status).toBe('warn');
    expect(r.detail).toBe('100 of 128 instances in use: room for 28 more observers; more command tasks than that are noticed ending within 1 s, not at once');
    expect(renderDoctor([{ check: 'inotify', ...r }])).toContain('(fix: raise it, e.g. sysctl fs.inotify.max_user_instances=1024');
  });
  it('never reports negative room', () => {
    expect(inotifyRoom(128, 140).detail).toContain('room for 0 more observers');
  });
});

describe('doctor: registry credentials', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-doctor-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (text: string, mode = 0o600) => {
    const f = path.join(dir, 'config.json');
    fs.writeFileSync(f, text, { mode });
    fs.chmodSync(f, mode);
    return f;
  };
  const auth = Buffer.from('ops:s3cret-pw').toString('base64');

  it('names the registries it has credentials for, never the credentials', () => {
    const f = write(JSON.stringify({ auths: { 'registry.example:5000': { auth }, 'https://index.docker.io/v1/': { auth } } }));
    const r = registryCredentials(f);
    expect(r).toEqual({ status: 'ok', detail: `${f}: credentials for registry.example:5000, index.docker.io` });
    expect(JSON.stringify(r)).not.toContain('s3cret');
    expect(JSON.stringify(r)).not.toContain(auth);
  });

  it('is fine without a dockercfg, and fails on a missing or broken one, naming it', () => {
    expect(registryCredentials(undefined).status).toBe('ok');
    const missing = path.join(dir, 'nope.json');
    expect(registryCredentials(missing)).toMatchObject({ status: 'fail', detail: expect.stringContaining(`[docker.index] dockercfg ${missing} cannot be read`) });
    const broken = registryCredentials(write('{"auths": '));
    expect(broken.status).toBe('fail');
    expect(broken.detail).toContain('neither JSON nor');
  });

  it('warns when others may read it, or when it holds no usable entry', () => {
    const open = registryCredentials(write(JSON.stringify({ auths: { 'r.example': { auth } } }), 0o644));
    expect(open).toMatchObject({ status: 'warn', fix: expect.stringMatching(/^chmod 600 /) });
    expect(open.detail).toContain('readable by others (mode 0644)');
    expect(registryCredentials(write(JSON.stringify({ auths: {} }))).status).toBe('warn');
  });
});

describe('doctor: the engine', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-doctor-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const doctor = (engine: FakeEngine) => {
    const loaded = { config: defaultConfig(), source: undefined, searched: [] };
    const rt = { ...makeRuntime({ program: 'test', loaded }), log: silentLogger, root: new StateRoot(dir), docker: engine };
    return runDoctor(rt, loaded);
  };

  it('asks the engine its version, and for a running container to read', async () => {
    const engine = new FakeEngine().put(ourContainer('ab'.repeat(32), 'c-1', 'exited'));
    const results = await doctor(engine);
    expect(results.find((r) => r.check === 'docker')).toEqual({ check: 'docker', status: 'ok', detail: 'engine 27.5.1 answers' });
    expect(results.find((r) => r.check === 'cgroups')?.detail).toMatch(/layout; no running container to read/);
    expect(engine.calls).toEqual(['version', 'ps']);
  });

  it('fails the engine check with the fix when the engine does not answer', async () => {
    const engine = new FakeEngine();
    engine.version = async () => {
      throw new DeimosError('DOCKER', 'docker version did not answer within 60 s');
    };
    const docker = (await doctor(engine)).find((r) => r.check === 'docker');
    expect(docker).toMatchObject({ status: 'fail', detail: 'the Docker engine does not answer: docker version did not answer within 60 s', fix: expect.stringContaining('start dockerd') });
  });
});
