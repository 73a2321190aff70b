import type { LeaseRecord } from './lease';

/**
 * What was done for one container, JSON-serialisable. The caller stores it
 * in the container's `network` state file after every step (`onProgress`),
 * so unwiring and the sweep always work from recorded ids.
 */
export interface WiringRecord {
  /** The Mesos container id. */
  containerId: string;
  bridgeId: string;
  /** Set once the bridge port exists. */
  portId?: string;
  hostIf: string;
  peerIf: string;
  /** The MidoNet host the port is (to be) bound on. */
  hostId: string;
  bound: boolean;
  ip?: string;
  gateway?: string;
  /** `agent`, `mm-dpctl` or `bridge:<name>`, as configured when wired. */
  attach: string;
  /** The datapath, for `mm-dpctl` only. */
  datapath?: string;
  /** The DHCP host entry holding the address, while it exists. */
  dhcp?: LeaseRecord;
  /** The MAC set on the container's eth0 (the entry's). */
  mac?: string;
  /** Set once unwiring undid everything (port, binding, entry and veth gone). */
  unwired?: boolean;
}

/**
 * The `network` state file, read once into what it says. The one reader:
 * unwiring (libs/lifecycle network.ts), the MidoNet sweep and cleanup's
 * check (libs/sweep) all decide from this value.
 *
 * - `none`: no file, or an empty one: the container was never wired.
 * - `wired`: a record of wiring not (yet) undone; its ids are what to undo.
 * - `unwired`: a record whose wiring was undone.
 * - `damaged`: text that is not the record launch wrote (a torn disk, a
 *   hand edit). It may stand for resources that still exist, so it counts
 *   as holding wiring (its state is never removed by cleanup on the strength
 *   of it), but it names nothing that could be undone; the sweep of
 *   leftovers by name (veths, our DHCP entries) is what can find them.
 */
export type NetworkRecord = { kind: 'none' } | { kind: 'wired'; record: WiringRecord } | { kind: 'unwired'; record: WiringRecord } | { kind: 'damaged'; problem: string };

const REQUIRED_TEXT = ['containerId', 'bridgeId', 'hostIf', 'peerIf', 'hostId', 'attach'] as const;

export function readNetworkRecord(text: string | undefined): NetworkRecord {
  if (text === undefined || text.trim() === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { kind: 'damaged', problem: `not JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'damaged', problem: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const missing = REQUIRED_TEXT.filter((k) => typeof o[k] !== 'string');
  if (missing.length > 0) return { kind: 'damaged', problem: `no ${missing.join(', ')}` };
  if (typeof o.bound !== 'boolean') return { kind: 'damaged', problem: 'no bound' };
  const record = value as WiringRecord;
  return record.unwired === true ? { kind: 'unwired', record } : { kind: 'wired', record };
}

/** Whether a container may still hold MidoNet wiring: a record not undone, or one that cannot be read. */
export function holdsWiring(r: NetworkRecord): boolean {
  return r.kind === 'wired' || r.kind === 'damaged';
}
