import { DeimosError, MidonetHttpError } from '@deimos/errors';
import { sessionIdFromSetCookie } from './cookie';
import { HttpResponse, sendHttp, TransportError } from './http';
import { MEDIA_TYPES, MediaTypeSet, MidonetApiVersion } from './media-types';
import { redact } from './redact';
import type { MidonetApplication } from './types';

// One client's conversation with the MidoNet API, under the resource calls
// of client.ts: discovery of the root resource, login and the token, each
// exchange with its deadline and log line, and the errors, with every
// secret redacted.

export interface MidonetClientSettings {
  /** Base URL of the API, e.g. `http://10.0.0.1:8080/midonet-api`. No credentials in it. */
  apiUrl: string;
  /** When set, the client logs in and sends `X-Auth-Token` on every request. */
  username?: string;
  password?: string;
  /** Sent as `X-Auth-Project` at login (Keystone tenant name). */
  projectId?: string;
  /** Which media types to speak: '2015' (MidoNet v2015.06 / 1.9) or '5' (MidoNet 5.x). */
  apiVersion: MidonetApiVersion;
  /** Deadline for each HTTP exchange, connect to last body byte. */
  timeoutMs: number;
}

export interface MidonetClientOptions {
  /** Receives one line per HTTP exchange: `midonet // METHOD url -> status (N ms)`. */
  log?: (line: string) => void;
}

type Method = 'GET' | 'POST' | 'DELETE';

interface Call {
  method: Method;
  url: string;
  accept?: string;
  contentType?: string;
  body?: unknown;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

/** The transport, authentication and discovery of one `MidonetClient`; it owns the token. */
export class MidonetSession {
  /** The media types of the configured API version. */
  readonly media: MediaTypeSet;
  private readonly base: string;
  private readonly origin: string;
  private readonly settings: Readonly<MidonetClientSettings>;
  private readonly log?: (line: string) => void;
  private readonly secrets: string[] = [];
  private root?: MidonetApplication;
  private rootInFlight?: Promise<MidonetApplication>;
  private token?: string;
  private loginInFlight?: Promise<string>;

  constructor(settings: MidonetClientSettings, opts: MidonetClientOptions = {}) {
    const url = parseApiUrl(settings.apiUrl);
    if (!(settings.apiVersion in MEDIA_TYPES)) {
      throw new DeimosError('CONFIG', `unknown MidoNet API version "${String(settings.apiVersion)}"`, {
        hint: "use '2015' for MidoNet v2015.06 or '5' for MidoNet 5.x",
      });
    }
    if (!Number.isFinite(settings.timeoutMs) || settings.timeoutMs <= 0) {
      throw new DeimosError('CONFIG', `MidoNet timeout must be a positive number of milliseconds, got ${settings.timeoutMs}`);
    }
    this.settings = { ...settings };
    // python-midonetclient strips trailing slashes from the base; so do we.
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.origin = url.origin;
    this.media = MEDIA_TYPES[settings.apiVersion];
    this.log = opts.log;
    if (settings.password) {
      this.secrets.push(settings.password, basicCredentials(settings.username ?? '', settings.password));
    }
  }

  // --- discovery ------------------------------------------------------------

  /** The root resource (Application), fetched once and shared by concurrent first calls. */
  async application(): Promise<MidonetApplication> {
    if (this.root) return this.root;
    this.rootInFlight ??= this.fetchRoot().finally(() => {
      this.rootInFlight = undefined;
    });
    return this.rootInFlight;
  }

  private async fetchRoot(): Promise<MidonetApplication> {
    let url = this.base;
    for (let hop = 0; ; hop++) {
      const res = await this.exchange({ method: 'GET', url, accept: this.media.application });
      if (REDIRECTS.has(res.status) && hop < MAX_REDIRECTS) {
        // Tomcat redirects `/midonet-api` to `/midonet-api/`. Follow that, but
        // never carry the token to another origin.
        const next = this.sameOrigin(url, res.headers.location);
        if (next) {
          url = next;
          continue;
        }
      }
      if (!isSuccess(res.status)) throw this.httpError('GET', url, res);
      const root = this.parseJson('GET', url, res, 'root resource') as MidonetApplication;
      checkFields(root, ['uri', 'bridgeTemplate', 'hostTemplate', 'portTemplate'], 'root resource', this.scrub(url));
      this.root = root;
      return root;
    }
  }

  // --- authentication and transport -----------------------------------------

  /**
   * One exchange, with login before it and one re-login + retry on 401. A
   * 401 to a token this very call just obtained is not retried: the login
   * worked, so the server refuses the user, not the token (MidoNet 5.x's
   * AdminOnlyAuthFilter answers every non-admin so, with no message).
   */
  async exchange(call: Call): Promise<HttpResponse> {
    if (this.settings.username === undefined) return this.send(call, undefined);
    const cached = this.token;
    const token = cached ?? (await this.login());
    const res = await this.send(call, token);
    if (res.status !== 401) return res;
    if (cached === undefined) throw this.refusedUser(call, res);
    // Another call may already have logged in again; reuse that token.
    const fresh = this.token !== undefined && this.token !== token ? this.token : await this.login(true);
    const again = await this.send(call, fresh);
    if (again.status === 401) throw this.refusedUser(call, again);
    return again;
  }

  /** The 401 to a token fresh from a successful login. */
  private refusedUser(call: Call, res: HttpResponse): MidonetHttpError {
    // Forget the token: the next call logs in once more (roles may change), never in a loop.
    this.token = undefined;
    const user = this.settings.username ?? '';
    const notAdmin = serverMessage(res.body) === undefined && res.headers['www-authenticate'] === undefined;
    const reason = notAdmin
      ? `user ${JSON.stringify(user)} logged in but is not an admin; MidoNet 5.x serves only admin users, so give it the admin role or set [midonet] username to an admin`
      : `user ${JSON.stringify(user)} logged in but its token was refused`;
    return new MidonetHttpError(call.method, this.scrub(call.url), 401, this.scrub(reason));
  }

  private login(force = false): Promise<string> {
    if (force) this.token = undefined;
    this.loginInFlight ??= this.performLogin().finally(() => {
      this.loginInFlight = undefined;
    });
    return this.loginInFlight;
  }

  private async performLogin(): Promise<string> {
    const url = `${this.base}/login`;
    const headers: Record<string, string> = {
      Authorization: `Basic ${basicCredentials(this.settings.username ?? '', this.settings.password ?? '')}`,
    };
    if (this.settings.projectId) headers['X-Auth-Project'] = this.settings.projectId;
    // Body `{}` and no Content-Type, as python-midonetclient sends it.
    const res = await this.transmit('POST', url, headers, '{}');
    if (!isSuccess(res.status)) throw this.httpError('POST', url, res);
    let token = sessionIdFromSetCookie(res.headers['set-cookie']);
    if (!token) token = tokenFromBody(res.body);
    if (!token) {
      throw new DeimosError('MIDONET', `MidoNet API POST ${url}: login answered HTTP ${res.status} without a session token`, {
        hint: 'expected Set-Cookie: sessionId=... or a Token-v1 body',
      });
    }
    if (!this.secrets.includes(token)) this.secrets.push(token);
    this.token = token;
    return token;
  }

  private send(call: Call, token: string | undefined): Promise<HttpResponse> {
    const headers: Record<string, string> = {};
    if (call.accept) headers['Accept'] = call.accept;
    if (call.contentType) headers['Content-Type'] = call.contentType;
    if (token !== undefined) headers['X-Auth-Token'] = token;
    // No body on GET and DELETE (python-midonetclient sent `{}` everywhere).
    const body = call.method === 'POST' ? JSON.stringify(call.body ?? {}) : undefined;
    return this.transmit(call.method, call.url, headers, body);
  }

  private async transmit(method: Method, url: string, headers: Record<string, string>, body: string | undefined): Promise<HttpResponse> {
    const started = Date.now();
    let target: URL;
    try {
      target = new URL(url);
    } catch (err) {
      throw new DeimosError('MIDONET', `MidoNet API ${method}: not a URL: ${this.scrub(url)}`, { cause: err });
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      throw new DeimosError('MIDONET', `MidoNet API ${method}: refusing non-HTTP URL ${this.scrub(url)}`);
    }
    try {
      const res = await sendHttp({ method, url: target, headers, body, timeoutMs: this.settings.timeoutMs });
      this.emit(`midonet // ${method} ${url} -> ${res.status} (${Date.now() - started} ms)`);
      return res;
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      // python-midonetclient forgets the root when the server goes away.
      this.root = undefined;
      this.emit(`midonet // ${method} ${url} -> 0 (${Date.now() - started} ms) ${err.reason}`);
      throw new MidonetHttpError(method, this.scrub(url), 0, this.scrub(err.reason), {
        cause: err,
        hint: `check that the MidoNet API at ${this.scrub(this.base)} is up and reachable`,
      });
    }
  }

  // --- small helpers that need the secrets ----------------------------------

  private emit(line: string): void {
    this.log?.(this.scrub(line));
  }

  scrub(text: string): string {
    return redact(text, this.secrets);
  }

  httpError(method: Method, url: string, res: HttpResponse): MidonetHttpError {
    const message = serverMessage(res.body);
    return new MidonetHttpError(method, this.scrub(url), res.status, message === undefined ? undefined : this.scrub(message), {
      hint: hintFor(res.status, this.settings.apiVersion),
    });
  }

  parseJson(method: Method, url: string, res: HttpResponse, what: string): unknown {
    try {
      return JSON.parse(res.body) as unknown;
    } catch (err) {
      throw new DeimosError('MIDONET', `MidoNet API ${method} ${this.scrub(url)}: HTTP ${res.status} but the ${what} is not JSON`, {
        cause: err,
      });
    }
  }

  private sameOrigin(from: string, location: string | undefined): string | undefined {
    if (!location) return undefined;
    try {
      const next = new URL(location, from);
      return next.origin === this.origin ? next.toString() : undefined;
    } catch {
      return undefined;
    }
  }
}

function parseApiUrl(apiUrl: string): URL {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    // Do not echo the value: it may carry credentials.
    throw new DeimosError('CONFIG', 'MidoNet API URL is not a valid URL', { hint: 'e.g. http://127.0.0.1:8080/midonet-api' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DeimosError('CONFIG', `MidoNet API URL must be http or https, got ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new DeimosError('CONFIG', 'MidoNet API URL must not contain credentials', { hint: 'use the username and password settings' });
  }
  return url;
}

function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}

/** Throws unless `value` is a JSON object with a string in each of `fields`. */
export function checkFields(value: unknown, fields: readonly string[], what: string, url: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DeimosError('MIDONET', `MidoNet API GET ${url}: the ${what} is not a JSON object`);
  }
  const record = value as Record<string, unknown>;
  const missing = fields.filter((f) => typeof record[f] !== 'string');
  if (missing.length > 0) {
    throw new DeimosError('MIDONET', `MidoNet API GET ${url}: the ${what} lacks ${missing.join(', ')}`);
  }
}

/** A 2xx status. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** The Error-v1 `message`, with any bean-validation violations appended. */
function serverMessage(body: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { message, violations } = json as { message?: unknown; violations?: unknown };
  if (typeof message !== 'string' || message === '') return undefined;
  if (!Array.isArray(violations) || violations.length === 0) return message;
  const details = violations.map((v: { property?: unknown; message?: unknown }) => `${String(v?.property)}: ${String(v?.message)}`).join('; ');
  return `${message} (${details})`;
}

function tokenFromBody(body: string): string | undefined {
  try {
    const json = JSON.parse(body) as { key?: unknown };
    return typeof json?.key === 'string' && json.key !== '' ? json.key : undefined;
  } catch {
    return undefined;
  }
}

function hintFor(status: number, apiVersion: MidonetApiVersion): string | undefined {
  switch (status) {
    case 401:
      return 'check the MidoNet username, password and project';
    case 403:
      return 'the MidoNet user needs the admin role for host bindings and port lists';
    case 406:
    case 415:
      return `the server rejected the ${apiVersion} media types; check the MidoNet API version setting ('2015' or '5')`;
    case 503:
      return 'the MidoNet API cannot reach its backing store; retry later';
    default:
      return undefined;
  }
}
