import { UUID_PATTERN } from '@deimos/config';
import { DeimosError, MidonetHttpError } from '@deimos/errors';
import type { MediaTypeSet } from './media-types';
import { checkFields, isSuccess, MidonetSession, type MidonetClientOptions, type MidonetClientSettings } from './session';
import type { MidonetApplication, MidonetBridge, MidonetDhcpHost, MidonetDhcpSubnet, MidonetHost, MidonetHostInterfacePort, MidonetPort } from './types';

const SUBNET_FIELDS = ['uri', 'hosts', 'subnetPrefix'] as const;
// `name` may be null on v2015 (DhcpHostsResource has no bean validation); it is read as ''.
const HOST_ENTRY_FIELDS = ['uri', 'macAddr', 'ipAddr'] as const;

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
  private readonly session: MidonetSession;
  private readonly media: MediaTypeSet;

  constructor(settings: MidonetClientSettings, opts: MidonetClientOptions = {}) {
    this.session = new MidonetSession(settings, opts);
    this.media = this.session.media;
  }

  /** `GET bridgeTemplate`. */
  async getBridge(bridgeId: string): Promise<MidonetBridge> {
    const id = checkId('bridge', bridgeId);
    const root = await this.session.application();
    const url = fillTemplate(root, 'bridgeTemplate', id);
    return this.getOne(url, this.media.bridge, 'bridge', ['id', 'uri', 'ports']);
  }

  /**
   * Creates an unbound port on the bridge (`POST bridge.ports`
   * `{"type":"Bridge"}`), then reads it back. With `id`, the port is
   * created under that id: both generations keep a client-chosen one
   * (v2015.06 `Port.setConfig`, `Converter.toPortConfig` and
   * `PortZkManager.create`, which draws a random id only when it is null;
   * 5.x `midonet-cluster/.../rest_api/models/Port.java` `create()`, the
   * same), so a caller that records the id first can find the port again
   * whether or not the answer arrives.
   */
  async createBridgePort(bridgeId: string, id?: string): Promise<MidonetPort> {
    const body = id === undefined ? { type: 'Bridge' } : { type: 'Bridge', id: checkId('port', id) };
    const bridge = await this.getBridge(bridgeId);
    const location = await this.create(bridge.ports, this.media.port, body);
    return this.getOne(location, this.media.port, 'port', ['id', 'uri', 'type']);
  }

  /** `GET hostTemplate` (admin only on the server). */
  async getHost(hostId: string): Promise<MidonetHost> {
    const id = checkId('host', hostId);
    const root = await this.session.application();
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
    const root = await this.session.application();
    await this.remove(fillTemplate(root, 'portTemplate', id));
  }

  /** `GET portTemplate`. */
  async getPort(portId: string): Promise<MidonetPort> {
    const id = checkId('port', portId);
    const root = await this.session.application();
    const url = fillTemplate(root, 'portTemplate', id);
    return this.getOne(url, this.media.port, 'port', ['id', 'uri', 'type']);
  }

  /** Every port in the system (admin only; the server has no filter). */
  async listPorts(): Promise<MidonetPort[]> {
    const root = await this.session.application();
    if (typeof root.ports !== 'string') {
      throw new DeimosError('MIDONET', `MidoNet API root ${this.session.scrub(root.uri)} has no "ports" collection`, {
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
        throw new DeimosError('MIDONET', `MidoNet DHCP subnet ${this.session.scrub(s.uri)} has no usable subnetLength`);
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
      throw new DeimosError('MIDONET', `MidoNet API GET ${this.session.scrub(subnet.hosts)}: the DHCP host ${this.session.scrub(e.uri)} has a name that is not text`);
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
   * was already gone, or (with `only.name`) when the entry with that MAC
   * carries another name: it is someone else's and is left alone. Gone is
   * judged per generation: an entry that is not
   * listed; a subnet whose entries cannot be listed (v2015 500, 5.x 404) and
   * whose own GET is a 404 on both; a DELETE answered 404 (5.x) or 500
   * (v2015, DhcpHostsResource.delete of a missing node) after which the
   * entry is no longer listed.
   */
  async deleteDhcpHost(subnet: Pick<MidonetDhcpSubnet, 'hosts'>, macAddr: string, only: { name?: string } = {}): Promise<boolean> {
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
    if (only.name !== undefined && entry.name !== only.name) return false;
    const res = await this.session.exchange({ method: 'DELETE', url: entry.uri });
    if (isSuccess(res.status)) return true;
    if (res.status === 404) return false;
    if (res.status === 500 && !find(await this.listDhcpHosts(subnet))) return false;
    throw this.session.httpError('DELETE', entry.uri, res);
  }

  /** Whether the subnet owning this `hosts` collection answers its own GET with 404 (both generations do when it, or its bridge, is gone). */
  private async subnetGone(subnet: Pick<MidonetDhcpSubnet, 'hosts'>): Promise<boolean> {
    const url = subnet.hosts.replace(/\/hosts\/?$/, '');
    if (url === subnet.hosts) return false;
    const res = await this.session.exchange({ method: 'GET', url, accept: this.media.dhcpSubnet, contentType: this.media.dhcpSubnet });
    return res.status === 404;
  }

  // --- resource helpers -----------------------------------------------------

  private async getOne<T>(url: string, mediaType: string, what: string, fields: readonly string[]): Promise<T> {
    // python-midonetclient sends both headers on single-resource GETs, and
    // MidoNet routes on them; keep that.
    const res = await this.session.exchange({ method: 'GET', url, accept: mediaType, contentType: mediaType });
    if (!isSuccess(res.status)) throw this.session.httpError('GET', url, res);
    const json = this.session.parseJson('GET', url, res, what);
    checkFields(json, fields, what, this.session.scrub(url));
    return json as T;
  }

  private async list<T>(url: string, mediaType: string, what: string, fields: readonly string[]): Promise<T[]> {
    const res = await this.session.exchange({ method: 'GET', url, accept: mediaType });
    if (!isSuccess(res.status)) throw this.session.httpError('GET', url, res);
    const json = this.session.parseJson('GET', url, res, `${what} list`);
    if (!Array.isArray(json)) {
      throw new DeimosError('MIDONET', `MidoNet API GET ${this.session.scrub(url)}: expected a JSON array of ${what}s`);
    }
    for (const item of json) checkFields(item, fields, what, this.session.scrub(url));
    return json as T[];
  }

  /** POST, expect 2xx with a Location; returns the absolute Location. */
  private async create(url: string, mediaType: string, body: unknown): Promise<string> {
    const res = await this.session.exchange({ method: 'POST', url, contentType: mediaType, body });
    if (!isSuccess(res.status)) throw this.session.httpError('POST', url, res);
    const location = firstHeader(res.headers.location);
    if (!location) {
      throw new DeimosError('MIDONET', `MidoNet API POST ${this.session.scrub(url)}: HTTP ${res.status} without a Location header`);
    }
    try {
      return new URL(location, url).toString();
    } catch (err) {
      throw new DeimosError('MIDONET', `MidoNet API POST ${this.session.scrub(url)}: unusable Location header`, { cause: err });
    }
  }

  /** DELETE without media headers; 404 means already gone. */
  private async remove(url: string): Promise<void> {
    const res = await this.session.exchange({ method: 'DELETE', url });
    if (isSuccess(res.status) || res.status === 404) return;
    throw this.session.httpError('DELETE', url, res);
  }
}

const BINDING_FIELDS = ['hostId', 'portId', 'interfaceName', 'uri'] as const;

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

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
