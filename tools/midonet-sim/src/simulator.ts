import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimApi } from './api';
import { SimAuth, SimAuthOptions } from './auth';
import { ActiveFault, checkFault, FaultTable, pathMatches, SimFault } from './faults';
import { SimApiVersion } from './media';
import { ModelSnapshot, SimModel } from './model';
import { emptyResponse, errorResponse, jsonResponse, SimResponse } from './response';
import { loadSeedFile, normalizeSeed, SimSeed } from './seed';

export interface SimulatorOptions {
  /** Listen address. Default 127.0.0.1. */
  host?: string;
  /** Listen port; 0 (default) picks a free one. */
  port?: number;
  /** Path of the API root. Default '/midonet-api' (or the path of publicBaseUri). */
  basePath?: string;
  /**
   * Base of every URI the API returns (MN's configured `base_uri`). Default
   * `http://<host>:<port><basePath>`.
   */
  publicBaseUri?: string;
  /** '2015' (MidoNet v2015.06, default) or '5' (MidoNet 5.x). */
  apiVersion?: SimApiVersion;
  auth?: SimAuthOptions;
  /** Initial topology, or the path of a seed JSON file. */
  seed?: SimSeed | string;
  /** Answer the bare base with 302 -> base + '/', as Tomcat does. Default false (both answer). */
  rootRedirect?: boolean;
  /** Mark a port active when it is bound to a live host. Default false. */
  autoActivate?: boolean;
  /** One line per API request. */
  log?: (line: string) => void;
  /** Clock for token expiry. Default Date.now. */
  clock?: () => number;
}

/** What the simulator saw: one record per API request (control calls excluded). */
export interface SimRequestRecord {
  method: string;
  /** Path below the base ('' for the bare base). */
  path: string;
  query: string;
  status: number | 'dropped';
  /** Whether an X-Auth-Token header was present (the value is not kept). */
  token: boolean;
  accept: string | null;
  contentType: string | null;
  bodyBytes: number;
  /** Id of the fault that applied, if any. */
  fault: number | null;
}

/** A request whose answer a `pause` fault holds (the request itself has been handled). */
export interface SimPausedRequest {
  /** Its number, for `release(id)`. */
  id: number;
  method: string;
  /** Path below the base. */
  path: string;
  /** Id of the fault that paused it. */
  fault: number;
  /** True once the caller closed its connection (for example, it was killed): the answer will reach nobody. */
  callerGone: boolean;
}

export interface SimState extends ModelSnapshot {
  apiVersion: SimApiVersion;
  baseUri: string;
  authMode: 'mock' | 'strict';
  sessions: number;
  faults: ActiveFault[];
  paused: SimPausedRequest[];
}

/** One held answer, with what lets it go. */
interface Held {
  request: SimPausedRequest;
  resume: () => void;
}

const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_FAULT_MESSAGES: Record<number, string> = {
  500: 'An internal server error has occurred, please try again.',
  503: 'Can not access topology information',
};

/**
 * A stand-in for the MidoNet REST API (spec §8): in-memory state, loopback
 * HTTP, fault injection. See the README for what it does not model.
 */
export class MidonetSimulator {
  readonly apiVersion: SimApiVersion;
  private readonly model = new SimModel();
  private readonly auth: SimAuth;
  private readonly faultTable = new FaultTable();
  private readonly api: SimApi;
  private readonly server: http.Server;
  private readonly basePath: string;
  private readonly log?: (line: string) => void;
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private readonly log_: SimRequestRecord[] = [];
  private readonly held: Held[] = [];
  private readonly pauseWaiters = new Set<() => boolean>();
  private nextPause = 1;
  private initialSeed: SimSeed;
  private base = '';
  private listenPort = 0;
  private stopped = false;

  private constructor(private readonly opts: SimulatorOptions) {
    this.apiVersion = opts.apiVersion ?? '2015';
    if (this.apiVersion !== '2015' && this.apiVersion !== '5') throw new TypeError(`unknown API version ${String(opts.apiVersion)}`);
    this.basePath = normalizeBasePath(opts.basePath ?? (opts.publicBaseUri ? new URL(opts.publicBaseUri).pathname : '/midonet-api'));
    this.log = opts.log;
    this.auth = new SimAuth(opts.auth, opts.clock);
    this.initialSeed = typeof opts.seed === 'string' ? loadSeedFile(opts.seed) : normalizeSeed(opts.seed ?? {});
    this.model.apply(this.initialSeed);
    this.api = new SimApi(this.model, this.auth, {
      apiVersion: this.apiVersion,
      baseUri: () => this.base,
      rootRedirect: opts.rootRedirect ?? false,
      autoActivate: opts.autoActivate ?? false,
    });
    this.server = http.createServer((req, res) => {
      this.onRequest(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
    });
  }

  /** Starts a simulator and resolves once it listens. */
  static async start(opts: SimulatorOptions = {}): Promise<MidonetSimulator> {
    const sim = new MidonetSimulator(opts);
    await new Promise<void>((resolve, reject) => {
      sim.server.once('error', reject);
      sim.server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
        sim.server.off('error', reject);
        resolve();
      });
    });
    const address = sim.server.address() as AddressInfo;
    sim.listenPort = address.port;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    sim.base = (opts.publicBaseUri ?? `http://${host}:${address.port}${sim.basePath}`).replace(/\/+$/, '');
    return sim;
  }

  /** The API base URL (no trailing slash), as used in every returned URI. */
  get baseUri(): string {
    return this.base;
  }

  /** The real listening URL of the API base (differs from baseUri only with publicBaseUri). */
  get listenUrl(): string {
    return `http://${this.opts.host ?? '127.0.0.1'}:${this.listenPort}${this.basePath}`;
  }

  get port(): number {
    return this.listenPort;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) {
      clearTimeout(t.timer);
      t.resolve();
    }
    this.timers.clear();
    this.release();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Back to the initial seed (or a new one), with no faults, tokens or request records. */
  reset(seed?: SimSeed): void {
    const next = seed === undefined ? this.initialSeed : normalizeSeed(seed);
    // Check references on a scratch model first, so a bad seed changes nothing.
    new SimModel().apply(next);
    this.initialSeed = next;
    this.model.clear();
    this.model.apply(this.initialSeed);
    this.faultTable.clear();
    this.release();
    this.auth.clear();
    this.log_.length = 0;
  }

  /** Adds topology to the current state. */
  seed(seed: SimSeed): void {
    this.model.apply(normalizeSeed(seed));
  }

  addFault(fault: SimFault): ActiveFault {
    return this.faultTable.add(fault);
  }

  get faults(): ActiveFault[] {
    return this.faultTable.list();
  }

  clearFaults(): void {
    this.faultTable.clear();
  }

  /** Requests whose answers `pause` faults hold now, oldest first. */
  paused(): SimPausedRequest[] {
    return this.held.map((h) => ({ ...h.request }));
  }

  /**
   * Resolves with the first held request matching `match` (method, and a
   * fault-style path pattern), as soon as there is one; rejects after
   * `timeoutMs`.
   */
  waitForPause(match: { method?: string; path?: string } = {}, timeoutMs = 10_000): Promise<SimPausedRequest> {
    const find = () => this.held.find((h) => (match.method === undefined || h.request.method === match.method.toUpperCase()) && (match.path === undefined || pathMatches(match.path, h.request.path)));
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (!hit) return false;
        clearTimeout(timer);
        this.pauseWaiters.delete(check);
        resolve({ ...hit.request });
        return true;
      };
      const timer = setTimeout(() => {
        this.pauseWaiters.delete(check);
        reject(new Error(`no request ${match.method ?? '*'} ${match.path ?? '**'} was paused within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.pauseWaiters.add(check);
    });
  }

  /** Lets held answers go: the one numbered `id`, or all. Returns how many were released. */
  release(id?: number): number {
    const going = this.held.filter((h) => id === undefined || h.request.id === id);
    for (const h of going) {
      this.held.splice(this.held.indexOf(h), 1);
      h.resume();
    }
    return going.length;
  }

  /** Every token issued so far becomes expired (strict mode). */
  expireTokens(): void {
    this.auth.expireAll();
  }

  /** What the agent would report once it has plugged the interface (spec §7.2). */
  setPortActive(portId: string, active: boolean): void {
    const port = this.model.ports.get(portId.toLowerCase());
    if (!port) throw new Error(`no port ${portId}`);
    port.active = active;
  }

  state(): SimState {
    return {
      apiVersion: this.apiVersion,
      baseUri: this.base,
      authMode: this.auth.mode,
      sessions: this.auth.sessionCount,
      faults: this.faultTable.list(),
      paused: this.paused(),
      ...this.model.snapshot(),
    };
  }

  get requests(): SimRequestRecord[] {
    return this.log_.map((r) => ({ ...r }));
  }

  clearRequests(): void {
    this.log_.length = 0;
  }

  // --- HTTP -------------------------------------------------------------------

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const body = await readBody(req);
    if (body === undefined) {
      this.write(res, emptyResponse(413));
      return;
    }
    if (url.pathname === '/_sim' || url.pathname.startsWith('/_sim/')) {
      this.write(res, this.control(method, url.pathname.slice('/_sim'.length), body));
      return;
    }
    const path = this.relativePath(url.pathname);
    const record: SimRequestRecord = {
      method,
      path: path ?? url.pathname,
      query: url.search,
      status: 0,
      token: req.headers['x-auth-token'] !== undefined,
      accept: req.headers.accept ?? null,
      contentType: req.headers['content-type'] ?? null,
      bodyBytes: body.length,
      fault: null,
    };
    this.log_.push(record);
    if (path === undefined) {
      this.finish(res, record, { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not Found' });
      return;
    }

    const fault = this.faultTable.take(method, path);
    if (fault) record.fault = fault.id;
    if (fault?.delayMs) {
      await this.sleep(fault.delayMs);
      if (this.stopped) return;
    }
    const when = fault?.when ?? 'before';
    if (fault && when === 'before' && (fault.drop || fault.status !== undefined)) {
      this.applyFault(req, res, record, fault);
      return;
    }
    const response = this.api.handle({ method, path, query: url.searchParams, headers: req.headers, body });
    if (fault?.pause) {
      await this.hold(res, record, fault);
      if (this.stopped) return;
    }
    if (fault && when === 'after' && (fault.drop || fault.status !== undefined)) {
      this.applyFault(req, res, record, fault);
      return;
    }
    this.finish(res, record, response);
  }

  /** Keeps the answer back until `release` (or `stop`), noting whether the caller hung up meanwhile. */
  private hold(res: http.ServerResponse, record: SimRequestRecord, fault: ActiveFault): Promise<void> {
    const request: SimPausedRequest = { id: this.nextPause++, method: record.method, path: record.path, fault: fault.id, callerGone: false };
    res.once('close', () => {
      request.callerGone = true;
    });
    this.log?.(`midonet-sim // ${record.method} ${record.path} applied; answer paused (fault ${fault.id}, pause ${request.id})`);
    return new Promise((resolve) => {
      this.held.push({ request, resume: resolve });
      for (const check of [...this.pauseWaiters]) check();
    });
  }

  private applyFault(req: http.IncomingMessage, res: http.ServerResponse, record: SimRequestRecord, fault: ActiveFault): void {
    if (fault.drop) {
      record.status = 'dropped';
      this.log?.(`midonet-sim // ${record.method} ${record.path} -> dropped (fault ${fault.id})`);
      req.socket.destroy();
      return;
    }
    const status = fault.status as number;
    const message = fault.message === undefined ? (DEFAULT_FAULT_MESSAGES[status] ?? 'Simulated fault') : fault.message;
    this.finish(res, record, errorResponse(status, message));
  }

  private finish(res: http.ServerResponse, record: SimRequestRecord, response: SimResponse): void {
    record.status = response.status;
    this.log?.(`midonet-sim // ${record.method} ${record.path || '(base)'}${record.query} -> ${response.status}`);
    this.write(res, response);
  }

  private write(res: http.ServerResponse, response: SimResponse): void {
    if (res.destroyed || res.headersSent) return;
    const headers = { ...response.headers, 'Content-Length': String(Buffer.byteLength(response.body)) };
    res.writeHead(response.status, headers);
    res.end(response.body);
  }

  private relativePath(pathname: string): string | undefined {
    if (this.basePath === '') return pathname;
    if (pathname === this.basePath) return '';
    if (pathname.startsWith(`${this.basePath}/`)) return pathname.slice(this.basePath.length);
    return undefined;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.timers.add(entry);
    });
  }

  // --- control endpoints (/_sim/...) ------------------------------------------

  private control(method: string, path: string, body: Buffer): SimResponse {
    const CONTROL = 'application/json';
    const bad = (status: number, error: string): SimResponse => jsonResponse(status, CONTROL, { error });
    let payload: unknown;
    if (body.length > 0) {
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch (err) {
        return bad(400, `body is not JSON: ${(err as Error).message}`);
      }
    }
    try {
      const route = `${method} ${path.replace(/\/+$/, '')}`;
      switch (route) {
        case 'GET /state':
          return jsonResponse(200, CONTROL, this.state());
        case 'POST /reset': {
          const seed = (payload as { seed?: SimSeed } | undefined)?.seed;
          this.reset(seed);
          return jsonResponse(200, CONTROL, this.state());
        }
        case 'POST /seed':
          this.seed(payload as SimSeed);
          return jsonResponse(200, CONTROL, this.state());
        case 'GET /faults':
          return jsonResponse(200, CONTROL, this.faults);
        case 'POST /faults': {
          const list = Array.isArray(payload) ? payload : [payload];
          // All or nothing: check every fault before adding any.
          const checked = list.map((f) => checkFault(f));
          return jsonResponse(
            201,
            CONTROL,
            checked.map((f) => this.addFault(f)),
          );
        }
        case 'DELETE /faults':
          this.clearFaults();
          return emptyResponse(204);
        case 'GET /paused':
          return jsonResponse(200, CONTROL, this.paused());
        case 'POST /paused/release': {
          const id = (payload as { id?: unknown } | undefined)?.id;
          if (id !== undefined && (typeof id !== 'number' || !Number.isInteger(id))) return bad(400, 'body must be {} or {"id": <number>}');
          return jsonResponse(200, CONTROL, { released: this.release(id as number | undefined) });
        }
        case 'POST /tokens/expire':
          this.expireTokens();
          return emptyResponse(204);
        case 'GET /requests':
          return jsonResponse(200, CONTROL, this.requests);
        case 'DELETE /requests':
          this.clearRequests();
          return emptyResponse(204);
      }
      const active = /^POST \/ports\/([^/]+)\/active$/.exec(route);
      if (active) {
        const value = (payload as { active?: unknown } | undefined)?.active;
        if (typeof value !== 'boolean') return bad(400, 'body must be {"active": true|false}');
        const portId = decodeURIComponent(active[1] as string);
        if (!this.model.ports.has(portId.toLowerCase())) return bad(404, `no port ${portId}`);
        this.setPortActive(portId, value);
        return emptyResponse(204);
      }
      return bad(404, `no control endpoint ${route}`);
    } catch (err) {
      return bad(400, (err as Error).message);
    }
  }
}

/** Starts a MidoNet API simulator; see {@link SimulatorOptions}. */
export function startSimulator(opts: SimulatorOptions = {}): Promise<MidonetSimulator> {
  return MidonetSimulator.start(opts);
}

function normalizeBasePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** The whole request body, or undefined when it is over the limit. */
function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
