export type SimApiVersion = '2015' | '5';

export const JSON_TYPE = 'application/json';
export const vnd = (name: string): string => `application/vnd.org.midonet.${name}+json`;
export const vndList = (name: string): string => `application/vnd.org.midonet.collection.${name}+json`;

export const ERROR_TYPE = vnd('Error-v1');
export const TOKEN_TYPE = vnd('Token-v1');

/** What one route produces (GET) or consumes (POST), per API generation. */
export interface MediaTable {
  root: string[];
  bridge: string[];
  bridges: string[];
  bridgePorts: string[];
  portCreate: string[];
  port: string[];
  ports: string[];
  host: string[];
  hosts: string[];
  bindings: string[];
  binding: string[];
  bindingCreate: string[];
  tunnelZone: string[];
  tunnelZones: string[];
  dhcpSubnet: string[];
  dhcpSubnets: string[];
  dhcpSubnetCreate: string[];
  dhcpHost: string[];
  dhcpHosts: string[];
  dhcpHostCreate: string[];
}

// Order matters: a wildcard (or, in v2015, missing) Accept gets the first.
// The root lists Application-v4 first so that only an explicit
// Application-v5 Accept yields the `ports` key (spec §1).
export const MEDIA_TABLES: Readonly<Record<SimApiVersion, MediaTable>> = {
  '2015': {
    root: [vnd('Application-v4'), vnd('Application-v5'), JSON_TYPE],
    bridge: [vnd('Bridge-v3'), vnd('Bridge-v2'), vnd('Bridge-v1'), JSON_TYPE],
    bridges: [vndList('Bridge-v3'), vndList('Bridge-v2'), vndList('Bridge-v1'), JSON_TYPE],
    bridgePorts: [vndList('Port-v2'), vndList('Port-v1'), JSON_TYPE],
    portCreate: [vnd('Port-v2'), vnd('Port-v1'), JSON_TYPE],
    port: [vnd('Port-v2'), vnd('Port-v1'), JSON_TYPE],
    ports: [vndList('Port-v2'), vndList('Port-v1'), JSON_TYPE],
    host: [vnd('Host-v3'), vnd('Host-v2'), vnd('Host-v1'), JSON_TYPE],
    hosts: [vndList('Host-v3'), vndList('Host-v2'), vndList('Host-v1'), JSON_TYPE],
    // Binding list produces only the vendor collection type; binding GET has
    // no @Produces at all (anything goes).
    bindings: [vndList('HostInterfacePort-v1')],
    binding: [vnd('HostInterfacePort-v1'), JSON_TYPE],
    bindingCreate: [vnd('HostInterfacePort-v1'), JSON_TYPE],
    tunnelZone: [vnd('TunnelZone-v1'), JSON_TYPE],
    tunnelZones: [vndList('TunnelZone-v1'), JSON_TYPE],
    // midonet-api BridgeDhcpResource / DhcpHostsResource: v1 and v2 of each,
    // v1 first; the collections have no plain-JSON form.
    dhcpSubnet: [vnd('DhcpSubnet-v1'), vnd('DhcpSubnet-v2'), JSON_TYPE],
    dhcpSubnets: [vndList('DhcpSubnet-v1'), vndList('DhcpSubnet-v2')],
    dhcpSubnetCreate: [vnd('DhcpSubnet-v1'), vnd('DhcpSubnet-v2'), JSON_TYPE],
    dhcpHost: [vnd('DhcpHost-v1'), vnd('DhcpHost-v2'), JSON_TYPE],
    dhcpHosts: [vndList('DhcpHost-v1'), vndList('DhcpHost-v2')],
    dhcpHostCreate: [vnd('DhcpHost-v1'), vnd('DhcpHost-v2'), JSON_TYPE],
  },
  '5': {
    root: [vnd('Application-v5'), JSON_TYPE],
    bridge: [vnd('Bridge-v5'), vnd('Bridge-v4'), JSON_TYPE],
    bridges: [vndList('Bridge-v5'), vndList('Bridge-v4'), JSON_TYPE],
    bridgePorts: [vndList('Port-v4'), vndList('Port-v3'), JSON_TYPE],
    portCreate: [vnd('Port-v4'), vnd('Port-v3'), JSON_TYPE],
    port: [vnd('Port-v4'), vnd('Port-v3'), JSON_TYPE],
    ports: [vndList('Port-v4'), vndList('Port-v3'), JSON_TYPE],
    host: [vnd('Host-v3'), JSON_TYPE],
    hosts: [vndList('Host-v3'), JSON_TYPE],
    bindings: [vndList('HostInterfacePort-v1')],
    binding: [vnd('HostInterfacePort-v1'), JSON_TYPE],
    bindingCreate: [vnd('HostInterfacePort-v1'), JSON_TYPE],
    tunnelZone: [vnd('TunnelZone-v1'), JSON_TYPE],
    tunnelZones: [vndList('TunnelZone-v1'), JSON_TYPE],
    // DhcpSubnetResource.scala / DhcpHostResource.scala: v2 only.
    dhcpSubnet: [vnd('DhcpSubnet-v2'), JSON_TYPE],
    dhcpSubnets: [vndList('DhcpSubnet-v2')],
    dhcpSubnetCreate: [vnd('DhcpSubnet-v2'), JSON_TYPE],
    dhcpHost: [vnd('DhcpHost-v2'), JSON_TYPE],
    dhcpHosts: [vndList('DhcpHost-v2')],
    dhcpHostCreate: [vnd('DhcpHost-v2'), JSON_TYPE],
  },
};

/** `type/subtype`, lower-cased, parameters dropped. */
export function bareType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

interface Range {
  type: string;
  q: number;
  order: number;
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  header.split(',').forEach((part, order) => {
    const [type = '', ...params] = part.split(';');
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      if (k === 'q' && v !== undefined) q = Number(v);
    }
    const t = type.trim().toLowerCase();
    if (t && Number.isFinite(q) && q > 0) ranges.push({ type: t, q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

function rangeMatches(range: string, type: string): boolean {
  if (range === '*/*') return true;
  if (range.endsWith('/*')) return type.startsWith(range.slice(0, -1));
  return range === type;
}

/**
 * The produced type chosen for an Accept header, or undefined (406). A
 * missing Accept is a wildcard here; the 5.x rule that a missing header is a
 * 406 is the caller's.
 */
export function negotiate(accept: string | undefined, produces: readonly string[]): string | undefined {
  const ranges = parseAccept(accept ?? '*/*');
  for (const range of ranges) {
    const hit = produces.find((p) => rangeMatches(range.type, p.toLowerCase()));
    if (hit) return hit;
  }
  return undefined;
}

/** The consumed type matching a Content-Type header, or undefined. */
export function consumes(contentType: string | undefined, accepted: readonly string[]): string | undefined {
  if (!contentType) return undefined;
  const bare = bareType(contentType);
  return accepted.find((a) => a.toLowerCase() === bare);
}

/**
 * Representation version of a media type, as MN's VersionParser reads it:
 * `-vN+` gives N; anything else (plain application/json) is version 1.
 */
export function versionOf(mediaType: string): number {
  const m = /[^-]+-v(\d+)\+.+/.exec(mediaType);
  return m ? Number(m[1]) : 1;
}
