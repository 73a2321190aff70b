import { DeimosError, MidonetHttpError } from '@deimos/errors';
import { crashPoint, type Logger } from '@deimos/log';
import type { MidonetClient } from './client';
import { parseIpv4 } from '@deimos/config';
import { AddressRange, containerOfEntry, entryName, macFor, pickAddress, PoolEntry, subnetContains, subnetText, yieldsTo } from './pool';
import { reasonOf } from './messages';
import { MIDONET_BRIDGE_ENV } from './plan';
import type { WiringStage } from './record';
import type { MidonetDhcpHost, MidonetDhcpSubnet } from './types';

// Getting an address for a container from its bridge's DHCP tables, and
// giving it back (issue 16). The REST side of pool.ts.

export type LeaseClient = Pick<MidonetClient, 'listDhcpSubnets' | 'listDhcpHosts' | 'createDhcpHost' | 'deleteDhcpHost'>;

/** The DHCP entry a container holds, or is about to create; stored in its wiring record. */
export interface LeaseRecord {
  /** Collection URI of the subnet's entries (the entry is found by MAC there, and is ours only with our name). */
  hosts: string;
  /** `prefix/length` of the subnet, for messages. */
  subnet: string;
  macAddr: string;
  ipAddr: string;
  name: string;
}

export interface LeaseRequest {
  bridgeId: string;
  containerId: string;
  hostId: string;
  /** The task's own address (dotted), when it gave one. */
  address?: string;
  /** The task's prefix, when its address had one. */
  prefix?: number;
  reserved: readonly AddressRange[];
  /** Chooses among free addresses; `attempt` counts from 0. */
  pick?: (count: number, attempt: number) => number;
  /** How many times to pick again after losing a tie-break. Default 5. */
  maxAttempts?: number;
  /** Pause between re-reads while a rival with a higher name still holds our address. Default 150 ms. */
  settleDelayMs?: number;
  /** Re-reads to wait for such a rival to give way. Default 10. */
  settleChecks?: number;
}

export interface Lease {
  entry: LeaseRecord;
  prefix: number;
  /** The subnet's `defaultGateway`, if it has one. */
  gateway?: string;
}

/**
 * What the caller records about the entry: `intent` before each POST (the
 * subnet, our name and the MAC we chose, so that the entry can be found
 * whether or not the answer ever arrives), `done` once it answered, and
 * `undefined` once it was taken back. The wiring writes each to the state
 * before going on.
 */
export type LeaseProgress = (entry: LeaseRecord | undefined, stage: WiringStage) => Promise<void> | void;

/**
 * Creates the container's DHCP entry and returns the address it holds, or
 * undefined when the bridge's DHCP tables have no say (no subnet at all, or
 * an explicit address with a prefix that no subnet contains). `onEntry`
 * sees every entry before it is created and once it exists, and `undefined`
 * when it was taken back, so the caller's record always knows what to
 * delete. Crash points `wire:dhcp:intent` (recorded, not posted) and
 * `wire:dhcp:done` (posted and answered, not yet recorded).
 *
 * Errors are plain `Error`s with one-line messages; the wiring wraps them.
 */
export async function takeLease(client: LeaseClient, log: Logger, req: LeaseRequest, onEntry: LeaseProgress): Promise<Lease | undefined> {
  const subnets = await subnetsOf(client, req.bridgeId);
  const name = entryName(req.hostId, req.containerId);
  const hostsOf = (subnet: MidonetDhcpSubnet) => entriesOf(client, subnet, req.bridgeId);

  if (req.address !== undefined) {
    const n = parseIpv4(req.address);
    const subnet = n === undefined ? undefined : subnets.find((s) => subnetContains(s, n));
    if (!subnet) {
      if (req.prefix !== undefined) {
        log.debug(`no DHCP subnet of bridge ${req.bridgeId} contains ${req.address}; no DHCP entry recorded`);
        return undefined;
      }
      throw new DeimosError(
        'MIDONET',
        `no DHCP subnet of bridge ${req.bridgeId} contains ${req.address}; give MIDONET_IP_ADDRESS a prefix (e.g. ${req.address}/24) or add a DHCP subnet that contains it`,
      );
    }
    await dropStale(client, subnet, name, hostsOf);
    const holder = (await hostsOf(subnet)).find((e) => e.ipAddr === req.address && e.name !== name);
    if (holder) throw heldError(req.address, holder, req.bridgeId, subnet);
    const entry = await create(client, subnet, req.bridgeId, { macAddr: macFor(req.hostId, req.containerId), ipAddr: req.address, name }, onEntry);
    const rival = (await hostsOf(subnet)).find((e) => e.ipAddr === req.address && e.macAddr.toLowerCase() !== entry.macAddr);
    if (rival) {
      await release(client, entry);
      await onEntry(undefined, 'done');
      throw heldError(req.address, rival, req.bridgeId, subnet);
    }
    return { entry, prefix: req.prefix ?? subnet.subnetLength, ...gatewayOf(subnet) };
  }

  const subnet = subnets[0];
  if (!subnet) {
    log.debug(`bridge ${req.bridgeId} has no DHCP subnet; the container gets no address`);
    return undefined;
  }
  if (subnets.length > 1) log.debug(`bridge ${req.bridgeId} has ${subnets.length} DHCP subnets; allocating from the first, ${subnetText(subnet)}`);
  await dropStale(client, subnet, name, hostsOf);
  const attempts = Math.max(1, req.maxAttempts ?? 5);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const entries = await hostsOf(subnet);
    const pick = req.pick;
    const ipAddr = pickAddress(subnet, entries, req.reserved, pick ? (count) => pick(count, attempt) : undefined);
    if (ipAddr === undefined) {
      throw new DeimosError('MIDONET', `DHCP subnet ${subnetText(subnet)} of bridge ${req.bridgeId} has no free address; end tasks on it or widen the subnet`);
    }
    const entry = await create(client, subnet, req.bridgeId, { macAddr: macFor(req.hostId, req.containerId, attempt), ipAddr, name }, onEntry);
    const winner = await settle(client, subnet, entry, req);
    if (!winner) return { entry, prefix: subnet.subnetLength, ...gatewayOf(subnet) };
    log.info(`DHCP entry ${shownName(winner.name)} also holds ${ipAddr} on bridge ${req.bridgeId} and keeps it; picking again`);
    await release(client, entry);
    await onEntry(undefined, 'done');
  }
  throw new DeimosError('MIDONET', `no address on DHCP subnet ${subnetText(subnet)} of bridge ${req.bridgeId} after ${attempts} tries: other agents took each pick first`);
}

/**
 * Whether our new entry keeps its address. We keep it only after a read
 * that shows no other entry holding it: since the store applies requests in
 * order, two agents cannot both see that (each read would have to come
 * before the other's write). Who gives way is decided by name: a rival that
 * sorts first wins at once (we return it); a rival that sorts after us is
 * given `settleChecks` re-reads to delete its entry. If it is still there,
 * it read the entries before our write and kept the address, so we give way.
 */
async function settle(client: LeaseClient, subnet: MidonetDhcpSubnet, own: LeaseRecord, req: LeaseRequest): Promise<PoolEntry | undefined> {
  const checks = Math.max(1, req.settleChecks ?? 10);
  let rival: PoolEntry | undefined;
  for (let check = 0; check <= checks; check++) {
    if (check > 0) await sleep(req.settleDelayMs ?? 150);
    const entries = await client.listDhcpHosts(subnet);
    const first = yieldsTo(own, entries);
    if (first) return first;
    rival = entries.find((e) => e.ipAddr === own.ipAddr && e.macAddr.toLowerCase() !== own.macAddr);
    if (!rival) return undefined;
  }
  return rival;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Deletes the entry (found by MAC) when it carries our name; an entry
 * already gone, or one with that MAC under another name (someone else's:
 * why our POST failed), is left and answers false. Used alike for an entry
 * that was only intended: the POST may or may not have taken effect.
 */
export async function release(client: Pick<LeaseClient, 'deleteDhcpHost'>, entry: Pick<LeaseRecord, 'hosts' | 'macAddr' | 'name'>): Promise<boolean> {
  return client.deleteDhcpHost({ hosts: entry.hosts }, entry.macAddr, { name: entry.name });
}

/**
 * Entries named for `hostId` whose container is not live, on the given
 * bridges, and entries whose names records of ours hold (`recordedNames`:
 * entry name to container id; a record written under another host id).
 * Nothing else: another host's entries are never removed. Returns `<what>`
 * for each removed and `<what>: <reason>` for each failure.
 */
export async function sweepLeases(
  client: LeaseClient,
  hostId: string,
  bridgeIds: Iterable<string>,
  isLive: (containerId: string) => boolean,
  recordedNames: ReadonlyMap<string, string> = new Map(),
): Promise<{ removed: string[]; failed: string[] }> {
  const out = { removed: [] as string[], failed: [] as string[] };
  for (const bridgeId of new Set(bridgeIds)) {
    try {
      const subnets = await sweptSubnets(client, bridgeId);
      for (const subnet of subnets) {
        const entries = await sweptEntries(client, bridgeId, subnet);
        for (const e of entries) {
          const containerId = containerOfEntry(e.name, hostId) ?? recordedNames.get(e.name);
          if (containerId === undefined || isLive(containerId)) continue;
          const what = `DHCP entry ${e.ipAddr} (${e.name}) on bridge ${bridgeId}`;
          try {
            // false: someone else removed it first; gone is done.
            if (await client.deleteDhcpHost(subnet, e.macAddr)) out.removed.push(what);
          } catch (err) {
            out.failed.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
      }
    } catch (err) {
      out.failed.push(`DHCP entries on bridge ${bridgeId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}

/**
 * The sweep's view of a bridge's subnets: a bridge that is gone has none.
 * v2015 answers a bridge that went after its GET with a 500, so a 500 is
 * read again once, and then the bridge GET's 404 settles it.
 */
async function sweptSubnets(client: LeaseClient, bridgeId: string): Promise<MidonetDhcpSubnet[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.listDhcpSubnets(bridgeId);
    } catch (err) {
      if (err instanceof MidonetHttpError && err.status === 404) return [];
      if (!(err instanceof MidonetHttpError && err.status === 500) || attempt > 0) throw err;
    }
  }
}

/** The sweep's view of a subnet's entries: a subnet no longer listed on its bridge has none. */
async function sweptEntries(client: LeaseClient, bridgeId: string, subnet: MidonetDhcpSubnet): Promise<MidonetDhcpHost[]> {
  try {
    return await client.listDhcpHosts(subnet);
  } catch (err) {
    if (!isGoneStatus(err)) throw err;
    const still = (await sweptSubnets(client, bridgeId)).some((s) => s.uri === subnet.uri);
    if (still) throw err;
    return [];
  }
}

async function create(client: LeaseClient, subnet: MidonetDhcpSubnet, bridgeId: string, entry: PoolEntry, onEntry: LeaseProgress): Promise<LeaseRecord> {
  const record: LeaseRecord = { hosts: subnet.hosts, subnet: subnetText(subnet), macAddr: entry.macAddr, ipAddr: entry.ipAddr, name: entry.name };
  // Intent before action: the subnet, our name and MAC are in the state
  // before the POST, so whoever comes next can find the entry by them.
  await onEntry(record, 'intent');
  crashPoint('wire:dhcp:intent');
  try {
    await client.createDhcpHost(subnet, entry);
  } catch (err) {
    // The POST may have landed before the answer was lost: look before
    // deleting anything. An entry with our MAC is ours only if it has our
    // name; another one is why the POST failed (5.x 409, v2015 500) and
    // must stay.
    const sameMac = await client.listDhcpHosts(subnet).then(
      (entries) => entries.find((e) => e.macAddr.toLowerCase() === entry.macAddr.toLowerCase()),
      () => undefined,
    );
    if (sameMac && sameMac.name !== entry.name) {
      throw new DeimosError(
        'MIDONET',
        `MAC ${entry.macAddr} is already held by DHCP entry ${shownName(sameMac.name)} (${shownName(sameMac.ipAddr)}) in subnet ${subnetText(subnet)} of bridge ${bridgeId}; remove that entry or relaunch the task under another container id`,
        { cause: err },
      );
    }
    if (sameMac) await release(client, record).catch(() => false);
    throw err;
  }
  crashPoint('wire:dhcp:done');
  await onEntry(record, 'done');
  return record;
}

/** An entry of ours for this container from an earlier, crashed launch. */
async function dropStale(client: LeaseClient, subnet: MidonetDhcpSubnet, name: string, hostsOf: (s: MidonetDhcpSubnet) => Promise<MidonetDhcpHost[]>): Promise<void> {
  for (const e of await hostsOf(subnet)) {
    if (e.name === name) await client.deleteDhcpHost(subnet, e.macAddr);
  }
}

/**
 * The bridge's subnets. An unknown bridge is a 404 from the bridge GET on
 * both generations; one that goes between that GET and the list is a 404
 * on 5.x and a 500 on v2015 (its authoriser passes a missing bridge and the
 * ZooKeeper read fails unmapped). Either way the task's variable is named.
 */
async function subnetsOf(client: LeaseClient, bridgeId: string): Promise<MidonetDhcpSubnet[]> {
  try {
    return await client.listDhcpSubnets(bridgeId);
  } catch (err) {
    if (!isGoneStatus(err)) throw err;
    throw new DeimosError('MIDONET', `cannot read bridge ${bridgeId} from ${MIDONET_BRIDGE_ENV}: ${reasonOf(err)}; check that ${MIDONET_BRIDGE_ENV} names an existing MidoNet bridge`, {
      cause: err,
    });
  }
}

/** The subnet's entries; a subnet gone meanwhile (5.x 404, v2015 500) is named with its bridge. */
async function entriesOf(client: LeaseClient, subnet: MidonetDhcpSubnet, bridgeId: string): Promise<MidonetDhcpHost[]> {
  try {
    return await client.listDhcpHosts(subnet);
  } catch (err) {
    if (!isGoneStatus(err)) throw err;
    throw new DeimosError(
      'MIDONET',
      `cannot read the entries of DHCP subnet ${subnetText(subnet)} of bridge ${bridgeId} from ${MIDONET_BRIDGE_ENV}: ${reasonOf(err)}; check that the subnet and ${MIDONET_BRIDGE_ENV} still exist`,
      { cause: err },
    );
  }
}

/** 404 on either generation, or v2015's unmapped 500, for something that may be gone. */
function isGoneStatus(err: unknown): err is MidonetHttpError {
  return err instanceof MidonetHttpError && (err.status === 404 || err.status === 500);
}

function gatewayOf(subnet: MidonetDhcpSubnet): { gateway?: string } {
  const g = subnet.defaultGateway;
  return typeof g === 'string' && parseIpv4(g) !== undefined && parseIpv4(g) !== 0 ? { gateway: g } : {};
}

function heldError(address: string, holder: PoolEntry, bridgeId: string, subnet: MidonetDhcpSubnet): Error {
  return new Error(
    `address ${address} is held by DHCP entry ${shownName(holder.name)} (${shownName(holder.macAddr)}) in subnet ${subnetText(subnet)} of bridge ${bridgeId}; choose another MIDONET_IP_ADDRESS or leave it out to get a free one`,
  );
}

/** A server-supplied name, quoted and cut, so it cannot break our one-line messages. */
function shownName(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}
