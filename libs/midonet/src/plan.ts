import { formatIpv4 as formatAddress, parseIpv4, UUID_PATTERN } from '@deimos/config';
import { DeimosError } from '@deimos/errors';
import { hasNetworkAndBroadcast, inRange, nonUnicastKind, parseCidr, subnetOf } from './address';
import { vethNamesFor } from './host';
import { shown } from './messages';

// What a task asks for, read from its environment and checked before
// anything is made. Pure: no I/O.

/** The task variable that names the bridge; the plan reads it, lease.ts names it in its messages. */
export const MIDONET_BRIDGE_ENV = 'MIDONET_BRIDGE_ID';
export const MIDONET_IP_ENV = 'MIDONET_IP_ADDRESS';
export const MIDONET_GATEWAY_ENV = 'MIDONET_DEFAULT_GATEWAY';

/** What a task asked for, checked; no I/O was done to build it. */
export interface WiringPlan {
  readonly containerId: string;
  /** Lower-case UUID. */
  readonly bridgeId: string;
  /** IPv4 CIDR for eth0, e.g. `198.18.10.2/24`, when the task gave one with a prefix. */
  readonly ip?: string;
  /** The task's address without its prefix (`198.18.10.2`), whenever it gave one. */
  readonly address?: string;
  /** The task's prefix length; undefined for a bare address (it comes from the DHCP subnet). */
  readonly prefix?: number;
  /** IPv4 default gateway from the task; else the DHCP subnet's. */
  readonly gateway?: string;
  readonly hostIf: string;
  readonly peerIf: string;
  /** Suspicious but accepted input (e.g. a gateway outside the address's network); the caller logs them. */
  readonly warnings: readonly string[];
}

/**
 * The wiring a task asks for, or undefined when its environment has no
 * `MIDONET_BRIDGE_ID` (such a task is not touched). Pure. Throws
 * `DeimosError('INVALID_INPUT')` naming the variable on bad input. When a
 * variable appears more than once the last one wins, as with `docker -e`.
 */
export function planWiring(containerId: string, env: ReadonlyArray<readonly [string, string]>): WiringPlan | undefined {
  const get = (name: string): string | undefined => {
    let value: string | undefined;
    for (const [k, v] of env) if (k === name) value = v;
    return value;
  };
  const rawBridge = get(MIDONET_BRIDGE_ENV);
  if (rawBridge === undefined) return undefined;
  if (typeof containerId !== 'string' || containerId === '') {
    throw new DeimosError('INVALID_INPUT', 'MidoNet wiring needs a non-empty container id');
  }
  const bridgeId = rawBridge.trim();
  if (!UUID_PATTERN.test(bridgeId)) {
    throw new DeimosError('INVALID_INPUT', `${MIDONET_BRIDGE_ENV} must be a UUID, got ${shown(rawBridge)}`, {
      hint: 'e.g. MIDONET_BRIDGE_ID=78488c47-d1de-4d16-a27a-4e6419dc4f88',
    });
  }
  // An empty optional variable counts as absent: it is what a task template
  // with a blank field produces.
  const rawIp = get(MIDONET_IP_ENV)?.trim() || undefined;
  const rawGateway = get(MIDONET_GATEWAY_ENV)?.trim() || undefined;
  const warnings: string[] = [];

  let cidr: { address: number; prefix: number } | undefined;
  let bare: number | undefined;
  if (rawIp !== undefined) {
    cidr = rawIp.includes('/') ? parseCidr(rawIp) : undefined;
    bare = rawIp.includes('/') ? undefined : parseIpv4(rawIp);
    if (!cidr && bare === undefined) {
      throw new DeimosError('INVALID_INPUT', `${MIDONET_IP_ENV} must be an IPv4 address, optionally with a prefix length, got ${shown(rawIp)}`, {
        hint: 'e.g. MIDONET_IP_ADDRESS=198.18.10.2/24, or 198.18.10.2 to take the prefix from the bridge DHCP subnet, or leave it out to get a free address',
      });
    }
    const kind = nonUnicastKind(cidr?.address ?? (bare as number));
    if (kind !== undefined) {
      throw new DeimosError('INVALID_INPUT', `${MIDONET_IP_ENV} ${shown(rawIp)} is ${kind} address, not one for a container`, {
        hint: 'e.g. MIDONET_IP_ADDRESS=198.18.10.2/24, or leave it out to get a free address',
      });
    }
  }
  let gateway: number | undefined;
  if (rawGateway !== undefined) {
    gateway = parseIpv4(rawGateway);
    if (gateway === undefined) {
      throw new DeimosError('INVALID_INPUT', `${MIDONET_GATEWAY_ENV} must be an IPv4 address, got ${shown(rawGateway)}`, {
        hint: 'e.g. MIDONET_DEFAULT_GATEWAY=198.18.10.1',
      });
    }
    const kind = nonUnicastKind(gateway);
    if (kind !== undefined) {
      throw new DeimosError('INVALID_INPUT', `${MIDONET_GATEWAY_ENV} ${shown(rawGateway)} is ${kind} address; the kernel takes only a unicast gateway`, {
        hint: 'e.g. MIDONET_DEFAULT_GATEWAY=198.18.10.1',
      });
    }
    // Without MIDONET_IP_ADDRESS the gateway goes with an address from the
    // bridge's DHCP subnet; wireContainer refuses it when there is none (the
    // reference misread "gateway without address" as the address, §7.4 bug 5).
  }
  if (cidr) {
    const subnet = subnetOf(cidr.address, cidr.prefix);
    if (hasNetworkAndBroadcast(cidr.prefix) && (cidr.address === subnet.first || cidr.address === subnet.last)) {
      warnings.push(`${MIDONET_IP_ENV} ${rawIp} is the ${cidr.address === subnet.first ? 'network' : 'broadcast'} address of its subnet`);
    }
    if (gateway !== undefined) {
      if (gateway === cidr.address) warnings.push(`${MIDONET_GATEWAY_ENV} ${rawGateway} is the container's own address`);
      else if (!inRange(subnet, gateway)) {
        warnings.push(`${MIDONET_GATEWAY_ENV} ${rawGateway} is outside ${rawIp}; the kernel will refuse the default route`);
      }
    }
  }
  return {
    containerId,
    bridgeId: bridgeId.toLowerCase(),
    // Rendered from the parsed values, never the task's text: what reaches
    // ip(8) is what we judged (address.int.spec.ts compares with the kernel).
    ...(cidr ? { ip: `${formatAddress(cidr.address)}/${cidr.prefix}`, address: formatAddress(cidr.address), prefix: cidr.prefix } : {}),
    ...(bare !== undefined ? { address: formatAddress(bare) } : {}),
    ...(gateway !== undefined ? { gateway: formatAddress(gateway) } : {}),
    ...vethNamesFor(containerId),
    warnings,
  };
}
