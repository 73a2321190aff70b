// Client behaviour that the simulator does not exercise (odd cookies, odd
// servers), against a tiny scripted HTTP server on loopback. The full flow
// against the MidoNet simulator is in tools/midonet-sim/src/client.spec.ts.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeimosError, MidonetHttpError } from '@deimos/errors';
import { MidonetClient, MidonetClientSettings } from './index';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Reply = { status: number; headers?: Record<string, string | string[]>; body?: unknown };
type Script = (req: Seen, base: string) => Reply;

const BRIDGE = '78488c47-d1de-4d16-a27a-4e6419dc4f88';
const HOST = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001';
const PORT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

let server: http.Server;
let base: string;
let seen: Seen[];

async function serve(script: Script): Promise<void> {
  seen = [];
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      seen.push(s);
      const reply = script(s, base);
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/midonet-api`;
}

afterEach(async () => {
  if (server?.listening) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function root(b: string, withPorts = true): Record<string, unknown> {
  return {
    uri: `${b}/`,
    bridgeTemplate: `${b}/bridges/{id}`,
    hostTemplate: `${b}/hosts/{id}`,
    portTemplate: `${b}/ports/{id}`,
    ...(withPorts ? { ports: `${b}/ports` } : {}),
  };
}

/** Answers the root and a bridge; everything else is a 404. */
function api(extra: (req: Seen, b: string) => Reply | undefined = () => undefined, withPorts = true): Script {
  return (req, b) => {
    const hit = extra(req, b);
    if (hit) return hit;
    if (req.url === '/midonet-api' || req.url === '/midonet-api/') return { status: 200, body: root(b, withPorts) };
    if (req.url === `/midonet-api/bridges/${BRIDGE}`) return { status: 200, body: { id: BRIDGE, uri: `${b}/bridges/${BRIDGE}`, ports: `${b}/bridges/${BRIDGE}/ports` } };
    return { status: 404, body: { message: 'nope', code: 404 } };
  };
}

function client(settings: Partial<MidonetClientSettings> = {}, log?: (line: string) => void): MidonetClient {
  return new MidonetClient({ apiUrl: base, apiVersion: '2015', timeoutMs: 2000, ...settings }, { log });
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
}

describe('login', () => {
  it('finds the session cookie wherever it stands and sends it as X-Auth-Token', async () => {
    await serve(
      api((req) =>
        req.url === '/midonet-api/login'
          ? { status: 200, headers: { 'Set-Cookie': ['lb=node1; Path=/', 'Path=/; sessionId=tok-1; Expires=Wed, 15-07-2015 10:01:00 GMT'] }, body: { key: 'ignored' } }
          : undefined,
      ),
    );
    await client({ username: 'mido', password: 'pw', projectId: 'proj-7' }).getBridge(BRIDGE);
    const [login, rootGet, bridgeGet] = seen;
    expect(login).toMatchObject({ method: 'POST', url: '/midonet-api/login', body: '{}' });
    expect(login?.headers.authorization).toBe(`Basic ${Buffer.from('mido:pw').toString('base64')}`);
    expect(login?.headers['x-auth-project']).toBe('proj-7');
    expect(login?.headers['content-type']).toBeUndefined();
    expect(rootGet?.headers['x-auth-token']).toBe('tok-1');
    expect(bridgeGet?.headers['x-auth-token']).toBe('tok-1');
  });

  it('falls back to the Token-v1 body when there is no cookie', async () => {
    await serve(api((req) => (req.url === '/midonet-api/login' ? { status: 200, body: { key: 'body-token', expires: null } } : undefined)));
    await client({ username: 'mido', password: 'pw' }).getBridge(BRIDGE);
    expect(seen[1]?.headers['x-auth-token']).toBe('body-token');
  });

  it('fails clearly when the login gives no token at all', async () => {
    await serve(api((req) => (req.url === '/midonet-api/login' ? { status: 200, body: '' } : undefined)));
    const err = await rejection(client({ username: 'mido', password: 'pw' }).getBridge(BRIDGE));
    expect(err).toBeInstanceOf(DeimosError);
    expect((err as DeimosError).code).toBe('MIDONET');
    expect((err as DeimosError).message).toMatch(/without a session token/);
  });

  it('sends no login and no token without a username', async () => {
    await serve(api());
    await client().getBridge(BRIDGE);
    expect(seen.map((s) => s.url)).toEqual(['/midonet-api', `/midonet-api/bridges/${BRIDGE}`]);
    expect(seen.every((s) => s.headers['x-auth-token'] === undefined)).toBe(true);
  });
});

describe('settings', () => {
  it('refuses credentials in the API URL without echoing them', () => {
    let err: unknown;
    try {
      new MidonetClient({ apiUrl: 'http://mido:hunter22@127.0.0.1:8080/midonet-api', apiVersion: '2015', timeoutMs: 1000 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DeimosError);
    expect((err as DeimosError).code).toBe('CONFIG');
    expect(String((err as Error).message)).not.toContain('hunter22');
  });

  it.each([
    [{ apiUrl: 'ftp://x/midonet-api' }, /http or https/],
    [{ timeoutMs: 0 }, /positive/],
    [{ apiVersion: '4' as never }, /unknown MidoNet API version/],
  ])('refuses bad settings %#', (bad, message) => {
    expect(() => new MidonetClient({ apiUrl: 'http://127.0.0.1:1/midonet-api', apiVersion: '2015', timeoutMs: 1000, ...bad })).toThrow(message);
  });

  it('strips trailing slashes from the base URL', async () => {
    await serve(api());
    await new MidonetClient({ apiUrl: `${base}//`, apiVersion: '2015', timeoutMs: 1000 }).getBridge(BRIDGE);
    expect(seen[0]?.url).toBe('/midonet-api');
  });
});

describe('requests', () => {
  it('rejects a non-UUID id before sending anything', async () => {
    await serve(api());
    await expect(client().getBridge('../hosts')).rejects.toThrow(/invalid MidoNet bridge id/);
    expect(seen).toEqual([]);
  });

  it('needs a Location after a create', async () => {
    await serve(api((req) => (req.method === 'POST' ? { status: 201 } : undefined)));
    await expect(client().createBridgePort(BRIDGE)).rejects.toThrow(/without a Location header/);
  });

  it('resolves a relative Location against the collection URI', async () => {
    await serve(
      api((req, b) => {
        if (req.method === 'POST') return { status: 201, headers: { Location: `/midonet-api/ports/${PORT}` } };
        if (req.url === `/midonet-api/ports/${PORT}`) return { status: 200, body: { id: PORT, uri: `${b}/ports/${PORT}`, type: 'Bridge' } };
        return undefined;
      }),
    );
    await expect(client().createBridgePort(BRIDGE)).resolves.toMatchObject({ id: PORT });
    expect(seen.at(-2)?.body).toBe('{"type":"Bridge"}');
  });

  it('does not follow a redirect to another origin', async () => {
    await serve(api((req) => (req.url === '/midonet-api' ? { status: 302, headers: { Location: 'http://192.0.2.1/midonet-api/' } } : undefined)));
    const err = await rejection(client().getBridge(BRIDGE));
    expect(err).toBeInstanceOf(MidonetHttpError);
    expect((err as MidonetHttpError).status).toBe(302);
    expect(seen).toHaveLength(1);
  });

  it('explains a root without the ports collection', async () => {
    await serve(api(undefined, false));
    await expect(client().listPorts()).rejects.toThrow(/has no "ports" collection/);
  });

  it('treats 404 on DELETE as gone and anything else as an error', async () => {
    let status = 404;
    await serve(api((req) => (req.method === 'DELETE' ? { status, body: { message: 'boom', code: status } } : undefined)));
    await expect(client().deletePort(PORT)).resolves.toBeUndefined();
    status = 503;
    const err = await rejection(client().deletePort(PORT));
    expect(err).toMatchObject({ status: 503, method: 'DELETE', serverMessage: 'boom', url: `${base}/ports/${PORT}` });
    expect(seen.filter((s) => s.method === 'DELETE').every((s) => s.body === '' && s.headers['content-type'] === undefined)).toBe(true);
  });

  it('adds bean-validation violations to the server message', async () => {
    await serve(
      api((req, b) => {
        if (req.url === `/midonet-api/hosts/${HOST}`) return { status: 200, body: { id: HOST, uri: `${b}/hosts/${HOST}`, ports: `${b}/hosts/${HOST}/ports` } };
        if (req.method === 'POST') {
          return { status: 400, body: { message: 'Validation error(s) found', code: 400, violations: [{ property: 'interfaceName', message: 'may not be null' }] } };
        }
        return undefined;
      }),
    );
    const err = await rejection(client().bindInterface(HOST, PORT, 'x'));
    expect((err as MidonetHttpError).serverMessage).toBe('Validation error(s) found (interfaceName: may not be null)');
  });

  it('reports a refused connection as status 0 and logs it', async () => {
    await serve(api());
    const dead = base;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    const lines: string[] = [];
    const err = await rejection(new MidonetClient({ apiUrl: dead, apiVersion: '5', timeoutMs: 1000 }, { log: (l) => lines.push(l) }).getBridge(BRIDGE));
    expect(err).toBeInstanceOf(MidonetHttpError);
    expect((err as MidonetHttpError).status).toBe(0);
    expect((err as MidonetHttpError).message).toMatch(/^MidoNet API GET http:\/\/127\.0\.0\.1:\d+\/midonet-api: no response: request failed: .*ECONNREFUSED/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^midonet \/\/ GET http:\/\/127\.0\.0\.1:\d+\/midonet-api -> 0 \(\d+ ms\) request failed/);
  });
});
