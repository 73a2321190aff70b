import type { IncomingHttpHeaders } from 'node:http';
import { Principal, SimAuth } from './auth';
import { consumes, MEDIA_TABLES, MediaTable, negotiate, SimApiVersion, versionOf, vnd, vndList } from './media';
import { SimModel, V1BridgePortType } from './model';
import { DhcpSubnetRecord, isIpv4, networkOf, normalizeMac, parseSubnetKey } from './dhcp';
import { dhcpHostUri, dhcpSubnetUri, renderBinding, renderBridge, renderDhcpHost, renderDhcpSubnet, renderHost, renderPort, renderRoot, renderTunnelZone } from './render';
import { emptyResponse, errorResponse, fail, failEmpty, jsonResponse, SimReply, SimResponse, Violation } from './response';
import { UUID_RE } from './seed';

export interface ApiRequest {
  method: string;
  /** Path below the API base: '' for the bare base, '/' for base + '/'. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ApiConfig {
  apiVersion: SimApiVersion;
  /** Absolute base for every URI in responses, without a trailing '/'. */
  baseUri: () => string;
  /** Answer the bare base with a 302 to base + '/', as Tomcat does. */
  rootRedirect: boolean;
  /** Mark a port active as soon as it is bound to a live host (stands in for the agent). */
  autoActivate: boolean;
}

interface Ctx {
  req: ApiRequest;
  params: Record<string, string>;
  who: Principal;
}

type Handler = (ctx: Ctx) => SimResponse;

interface Route {
  pattern: string[];
  methods: Partial<Record<'GET' | 'POST' | 'DELETE', Handler>>;
}

const INTERNAL_ERROR = 'An internal server error has occurred, please try again.';

/** The MidoNet REST resources: routing, media types, roles and the rules of spec §3-§6. */
export class SimApi {
  private readonly routes: Route[];
  private readonly media: MediaTable;

  constructor(
    private readonly model: SimModel,
    private readonly auth: SimAuth,
    private readonly config: ApiConfig,
  ) {
    this.media = MEDIA_TABLES[config.apiVersion];
    this.routes = [
      { pattern: [], methods: { GET: (c) => this.getRoot(c) } },
      { pattern: ['bridges'], methods: { GET: (c) => this.listBridges(c) } },
      { pattern: ['bridges', ':id'], methods: { GET: (c) => this.getBridge(c) } },
      { pattern: ['bridges', ':id', 'ports'], methods: { GET: (c) => this.listBridgePorts(c), POST: (c) => this.createBridgePort(c) } },
      { pattern: ['bridges', ':id', 'dhcp'], methods: { GET: (c) => this.listDhcpSubnets(c), POST: (c) => this.createDhcpSubnet(c) } },
      { pattern: ['bridges', ':id', 'dhcp', ':subnet'], methods: { GET: (c) => this.getDhcpSubnet(c) } },
      { pattern: ['bridges', ':id', 'dhcp', ':subnet', 'hosts'], methods: { GET: (c) => this.listDhcpHosts(c), POST: (c) => this.createDhcpHost(c) } },
      { pattern: ['bridges', ':id', 'dhcp', ':subnet', 'hosts', ':mac'], methods: { GET: (c) => this.getDhcpHost(c), DELETE: (c) => this.deleteDhcpHost(c) } },
      { pattern: ['ports'], methods: { GET: (c) => this.listPorts(c) } },
      { pattern: ['ports', ':id'], methods: { GET: (c) => this.getPort(c), DELETE: (c) => this.deletePort(c) } },
      { pattern: ['hosts'], methods: { GET: (c) => this.listHosts(c) } },
      { pattern: ['hosts', ':id'], methods: { GET: (c) => this.getHost(c) } },
      { pattern: ['hosts', ':id', 'ports'], methods: { GET: (c) => this.listBindings(c), POST: (c) => this.createBinding(c) } },
      { pattern: ['hosts', ':id', 'ports', ':portId'], methods: { GET: (c) => this.getBinding(c), DELETE: (c) => this.deleteBinding(c) } },
      { pattern: ['tunnel_zones'], methods: { GET: (c) => this.listTunnelZones(c) } },
      { pattern: ['tunnel_zones', ':id'], methods: { GET: (c) => this.getTunnelZone(c) } },
    ];
  }

  handle(req: ApiRequest): SimResponse {
    try {
      return this.dispatch(req);
    } catch (err) {
      if (err instanceof SimReply) return err.response;
      return errorResponse(500, INTERNAL_ERROR);
    }
  }

  private get base(): string {
    return this.config.baseUri();
  }

  private get v5(): boolean {
    return this.config.apiVersion === '5';
  }

  private dispatch(req: ApiRequest): SimResponse {
    const segs = req.path.split('/').filter((s) => s !== '');
    // The login filter answers /login for any method, before the auth filter.
    if (segs.length === 1 && segs[0] === 'login') return this.auth.login(req.headers);
    if (req.path === '' && this.config.rootRedirect) return emptyResponse(302, { Location: `${this.base}/` });

    const who = this.auth.authenticate(req.headers);
    if ('status' in who) return who;

    for (const route of this.routes) {
      const params = matchRoute(route.pattern, segs);
      if (!params) continue;
      const handler = route.methods[req.method as keyof Route['methods']];
      if (!handler) return emptyResponse(405, { Allow: Object.keys(route.methods).join(', ') });
      return handler({ req, params, who });
    }
    return emptyResponse(404);
  }

  // --- shared checks ----------------------------------------------------------

  /** Negotiated response type; 406 with an empty body when none fits. */
  private accept(ctx: Ctx, produces: readonly string[]): string {
    const header = firstHeader(ctx.req.headers.accept);
    // 5.x validates the header itself: a missing one is a 406 too.
    if (this.v5 && !header) failEmpty(406);
    return negotiate(header, produces) ?? failEmpty(406);
  }

  /** Matched request type; 415 (v2015) or 406 (5.x), empty body, when none fits. */
  private contentType(ctx: Ctx, accepted: readonly string[]): string {
    return consumes(firstHeader(ctx.req.headers['content-type']), accepted) ?? failEmpty(this.v5 ? 406 : 415);
  }

  private requireAdmin(ctx: Ctx): void {
    // Jersey's @RolesAllowed 403 has no entity, so the mapper's message is null.
    if (ctx.who.role !== 'admin') fail(403, null);
  }

  /** Path ids are typed UUID in MN: anything else does not match, 404. */
  private uuid(ctx: Ctx, name: string): string {
    const value = ctx.params[name] ?? '';
    if (!UUID_RE.test(value)) fail(404, null);
    return value.toLowerCase();
  }

  private notFound(type: 'bridge' | 'port' | 'host' | 'tunnel zone', id: string): never {
    if (this.v5) {
      const name = { bridge: 'Bridge', port: 'Port', host: 'Host', 'tunnel zone': 'TunnelZone' }[type];
      fail(404, `There is no ${name} with ID ${id}.`);
    }
    fail(404, `No ${type} with ID ${id} exists.`);
  }

  private jsonBody(ctx: Ctx): Record<string, unknown> {
    let value: unknown;
    try {
      value = JSON.parse(ctx.req.body.toString('utf8'));
    } catch (err) {
      fail(400, `Invalid JSON in request body: ${(err as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(400, 'Request body must be a JSON object');
    return value as Record<string, unknown>;
  }

  // --- root -------------------------------------------------------------------

  private getRoot(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.root);
    return jsonResponse(200, type, renderRoot(this.base, this.config.apiVersion, type === vnd('Application-v5')));
  }

  // --- bridges ----------------------------------------------------------------

  private listBridges(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.bridges);
    const tenant = ctx.req.query.get('tenant_id');
    const bridges = [...this.model.bridges.values()].filter((b) => tenant === null || b.tenantId === tenant);
    return jsonResponse(200, type, bridges.map((b) => renderBridge(this.base, b, versionOf(type))));
  }

  private getBridge(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.bridge);
    const id = this.uuid(ctx, 'id');
    const bridge = this.model.bridges.get(id) ?? this.notFound('bridge', id);
    return jsonResponse(200, type, renderBridge(this.base, bridge, versionOf(type)));
  }

  private listBridgePorts(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.bridgePorts);
    const id = this.uuid(ctx, 'id');
    if (!this.model.bridges.has(id)) this.notFound('bridge', id);
    const ports = [...this.model.ports.values()].filter((p) => p.bridgeId === id);
    const view = { version: versionOf(type), v1Names: !this.v5 && type === vndList('Port-v1'), apiVersion: this.config.apiVersion };
    return jsonResponse(
      200,
      type,
      ports.map((p) => renderPort(this.base, p, this.model.bindingOf(p.id), view)),
    );
  }

  private createBridgePort(ctx: Ctx): SimResponse {
    const type = this.contentType(ctx, this.media.portCreate);
    const bridgeId = this.uuid(ctx, 'id');
    const body = this.jsonBody(ctx);

    // Port-v2 goes to create(), which takes only "Bridge"; Port-v1 and plain
    // JSON go to the deprecated createV1(), which takes only the v1 names.
    let createdAs: V1BridgePortType | null = null;
    if (this.v5 || type === vnd('Port-v2')) {
      if (body['type'] !== 'Bridge') fail(400, 'Invalid port type.  Only Bridge type is accepted.');
    } else {
      if (body['type'] !== 'ExteriorBridge' && body['type'] !== 'InteriorBridge') {
        fail(400, 'Invalid port type.  Only InteriorBridge and ExteriorBridge are accepted.');
      }
      createdAs = body['type'];
    }
    const id = optionalUuid(body, 'id');
    const inboundFilterId = optionalUuid(body, 'inboundFilterId') ?? null;
    const outboundFilterId = optionalUuid(body, 'outboundFilterId') ?? null;
    const adminStateUp = body['adminStateUp'] ?? true;
    if (typeof adminStateUp !== 'boolean') fail(400, 'Invalid value for adminStateUp');
    const vlanId = body['vlanId'] ?? null;
    if (vlanId !== null && (typeof vlanId !== 'number' || !Number.isInteger(vlanId))) fail(400, 'Invalid value for vlanId');
    const vifId = body['vifId'] ?? null;
    if (vifId !== null && typeof vifId !== 'string') fail(400, 'Invalid value for vifId');

    const bridge = this.model.bridges.get(bridgeId) ?? this.notFound('bridge', bridgeId);
    if (ctx.who.role === 'tenant_user' || (ctx.who.role === 'tenant_admin' && bridge.tenantId !== ctx.who.projectId)) {
      fail(403, 'Not authorized to add ports to this bridge.');
    }
    if (id !== undefined && this.model.ports.has(id)) {
      // v2015: an unmapped ZooKeeper NodeExists, i.e. the generic 500.
      if (this.v5) fail(409, `Object Port with ID ${id} already exists.`);
      fail(500, INTERNAL_ERROR);
    }
    const port = this.model.createPort({ id, bridgeId, adminStateUp, vlanId, vifId, inboundFilterId, outboundFilterId, createdAs });
    return emptyResponse(201, { Location: `${this.base}/ports/${port.id}` });
  }

  // --- DHCP subnets and host entries ----------------------------------------
  // 5.x: DhcpSubnetResource.scala, DhcpHostResource.scala; v2015.06:
  // midonet-api BridgeDhcpResource.java, DhcpHostsResource.java. Writes are
  // synchronous on one model, so requests take effect in arrival order.

  private dhcpBridge(ctx: Ctx): string {
    const id = this.uuid(ctx, 'id');
    if (!this.model.bridges.has(id)) this.notFound('bridge', id);
    return id;
  }

  /** The subnet named by the `10.0.0.0_24` path segment. */
  private dhcpSubnetOf(ctx: Ctx, bridgeId: string, forHosts: boolean): DhcpSubnetRecord {
    const raw = ctx.params['subnet'] ?? '';
    const key = parseSubnetKey(raw);
    // An unparseable segment fails IPv4Subnet's conversion; we answer 404.
    const subnet = key && this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
    if (subnet) return subnet;
    const shown = key ? `${key.prefix}/${key.length}` : raw;
    if (this.v5) {
      // The subnet GET throws a bare NOT_FOUND; the hosts resource names the subnet.
      if (forHosts) fail(404, `Network ${bridgeId} does not have a subnet with address ${shown}.`);
      failEmpty(404);
    }
    fail(404, 'The requested resource was not found.');
  }

  private requireWriter(ctx: Ctx): void {
    // @RolesAllowed({ADMIN, TENANT_ADMIN}) on every DHCP write.
    if (ctx.who.role === 'tenant_user') fail(403, null);
  }

  private listDhcpSubnets(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.dhcpSubnets);
    const bridgeId = this.dhcpBridge(ctx);
    return jsonResponse(200, type, this.model.dhcpSubnetsOf(bridgeId).map((d) => renderDhcpSubnet(this.base, bridgeId, d)));
  }

  private getDhcpSubnet(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.dhcpSubnet);
    const bridgeId = this.dhcpBridge(ctx);
    return jsonResponse(200, type, renderDhcpSubnet(this.base, bridgeId, this.dhcpSubnetOf(ctx, bridgeId, false)));
  }

  /** The start of a DHCP create: the media type, a writer, the bridge, the JSON body. */
  private dhcpCreate(ctx: Ctx, media: readonly string[]): { bridgeId: string; body: Record<string, unknown> } {
    this.contentType(ctx, media);
    this.requireWriter(ctx);
    return { bridgeId: this.dhcpBridge(ctx), body: this.jsonBody(ctx) };
  }

  private createDhcpSubnet(ctx: Ctx): SimResponse {
    const { bridgeId, body } = this.dhcpCreate(ctx, this.media.dhcpSubnetCreate);
    const violations: Violation[] = [];
    if (!isIpv4(body['subnetPrefix'])) violations.push({ property: 'subnetPrefix', message: 'is an invalid IPv4 format' });
    const length = body['subnetLength'] ?? 0;
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || length > 32) {
      violations.push({ property: 'subnetLength', message: 'must be between 0 and 32' });
    }
    for (const key of ['defaultGateway', 'serverAddr']) {
      if (body[key] !== undefined && body[key] !== null && !isIpv4(body[key])) violations.push({ property: key, message: 'is an invalid IPv4 format' });
    }
    if (violations.length > 0) fail(400, 'Validation error(s) found', { violations });
    const prefix = networkOf(body['subnetPrefix'] as string, length as number);
    if (this.model.dhcpSubnet(bridgeId, prefix, length as number)) {
      // 5.x: ConflictHttpException(BRIDGE_DHCP_HAS_SUBNET); v2015: NodeExists, the generic 500.
      if (this.v5) fail(409, `The specified DHCP subnet(${prefix}/${length}) already exists on this bridge.`);
      fail(500, INTERNAL_ERROR);
    }
    const subnet: DhcpSubnetRecord = {
      subnetPrefix: prefix,
      subnetLength: length as number,
      defaultGateway: (body['defaultGateway'] as string | undefined) ?? null,
      serverAddr: (body['serverAddr'] as string | undefined) ?? null,
      hosts: [],
    };
    this.model.addDhcpSubnet(bridgeId, subnet);
    return emptyResponse(201, { Location: dhcpSubnetUri(this.base, bridgeId, subnet) });
  }

  private listDhcpHosts(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.dhcpHosts);
    const bridgeId = this.dhcpBridge(ctx);
    const subnet = this.dhcpSubnetOf(ctx, bridgeId, true);
    const uri = dhcpSubnetUri(this.base, bridgeId, subnet);
    return jsonResponse(200, type, subnet.hosts.map((h) => renderDhcpHost(uri, h, this.config.apiVersion)));
  }

  private getDhcpHost(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.dhcpHost);
    const bridgeId = this.dhcpBridge(ctx);
    const subnet = this.dhcpSubnetOf(ctx, bridgeId, true);
    const mac = normalizeMac(ctx.params['mac']);
    const host = mac === undefined ? undefined : subnet.hosts.find((h) => h.macAddr === mac);
    if (!host) this.dhcpHostMissing(bridgeId, subnet);
    return jsonResponse(200, type, renderDhcpHost(dhcpSubnetUri(this.base, bridgeId, subnet), host, this.config.apiVersion));
  }

  private createDhcpHost(ctx: Ctx): SimResponse {
    const { bridgeId, body } = this.dhcpCreate(ctx, this.media.dhcpHostCreate);
    const violations: Violation[] = [];
    for (const key of ['macAddr', 'ipAddr', 'name']) {
      if (body[key] === undefined || body[key] === null) violations.push({ property: key, message: 'may not be null' });
    }
    if (violations.length > 0 && this.v5) fail(400, 'Validation error(s) found', { violations });
    const mac = normalizeMac(body['macAddr']);
    if (mac === undefined) fail(400, `Invalid value for macAddr: ${String(body['macAddr'])}`);
    if (!isIpv4(body['ipAddr'])) fail(400, `Invalid value for ipAddr: ${String(body['ipAddr'])}`);
    const name = body['name'] ?? '';
    if (typeof name !== 'string') fail(400, 'Invalid value for name');
    const subnet = this.dhcpSubnetOf(ctx, bridgeId, true);
    if (subnet.hosts.some((h) => h.macAddr === mac)) {
      // 5.x: SUBNET_HAS_HOST; v2015: ZooKeeper NodeExists on the MAC's node, unmapped.
      if (this.v5) fail(409, `Subnet ${subnet.subnetPrefix}/${subnet.subnetLength} on bridge ${bridgeId} already has a host with MAC address ${String(body['macAddr'])}.`);
      fail(500, INTERNAL_ERROR);
    }
    // Neither generation checks the address against the subnet or other entries.
    subnet.hosts.push({ macAddr: mac, ipAddr: body['ipAddr'], name });
    return emptyResponse(201, { Location: dhcpHostUri(dhcpSubnetUri(this.base, bridgeId, subnet), mac, this.config.apiVersion) });
  }

  private deleteDhcpHost(ctx: Ctx): SimResponse {
    this.requireWriter(ctx);
    const bridgeId = this.dhcpBridge(ctx);
    const subnet = this.dhcpSubnetOf(ctx, bridgeId, true);
    const mac = normalizeMac(ctx.params['mac']);
    const index = mac === undefined ? -1 : subnet.hosts.findIndex((h) => h.macAddr === mac);
    if (index < 0) this.dhcpHostMissing(bridgeId, subnet);
    subnet.hosts.splice(index, 1);
    return emptyResponse(204);
  }

  private dhcpHostMissing(bridgeId: string, subnet: DhcpSubnetRecord): never {
    // 5.x reuses the subnet-not-found message; v2015 reads the missing
    // ZooKeeper node, an unmapped NoStatePathException, i.e. the generic 500.
    if (this.v5) fail(404, `Network ${bridgeId} does not have a subnet with address ${subnet.subnetPrefix}/${subnet.subnetLength}.`);
    fail(500, INTERNAL_ERROR);
  }

  // --- ports ------------------------------------------------------------------

  private listPorts(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.ports);
    this.requireAdmin(ctx);
    // No filters: the query string is ignored and every port is returned.
    const view = { version: versionOf(type), v1Names: !this.v5 && type === vndList('Port-v1'), apiVersion: this.config.apiVersion };
    const ports = [...this.model.ports.values()].map((p) => renderPort(this.base, p, this.model.bindingOf(p.id), view));
    return jsonResponse(200, type, ports);
  }

  private getPort(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.port);
    const id = this.uuid(ctx, 'id');
    const port = this.model.ports.get(id) ?? this.notFound('port', id);
    // v2015: Port-v2 -> get(); Port-v1 and plain JSON -> getv1() with v1 names.
    const v1 = !this.v5 && type !== vnd('Port-v2');
    const view = { version: v1 ? 1 : versionOf(type), v1Names: v1, apiVersion: this.config.apiVersion };
    return jsonResponse(200, type, renderPort(this.base, port, this.model.bindingOf(id), view));
  }

  private deletePort(ctx: Ctx): SimResponse {
    const id = this.uuid(ctx, 'id');
    // v2015 deletes idempotently; 5.x reads the port first.
    if (!this.model.deletePort(id) && this.v5) this.notFound('port', id);
    return emptyResponse(204);
  }

  // --- hosts and bindings -----------------------------------------------------

  private listHosts(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.hosts);
    this.requireAdmin(ctx);
    return jsonResponse(
      200,
      type,
      [...this.model.hosts.values()].map((h) => renderHost(this.base, h, versionOf(type))),
    );
  }

  private getHost(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.host);
    this.requireAdmin(ctx);
    const id = this.uuid(ctx, 'id');
    const host = this.model.hosts.get(id) ?? this.notFound('host', id);
    return jsonResponse(200, type, renderHost(this.base, host, versionOf(type)));
  }

  private listBindings(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.bindings);
    this.requireAdmin(ctx);
    const hostId = this.uuid(ctx, 'id');
    if (!this.model.hosts.has(hostId)) this.notFound('host', hostId);
    return jsonResponse(
      200,
      type,
      this.model.bindingsOfHost(hostId).map((b) => renderBinding(this.base, b)),
    );
  }

  private getBinding(ctx: Ctx): SimResponse {
    // v2015: the binding GET has no @Produces, so any Accept is served.
    const type = this.v5
      ? this.accept(ctx, this.media.binding)
      : (negotiate(firstHeader(ctx.req.headers.accept), this.media.binding) ?? vnd('HostInterfacePort-v1'));
    this.requireAdmin(ctx);
    const hostId = this.uuid(ctx, 'id');
    const portId = this.uuid(ctx, 'portId');
    const binding = this.model.bindingOf(portId);
    if (!binding || binding.hostId !== hostId) fail(404, 'Mapping does not exist');
    return jsonResponse(200, type, renderBinding(this.base, binding));
  }

  private createBinding(ctx: Ctx): SimResponse {
    this.contentType(ctx, this.media.bindingCreate);
    this.requireAdmin(ctx);
    // The host id comes from the path; one in the body is overwritten.
    const hostId = this.uuid(ctx, 'id');
    const body = this.jsonBody(ctx);
    const violations: Violation[] = [];
    if (body['portId'] === undefined || body['portId'] === null) violations.push({ property: 'portId', message: 'may not be null' });
    if (body['interfaceName'] === undefined || body['interfaceName'] === null) {
      violations.push({ property: 'interfaceName', message: 'may not be null' });
    }
    if (violations.length > 0) fail(400, 'Validation error(s) found', { violations });
    // (MN's next check, "interfaceName == null -> Interface not provided", can
    // no longer fire once bean validation has passed.)
    const portId = optionalUuid(body, 'portId') as string;
    const interfaceName = body['interfaceName'];
    if (typeof interfaceName !== 'string') fail(400, 'Invalid value for interfaceName');

    if (this.v5) {
      if (!this.model.hosts.has(hostId)) this.notFound('host', hostId);
      if (!this.model.isInTunnelZone(hostId)) fail(409, 'The specified host is not in any tunnel zone.');
      if (!this.model.ports.has(portId)) this.notFound('port', portId);
      if (this.model.bindingOf(portId)) fail(409, `Port ${portId} is already bound to an interface`);
      if (this.interfaceTaken(hostId, portId, interfaceName)) fail(409, `Interface ${interfaceName} is already bound to a port.`);
    } else {
      if (!this.model.ports.has(portId)) fail(400, 'Port ID is not valid.');
      if (!this.model.hosts.has(hostId) || !this.model.isInTunnelZone(hostId)) fail(400, 'The specified host is not in any tunnel zone.');
      if (this.interfaceTaken(hostId, portId, interfaceName)) fail(400, 'Interface is already bound to a port.');
      // Same (port, interface) again: the mapping is deleted and re-created.
    }
    this.model.bind(hostId, portId, interfaceName);
    const port = this.model.ports.get(portId);
    if (port && this.config.autoActivate && this.model.hosts.get(hostId)?.alive) port.active = true;
    return emptyResponse(201, { Location: `${this.base}/hosts/${hostId}/ports/${portId}` });
  }

  private interfaceTaken(hostId: string, portId: string, interfaceName: string): boolean {
    return this.model.bindingsOfHost(hostId).some((b) => b.portId !== portId && b.interfaceName === interfaceName);
  }

  private deleteBinding(ctx: Ctx): SimResponse {
    this.requireAdmin(ctx);
    const hostId = this.uuid(ctx, 'id');
    const portId = this.uuid(ctx, 'portId');
    if (this.v5) {
      // 5.x reads the port and clears its binding, whichever host it names.
      if (!this.model.ports.has(portId)) this.notFound('port', portId);
      this.model.unbind(portId);
    } else if (this.model.bindingOf(portId)?.hostId === hostId) {
      // v2015 is idempotent and only touches a port still bound to this host.
      this.model.unbind(portId);
    }
    return emptyResponse(204);
  }

  // --- tunnel zones (read-only, enough to inspect the seed) --------------------

  private listTunnelZones(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.tunnelZones);
    return jsonResponse(
      200,
      type,
      [...this.model.tunnelZones.values()].map((z) => renderTunnelZone(this.base, z)),
    );
  }

  private getTunnelZone(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.tunnelZone);
    const id = this.uuid(ctx, 'id');
    const zone = this.model.tunnelZones.get(id) ?? this.notFound('tunnel zone', id);
    return jsonResponse(200, type, renderTunnelZone(this.base, zone));
  }
}

function matchRoute(pattern: readonly string[], segs: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segs.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = segs[i] as string;
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(s);
      } catch {
        params[p.slice(1)] = s;
      }
    } else if (p !== s) {
      return undefined;
    }
  }
  return params;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A UUID-typed body field: absent/null -> undefined, malformed -> 400 (Jackson). */
function optionalUuid(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !UUID_RE.test(v)) fail(400, `Invalid value for ${key}: not a UUID`);
  return v.toLowerCase();
}

