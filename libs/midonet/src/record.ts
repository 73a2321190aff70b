import type { LeaseRecord } from './lease';

/**
 * The things the wiring makes outside the state directory, in the order it
 * makes them: the DHCP host entry, the bridge port, the veth pair, the
 * datapath attach (mm-dpctl or a Linux bridge) and the host binding.
 */
export const WIRING_THINGS = ['dhcp', 'port', 'veth', 'attach', 'bind'] as const;
export type WiringThing = (typeof WIRING_THINGS)[number];

/**
 * How far one thing got. `intent`: recorded before the call that makes it,
 * under a name or id we chose (the call may or may not have taken effect);
 * `done`: the call answered. Either way, undoing it looks it up by that
 * name or id, and "already gone" is success.
 */
export type WiringStage = 'intent' | 'done';

/**
 * What was done, or is about to be done, for one container,
 * JSON-serialisable. The caller stores it in the container's `network`
 * state file before and after every step (`onProgress`), so unwiring and the
 * sweep always work from recorded names and ids, even after a crash between
 * a request taking effect and its reply being read.
 */
export interface WiringRecord {
  /** The Mesos container id. */
  containerId: string;
  bridgeId: string;
  /**
   * The bridge port's id, chosen by us and recorded before the port is
   * created (both API generations take a client-chosen id); `stages.port`
   * says whether the create answered. Records of earlier releases set it
   * only once the port existed.
   */
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
  /**
   * The DHCP host entry holding the address: its subnet (on `bridgeId`),
   * its name `deimos:<host id>:<container id>` and MAC, recorded before the
   * POST (`stages.dhcp`).
   */
  dhcp?: LeaseRecord;
  /** The MAC set on the container's eth0 (the entry's). */
  mac?: string;
  /**
   * Per thing, how far it got. Absent in records of earlier releases, which
   * recorded a thing only once it existed: there, a named thing is done.
   */
  stages?: Partial<Record<WiringThing, WiringStage>>;
  /**
   * Set once unwiring undid everything (port, binding, entry and veth gone).
   * A record that says so but still names a port, an entry or a stage is
   * read as `wired`: something may be left to undo.
   */
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
  if (o.portId !== undefined && typeof o.portId !== 'string') return { kind: 'damaged', problem: 'a portId that is not text' };
  const stagesProblem = checkStages(o.stages);
  if (stagesProblem) return { kind: 'damaged', problem: stagesProblem };
  const dhcpProblem = checkLease(o.dhcp);
  if (dhcpProblem) return { kind: 'damaged', problem: dhcpProblem };
  const record = value as WiringRecord;
  return record.unwired === true && !namesAnything(record) ? { kind: 'unwired', record } : { kind: 'wired', record };
}

function checkStages(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'stages is not a JSON object';
  for (const [thing, stage] of Object.entries(value)) {
    if (!(WIRING_THINGS as readonly string[]).includes(thing)) return `unknown stage ${JSON.stringify(thing)}`;
    if (stage !== 'intent' && stage !== 'done') return `stage ${thing} is ${JSON.stringify(stage)}, not intent or done`;
  }
  return undefined;
}

function checkLease(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'dhcp is not a JSON object';
  const d = value as Record<string, unknown>;
  const missing = ['hosts', 'subnet', 'macAddr', 'ipAddr', 'name'].filter((k) => typeof d[k] !== 'string');
  return missing.length > 0 ? `dhcp has no ${missing.join(', ')}` : undefined;
}

/** Whether the record still names a port, an entry or a stage (a binding is found by its port). */
function namesAnything(r: WiringRecord): boolean {
  return r.portId !== undefined || r.dhcp !== undefined || (r.stages !== undefined && Object.keys(r.stages).length > 0);
}

/** The record as unwiring (or a complete rollback) leaves it: nothing named, `unwired`. */
export function unwiredRecord(r: WiringRecord): WiringRecord {
  const { stages: _stages, portId: _portId, dhcp: _dhcp, ...rest } = r;
  return { ...rest, bound: false, unwired: true };
}

/**
 * How far `thing` got by this record; undefined when the record does not
 * name it. In records of earlier releases (no `stages`) what is named is
 * done, and the veth is taken to exist.
 */
export function stageOf(r: WiringRecord, thing: WiringThing): WiringStage | undefined {
  const recorded = r.stages?.[thing];
  if (recorded !== undefined) return recorded;
  if (r.stages !== undefined) return thing === 'bind' && r.bound ? 'done' : undefined;
  switch (thing) {
    case 'dhcp':
      return r.dhcp ? 'done' : undefined;
    case 'port':
      return r.portId ? 'done' : undefined;
    case 'bind':
      return r.bound ? 'done' : undefined;
    case 'veth':
      return 'done';
    case 'attach':
      return undefined;
  }
}

/**
 * The things recorded as about to be made whose call never answered (a
 * crash in between, or a wiring that is still under way): what
 * `deimos-cleanup --check` reports as an intent with no record of its end.
 */
export function pendingIntents(r: WiringRecord): WiringThing[] {
  return WIRING_THINGS.filter((t) => stageOf(r, t) === 'intent');
}

/** Whether a container may still hold MidoNet wiring: a record not undone, or one that cannot be read. */
export function holdsWiring(r: NetworkRecord): boolean {
  return r.kind === 'wired' || r.kind === 'damaged';
}
