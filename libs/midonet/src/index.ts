export { MidonetClient } from './client';
export type { MidonetClientSettings, MidonetClientOptions } from './session';
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
export { planWiring, MIDONET_IP_ENV } from './plan';
export type { WiringPlan } from './plan';
export { wireContainer, unwireContainer } from './wire';
export type { WiringDeps, WiringClient, WiringAttach, WiringStep, WiringProgress } from './wire';
export { sweepLeftovers } from './leftovers';
export type { SweepKnown, LeftoverReport } from './leftovers';
export { resolveHostId, settingsFromConfig } from './settings';
export { vethNamesFor, OUR_VETH_PATTERN } from './host';
export { readNetworkRecord, holdsWiring } from './record';
export type { WiringRecord, NetworkRecord } from './record';
