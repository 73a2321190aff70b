export { MidonetClient } from './client';
export type { MidonetSettings, MidonetClientOptions } from './client';
export { parseHostIdProperties } from './host-id';
export { takeLease, release as releaseLease, sweepLeases } from './lease';
export type { LeaseClient, LeaseRecord, LeaseRequest, Lease } from './lease';
export {
  pickAddress,
  freeAddresses,
  yieldsTo,
  entryName,
  containerOfEntry,
  macFor,
  rangesOf,
  pickFromEnv,
} from './pool';
export type { AddressRange, PoolSubnet, PoolEntry, PickIndex } from './pool';
export { MEDIA_TYPES, ERROR_MEDIA_TYPE, TOKEN_MEDIA_TYPE } from './media-types';
export type { MidonetApiVersion, MediaTypeSet } from './media-types';
export type {
  MidonetApplication,
  MidonetBridge,
  MidonetPort,
  MidonetHost,
  MidonetHostInterfacePort,
  MidonetDhcpSubnet,
  MidonetDhcpHost,
} from './types';
export {
  planWiring,
  wireContainer,
  unwireContainer,
  sweepLeftovers,
  resolveHostId,
  settingsFromConfig,
  vethNamesFor,
  OUR_VETH_PATTERN,
  CONTAINER_IF,
  MIDONET_BRIDGE_ENV,
  MIDONET_IP_ENV,
  MIDONET_GATEWAY_ENV,
} from './wiring';
export type {
  WiringPlan,
  WiringRecord,
  WiringDeps,
  WiringClient,
  WiringAttach,
  WiringStep,
  WiringProgress,
  SweepKnown,
  SweepReport,
} from './wiring';
