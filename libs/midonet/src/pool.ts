import { createHash } from 'node:crypto';
import { formatIpv4, parseIpv4, type Ipv4Range } from '@deimos/config';
import { DeimosError } from '@deimos/errors';
import { hasNetworkAndBroadcast, inRange, subnetOf } from './address';

// The address pool of a bridge, kept in MidoNet's own DHCP tables (issue 16).
// Pure: the REST calls are in lease.ts. The server does not check entry
// addresses (DhcpHostResource.create only refuses a repeated MAC), so two
// agents can write the same address at once; `yieldsTo` decides who keeps it.

/** An IPv4 range, both ends included: `[midonet] reserved` items are these, parsed once by the configuration. */
export type AddressRange = Ipv4Range;

/** A DHCP subnet as the pool needs it. */
export interface PoolSubnet {
  readonly subnetPrefix: string;
  readonly subnetLength: number;
  readonly defaultGateway?: string | null;
  readonly serverAddr?: string | null;
}

/** A DHCP host entry as the pool needs it. */
export interface PoolEntry {
  readonly macAddr: string;
  readonly ipAddr: string;
  readonly name: string;
}

/** Picks one of `count` free candidates (0-based); tests pass a fixed one. */
export type PickIndex = (count: number) => number;

/** The `[first, last]` addresses of a subnet (network and broadcast included). */
function subnetRange(subnet: PoolSubnet): AddressRange {
  const prefix = parseIpv4(subnet.subnetPrefix);
  if (prefix === undefined || !Number.isInteger(subnet.subnetLength) || subnet.subnetLength < 0 || subnet.subnetLength > 32) {
    throw new DeimosError('MIDONET', `MidoNet DHCP subnet ${subnet.subnetPrefix}/${subnet.subnetLength} is not a usable IPv4 subnet`);
  }
  return subnetOf(prefix, subnet.subnetLength);
}

export function subnetText(subnet: PoolSubnet): string {
  return `${subnet.subnetPrefix}/${subnet.subnetLength}`;
}

export function subnetContains(subnet: PoolSubnet, address: number): boolean {
  return inRange(subnetRange(subnet), address);
}

/**
 * Addresses of the subnet a new task may get: not the network or broadcast
 * address (for prefixes up to /30), not the gateway or DHCP server, not held
 * by any entry, not reserved. In ascending order.
 */
export function freeAddresses(subnet: PoolSubnet, entries: readonly PoolEntry[], reserved: readonly AddressRange[]): number[] {
  const { first, last } = subnetRange(subnet);
  const taken = new Set<number>();
  for (const text of [subnet.defaultGateway, subnet.serverAddr]) {
    const n = typeof text === 'string' ? parseIpv4(text) : undefined;
    if (n !== undefined) taken.add(n);
  }
  for (const e of entries) {
    const n = parseIpv4(e.ipAddr);
    if (n !== undefined) taken.add(n);
  }
  const edge = hasNetworkAndBroadcast(subnet.subnetLength);
  const free: number[] = [];
  for (let n = edge ? first + 1 : first; n <= (edge ? last - 1 : last); n++) {
    if (taken.has(n) || reserved.some((r) => inRange(r, n))) continue;
    free.push(n);
  }
  return free;
}

/** A uniformly random pick: spreads agents over the pool so first picks rarely collide. */
const randomPick: PickIndex = (count) => Math.floor(Math.random() * count);

/** One free address, or undefined when the subnet is full. */
export function pickAddress(subnet: PoolSubnet, entries: readonly PoolEntry[], reserved: readonly AddressRange[], pick: PickIndex = randomPick): string | undefined {
  const free = freeAddresses(subnet, entries, reserved);
  if (free.length === 0) return undefined;
  const i = pick(free.length);
  const index = Number.isInteger(i) && i >= 0 && i < free.length ? i : 0;
  return formatIpv4(free[index] as number);
}

/**
 * The entry name: `deimos:<MidoNet host id>:<Mesos container id>`. The host
 * id says which agent's sweep may remove it.
 */
export function entryName(hostId: string, containerId: string): string {
  return `deimos:${hostId.toLowerCase()}:${containerId}`;
}

/** The container id of an entry named for `hostId`, else undefined. */
export function containerOfEntry(name: string, hostId: string): string | undefined {
  const prefix = `deimos:${hostId.toLowerCase()}:`;
  return name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : undefined;
}

/**
 * The container's MAC: locally administered, unicast (`02:` first octet),
 * the rest from a hash of host id, container id and attempt, so a retry
 * never reuses a MAC a lost entry may still hold.
 */
export function macFor(hostId: string, containerId: string, attempt = 0): string {
  const hex = createHash('sha256').update(`${hostId}\n${containerId}\n${attempt}`, 'utf8').digest('hex').slice(0, 10);
  return ['02', ...(hex.match(/../g) as string[])].join(':');
}

/**
 * The rival `own` must give its address up to at once: another entry with
 * the same address that sorts first (lower name, then lower MAC). Alone this
 * is not enough for safety (a rival may have read before our write); see
 * `settle` in lease.ts.
 */
export function yieldsTo(own: PoolEntry, entries: readonly PoolEntry[]): PoolEntry | undefined {
  const ownMac = own.macAddr.toLowerCase();
  const rivals = entries.filter((e) => e.ipAddr === own.ipAddr && e.macAddr.toLowerCase() !== ownMac);
  rivals.sort((a, b) => compare(a.name, b.name) || compare(a.macAddr.toLowerCase(), b.macAddr.toLowerCase()));
  const best = rivals[0];
  if (!best) return undefined;
  const order = compare(best.name, own.name) || compare(best.macAddr.toLowerCase(), ownMac);
  return order < 0 ? best : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The pick hook named by `DEIMOS_TEST_DHCP_PICK` (tests only): `first` takes
 * the lowest free address on the first attempt, so agents launched together
 * collide and the tie-break shows; later attempts are random. Anything else,
 * or nothing, is the random pick.
 */
export function pickFromEnv(value: string | undefined): ((count: number, attempt: number) => number) | undefined {
  if (value === 'first') return (count, attempt) => (attempt === 0 ? 0 : randomPick(count));
  return undefined;
}
