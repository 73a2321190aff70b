/**
 * DHCP subnets and host entries of a bridge, the part of MidoNet's store the
 * containerizer uses as a shared address pool. Pure address arithmetic here;
 * the REST surface is in api.ts. "5.x" is tag v5.2.1, "v2015" tag v2015.06.
 *
 * Sources (midonet/midonet):
 *  - 5.x: midonet-cluster/.../rest_api/resources/DhcpSubnetResource.scala,
 *    DhcpHostResource.scala, rest_api/models/DhcpSubnet.java, DhcpHost.java
 *  - v2015.06: midonet-api/.../dhcp/rest_api/BridgeDhcpResource.java,
 *    DhcpHostsResource.java, nsdb/.../rest_api/VendorMediaType.java,
 *    midolman/.../zkManagers/BridgeDhcpZkManager.java
 */

export interface DhcpHostRecord {
  /**
   * As the client wrote it: both generations keep the string (v2015 names the
   * ZooKeeper node with it, MAC.fromString keeps `sAddr`; 5.x stores
   * `macAddr` as given). Seeds are lower-case and colon-separated.
   */
  macAddr: string;
  ipAddr: string;
  /** v2015 stores a missing name as null. */
  name: string | null;
}

export interface DhcpSubnetRecord {
  /** As posted: neither generation masks it (IPv4Subnet keeps the address). */
  subnetPrefix: string;
  subnetLength: number;
  defaultGateway: string | null;
  serverAddr: string | null;
  /** Entries in insertion order (see the README on v2015's ZooKeeper order). */
  hosts: DhcpHostRecord[];
}

const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
// MAC.stringToLong (midonet-util MAC.java, both generations): split on ':'
// only, six words of one or two hex digits. A '-' is not a separator.
const MAC_RE = /^[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}$/i;

export function isIpv4(value: unknown): value is string {
  return typeof value === 'string' && IPV4_RE.test(value);
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The network address of `ip/len`. Only seeds and tests use it: the servers never mask. */
export function networkOf(ip: string, len: number): string {
  const size = 2 ** (32 - len);
  return intToIp(Math.floor(ipToInt(ip) / size) * size);
}

/**
 * v2015's serverAddr when none is given (BridgeDhcpZkManager.Subnet's
 * constructor, reached through Converter.toDhcpSubnetConfig): the default
 * gateway, else the broadcast address of the (unmasked) subnet minus one.
 */
export function defaultServerAddr(prefix: string, len: number, gateway: string | null): string {
  if (gateway !== null) return gateway;
  const hostBits = 2 ** (32 - len) - 1;
  // IPv4Subnet.toBroadcastAddress: address | (0xFFFFFFFF >>> len).
  const broadcast = (ipToInt(prefix) | (len === 0 ? 0xffffffff : hostBits)) >>> 0;
  return intToIp((broadcast - 1) >>> 0);
}

/** `10.0.0.5_24`, IPv4Subnet.toZkString, the form both generations put in URIs. */
export function subnetKey(prefix: string, len: number): string {
  return `${prefix}_${len}`;
}

/**
 * Parses the URI form `a.b.c.d_len` as IPv4Subnet(String) does (split on
 * '_', no masking); undefined when it is not one.
 */
export function parseSubnetKey(value: string): { prefix: string; length: number } | undefined {
  const m = /^([0-9.]+)_(\d{1,2})$/.exec(value);
  if (!m || !isIpv4(m[1])) return undefined;
  const length = Number(m[2]);
  if (length > 32) return undefined;
  return { prefix: m[1] as string, length };
}

/** MAC.fromString: the 48-bit value as `xx:xx:..` lower-case, or undefined (InvalidMacException). */
export function macValue(value: unknown): string | undefined {
  if (typeof value !== 'string' || !MAC_RE.test(value)) return undefined;
  return value
    .split(':')
    .map((w) => w.toLowerCase().padStart(2, '0'))
    .join(':');
}

/** InvalidMacException's text (MAC.illegalMacString), which 5.x passes on in its 500s. */
export function invalidMacMessage(value: unknown): string {
  return `MAC address string must be 6 words of 1 or 2 hex digits joined with 5 ':' but was ${String(value)}.`;
}

/** Seeds only: `AA-BB-..` and `aa:bb:..` both give `aa:bb:..`. */
export function normalizeMac(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i.test(value)) return undefined;
  return value.toLowerCase().replace(/-/g, ':');
}
