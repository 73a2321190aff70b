/** The two API generations the client speaks (spec §0 and Appendix A). */
export type MidonetApiVersion = '2015' | '5';

/** The vendor media types one API generation uses for the resources we touch. */
export interface MediaTypeSet {
  readonly application: string;
  readonly bridge: string;
  readonly port: string;
  readonly host: string;
  readonly hostInterfacePort: string;
  readonly bridgeCollection: string;
  readonly portCollection: string;
  readonly hostCollection: string;
  readonly hostInterfacePortCollection: string;
  /** DHCP subnets and host entries: v2 in both generations (issue 16). */
  readonly dhcpSubnet: string;
  readonly dhcpSubnetCollection: string;
  readonly dhcpHost: string;
  readonly dhcpHostCollection: string;
}

const VENDOR = 'application/vnd.org.midonet.';

function single(name: string): string {
  return `${VENDOR}${name}+json`;
}

function collection(name: string): string {
  return `${VENDOR}collection.${name}+json`;
}

function mediaTypeSet(bridge: string, port: string, host: string): MediaTypeSet {
  return {
    application: single('Application-v5'),
    bridge: single(bridge),
    port: single(port),
    host: single(host),
    hostInterfacePort: single('HostInterfacePort-v1'),
    bridgeCollection: collection(bridge),
    portCollection: collection(port),
    hostCollection: collection(host),
    hostInterfacePortCollection: collection('HostInterfacePort-v1'),
    // v2015.06 also serves the v1 names; 5.x only v2 (VendorMediaType.java,
    // MidonetMediaTypes.scala), so v2 works against both.
    dhcpSubnet: single('DhcpSubnet-v2'),
    dhcpSubnetCollection: collection('DhcpSubnet-v2'),
    dhcpHost: single('DhcpHost-v2'),
    dhcpHostCollection: collection('DhcpHost-v2'),
  };
}

/**
 * Exact media types per API generation. '2015' is what python-midonetclient
 * v2015.06 asks for (and what MCP used); '5' is the MidoNet 5.x set, which
 * dropped Port-v2 and Host-v2, so the 2015 strings get 406 there.
 */
export const MEDIA_TYPES: Readonly<Record<MidonetApiVersion, MediaTypeSet>> = {
  '2015': mediaTypeSet('Bridge-v3', 'Port-v2', 'Host-v2'),
  '5': mediaTypeSet('Bridge-v4', 'Port-v3', 'Host-v3'),
};
