import { parseIpv4, type Ipv4Range } from '@deimos/config';

// IPv4 subnet maths on 32-bit unsigned numbers, in one place: the wiring
// plan (a task's address and gateway) and the DHCP pool (pool.ts) both use
// it. Pure: no I/O. Dotted quads are read with @deimos/config's parseIpv4,
// the one IPv4 grammar; nothing here reads them another way.

/** The netmask of a prefix length (0 to 32). */
export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** The subnet `address/prefix` as `[network, broadcast]` (both included). */
export function subnetOf(address: number, prefix: number): Ipv4Range {
  const mask = maskOf(prefix);
  const first = (address & mask) >>> 0;
  return { first, last: (first | (~mask >>> 0)) >>> 0 };
}

export function inRange(range: Ipv4Range, address: number): boolean {
  return address >= range.first && address <= range.last;
}

/**
 * Whether the subnet's first and last addresses are its network and
 * broadcast addresses, for no host to hold: prefixes up to /30 (a /31 is a
 * point-to-point link and a /32 a single host, RFC 3021).
 */
export function hasNetworkAndBroadcast(prefix: number): boolean {
  return prefix <= 30;
}

/** `a.b.c.d/n`, strictly (no leading zeros in `n`); undefined when it is not one. */
export function parseCidr(text: string): { address: number; prefix: number } | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const address = parseIpv4(m[1] as string);
  const prefixText = m[2] as string;
  const prefix = Number(prefixText);
  if (address === undefined || prefix > 32 || (prefixText.length > 1 && prefixText.startsWith('0'))) return undefined;
  return { address, prefix };
}

/**
 * Why `address` is no unicast address, or undefined: the unspecified
 * address, loopback, multicast and the limited broadcast. The kernel refuses
 * all four as a next hop (`ip route add default via`: "Nexthop has invalid
 * gateway") and the unspecified one as an interface address; the others it
 * would put on eth0, where they make no working container address, so we
 * refuse them there too. address.int.spec.ts checks this against the kernel.
 */
export function nonUnicastKind(address: number): string | undefined {
  if (address === 0) return 'the unspecified';
  if (address >>> 24 === 127) return 'a loopback';
  if (address >>> 28 === 0xe) return 'a multicast';
  if (address === 0xffffffff) return 'the broadcast';
  return undefined;
}
