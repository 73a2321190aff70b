/**
 * DHCP subnets and host entries of a bridge, the part of MidoNet's store the
 * containerizer uses as a shared address pool. Pure address arithmetic here;
 * the REST surface is in api.ts.
 *
 * Sources (midonet/midonet):
 *  - 5.x: midonet-cluster/.../rest_api/resources/DhcpSubnetResource.scala,
 *    DhcpHostResource.scala, rest_api/models/DhcpSubnet.java, DhcpHost.java
 *  - v2015.06: midonet-api/.../dhcp/rest_api/BridgeDhcpResource.java,
 *    DhcpHostsResource.java, nsdb/.../rest_api/VendorMediaType.java,
 *    midolman/.../zkManagers/BridgeDhcpZkManager.java
 */

export interface DhcpHostRecord {
  /** Lower-case, colon-separated, as MAC.toString writes it. */
  macAddr: string;
  ipAddr: string;
  name: string;
}

export interface DhcpSubnetRecord {
  subnetPrefix: string;
  subnetLength: number;
  defaultGateway: string | null;
  serverAddr: string | null;
  /** Entries in insertion order, as both generations return them. */
  hosts: DhcpHostRecord[];
}

const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const MAC_RE = /^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i;

export function isIpv4(value: unknown): value is string {
  return typeof value === 'string' && IPV4_RE.test(value);
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The network address of `ip/len` (MN stores the subnet masked). */
export function networkOf(ip: string, len: number): string {
  const size = 2 ** (32 - len);
  return intToIp(Math.floor(ipToInt(ip) / size) * size);
}

/** `10.0.0.0_24`, the form both generations put in URIs (toZkString / toUriString). */
export function subnetKey(prefix: string, len: number): string {
  return `${prefix}_${len}`;
}

/** Parses the URI form `a.b.c.d_len`; undefined when it is not one. */
export function parseSubnetKey(value: string): { prefix: string; length: number } | undefined {
  const m = /^([0-9.]+)_(\d{1,2})$/.exec(value);
  if (!m || !isIpv4(m[1])) return undefined;
  const length = Number(m[2]);
  if (length > 32) return undefined;
  return { prefix: networkOf(m[1] as string, length), length };
}

/** MACs compare as values: `AA-BB-..` and `aa:bb:..` name one entry (MAC.fromString). */
export function normalizeMac(value: unknown): string | undefined {
  if (typeof value !== 'string' || !MAC_RE.test(value)) return undefined;
  return value.toLowerCase().replace(/-/g, ':');
}
