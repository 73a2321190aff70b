import * as fs from 'node:fs';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * The engine's local socket when the CLI would use it too: no `[docker]`
 * global options and no DOCKER_HOST/DOCKER_CONTEXT. Otherwise undefined, and
 * callers use the CLI (which knows hosts, contexts and TLS).
 */
export function localSocket(globalArgs: readonly string[], env: Record<string, string | undefined> = process.env): string | undefined {
  if (globalArgs.length > 0 || env.DOCKER_HOST || env.DOCKER_CONTEXT) return undefined;
  try {
    return fs.statSync(DEFAULT_SOCKET).isSocket() ? DEFAULT_SOCKET : undefined;
  } catch {
    return undefined;
  }
}

/** More of a request: extra headers, and a consumer for a streamed answer. */
export interface RequestExtras {
  /** Sent as given; never logged. */
  headers?: Record<string, string>;
  /**
   * Called with each chunk of a 200 answer's body instead of collecting it
   * (a pull streams progress lines for minutes); `body` then stays empty.
   */
  onData?: (chunk: string) => void;
}

/**
 * One request to the Engine API over its unix socket (GET, or POST with a
 * JSON body). Resolves with the status and body; rejects on a connection
 * error, or with an EngineTimeout after `timeoutMs` (0: no limit).
 */
export async function engineRequest(
  socketPath: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  timeoutMs: number,
  json?: unknown,
  extras: RequestExtras = {},
): Promise<{ status: number; body: string }> {
  // Loaded on first use: most calls never need it.
  const [http, net] = await Promise.all([import('node:http'), import('node:net')]);
  const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Host: 'docker', ...extras.headers };
    if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
    // Our own connection, no Agent: the Agent works out a TLS server name
    // with net.isIP, whose first call compiles the IPv6 pattern (3-4 ms of
    // every agent call that talks to the engine).
    const createConnection = () => net.createConnection(socketPath);
    // One deadline for the whole exchange: a stopped engine still accepts
    // connections on its socket (the kernel queues them) and never answers.
    let timer: NodeJS.Timeout | undefined;
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      fn();
    };
    const req = http.request({ createConnection, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      const stream = extras.onData && res.statusCode === 200 ? extras.onData : undefined;
      res.on('data', (c: string) => (stream ? stream(c) : (body += c)));
      res.on('end', () => finish(() => resolve({ status: res.statusCode ?? 0, body })));
      res.on('error', (err) => finish(() => reject(err)));
    });
    if (timeoutMs > 0) timer = setTimeout(() => req.destroy(new EngineTimeout(`no answer from ${socketPath} within ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (err) => finish(() => reject(err)));
    req.end(payload);
  });
}

/** The engine took longer than the call's limit to answer. */
export class EngineTimeout extends Error {}
