import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_TYPE } from './media';
import { errorResponse, jsonResponse, SimResponse, WWW_AUTHENTICATE } from './response';

export type SimRole = 'admin' | 'tenant_admin' | 'tenant_user';

export interface SimUser {
  username: string;
  password: string;
  /** Default admin. */
  role?: SimRole;
}

export interface SimAuthOptions {
  /**
   * `mock` (MN's MockAuthService, the default): any well-formed Basic login
   * gets the fixed admin token, and any or no token means admin.
   * `strict`: logins are checked against `users`, tokens expire, and a
   * missing, unknown or expired token is a 401.
   */
  mode?: 'mock' | 'strict';
  /** Strict mode users. Default: one admin `admin` / `admin`. */
  users?: SimUser[];
  /** Strict mode token lifetime. Default one hour. */
  tokenTtlMs?: number;
  /** Mock mode token. Default MN's `999888777666`. */
  adminToken?: string;
}

export interface Principal {
  username: string;
  role: SimRole;
  projectId: string | null;
}

interface Session extends Principal {
  expiresAt: number;
}

const MOCK_ADMIN: Principal = { username: 'admin', role: 'admin', projectId: null };
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** MN's cookie date, `EEE, dd-MM-yyyy HH:mm:ss z` in GMT. */
export function formatCookieDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ` + `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Login filter and token filter (spec §2). */
export class SimAuth {
  readonly mode: 'mock' | 'strict';
  private readonly users: SimUser[];
  private readonly ttlMs: number;
  private readonly adminToken: string;
  private readonly sessions = new Map<string, Session>();
  private readonly now: () => number;

  constructor(opts: SimAuthOptions = {}, now: () => number = Date.now) {
    this.mode = opts.mode ?? 'mock';
    this.users = opts.users ?? [{ username: 'admin', password: 'admin', role: 'admin' }];
    this.ttlMs = opts.tokenTtlMs ?? 60 * 60 * 1000;
    this.adminToken = opts.adminToken ?? '999888777666';
    this.now = now;
  }

  /** `/login`, any method. */
  login(headers: IncomingHttpHeaders): SimResponse {
    const authorization = header(headers, 'authorization');
    if (!authorization) return loginFailure('Authorization header is not set.');
    if (!authorization.startsWith('Basic ')) return loginFailure('Authorization header does not contain Basic.');
    const decoded = Buffer.from(authorization.slice('Basic '.length).trim(), 'base64').toString('utf8');
    const parts = javaSplit(decoded, ':');
    // Exactly two parts: a ':' in the password, or an empty one, is refused.
    if (parts.length !== 2) return loginFailure('Authorization header is not valid');
    const [username, password] = parts as [string, string];
    const projectId = header(headers, 'x-auth-project') ?? null;

    if (this.mode === 'mock') return tokenResponse(this.adminToken, null);

    const user = this.users.find((u) => u.username === username && u.password === password);
    if (!user) return loginFailure('Login failed: invalid user name or password.');
    const token = randomBytes(16).toString('hex');
    const expiresAt = this.now() + this.ttlMs;
    this.sessions.set(token, { username, role: user.role ?? 'admin', projectId, expiresAt });
    return tokenResponse(token, formatCookieDate(expiresAt));
  }

  /** The caller behind `X-Auth-Token`, or the 401 to send. */
  authenticate(headers: IncomingHttpHeaders): Principal | SimResponse {
    if (this.mode === 'mock') return MOCK_ADMIN;
    const token = header(headers, 'x-auth-token');
    if (!token) return errorResponse(401, 'No token was passed in.');
    const session = this.sessions.get(token);
    if (!session || session.expiresAt <= this.now()) {
      this.sessions.delete(token);
      return errorResponse(401, 'Authentication error', { headers: { 'WWW-Authenticate': WWW_AUTHENTICATE } });
    }
    return session;
  }

  /** Makes every current token expired (strict mode). */
  expireAll(): void {
    for (const session of this.sessions.values()) session.expiresAt = 0;
  }

  clear(): void {
    this.sessions.clear();
  }

  get sessionCount(): number {
    return this.sessions.size;
  }
}

function loginFailure(message: string): SimResponse {
  return errorResponse(401, message, { headers: { 'WWW-Authenticate': WWW_AUTHENTICATE } });
}

function tokenResponse(token: string, expires: string | null): SimResponse {
  const cookie = expires ? `sessionId=${token}; Expires=${expires}` : `sessionId=${token}`;
  return jsonResponse(200, `${TOKEN_TYPE}; charset=UTF-8`, { key: token, expires }, { 'Set-Cookie': cookie });
}

/** Java's String.split: trailing empty strings are dropped. */
function javaSplit(s: string, sep: string): string[] {
  const parts = s.split(sep);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
