/**
 * Resource shapes as the API returns them (spec §1, §3, §4, §5). Only the
 * fields the containerizer reads are typed; everything else the server sends
 * is kept on the object untouched.
 */

/** What every MidoNet resource carries; the rest of its fields are kept as the server sent them. */
export interface MidonetResource {
  readonly id: string;
  readonly uri: string;
  readonly [key: string]: unknown;
}

/** The root resource. URIs are absolute; templates contain a literal `{id}`. */
export interface MidonetApplication {
  readonly uri: string;
  readonly version?: string;
  readonly bridgeTemplate: string;
  readonly hostTemplate: string;
  readonly portTemplate: string;
  /** Present only when the root was fetched as Application-v5. */
  readonly ports?: string;
  readonly [key: string]: unknown;
}

export interface MidonetBridge extends MidonetResource {
  readonly name?: string | null;
  readonly tenantId?: string | null;
  /** Collection URI of the bridge's ports (create target). */
  readonly ports: string;
  /** Collection URI of the bridge's DHCP subnets. */
  readonly dhcpSubnets?: string;
}

export interface MidonetPort extends MidonetResource {
  readonly type: string;
  readonly deviceId?: string | null;
  readonly hostId?: string | null;
  readonly interfaceName?: string | null;
  readonly active?: boolean;
}

export interface MidonetHost extends MidonetResource {
  readonly name?: string | null;
  readonly alive?: boolean;
  /** Collection URI of the host's interface-port bindings. */
  readonly ports: string;
}

/** A binding of a virtual port to a host interface; its id is the port id. */
export interface MidonetHostInterfacePort {
  readonly hostId: string;
  readonly portId: string;
  readonly interfaceName: string;
  readonly uri: string;
  readonly [key: string]: unknown;
}

/**
 * A DHCP subnet of a bridge (`DhcpSubnet-v2`). Its URI ends in the
 * `<prefix>_<length>` form both generations use.
 */
export interface MidonetDhcpSubnet {
  readonly uri: string;
  /** Collection URI of the subnet's host entries. */
  readonly hosts: string;
  readonly subnetPrefix: string;
  readonly subnetLength: number;
  readonly defaultGateway?: string | null;
  readonly serverAddr?: string | null;
  readonly [key: string]: unknown;
}

/** One DHCP host entry (`DhcpHost-v2`): the MAC is its key within the subnet. */
export interface MidonetDhcpHost {
  readonly uri: string;
  readonly macAddr: string;
  readonly ipAddr: string;
  readonly name: string;
  readonly [key: string]: unknown;
}
