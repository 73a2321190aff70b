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
  pickFromEnv,
} from './pool';
export type { AddressRange, PoolSubnet, PoolEntry, PickIndex } from './pool';
export { MEDIA_TYPES } from './media-types';
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
  MIDONET_IP_ENV,
} from './wiring';
export { readNetworkRecord, holdsWiring } from './record';
export type { WiringRecord, NetworkRecord } from './record';
export type {
  WiringPlan,
  WiringDeps,
  WiringClient,
  WiringAttach,
  WiringStep,
  WiringProgress,
  SweepKnown,
  SweepReport,
} from './wiring';
