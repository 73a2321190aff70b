import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DeimosError, formatError } from '@deimos/errors';
import { silentLogger } from '@deimos/log';
import { credentialsFor, pullFailure, pullThroughApi, type PullContext } from './pull';

// A stand-in engine on a unix socket answering POST /images/create the way
// dockerd does: a JSON-lines progress stream with status 200, or a JSON
// {"message"} with an error status.

let dir: string;
let server: net.Server | undefined;
let request = '';

function engine(status: string, body: string): Promise<string> {
  const socketPath = path.join(dir, 'docker.sock');
  server = net.createServer((socket) => {
    request = '';
    socket.on('error', () => undefined);
    socket.on('data', (d) => {
      request += d.toString();
      if (!/\r\n\r\n/.test(request)) return;
      // Chunked, in two pieces, the error line split across them.
      const half = Math.floor(body.length / 2);
      socket.write(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`);
      for (const part of [body.slice(0, half), body.slice(half)]) socket.write(`${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`);
      socket.end('0\r\n\r\n');
    });
  });
  return new Promise((resolve) => server!.listen(socketPath, () => resolve(socketPath)));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-pull-spec-'));
});
afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  server = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function context(dockercfg?: string): PullContext {
  return { globalArgs: [], timeoutMs: 5000, log: silentLogger, env: { HOME: dir }, dockercfg };
}

function writeConfig(content: unknown): string {
  const file = path.join(dir, 'dockercfg');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

const IMAGE = '127.0.0.1:5055/deimos/busybox:v1';

describe('pullThroughApi', () => {
  it('sends fromImage, tag and the X-Registry-Auth of the registry entry', async () => {
    const socket = await engine('200 OK', '{"status":"Pulling from deimos/busybox","id":"v1"}\n{"status":"Status: Downloaded newer image"}\n');
    const cfg = writeConfig({ auths: { '127.0.0.1:5055': { auth: Buffer.from('deimos:hunter2').toString('base64') } } });
    const ctx = context(cfg);
    await expect(pullThroughApi(ctx, socket, IMAGE, credentialsFor(ctx, IMAGE))).resolves.toBe(true);
    expect(request).toMatch(/^POST \/images\/create\?fromImage=127.0.0.1%3A5055%2Fdeimos%2Fbusybox&tag=v1 HTTP\/1.1\r\n/);
    const header = /\r\nX-Registry-Auth: ([^\r]+)\r\n/i.exec(request)?.[1] ?? '';
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ username: 'deimos', password: 'hunter2', serveraddress: '127.0.0.1:5055' });
  });

  it('fails on an error line in a 200 stream, naming the image and the registry', async () => {
    const socket = await engine('200 OK', '{"status":"Pulling fs layer","id":"a"}\n{"errorDetail":{"message":"unknown blob"},"error":"unknown blob"}\n');
    const ctx = context();
    const err = await pullThroughApi(ctx, socket, IMAGE, credentialsFor(ctx, IMAGE)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeimosError);
    expect(formatError(err)).toBe('could not pull 127.0.0.1:5055/deimos/busybox:v1 from registry 127.0.0.1:5055: unknown blob');
  });

  it('says "no credentials for <host>" when the registry wants some and the file has none for it', async () => {
    const socket = await engine('500 Internal Server Error', '{"message":"Head \\"http://127.0.0.1:5055/v2/deimos/busybox/manifests/v1\\": no basic auth credentials"}');
    const cfg = writeConfig({ auths: { 'quay.io': { auth: Buffer.from('q:q').toString('base64') } } });
    const ctx = context(cfg);
    const err = await pullThroughApi(ctx, socket, IMAGE, credentialsFor(ctx, IMAGE)).catch((e: unknown) => e);
    expect(request).not.toMatch(/X-Registry-Auth/i);
    expect(formatError(err)).toMatch(new RegExp(`^could not pull ${IMAGE.replace(/\./g, '\\.')} from registry 127\\.0\\.0\\.1:5055: unauthorized: no credentials for 127\\.0\\.0\\.1:5055 in ${cfg}`));
  });
});

describe('pullFailure', () => {
  it('says the credentials were refused, and never repeats the password', () => {
    const auth = { username: 'deimos', password: 'hunter2', serveraddress: '127.0.0.1:5055' };
    const creds = { file: '/etc/dcfg', configured: true, host: '127.0.0.1:5055', selected: { key: '127.0.0.1:5055', auth }, helpers: false };
    const line = formatError(pullFailure(IMAGE, creds, 'unauthorized: authentication required (password hunter2)'));
    expect(line).toMatch(/: unauthorized: the registry refused the credentials for 127\.0\.0\.1:5055 from \/etc\/dcfg/);
    expect(line).not.toContain('hunter2');
    expect(line.split('\n')).toHaveLength(1);
  });
  it('names Docker Hub for images without a registry host', () => {
    const line = formatError(pullFailure('busybox:1', { configured: false, host: 'docker.io', helpers: false }, 'pull access denied for busybox'));
    expect(line).toMatch(
      /^could not pull busybox:1 from registry docker\.io \(Docker Hub\): unauthorized: no credentials for docker\.io \(no \[docker\.index\] dockercfg is set; the engine said: pull access denied for busybox\) \(add an "auths" entry for https:\/\/index\.docker\.io\/v1\/ to a docker config/,
    );
  });
});

describe('credentialsFor', () => {
  it('fails when the configured dockercfg cannot be read', () => {
    expect(() => credentialsFor(context(path.join(dir, 'missing')), IMAGE)).toThrow(/cannot read the docker config .*missing \(ENOENT\)/);
  });
  it('falls back to the CLI config.json only when no dockercfg is set', () => {
    fs.mkdirSync(path.join(dir, '.docker'));
    fs.writeFileSync(path.join(dir, '.docker', 'config.json'), JSON.stringify({ auths: { '127.0.0.1:5055': { auth: Buffer.from('u:p').toString('base64') } } }));
    expect(credentialsFor(context(), IMAGE).selected?.auth.username).toBe('u');
    expect(credentialsFor(context(writeConfig({})), IMAGE).selected).toBeUndefined();
  });
  it('fails on a broken configured dockercfg, but only warns about a broken CLI config.json', () => {
    const broken = path.join(dir, 'broken');
    fs.writeFileSync(broken, '{"auths": {"h": {"auth": "%%%"}}}');
    expect(() => credentialsFor(context(broken), IMAGE)).toThrow(/broken: the "auth" of "h" is not base64/);
    fs.mkdirSync(path.join(dir, '.docker'));
    fs.copyFileSync(broken, path.join(dir, '.docker', 'config.json'));
    expect(credentialsFor(context(), IMAGE)).toEqual({ configured: false, host: '127.0.0.1:5055', helpers: false });
  });
});
