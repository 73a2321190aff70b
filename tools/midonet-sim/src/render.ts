import type { BindingRecord, BridgeRecord, HostRecord, PortRecord, TunnelZoneRecord } from './model';
import type { SimApiVersion } from './media';
import { DhcpHostRecord, DhcpSubnetRecord, subnetKey } from './dhcp';

/** JSON views of the model. Every URI is absolute, built from one base (spec §1). */

const COLLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['bridges', 'bridges'],
  ['routers', 'routers'],
  ['hosts', 'hosts'],
  ['tenants', 'tenants'],
  ['tunnelZones', 'tunnel_zones'],
  ['chains', 'chains'],
  ['portGroups', 'port_groups'],
  ['ipAddrGroups', 'ip_addr_groups'],
  ['vteps', 'vteps'],
  ['loadBalancers', 'load_balancers'],
  ['healthMonitors', 'health_monitors'],
  ['pools', 'pools'],
  ['poolMembers', 'pool_members'],
  ['vips', 'vips'],
  ['writeVersion', 'write_version'],
  ['systemState', 'system_state'],
  ['hostVersions', 'versions'],
  ['traceRequests', 'traces'],
];

const TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  ['bridgeTemplate', 'bridges'],
  ['portTemplate', 'ports'],
  ['hostTemplate', 'hosts'],
  ['routerTemplate', 'routers'],
  ['chainTemplate', 'chains'],
  ['portGroupTemplate', 'port_groups'],
  ['ipAddrGroupTemplate', 'ip_addr_groups'],
  ['routeTemplate', 'routes'],
  ['ruleTemplate', 'rules'],
  ['tenantTemplate', 'tenants'],
  ['tunnelZoneTemplate', 'tunnel_zones'],
  ['vtepTemplate', 'vteps'],
  ['adRouteTemplate', 'ad_routes'],
  ['bgpTemplate', 'bgps'],
  ['loadBalancerTemplate', 'load_balancers'],
  ['healthMonitorTemplate', 'health_monitors'],
  ['poolTemplate', 'pools'],
  ['poolMemberTemplate', 'pool_members'],
  ['vipTemplate', 'vips'],
];

export function renderRoot(base: string, apiVersion: SimApiVersion, withV5Keys: boolean): Record<string, unknown> {
  const root: Record<string, unknown> = { uri: `${base}/`, version: apiVersion === '5' ? 'v5.0' : 'v1.10' };
  for (const [key, path] of COLLECTIONS) root[key] = `${base}/${path}`;
  if (withV5Keys) {
    root['ports'] = `${base}/ports`;
    root['neutron'] = `${base}/neutron`;
    root['licenses'] = null;
    root['licenseTemplate'] = null;
    root['licenseStatus'] = null;
  }
  for (const [key, path] of TEMPLATES) root[key] = `${base}/${path}/{id}`;
  return root;
}

export function renderBridge(base: string, b: BridgeRecord, version: number): Record<string, unknown> {
  const uri = `${base}/bridges/${b.id}`;
  const out: Record<string, unknown> = {
    id: b.id,
    tenantId: b.tenantId,
    name: b.name,
    adminStateUp: b.adminStateUp,
    inboundFilterId: null,
    outboundFilterId: null,
    uri,
    inboundFilter: null,
    outboundFilter: null,
    ports: `${uri}/ports`,
    peerPorts: `${uri}/peer_ports`,
    macTable: `${uri}/mac_table`,
    arpTable: `${uri}/arp_table`,
    dhcpSubnets: `${uri}/dhcp`,
    dhcpSubnet6s: `${uri}/dhcpV6`,
    vlanMacTableTemplate: `${uri}/vlans/{vlanId}/mac_table`,
    macPortTemplate: `${uri}/mac_table/{macAddress}_{portId}`,
    vlanMacPortTemplate: `${uri}/vlans/{vlanId}/mac_table/{macAddress}_{portId}`,
  };
  if (version >= 2) out['vxLanPortId'] = null;
  if (version === 2 || version === 3) out['vxLanPort'] = null;
  if (version >= 3) {
    out['vxLanPortIds'] = [];
    // python-midonetclient's Bridge.get_ports reads this key.
    out['vxLanPorts'] = [];
  }
  return out;
}

export interface PortView {
  /** Representation version (v1 drops the @Since("2") fields). */
  version: number;
  /** v1 type names (ExteriorBridge/InteriorBridge), as getv1()/listV1() give. */
  v1Names: boolean;
  apiVersion: SimApiVersion;
}

export function renderPort(base: string, p: PortRecord, binding: BindingRecord | undefined, view: PortView): Record<string, unknown> {
  const uri = `${base}/ports/${p.id}`;
  const hostId = binding?.hostId ?? null;
  let type = 'Bridge';
  if (view.v1Names) type = binding || p.createdAs === 'ExteriorBridge' ? 'ExteriorBridge' : 'InteriorBridge';
  const out: Record<string, unknown> = {
    id: p.id,
    type,
    uri,
    deviceId: p.bridgeId,
    device: `${base}/bridges/${p.bridgeId}`,
    adminStateUp: p.adminStateUp,
    active: p.active,
  };
  if (view.version >= 2) {
    out['hostId'] = hostId;
    out['host'] = hostId ? `${base}/hosts/${hostId}` : null;
    out['interfaceName'] = binding?.interfaceName ?? null;
  }
  Object.assign(out, {
    hostInterfacePort: hostId ? `${base}/hosts/${hostId}/ports/${p.id}` : null,
    peerId: null,
    peer: null,
    link: `${uri}/link`,
    portGroups: `${uri}/port_groups`,
    inboundFilterId: p.inboundFilterId,
    inboundFilter: p.inboundFilterId ? `${base}/chains/${p.inboundFilterId}` : null,
    outboundFilterId: p.outboundFilterId,
    outboundFilter: p.outboundFilterId ? `${base}/chains/${p.outboundFilterId}` : null,
    vifId: p.vifId,
    vlanId: p.vlanId,
    networkAddress: null,
    networkLength: -1,
    portAddress: null,
    portMac: null,
    bgps: null,
  });
  if (view.apiVersion === '5') {
    Object.assign(out, {
      tunnelKey: p.tunnelKey,
      qosPolicyId: null,
      insertionIds: [],
      inboundMirrorIds: [],
      outboundMirrorIds: [],
      postInFilterMirrorIds: [],
      preOutFilterMirrorIds: [],
    });
  }
  return out;
}

export function renderHost(base: string, h: HostRecord, version: number): Record<string, unknown> {
  const uri = `${base}/hosts/${h.id}`;
  const out: Record<string, unknown> = {
    id: h.id,
    name: h.name,
    // Java InetAddress.toString() of an address without a host name.
    addresses: h.addresses.map((a) => (a.includes('/') ? a : `/${a}`)),
    alive: h.alive,
  };
  if (version >= 2) out['floodingProxyWeight'] = h.floodingProxyWeight;
  Object.assign(out, { uri, interfaces: `${uri}/interfaces`, ports: `${uri}/ports` });
  if (version >= 3) out['hostInterfaces'] = [];
  return out;
}

export function renderBinding(base: string, b: BindingRecord): Record<string, unknown> {
  return {
    hostId: b.hostId,
    portId: b.portId,
    interfaceName: b.interfaceName,
    uri: `${base}/hosts/${b.hostId}/ports/${b.portId}`,
    host: `${base}/hosts/${b.hostId}`,
    port: `${base}/ports/${b.portId}`,
  };
}

export function renderTunnelZone(base: string, z: TunnelZoneRecord): Record<string, unknown> {
  const uri = `${base}/tunnel_zones/${z.id}`;
  return { id: z.id, name: z.name, type: z.type, uri, hosts: `${uri}/hosts` };
}

export function dhcpSubnetUri(base: string, bridgeId: string, d: DhcpSubnetRecord): string {
  return `${base}/bridges/${bridgeId}/dhcp/${subnetKey(d.subnetPrefix, d.subnetLength)}`;
}

/**
 * A host entry's URI. v2015.06 writes the MAC with '-' (ResourceUriBuilder
 * .macToUri); 5.x appends macAddr as stored, colons and all.
 */
export function dhcpHostUri(subnetUri: string, macAddr: string, apiVersion: SimApiVersion): string {
  return `${subnetUri}/hosts/${apiVersion === '5' ? macAddr : macAddr.replace(/:/g, '-')}`;
}

/** Which DHCP fields to render: v2015 leaves the @Since("2") ones out of v1 and plain JSON. */
export interface DhcpView {
  apiVersion: SimApiVersion;
  /** Representation version of the negotiated type. */
  version: number;
}

export function renderDhcpSubnet(base: string, bridgeId: string, d: DhcpSubnetRecord, view: DhcpView): Record<string, unknown> {
  const uri = dhcpSubnetUri(base, bridgeId, d);
  const out: Record<string, unknown> = {
    uri,
    hosts: `${uri}/hosts`,
    subnetPrefix: d.subnetPrefix,
    subnetLength: d.subnetLength,
    defaultGateway: d.defaultGateway,
    serverAddr: d.serverAddr,
    dnsServerAddrs: null,
    interfaceMTU: 0,
    opt121Routes: [],
  };
  // v2015 dhcp/DhcpSubnet.java: `enabled` is @Since("2"); 5.x always has it.
  if (view.apiVersion === '5' || view.version >= 2) out['enabled'] = true;
  return out;
}

export function renderDhcpHost(subnetUri: string, h: DhcpHostRecord, view: DhcpView): Record<string, unknown> {
  const out: Record<string, unknown> = { uri: dhcpHostUri(subnetUri, h.macAddr, view.apiVersion), macAddr: h.macAddr, ipAddr: h.ipAddr, name: h.name };
  // v2015 dhcp/DhcpHost.java: `extraDhcpOpts` is @Since("2"); 5.x always has it.
  if (view.apiVersion === '5' || view.version >= 2) out['extraDhcpOpts'] = [];
  return out;
}
