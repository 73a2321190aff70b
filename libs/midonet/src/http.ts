import * as http from 'node:http';
import * as https from 'node:https';

export interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** No HTTP response at all: refused, reset, dropped, or over the deadline. */
export class TransportError extends Error {
  readonly reason: string;
  constructor(reason: string, options: { cause?: unknown } = {}) {
    super(reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransportError';
    this.reason = reason;
  }
}

// `GET /ports` returns every port in the system, so allow a large body, but
// not an unbounded one.
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * One HTTP exchange with a deadline covering connect, send and the whole
 * response body. Fresh connection per call (`agent: false`): the wiring makes
 * a handful of calls, and a stale keep-alive socket would turn into a
 * spurious reset.
 */
export function sendHttp(req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const transport = req.url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body));
    let settled = false;
    const finish = (err: TransportError | undefined, res?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(res as HttpResponse);
    };
    let request: http.ClientRequest;
    try {
      request = transport.request(req.url, { method: req.method, headers, agent: false });
    } catch (err) {
      // e.g. ERR_INVALID_CHAR for a header value; Node names the header, not the value.
      reject(new TransportError(`request not sent: ${(err as Error).message}`, { cause: err }));
      return;
    }
    const timer = setTimeout(() => {
      finish(new TransportError(`timed out after ${req.timeoutMs} ms`));
      request.destroy();
    }, req.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ? ` (${err.code})` : '';
      finish(new TransportError(`request failed: ${err.message}${code}`, { cause: err }));
    });
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          finish(new TransportError(`response body over ${MAX_BODY_BYTES} bytes`));
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (err: NodeJS.ErrnoException) => {
        finish(new TransportError(`response failed: ${err.message}`, { cause: err }));
      });
      res.on('aborted', () => finish(new TransportError('response aborted by the server')));
      res.on('end', () => {
        if (!res.complete) {
          finish(new TransportError('connection closed before the response was complete'));
          return;
        }
        finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.end(req.body);
  });
}
