import { UUID_PATTERN } from '@deimos/config';
import { DeimosError, MidonetHttpError } from '@deimos/errors';
import { sessionIdFromSetCookie } from './cookie';
import { HttpResponse, sendHttp, TransportError } from './http';
import { MEDIA_TYPES, MediaTypeSet, MidonetApiVersion } from './media-types';
import { redact } from './redact';
import type {
  MidonetApplication,
  MidonetBridge,
  MidonetDhcpHost,
  MidonetDhcpSubnet,
  MidonetHost,
  MidonetHostInterfacePort,
  MidonetPort,
} from './types';

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

const SUBNET_FIELDS = ['uri', 'hosts', 'subnetPrefix'] as const;
// `name` may be null on v2015 (DhcpHostsResource has no bean validation); it is read as ''.
const HOST_ENTRY_FIELDS = ['uri', 'macAddr', 'ipAddr'] as const;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

/**
 * REST client for the part of the MidoNet API that wires a container into a
 * bridge (spec §1-§5). Every URI comes from the root resource or from links
 * in responses; nothing but the base and `/login` is built by hand.
 *
 * Differences from python-midonetclient that we keep on purpose: the binding
 * is POSTed once (MCP posted it twice, a 409 on 5.x), the session cookie is
 * found wherever it stands in `Set-Cookie`, each client owns its token (no
 * module-global), and every exchange has a deadline.
 */
export class MidonetClient {
  private readonly base: string;
  private readonly origin: string;
  private readonly media: MediaTypeSet;
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

  /** `GET bridgeTemplate`. */
  async getBridge(bridgeId: string): Promise<MidonetBridge> {
    const id = checkId('bridge', bridgeId);
    const root = await this.application();
    const url = fillTemplate(root, 'bridgeTemplate', id);
    return this.getOne(url, this.media.bridge, 'bridge', ['id', 'uri', 'ports']);
  }

  /** Creates an unbound port on the bridge (`POST bridge.ports` `{"type":"Bridge"}`), then reads it back. */
  async createBridgePort(bridgeId: string): Promise<MidonetPort> {
    const bridge = await this.getBridge(bridgeId);
    const location = await this.create(bridge.ports, this.media.port, { type: 'Bridge' });
    return this.getOne(location, this.media.port, 'port', ['id', 'uri', 'type']);
  }

  /** `GET hostTemplate` (admin only on the server). */
  async getHost(hostId: string): Promise<MidonetHost> {
    const id = checkId('host', hostId);
    const root = await this.application();
    const url = fillTemplate(root, 'hostTemplate', id);
    return this.getOne(url, this.media.host, 'host', ['id', 'uri', 'ports']);
  }

  /**
   * Binds the virtual port to a host interface: one `POST host.ports`, then a
   * `GET` of its `Location`. Never posts twice (spec §7.4 bug 1: the second
   * POST is a 409 on MidoNet 5.x).
   */
  async bindInterface(hostId: string, portId: string, interfaceName: string): Promise<MidonetHostInterfacePort> {
    checkId('port', portId);
    if (typeof interfaceName !== 'string' || interfaceName.length === 0) {
      throw new DeimosError('MIDONET', 'cannot bind an empty interface name');
    }
    const host = await this.getHost(hostId);
    const location = await this.create(host.ports, this.media.hostInterfacePort, { portId, interfaceName });
    return this.getOne(location, this.media.hostInterfacePort, 'binding', BINDING_FIELDS);
  }

  /** Every interface-port binding of the host. */
  async listHostBindings(hostId: string): Promise<MidonetHostInterfacePort[]> {
    const host = await this.getHost(hostId);
    return this.list(host.ports, this.media.hostInterfacePortCollection, 'binding', BINDING_FIELDS);
  }

  /**
   * Removes the binding of `portId` on the host. A binding that is not listed,
   * or whose DELETE answers 404 (5.x, port gone), counts as already removed.
   */
  async deleteBinding(hostId: string, portId: string): Promise<void> {
    const wanted = checkId('port', portId).toLowerCase();
    const bindings = await this.listHostBindings(hostId);
    const binding = bindings.find((b) => b.portId.toLowerCase() === wanted);
    if (binding) await this.remove(binding.uri);
  }

  /** Deletes the port. 404 (5.x for an unknown port) counts as already deleted. */
  async deletePort(portId: string): Promise<void> {
    const id = checkId('port', portId);
    const root = await this.application();
    await this.remove(fillTemplate(root, 'portTemplate', id));
  }

  /** `GET portTemplate`. */
  async getPort(portId: string): Promise<MidonetPort> {
    const id = checkId('port', portId);
    const root = await this.application();
    const url = fillTemplate(root, 'portTemplate', id);
    return this.getOne(url, this.media.port, 'port', ['id', 'uri', 'type']);
  }

  /** Every port in the system (admin only; the server has no filter). */
  async listPorts(): Promise<MidonetPort[]> {
    const root = await this.application();
    if (typeof root.ports !== 'string') {
      throw new DeimosError('MIDONET', `MidoNet API root ${this.scrub(root.uri)} has no "ports" collection`, {
        hint: 'the server did not answer as Application-v5',
      });
    }
    return this.list(root.ports, this.media.portCollection, 'port', ['id', 'uri', 'type']);
  }

  // --- DHCP subnets and host entries (issue 16) -------------------------------

  /** The bridge's DHCP subnets, from the `dhcpSubnets` link of the bridge. */
  async listDhcpSubnets(bridgeId: string): Promise<MidonetDhcpSubnet[]> {
    const bridge = await this.getBridge(bridgeId);
    if (typeof bridge.dhcpSubnets !== 'string') {
      throw new DeimosError('MIDONET', `MidoNet bridge ${bridge.id} has no "dhcpSubnets" link`);
    }
    const subnets = await this.list<MidonetDhcpSubnet>(bridge.dhcpSubnets, this.media.dhcpSubnetCollection, 'DHCP subnet', SUBNET_FIELDS);
    for (const s of subnets) {
      if (typeof s.subnetLength !== 'number' || !Number.isInteger(s.subnetLength) || s.subnetLength < 0 || s.subnetLength > 32) {
        throw new DeimosError('MIDONET', `MidoNet DHCP subnet ${this.scrub(s.uri)} has no usable subnetLength`);
      }
    }
    return subnets;
  }

  /** Every host entry of the subnet, in the server's order. */
  async listDhcpHosts(subnet: Pick<MidonetDhcpSubnet, 'hosts'>): Promise<MidonetDhcpHost[]> {
    const entries = await this.list<MidonetDhcpHost>(subnet.hosts, this.media.dhcpHostCollection, 'DHCP host', HOST_ENTRY_FIELDS);
    return entries.map((e) => {
      if (typeof e.name === 'string') return e;
      if (e.name === null || e.name === undefined) return { ...e, name: '' };
      throw new DeimosError('MIDONET', `MidoNet API GET ${this.scrub(subnet.hosts)}: the DHCP host ${this.scrub(e.uri)} has a name that is not text`);
    });
  }

  /**
   * Adds a host entry: one `POST subnet.hosts`. Returns the absolute URI of
   * the entry from `Location`. The server does not check the address.
   */
  async createDhcpHost(subnet: Pick<MidonetDhcpSubnet, 'hosts'>, entry: { macAddr: string; ipAddr: string; name: string }): Promise<string> {
    return this.create(subnet.hosts, this.media.dhcpHost, { macAddr: entry.macAddr, ipAddr: entry.ipAddr, name: entry.name });
  }

  /**
   * Deletes the entry with this MAC if the subnet lists it; false when it
   * was already gone. Gone is judged per generation: an entry that is not
   * listed; a subnet whose entries cannot be listed (v2015 500, 5.x 404) and
   * whose own GET is a 404 on both; a DELETE answered 404 (5.x) or 500
   * (v2015, DhcpHostsResource.delete of a missing node) after which the
   * entry is no longer listed.
   */
  async deleteDhcpHost(subnet: Pick<MidonetDhcpSubnet, 'hosts'>, macAddr: string): Promise<boolean> {
    const wanted = macAddr.toLowerCase().replace(/-/g, ':');
    const find = (entries: MidonetDhcpHost[]) => entries.find((e) => e.macAddr.toLowerCase().replace(/-/g, ':') === wanted);
    let entries: MidonetDhcpHost[];
    try {
      entries = await this.listDhcpHosts(subnet);
    } catch (err) {
      if (err instanceof MidonetHttpError && (err.status === 404 || err.status === 500) && (await this.subnetGone(subnet))) return false;
      throw err;
    }
    const entry = find(entries);
    if (!entry) return false;
    const res = await this.exchange({ method: 'DELETE', url: entry.uri });
    if (isSuccess(res.status)) return true;
    if (res.status === 404) return false;
    if (res.status === 500 && !find(await this.listDhcpHosts(subnet))) return false;
    throw this.httpError('DELETE', entry.uri, res);
  }

  /** Whether the subnet owning this `hosts` collection answers its own GET with 404 (both generations do when it, or its bridge, is gone). */
  private async subnetGone(subnet: Pick<MidonetDhcpSubnet, 'hosts'>): Promise<boolean> {
    const url = subnet.hosts.replace(/\/hosts\/?$/, '');
    if (url === subnet.hosts) return false;
    const res = await this.exchange({ method: 'GET', url, accept: this.media.dhcpSubnet, contentType: this.media.dhcpSubnet });
    return res.status === 404;
  }

  // --- resource helpers -----------------------------------------------------

  private async application(): Promise<MidonetApplication> {
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

  private async getOne<T>(url: string, mediaType: string, what: string, fields: readonly string[]): Promise<T> {
    // python-midonetclient sends both headers on single-resource GETs, and
    // MidoNet routes on them; keep that.
    const res = await this.exchange({ method: 'GET', url, accept: mediaType, contentType: mediaType });
    if (!isSuccess(res.status)) throw this.httpError('GET', url, res);
    const json = this.parseJson('GET', url, res, what);
    checkFields(json, fields, what, this.scrub(url));
    return json as T;
  }

  private async list<T>(url: string, mediaType: string, what: string, fields: readonly string[]): Promise<T[]> {
    const res = await this.exchange({ method: 'GET', url, accept: mediaType });
    if (!isSuccess(res.status)) throw this.httpError('GET', url, res);
    const json = this.parseJson('GET', url, res, `${what} list`);
    if (!Array.isArray(json)) {
      throw new DeimosError('MIDONET', `MidoNet API GET ${this.scrub(url)}: expected a JSON array of ${what}s`);
    }
    for (const item of json) checkFields(item, fields, what, this.scrub(url));
    return json as T[];
  }

  /** POST, expect 2xx with a Location; returns the absolute Location. */
  private async create(url: string, mediaType: string, body: unknown): Promise<string> {
    const res = await this.exchange({ method: 'POST', url, contentType: mediaType, body });
    if (!isSuccess(res.status)) throw this.httpError('POST', url, res);
    const location = firstHeader(res.headers.location);
    if (!location) {
      throw new DeimosError('MIDONET', `MidoNet API POST ${this.scrub(url)}: HTTP ${res.status} without a Location header`);
    }
    try {
      return new URL(location, url).toString();
    } catch (err) {
      throw new DeimosError('MIDONET', `MidoNet API POST ${this.scrub(url)}: unusable Location header`, { cause: err });
    }
  }

  /** DELETE without media headers; 404 means already gone. */
  private async remove(url: string): Promise<void> {
    const res = await this.exchange({ method: 'DELETE', url });
    if (isSuccess(res.status) || res.status === 404) return;
    throw this.httpError('DELETE', url, res);
  }

  // --- authentication and transport -----------------------------------------

  /**
   * One exchange, with login before it and one re-login + retry on 401. A
   * 401 to a token this very call just obtained is not retried: the login
   * worked, so the server refuses the user, not the token (MidoNet 5.x's
   * AdminOnlyAuthFilter answers every non-admin so, with no message).
   */
  private async exchange(call: Call): Promise<HttpResponse> {
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

  private scrub(text: string): string {
    return redact(text, this.secrets);
  }

  private httpError(method: Method, url: string, res: HttpResponse): MidonetHttpError {
    const message = serverMessage(res.body);
    return new MidonetHttpError(method, this.scrub(url), res.status, message === undefined ? undefined : this.scrub(message), {
      hint: hintFor(res.status, this.settings.apiVersion),
    });
  }

  private parseJson(method: Method, url: string, res: HttpResponse, what: string): unknown {
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

const BINDING_FIELDS = ['hostId', 'portId', 'interfaceName', 'uri'] as const;

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

function checkId(what: string, id: string): string {
  if (typeof id !== 'string' || !UUID_PATTERN.test(id)) {
    throw new DeimosError('MIDONET', `invalid MidoNet ${what} id ${JSON.stringify(id)}: expected a UUID`);
  }
  return id;
}

function fillTemplate(root: MidonetApplication, key: 'bridgeTemplate' | 'hostTemplate' | 'portTemplate', id: string): string {
  const template = root[key];
  if (typeof template !== 'string' || !template.includes('{id}')) {
    throw new DeimosError('MIDONET', `MidoNet API root has no usable ${key}`);
  }
  return template.split('{id}').join(encodeURIComponent(id));
}

function checkFields(value: unknown, fields: readonly string[], what: string, url: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DeimosError('MIDONET', `MidoNet API GET ${url}: the ${what} is not a JSON object`);
  }
  const record = value as Record<string, unknown>;
  const missing = fields.filter((f) => typeof record[f] !== 'string');
  if (missing.length > 0) {
    throw new DeimosError('MIDONET', `MidoNet API GET ${url}: the ${what} lacks ${missing.join(', ')}`);
  }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
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
  const details = violations
    .map((v: { property?: unknown; message?: unknown }) => `${String(v?.property)}: ${String(v?.message)}`)
    .join('; ');
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
