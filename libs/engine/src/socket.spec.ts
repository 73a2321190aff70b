import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { EngineTimeout, engineRequest } from './socket';

// A stand-in engine on a unix socket: either it answers like the Engine API
// or, like a stopped dockerd, it accepts the connection and says nothing.

let dir: string;
let server: net.Server;
let received: string;

function listen(onRequest: (socket: net.Socket, text: string) => void): Promise<string> {
  const socketPath = path.join(dir, 'docker.sock');
  server = net.createServer((socket) => {
    received = '';
    socket.on('error', () => undefined); // the client hung up first (it gave up): expected here
    socket.on('data', (d) => {
      received += d.toString();
      if (/\r\n\r\n/.test(received)) onRequest(socket, received);
    });
  });
  return new Promise((resolve) => server.listen(socketPath, () => resolve(socketPath)));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-socket-'));
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('engineRequest', () => {
  it('POSTs JSON with its length and returns status and body', async () => {
    const socketPath = await listen((socket, text) => {
      if (!text.includes('"Image"')) return; // wait for the body
      socket.end('HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{"Id":"ab"}');
    });
    const r = await engineRequest(socketPath, 'POST', '/containers/create?name=x', 5000, { Image: 'busybox' });
    expect(r).toEqual({ status: 201, body: '{"Id":"ab"}' });
    expect(received).toMatch(/^POST \/containers\/create\?name=x HTTP\/1\.1\r\n/);
    expect(received).toMatch(/\r\nContent-Type: application\/json\r\n/i);
    expect(received).toMatch(/\r\nContent-Length: 19\r\n/i);
    expect(received.endsWith('{"Image":"busybox"}')).toBe(true);
  });

  it('gives up after its deadline on an engine that accepts but never answers', async () => {
    const socketPath = await listen(() => undefined);
    const started = Date.now();
    const err = await engineRequest(socketPath, 'GET', '/containers/x/json', 300).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineTimeout);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('counts the deadline over the whole answer, not from the last byte', async () => {
    const socketPath = await listen((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
      const drip = setInterval(() => socket.write('1\r\nx\r\n'), 50); // never finishes
      socket.on('close', () => clearInterval(drip));
      socket.on('error', () => clearInterval(drip));
    });
    const err = await engineRequest(socketPath, 'GET', '/events', 400).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineTimeout);
  });

  it('rejects at once when nothing listens', async () => {
    await listen(() => undefined);
    const err = await engineRequest(path.join(dir, 'missing.sock'), 'GET', '/_ping', 5000).catch((e: unknown) => e);
    expect((err as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
