export { MidonetSimulator, startSimulator } from './simulator';
export type { SimulatorOptions, SimRequestRecord, SimState, SimPausedRequest } from './simulator';
export type { SimAuthOptions, SimUser, SimRole } from './auth';
export type { SimFault, ActiveFault } from './faults';
export type { SimSeed, SeedBridge, SeedHost, SeedPort, SeedTunnelZone } from './seed';
export { normalizeSeed, loadSeedFile } from './seed';
export type { SimApiVersion } from './media';
export { parseSimArgs } from './main';
