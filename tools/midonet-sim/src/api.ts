import type { IncomingHttpHeaders } from 'node:http';
import { Principal, SimAuth } from './auth';
import { consumes, MEDIA_TABLES, MediaTable, negotiate, SimApiVersion, versionOf, vnd, vndList } from './media';
import { SimModel, V1BridgePortType } from './model';
import { defaultServerAddr, DhcpHostRecord, DhcpSubnetRecord, invalidMacMessage, isIpv4, macValue, parseSubnetKey } from './dhcp';
import { dhcpHostUri, dhcpSubnetUri, DhcpView, renderBinding, renderBridge, renderDhcpHost, renderDhcpSubnet, renderHost, renderPort, renderRoot, renderTunnelZone } from './render';
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
      { pattern: ['bridges', ':id', 'dhcp', ':subnet'], methods: { GET: (c) => this.getDhcpSubnet(c), DELETE: (c) => this.deleteDhcpSubnet(c) } },
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
    // 5.x: AdminOnlyAuthFilter sits on /* (RestApi.scala), after the token
    // filter: any other role is a 401 with a null message and no
    // WWW-Authenticate, on every path.
    if (this.v5 && who.role !== 'admin') return errorResponse(401, null);

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

  /**
   * A path id typed UUID (every v2015 resource; 5.x sub-resource locators
   * such as `bridges/{id}/ports`): anything else fails Jersey's conversion, 404.
   */
  private uuid(ctx: Ctx, name: string): string {
    const value = ctx.params[name] ?? '';
    if (!UUID_RE.test(value)) fail(404, null);
    return value.toLowerCase();
  }

  /**
   * The `{id}` of 5.x's MidonetResource.get/delete, typed String: a
   * malformed one goes to the store and comes back as its NotFoundException,
   * a 404 naming the id as sent (inferred from the source, see the README).
   */
  private stringId(ctx: Ctx, type: NotFoundType): string {
    const value = ctx.params['id'] ?? '';
    if (this.v5 && !UUID_RE.test(value)) this.notFound(type, value);
    return this.uuid(ctx, 'id');
  }

  private notFound(type: NotFoundType, id: string): never {
    if (this.v5) {
      // ZOOM's NotFoundException names the protobuf class: Bridge is
      // @ZoomClass(Topology.Network) (rest_api/models/Bridge.java).
      const name = { bridge: 'Network', port: 'Port', host: 'Host', 'tunnel zone': 'TunnelZone' }[type];
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
    return jsonResponse(
      200,
      type,
      bridges.map((b) => renderBridge(this.base, b, versionOf(type))),
    );
  }

  private getBridge(ctx: Ctx): SimResponse {
    const type = this.accept(ctx, this.media.bridge);
    const id = this.stringId(ctx, 'bridge');
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
    if (this.v5) {
      // BridgePortResource.createFilter (PortResource.scala) takes any
      // BridgePort subtype of Port's @JsonSubTypes; a router port fails its
      // own bean validation first (RouterPort.java), else "Not a bridge port.".
      const t = body['type'];
      if (t === 'Router' || t === 'ExteriorRouter' || t === 'InteriorRouter') {
        const violations = routerPortViolations(body);
        if (violations.length > 0) fail(400, 'Validation error(s) found', { violations });
        fail(400, 'Not a bridge port.');
      }
      if (t !== 'Bridge' && t !== 'ExteriorBridge' && t !== 'InteriorBridge') fail(400, 'Invalid port type.  Only Bridge type is accepted.');
    } else if (type === vnd('Port-v2')) {
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
    // A client-chosen id is kept by both generations. v2015: Port.setConfig
    // copies `id` into the data object, Converter.toPortConfig into the
    // PortConfig, and PortZkManager.create draws a random one only when it
    // is null; a duplicate is ZooKeeper's NodeExists, unmapped: the generic
    // 500. 5.x: models/Port.java create() draws one only when `id` is null;
    // a duplicate is ZOOM's ObjectExistsException, which MidonetResource.tryTx
    // answers 409 with its text (ZoomExceptions.scala).
    if (id !== undefined && this.model.ports.has(id)) {
      if (this.v5) fail(409, `A(n) Port with ID ${id} already exists.`);
      fail(500, INTERNAL_ERROR);
    }
    const port = this.model.createPort({ id, bridgeId, adminStateUp, vlanId, vifId, inboundFilterId, outboundFilterId, createdAs });
    return emptyResponse(201, { Location: `${this.base}/ports/${port.id}` });
  }

  // --- DHCP subnets and host entries ----------------------------------------
  // v2015.06: midonet-api/.../dhcp/rest_api/BridgeDhcpResource.java and
  // DhcpHostsResource.java over midolman's LocalDataClientImpl and
  // BridgeDhcpZkManager.java; errors the resources do not map reach
  // ThrowableMapper (the generic 500). 5.x (v5.2.1): midonet-cluster/.../
  // rest_api/resources/DhcpSubnetResource.scala and DhcpHostResource.scala on
  // MidonetResource.scala (tryTx: NotFoundException -> 404 with its text,
  // anything else -> 500 with the exception's text). Writes are synchronous
  // on one model, so requests take effect in arrival order.

  /** 5.x: the bridge of a DHCP path, or ZOOM's NotFoundException (Topology.Network). */
  private dhcpBridge5(ctx: Ctx): string {
    const id = this.uuid(ctx, 'id');
    if (!this.model.bridges.has(id)) this.notFound('bridge', id);
    return id;
  }

  /**
   * v2015: DataClientAuthoriser.tryAuthoriseBridge. A missing bridge passes
   * (it returns null), so the ZooKeeper call after it decides; someone
   * else's bridge is a 403 naming what was refused.
   */
  private authoriseBridge2015(ctx: Ctx, what: string): string {
    const id = this.uuid(ctx, 'id');
    const bridge = this.model.bridges.get(id);
    if (bridge && ctx.who.role !== 'admin' && bridge.tenantId !== ctx.who.projectId) fail(403, `Not authorized to ${what}`);
    return id;
  }

  /** @RolesAllowed({ADMIN, TENANT_ADMIN}) on v2015's DHCP writes: Jersey's bare 403. */
  private requireWriter2015(ctx: Ctx): void {
    if (ctx.who.role === 'tenant_user') fail(403, null);
  }

  /** The `a.b.c.d_len` segment; an unparseable one fails the IPv4Subnet path parameter (404). */
  private subnetParam(ctx: Ctx): { prefix: string; length: number } {
    const key = parseSubnetKey(ctx.params['subnet'] ?? '');
    if (key) return key;
    if (this.v5) failEmpty(404);
    fail(404, 'The requested resource was not found.');
  }

  /** DhcpHostResource's NETWORK_SUBNET_NOT_FOUND, with IPv4Subnet.toString (`a.b.c.d/len`). */
  private subnetNotFound5(bridgeId: string, key: { prefix: string; length: number }): never {
    fail(404, `Network ${bridgeId} does not have a subnet with address ${key.prefix}/${key.length}.`);
  }

  /** 5.x DHCP GETs declare @Produces and skip validateMediaType: Jersey negotiates, a missing Accept is * / *. */
  private acceptDhcp(ctx: Ctx, produces: readonly string[]): string {
    return negotiate(firstHeader(ctx.req.headers.accept), produces) ?? failEmpty(406);
  }

  private listDhcpSubnets(ctx: Ctx): SimResponse {
    const type = this.acceptDhcp(ctx, this.media.dhcpSubnets);
    let bridgeId: string;
    if (this.v5) {
      bridgeId = this.dhcpBridge5(ctx);
    } else {
      bridgeId = this.authoriseBridge2015(ctx, 'view DHCP config of this bridge.');
      // getChildren of the bridge's missing dhcp node: NoStatePathException, unmapped.
      if (!this.model.bridges.has(bridgeId)) fail(500, INTERNAL_ERROR);
    }
    const view = this.dhcpView(type);
    return jsonResponse(
      200,
      type,
      this.model.dhcpSubnetsOf(bridgeId).map((d) => renderDhcpSubnet(this.base, bridgeId, d, view)),
    );
  }

  private getDhcpSubnet(ctx: Ctx): SimResponse {
    const type = this.acceptDhcp(ctx, this.media.dhcpSubnet);
    const bridgeId = this.v5 ? this.dhcpBridge5(ctx) : this.authoriseBridge2015(ctx, "view this bridge's dhcp config.");
    const key = this.subnetParam(ctx);
    const subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
    if (!subnet) {
      // 5.x: WebApplicationException(NOT_FOUND), no entity. v2015: dhcpSubnetsGet
      // checks the node exists, so an unknown bridge lands here too.
      if (this.v5) failEmpty(404);
      fail(404, 'The requested resource was not found.');
    }
    return jsonResponse(200, type, renderDhcpSubnet(this.base, bridgeId, subnet, this.dhcpView(type)));
  }

  private createDhcpSubnet(ctx: Ctx): SimResponse {
    let bridgeId: string;
    if (this.v5) {
      // The inherited MidonetResource.create: no @Consumes, validateMediaType
      // against @AllowCreate, so a wrong or missing type is a 406.
      this.contentType(ctx, this.media.dhcpSubnetCreate);
      bridgeId = this.uuid(ctx, 'id');
    } else {
      this.contentType(ctx, this.media.dhcpSubnetCreate);
      this.requireWriter2015(ctx);
      bridgeId = this.authoriseBridge2015(ctx, 'configure DHCP for this bridge.');
    }
    const body = this.jsonBody(ctx);
    // Jackson turns a numeric string into the int field, as the real client sends it.
    const length = intField(body, 'subnetLength') ?? 0;
    const mtu = intField(body, 'interfaceMTU') ?? 0;
    // Bean validation (DhcpSubnet.java): v2015 says "IP", 5.x "IPv4".
    const badIp = this.v5 ? 'is an invalid IPv4 format' : 'is an invalid IP format';
    const violations: Violation[] = [];
    const prefix = body['subnetPrefix'];
    if (prefix === undefined || prefix === null) violations.push({ property: 'subnetPrefix', message: 'may not be null' });
    else if (!isIpv4(prefix)) violations.push({ property: 'subnetPrefix', message: badIp });
    if (length < 0) violations.push({ property: 'subnetLength', message: 'must be greater than or equal to 0' });
    if (length > 32) violations.push({ property: 'subnetLength', message: 'must be less than or equal to 32' });
    for (const key of ['defaultGateway', 'serverAddr']) {
      if (body[key] !== undefined && body[key] !== null && !isIpv4(body[key])) violations.push({ property: key, message: badIp });
    }
    if (mtu < 0) violations.push({ property: 'interfaceMTU', message: 'must be greater than or equal to 0' });
    if (mtu > 65536) violations.push({ property: 'interfaceMTU', message: 'must be less than or equal to 65536' });
    if (violations.length > 0) fail(400, 'Validation error(s) found', { violations });
    const subnetPrefix = prefix as string;
    const gateway = (body['defaultGateway'] as string | null | undefined) ?? null;
    const given = (body['serverAddr'] as string | null | undefined) ?? null;
    if (this.v5) {
      // tx.create refers to the bridge: ZOOM's NotFoundException, 404 with its text.
      if (!this.model.bridges.has(bridgeId)) this.notFound('bridge', bridgeId);
      // v5.2.1 does not look for a subnet with the same address (5.4 added
      // BRIDGE_DHCP_HAS_SUBNET); a second one is created beside the first.
    } else {
      // ZooKeeper multi-create under a missing bridge node, or onto an existing
      // subnet node: NoStatePathException / StatePathExistsException, unmapped.
      if (!this.model.bridges.has(bridgeId)) fail(500, INTERNAL_ERROR);
      if (this.model.dhcpSubnet(bridgeId, subnetPrefix, length)) fail(500, INTERNAL_ERROR);
    }
    const subnet: DhcpSubnetRecord = {
      subnetPrefix,
      subnetLength: length,
      defaultGateway: gateway,
      serverAddr: this.v5 ? given : (given ?? defaultServerAddr(subnetPrefix, length, gateway)),
      hosts: [],
    };
    this.model.addDhcpSubnet(bridgeId, subnet);
    return emptyResponse(201, { Location: dhcpSubnetUri(this.base, bridgeId, subnet) });
  }

  private deleteDhcpSubnet(ctx: Ctx): SimResponse {
    if (this.v5) {
      const bridgeId = this.dhcpBridge5(ctx);
      const key = this.subnetParam(ctx);
      const subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
      // subnetNotFoundResp(subnetAddress: String): the path segment as sent.
      if (!subnet) fail(404, `Network ${bridgeId} does not have a subnet with address ${ctx.params['subnet'] ?? ''}.`);
      this.model.deleteDhcpSubnet(bridgeId, subnet);
      return emptyResponse(204);
    }
    this.requireWriter2015(ctx);
    const bridgeId = this.authoriseBridge2015(ctx, 'delete dhcp configuration of bridge.');
    const key = this.subnetParam(ctx);
    const subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
    // prepareDeleteSubnet lists the hosts node first: missing -> NoStatePathException.
    if (!subnet) fail(500, INTERNAL_ERROR);
    this.model.deleteDhcpSubnet(bridgeId, subnet);
    // A void resource method: 204.
    return emptyResponse(204);
  }

  /** v2015: the subnet, or the unmapped NoStatePathException of its missing hosts node. */
  private subnetOr500(bridgeId: string, key: { prefix: string; length: number }): DhcpSubnetRecord {
    return this.model.dhcpSubnet(bridgeId, key.prefix, key.length) ?? fail(500, INTERNAL_ERROR);
  }

  private listDhcpHosts(ctx: Ctx): SimResponse {
    const type = this.acceptDhcp(ctx, this.media.dhcpHosts);
    let bridgeId: string;
    let subnet: DhcpSubnetRecord;
    if (this.v5) {
      bridgeId = this.dhcpBridge5(ctx);
      const key = this.subnetParam(ctx);
      subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length) ?? this.subnetNotFound5(bridgeId, key);
    } else {
      bridgeId = this.authoriseBridge2015(ctx, 'view DHCP config of this bridge.');
      subnet = this.subnetOr500(bridgeId, this.subnetParam(ctx));
    }
    const uri = dhcpSubnetUri(this.base, bridgeId, subnet);
    const view = this.dhcpView(type);
    return jsonResponse(
      200,
      type,
      subnet.hosts.map((h) => renderDhcpHost(uri, h, view)),
    );
  }

  /** The entry a path MAC names: by value in 5.x, by the ZooKeeper node name ('-' read as ':') in v2015. */
  private findHost(subnet: DhcpSubnetRecord | undefined, pathMac: string): DhcpHostRecord | undefined {
    if (!subnet) return undefined;
    if (this.v5) return subnet.hosts.find((h) => macValue(h.macAddr) === macValue(pathMac));
    const node = pathMac.replace(/-/g, ':');
    return subnet.hosts.find((h) => h.macAddr === node);
  }

  /** The path MAC, or the failure of MAC.fromString on it. */
  private macParam(ctx: Ctx): string {
    const raw = ctx.params['mac'] ?? '';
    // v2015 first turns '-' into ':' (ResourceUriBuilder.macStrFromUri); 5.x does not.
    const mac = this.v5 ? raw : raw.replace(/-/g, ':');
    if (macValue(mac) === undefined) fail(500, this.v5 ? invalidMacMessage(mac) : INTERNAL_ERROR);
    return raw;
  }

  private getDhcpHost(ctx: Ctx): SimResponse {
    const type = this.acceptDhcp(ctx, this.media.dhcpHost);
    let bridgeId: string;
    let subnet: DhcpSubnetRecord | undefined;
    if (this.v5) {
      // MAC.fromString runs before the bridge is read (DhcpHostResource.get).
      const mac = this.macParam(ctx);
      bridgeId = this.dhcpBridge5(ctx);
      const key = this.subnetParam(ctx);
      subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
      const host = this.findHost(subnet, mac);
      // A missing entry reuses the subnet message.
      if (!subnet || !host) this.subnetNotFound5(bridgeId, key);
      return jsonResponse(200, type, renderDhcpHost(dhcpSubnetUri(this.base, bridgeId, subnet), host, this.dhcpView(type)));
    }
    bridgeId = this.authoriseBridge2015(ctx, "view this bridge's dhcp config.");
    const key = this.subnetParam(ctx);
    const mac = this.macParam(ctx);
    subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
    // dhcpHostsGet checks the node exists (whatever bridge or subnet is missing).
    const host = this.findHost(subnet, mac);
    if (!subnet || !host) fail(404, 'Host was not found.');
    return jsonResponse(200, type, renderDhcpHost(dhcpSubnetUri(this.base, bridgeId, subnet), host, this.dhcpView(type)));
  }

  private createDhcpHost(ctx: Ctx): SimResponse {
    // Both resources declare @Consumes on create, so Jersey answers 415
    // before any code runs (5.x too: no validateMediaType here).
    if (!consumes(firstHeader(ctx.req.headers['content-type']), this.media.dhcpHostCreate)) failEmpty(415);
    if (this.v5) return this.createDhcpHost5(ctx);
    this.requireWriter2015(ctx);
    const bridgeId = this.authoriseBridge2015(ctx, 'configure DHCP for this bridge.');
    const key = this.subnetParam(ctx);
    const body = this.jsonBody(ctx);
    // No bean validation in DhcpHostsResource (its validator is null).
    // DhcpHost.toData: IPv4Addr.fromString(ipAddr), then MAC.fromString(macAddr);
    // both throw IllegalArgumentException (or NPE on null), unmapped: 500.
    if (!isIpv4(body['ipAddr'])) fail(500, INTERNAL_ERROR);
    if (macValue(body['macAddr']) === undefined) fail(500, INTERNAL_ERROR);
    const macAddr = body['macAddr'] as string;
    const name = textField(body, 'name');
    const subnet = this.subnetOr500(bridgeId, key);
    // The node is named by the MAC as written: a second one is NodeExists, unmapped.
    if (subnet.hosts.some((h) => h.macAddr === macAddr)) fail(500, INTERNAL_ERROR);
    // Neither generation checks the address against the subnet or other entries.
    subnet.hosts.push({ macAddr, ipAddr: body['ipAddr'] as string, name });
    return emptyResponse(201, { Location: dhcpHostUri(dhcpSubnetUri(this.base, bridgeId, subnet), macAddr, '2015') });
  }

  private createDhcpHost5(ctx: Ctx): SimResponse {
    const bridgeId = this.dhcpBridge5(ctx);
    const key = this.subnetParam(ctx);
    const body = this.jsonBody(ctx);
    // create overrides MidonetResource.create: no bean validation; inside tryTx.
    const subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length) ?? this.subnetNotFound5(bridgeId, key);
    const value = macValue(body['macAddr']);
    if (value === undefined) fail(500, invalidMacMessage(body['macAddr']));
    if (subnet.hosts.some((h) => macValue(h.macAddr) === value)) {
      fail(409, `Subnet ${key.prefix}/${key.length} on bridge ${bridgeId} already has a host with MAC address ${String(body['macAddr'])}.`);
    }
    // tx.update converts the entry to protobuf: an unparseable ipAddr fails
    // IPAddressUtil's converter and a null name the builder, both 500.
    if (!isIpv4(body['ipAddr'])) fail(500, `Invalid value for ipAddr: ${String(body['ipAddr'])}`);
    const name = textField(body, 'name');
    if (name === null) fail(500, null);
    const macAddr = body['macAddr'] as string;
    subnet.hosts.push({ macAddr, ipAddr: body['ipAddr'] as string, name });
    // host.getUri: the subnet URI, /hosts, and macAddr as written.
    return emptyResponse(201, { Location: dhcpHostUri(dhcpSubnetUri(this.base, bridgeId, subnet), macAddr, '5') });
  }

  private deleteDhcpHost(ctx: Ctx): SimResponse {
    if (this.v5) {
      const mac = this.macParam(ctx);
      const bridgeId = this.dhcpBridge5(ctx);
      const key = this.subnetParam(ctx);
      const subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
      const host = this.findHost(subnet, mac);
      if (!subnet || !host) this.subnetNotFound5(bridgeId, key);
      subnet.hosts.splice(subnet.hosts.indexOf(host), 1);
      return emptyResponse(204);
    }
    this.requireWriter2015(ctx);
    const bridgeId = this.authoriseBridge2015(ctx, 'delete dhcp configuration of this bridge.');
    const key = this.subnetParam(ctx);
    const mac = this.macParam(ctx);
    const subnet = this.model.dhcpSubnet(bridgeId, key.prefix, key.length);
    const host = this.findHost(subnet, mac);
    // dhcpHostsGet gives null, dhcpHostsDelete deletes a missing node:
    // NoStatePathException, unmapped. A gone entry is a 500 here, not a 404.
    if (!subnet || !host) fail(500, INTERNAL_ERROR);
    subnet.hosts.splice(subnet.hosts.indexOf(host), 1);
    return emptyResponse(204);
  }

  /** Which fields a DHCP body carries: v2015 drops the @Since("2") ones from v1 and plain JSON. */
  private dhcpView(type: string): DhcpView {
    return { apiVersion: this.config.apiVersion, version: this.v5 ? 2 : versionOf(type) };
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
    const id = this.stringId(ctx, 'port');
    const port = this.model.ports.get(id) ?? this.notFound('port', id);
    // v2015: Port-v2 -> get(); Port-v1 and plain JSON -> getv1() with v1 names.
    const v1 = !this.v5 && type !== vnd('Port-v2');
    const view = { version: v1 ? 1 : versionOf(type), v1Names: v1, apiVersion: this.config.apiVersion };
    return jsonResponse(200, type, renderPort(this.base, port, this.model.bindingOf(id), view));
  }

  private deletePort(ctx: Ctx): SimResponse {
    const id = this.stringId(ctx, 'port');
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
    const id = this.stringId(ctx, 'host');
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
    const type = this.v5 ? this.accept(ctx, this.media.binding) : (negotiate(firstHeader(ctx.req.headers.accept), this.media.binding) ?? vnd('HostInterfacePort-v1'));
    this.requireAdmin(ctx);
    const hostId = this.uuid(ctx, 'id');
    const portId = this.uuid(ctx, 'portId');
    const binding = this.model.bindingOf(portId);
    // v2015 HostInterfacePortResource.java; 5.x HostInterfacePortResource.scala.
    if (!binding || binding.hostId !== hostId) fail(404, this.v5 ? 'Host interface port not found' : 'Mapping does not exist');
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
    const id = this.stringId(ctx, 'tunnel zone');
    const zone = this.model.tunnelZones.get(id) ?? this.notFound('tunnel zone', id);
    return jsonResponse(200, type, renderTunnelZone(this.base, zone));
  }
}

type NotFoundType = 'bridge' | 'port' | 'host' | 'tunnel zone';

/** RouterPort.java's constraints: networkAddress and portAddress @NotNull + IPv4, networkLength 0..32. */
function routerPortViolations(body: Record<string, unknown>): Violation[] {
  const out: Violation[] = [];
  for (const key of ['networkAddress', 'portAddress']) {
    const v = body[key];
    if (v === undefined || v === null) out.push({ property: key, message: 'may not be null' });
    else if (!isIpv4(v)) out.push({ property: key, message: 'is an invalid IP format' });
  }
  const length = intField(body, 'networkLength') ?? 0;
  if (length < 0) out.push({ property: 'networkLength', message: 'must be greater than or equal to 0' });
  if (length > 32) out.push({ property: 'networkLength', message: 'must be less than or equal to 32' });
  return out;
}

/**
 * An int field as Jackson reads it: a number, or a string holding a decimal
 * integer ("24", what python-midonetclient sends); absent or null gives
 * undefined, anything else a 400.
 */
function intField(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^[+-]?\d{1,10}$/.test(v.trim())) return Number(v.trim());
  fail(400, `Invalid value for ${key}: ${JSON.stringify(v)}`);
}

/** A String field as Jackson reads it: scalars become text; absent or null gives null. */
function textField(body: Record<string, unknown>, key: string): string | null {
  const v = body[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  fail(400, `Invalid value for ${key}`);
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
