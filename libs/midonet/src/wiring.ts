import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { formatIpv4 as formatAddress, parseIpv4, UUID_PATTERN, type MidonetConfig as DeimosMidonetConfig } from '@deimos/config';
import { ConfigError, DeimosError, hasErrno, MidonetHttpError } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import type { run as runProcess, RunResult } from '@deimos/process';
import type { MidonetClient, MidonetSettings } from './client';
import { parseHostIdProperties } from './host-id';
import { hasNetworkAndBroadcast, inRange, nonUnicastKind, parseCidr, subnetOf } from './address';
import { LeaseClient, MIDONET_BRIDGE_ENV, release, sweepLeases, takeLease } from './lease';
import type { AddressRange } from './pool';
import type { MidonetPort } from './types';
import type { WiringRecord } from './record';

export type { WiringRecord } from './record';

// Host-side wiring of one container into a MidoNet bridge (the work
// mm-docker.sh and midonet.py did in the reference, spec §7.3), without the
// reference's defects (§7.4): names fit IFNAMSIZ, every step is checked and
// rolled back, unwiring uses recorded ids and also deletes the bridge port.
// Nothing here runs at import time (§7.4 bug 7): no configuration is read and
// no client is built until a caller asks.

export const MIDONET_IP_ENV = 'MIDONET_IP_ADDRESS';
const MIDONET_GATEWAY_ENV = 'MIDONET_DEFAULT_GATEWAY';

/** Host end `dm<8 hex>h`, container end `dm<8 hex>p` (before it is renamed eth0). */
export const OUR_VETH_PATTERN = /^dm[0-9a-f]{8}[hp]$/;

/** The name the container end gets inside the container. */
const CONTAINER_IF = 'eth0';

const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;
// mm-dpctl is a JVM program: start-up alone can take seconds.
const DPCTL_TIMEOUT_MS = 60_000;

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


/** The client methods the wiring uses (a `MidonetClient` fits; tests fake it). */
export type WiringClient = Pick<MidonetClient, 'createBridgePort' | 'bindInterface' | 'deleteBinding' | 'deletePort' | 'getPort' | 'listHostBindings'> &
  LeaseClient;

/** How the host end is handed to the datapath; `MidonetAttach` of @deimos/config fits. */
export interface WiringAttach {
  readonly mode: 'agent' | 'mm-dpctl' | 'bridge';
  /** The Linux bridge, for mode `bridge`. */
  readonly bridge?: string;
}

export interface WiringDeps {
  client: WiringClient;
  run: typeof runProcess;
  log: Logger;
  /** This host's MidoNet host id (`resolveHostId`). */
  hostId: string;
  attach: WiringAttach;
  /** The agent's datapath, for `mm-dpctl` attach. */
  datapath: string;
  /** Deadline of each `ip`/`nsenter` call. Default 10 s. */
  commandTimeoutMs?: number;
  /** `[midonet] reserved`: addresses the DHCP pool never hands out. */
  reserved?: readonly AddressRange[];
  /** Chooses among free addresses (`attempt` from 0); random when absent. Tests fix it. */
  pick?: (count: number, attempt: number) => number;
  /** Pause between re-reads while a rival entry may still give way; default 150 ms. Tests shorten it. */
  settleDelayMs?: number;
}

/** Steps after which `onProgress` is called. */
export type WiringStep = 'dhcp' | 'port' | 'veth' | 'netns' | 'rename' | 'up' | 'address' | 'route' | 'host-up' | 'attach' | 'bind';

export type WiringProgress = (record: WiringRecord, step: WiringStep) => void | Promise<void>;

/** Deterministic interface names for a Mesos container id (11 characters, under IFNAMSIZ). */
export function vethNamesFor(containerId: string): { hostIf: string; peerIf: string } {
  // 8 hex digits of a hash, not a prefix of the id: Mesos ids may be long,
  // share prefixes or contain characters an interface name cannot.
  const stem = `dm${createHash('sha256').update(containerId, 'utf8').digest('hex').slice(0, 8)}`;
  return { hostIf: `${stem}h`, peerIf: `${stem}p` };
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

/**
 * Wires a started container (`--net=none`, init pid `initPid`) into the
 * plan's MidoNet bridge. Steps, in order: create the bridge port; create the
 * veth pair; move the peer into the container's netns; there, rename it
 * eth0, set lo and eth0 up, add the address and default route when given;
 * set the host end up; attach it (Linux bridge, mm-dpctl, or nothing for the
 * agent); bind the port to the host end on this host.
 *
 * `onProgress` gets a copy of the record after each step that changed
 * something; if it throws, that counts as a failed step. On any failure what
 * was done is undone in reverse (binding, datapath port, veth, bridge port),
 * each undo best-effort and logged, and a `DeimosError('MIDONET')` naming the
 * step is thrown. Whether the launch then fails (`required`) is the caller's
 * decision.
 */
export async function wireContainer(deps: WiringDeps, plan: WiringPlan, initPid: number, onProgress?: WiringProgress): Promise<WiringRecord> {
  if (!Number.isInteger(initPid) || initPid <= 1) {
    // pid 1 (or a bad value) would put the host's own interfaces in play.
    throw new DeimosError('INVALID_INPUT', `MidoNet wiring needs the container's init pid, got ${String(initPid)}`);
  }
  const attach = checkAttach(deps.attach);
  const { hostIf, peerIf } = plan;
  if (!OUR_VETH_PATTERN.test(hostIf) || !OUR_VETH_PATTERN.test(peerIf)) {
    throw new DeimosError('INVALID_INPUT', `MidoNet wiring plan has interface names ${hostIf}/${peerIf} not made by vethNamesFor`);
  }
  const pid = String(initPid);
  const record: WiringRecord = {
    containerId: plan.containerId,
    bridgeId: plan.bridgeId,
    hostIf,
    peerIf,
    hostId: deps.hostId,
    bound: false,
    ...(plan.ip !== undefined ? { ip: plan.ip } : {}),
    ...(plan.gateway !== undefined ? { gateway: plan.gateway } : {}),
    attach: renderAttach(attach),
    ...(attach.mode === 'mm-dpctl' ? { datapath: deps.datapath } : {}),
  };
  const done = { veth: false, dpctl: false, bind: false };
  let gateway = plan.gateway;
  const ip = (...args: string[]) => command(deps, ['ip', ...args]);
  const inNetns = (...args: string[]) => command(deps, ['nsenter', '-t', pid, '-n', 'ip', ...args]);

  let at = '';
  const step = async (label: string, key: WiringStep | undefined, action: () => Promise<void>): Promise<void> => {
    at = label;
    await action();
    if (key && onProgress) {
      at = `recording progress after "${label}"`;
      await onProgress({ ...record }, key);
    }
  };

  try {
    await step(`check the network namespace of pid ${pid}`, undefined, async () => {
      const out = await command(deps, ['readlink', '/proc/self/ns/net', `/proc/${pid}/ns/net`]);
      const [ours, theirs] = out.stdout.split('\n').map((s) => s.trim());
      if (!theirs) throw new DeimosError('MIDONET', `no network namespace for pid ${pid}`);
      if (ours === theirs) throw new DeimosError('MIDONET', `pid ${pid} shares this host's network namespace; the container must run with --net=none`);
    });
    if (attach.mode === 'bridge') {
      await step(`check Linux bridge ${attach.bridge}`, undefined, () => checkLinuxBridge(deps, attach.bridge));
    }
    await step(`reserve an address on bridge ${plan.bridgeId}`, undefined, async () => {
      const lease = await takeLease(
        deps.client,
        deps.log,
        {
          bridgeId: plan.bridgeId,
          containerId: plan.containerId,
          hostId: deps.hostId,
          ...(plan.address !== undefined ? { address: plan.address } : {}),
          ...(plan.prefix !== undefined ? { prefix: plan.prefix } : {}),
          reserved: deps.reserved ?? [],
          ...(deps.pick ? { pick: deps.pick } : {}),
          ...(deps.settleDelayMs !== undefined ? { settleDelayMs: deps.settleDelayMs } : {}),
        },
        async (entry) => {
          // Recorded before the interface exists, so every path can delete it.
          if (entry) record.dhcp = entry;
          else delete record.dhcp;
          if (onProgress) await onProgress({ ...record }, 'dhcp');
        },
      );
      if (lease) {
        record.ip = `${lease.entry.ipAddr}/${lease.prefix}`;
        record.mac = lease.entry.macAddr;
        gateway ??= lease.gateway;
        if (gateway !== undefined) record.gateway = gateway;
      } else if (plan.address !== undefined && plan.ip === undefined) {
        throw new DeimosError('MIDONET', `${MIDONET_IP_ENV} ${plan.address} has no prefix and bridge ${plan.bridgeId} has no DHCP subnet to take it from`);
      }
      if (record.ip === undefined && gateway !== undefined) {
        throw new DeimosError('MIDONET', `${MIDONET_GATEWAY_ENV} is set but the container gets no address (no ${MIDONET_IP_ENV}, and bridge ${plan.bridgeId} has no DHCP subnet)`);
      }
    });
    await step(`create a port on bridge ${plan.bridgeId}`, 'port', async () => {
      const port = await deps.client.createBridgePort(plan.bridgeId);
      record.portId = port.id;
    });
    await step(`create veth pair ${hostIf}/${peerIf}`, 'veth', async () => {
      await ip('link', 'add', hostIf, 'type', 'veth', 'peer', 'name', peerIf);
      done.veth = true;
      // The DHCP entry names this MAC; set before the link is ever up.
      if (record.mac !== undefined) await ip('link', 'set', peerIf, 'address', record.mac);
    });
    await step(`move ${peerIf} into the network namespace of pid ${pid}`, 'netns', async () => {
      await ip('link', 'set', peerIf, 'netns', pid);
    });
    await step(`rename ${peerIf} to ${CONTAINER_IF}`, 'rename', async () => {
      await inNetns('link', 'set', peerIf, 'name', CONTAINER_IF);
    });
    await step(`set lo and ${CONTAINER_IF} up`, 'up', async () => {
      await inNetns('link', 'set', 'lo', 'up');
      await inNetns('link', 'set', CONTAINER_IF, 'up');
    });
    const cidr = record.ip;
    if (cidr !== undefined) {
      await step(`add address ${cidr} to ${CONTAINER_IF}`, 'address', async () => {
        await inNetns('addr', 'add', cidr, 'dev', CONTAINER_IF);
      });
    }
    if (gateway !== undefined) {
      const via = gateway;
      await step(`add default route via ${via}`, 'route', async () => {
        await inNetns('route', 'add', 'default', 'via', via, 'dev', CONTAINER_IF);
      });
    }
    await step(`set ${hostIf} up`, 'host-up', async () => {
      await ip('link', 'set', hostIf, 'up');
    });
    if (attach.mode === 'bridge') {
      await step(`attach ${hostIf} to Linux bridge ${attach.bridge}`, 'attach', async () => {
        await ip('link', 'set', hostIf, 'master', attach.bridge);
      });
    } else if (attach.mode === 'mm-dpctl') {
      await step(`attach ${hostIf} to datapath ${deps.datapath} with mm-dpctl`, 'attach', async () => {
        done.dpctl = true;
        await dpctl(deps, '--add-if', hostIf, deps.datapath);
      });
    }
    const portId = record.portId as string;
    await step(`bind port ${portId} to ${hostIf} on host ${deps.hostId}`, 'bind', async () => {
      // Marked before the call: the POST may succeed and the read-back fail.
      done.bind = true;
      await deps.client.bindInterface(deps.hostId, portId, hostIf);
      record.bound = true;
    });
  } catch (err) {
    const reason = reasonOf(err);
    deps.log.warn(`MidoNet wiring failed at ${at}: ${reason}; rolling back`);
    const left = await rollback(deps, record, done);
    throw new DeimosError('MIDONET', `MidoNet wiring failed at ${at}: ${reason}`, {
      cause: err,
      hint: left.length > 0 ? `rollback could not remove ${left.join('; ')}; deimos-cleanup sweeps leftovers` : hintFor(at, reason),
    });
  }
  deps.log.info(`wired ${hostIf} (port ${record.portId} on bridge ${plan.bridgeId}, ${record.attach}${record.ip ? `, ${record.ip}` : ''})`);
  return { ...record };
}

/**
 * Undoes a wiring from its record: the binding, the bridge port (the
 * reference leaked it, §7.4), the datapath port (mm-dpctl), and the veth pair
 * (deleting the host end removes both ends). Absent things are fine, so it
 * is idempotent. Every removal is tried; if some fail, one error lists them.
 * Never looks anything up by name prefix: only the recorded ids are used.
 */
export async function unwireContainer(deps: WiringDeps, record: WiringRecord): Promise<void> {
  const failures: string[] = [];
  const attempt = async (what: string, action: () => Promise<void>): Promise<void> => {
    try {
      await action();
    } catch (err) {
      failures.push(`${what}: ${reasonOf(err)}`);
    }
  };
  if (record.portId) {
    const portId = record.portId;
    // Tried even when `bound` is false: a crash between the binding's POST
    // and the state write leaves a binding the record does not know of.
    await attempt(`binding of port ${portId} on host ${record.hostId}`, () => deps.client.deleteBinding(record.hostId, portId));
    await attempt(`port ${portId}`, () => deps.client.deletePort(portId));
  }
  if (record.dhcp) {
    const entry = record.dhcp;
    await attempt(`DHCP entry ${entry.ipAddr} (${entry.macAddr}) in ${entry.subnet}`, async () => {
      await release(deps.client, entry);
    });
  }
  if (!OUR_VETH_PATTERN.test(record.hostIf)) {
    // A damaged state file must not make us delete someone else's interface.
    failures.push(`interface ${JSON.stringify(record.hostIf)}: not a name we create, left alone`);
  } else {
    if (record.attach === 'mm-dpctl') {
      const datapath = record.datapath ?? deps.datapath;
      try {
        await dpctl(deps, '--delete-if', record.hostIf, datapath);
      } catch (err) {
        // Not counted as a failure: the kernel drops the datapath port with
        // the device deleted next, and on a second unwire there is nothing
        // to delete (mm-dpctl then says "Failed").
        deps.log.debug(`mm-dpctl --delete-if ${record.hostIf} ${datapath}: ${reasonOf(err)}`);
      }
    }
    await attempt(`veth ${record.hostIf}`, async () => {
      const result = await deleteLink(deps, record.hostIf);
      if (result === 'deleted') deps.log.debug(`deleted veth ${record.hostIf}`);
    });
  }
  if (failures.length > 0) {
    throw new DeimosError('MIDONET', `MidoNet unwiring of ${record.containerId} could not remove ${failures.join('; ')}`, {
      hint: 'deimos-cleanup retries leftovers',
    });
  }
  deps.log.info(`unwired ${record.hostIf}${record.portId ? ` (port ${record.portId})` : ''}`);
}

export interface SweepKnown {
  /** Every wiring record in the state (live and dead containers). */
  recorded: readonly WiringRecord[];
  /**
   * Mesos ids of containers whose wiring must stay, including any being
   * launched right now: the caller must hold whatever lock keeps a launch
   * from wiring while the sweep runs.
   */
  liveContainerIds: ReadonlySet<string>;
  /** Extra ownership knowledge: the Mesos id owning an interface name, if known. */
  ownsVeth?: (name: string) => string | undefined;
}

export interface SweepReport {
  removed: string[];
  /** `<item>: <reason>` */
  failed: string[];
}

/**
 * Removes wiring left behind by containers that are gone: bindings on this
 * host to interfaces named our way, the recorded bridge ports of dead
 * containers (with their bindings, wherever they are), and veths named our
 * way. Anything owned by a live container is kept. Bridge ports are only
 * removed when recorded: ports are global, so a name is no proof we made one.
 */
export async function sweepLeftovers(deps: WiringDeps, known: SweepKnown): Promise<SweepReport> {
  const report: SweepReport = { removed: [], failed: [] };
  const liveNames = new Set<string>();
  const livePorts = new Set<string>();
  for (const id of known.liveContainerIds) {
    const names = vethNamesFor(id);
    liveNames.add(names.hostIf).add(names.peerIf);
  }
  for (const r of known.recorded) {
    if (!known.liveContainerIds.has(r.containerId)) continue;
    liveNames.add(r.hostIf).add(r.peerIf);
    if (r.portId) livePorts.add(r.portId.toLowerCase());
  }
  const isLive = (name: string): boolean => {
    if (liveNames.has(name)) return true;
    const owner = known.ownsVeth?.(name);
    return owner !== undefined && known.liveContainerIds.has(owner);
  };
  const attempt = async (item: string, action: () => Promise<boolean>): Promise<void> => {
    try {
      if (await action()) {
        report.removed.push(item);
        deps.log.info(`swept ${item}`);
      }
    } catch (err) {
      report.failed.push(`${item}: ${reasonOf(err)}`);
      deps.log.warn(`could not sweep ${item}: ${reasonOf(err)}`);
    }
  };

  // 1. Bindings on this host to our interfaces, before their ports go.
  const unbound = new Set<string>();
  try {
    const bindings = await deps.client.listHostBindings(deps.hostId);
    for (const b of bindings) {
      if (!OUR_VETH_PATTERN.test(b.interfaceName) || isLive(b.interfaceName) || livePorts.has(b.portId.toLowerCase())) continue;
      await attempt(`binding of port ${b.portId} to ${b.interfaceName} on host ${deps.hostId}`, async () => {
        await deps.client.deleteBinding(deps.hostId, b.portId);
        unbound.add(b.portId.toLowerCase());
        return true;
      });
    }
  } catch (err) {
    report.failed.push(`bindings on host ${deps.hostId}: ${reasonOf(err)}`);
  }

  // 2. Recorded ports of dead containers.
  const seenPorts = new Set<string>();
  for (const r of known.recorded) {
    if (!r.portId || known.liveContainerIds.has(r.containerId)) continue;
    const portId = r.portId.toLowerCase();
    if (livePorts.has(portId) || seenPorts.has(portId)) continue;
    seenPorts.add(portId);
    let port: MidonetPort;
    try {
      port = await deps.client.getPort(portId);
    } catch (err) {
      if (err instanceof MidonetHttpError && err.status === 404) continue; // already gone
      report.failed.push(`port ${portId} of container ${r.containerId}: ${reasonOf(err)}`);
      continue;
    }
    const boundHost = typeof port.hostId === 'string' ? port.hostId : undefined;
    if (boundHost && !unbound.has(portId)) {
      await attempt(`binding of port ${portId} to ${String(port.interfaceName)} on host ${boundHost}`, async () => {
        await deps.client.deleteBinding(boundHost, portId);
        return true;
      });
    }
    await attempt(`port ${portId} of container ${r.containerId}`, async () => {
      await deps.client.deletePort(portId);
      return true;
    });
  }

  // 3. DHCP entries named for this host whose containers are gone, on the
  //    bridges the records name (entries live in the bridge's subnets).
  const leases = await sweepLeases(
    deps.client,
    deps.hostId,
    known.recorded.map((r) => r.bridgeId.toLowerCase()),
    (id) => known.liveContainerIds.has(id),
  );
  for (const item of leases.removed) {
    report.removed.push(item);
    deps.log.info(`swept ${item}`);
  }
  for (const item of leases.failed) {
    report.failed.push(item);
    deps.log.warn(`could not sweep ${item}`);
  }

  // 4. Veths named our way on this host.
  let names: string[] = [];
  try {
    names = parseLinkNames((await command(deps, ['ip', '-o', 'link', 'show', 'type', 'veth'])).stdout);
  } catch (err) {
    report.failed.push(`veth list: ${reasonOf(err)}`);
  }
  const ours = names.filter((n) => OUR_VETH_PATTERN.test(n) && !isLive(n)).sort();
  const present = new Set(ours);
  for (const name of ours) {
    const stem = name.slice(0, -1);
    if (name.endsWith('p') && present.has(`${stem}h`)) continue; // goes with its host end
    const pair = name.endsWith('h') && present.has(`${stem}p`);
    await attempt(pair ? `veth pair ${name}/${stem}p` : `veth ${name}`, async () => (await deleteLink(deps, name)) === 'deleted');
  }
  return report;
}

/**
 * This host's MidoNet id: `host_id` from the configuration, else `host_uuid`
 * from the agent's properties file (spec §5). Throws a `ConfigError` naming
 * the file when it is missing, unreadable or has no usable id.
 */
export function resolveHostId(cfg: { readonly hostId?: string; readonly hostIdFile: string }): string {
  if (cfg.hostId !== undefined && cfg.hostId !== '') {
    if (!UUID_PATTERN.test(cfg.hostId)) throw new ConfigError(`[midonet] host_id must be a UUID, got ${shown(cfg.hostId)}`);
    return cfg.hostId.toLowerCase();
  }
  const file = cfg.hostIdFile;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const missing = hasErrno(err, 'ENOENT');
    throw new ConfigError(missing ? 'MidoNet host id file does not exist' : `cannot read the MidoNet host id file: ${reasonOf(err)}`, { file }, {
      cause: err,
      hint: 'the MidoNet agent writes it on its first start; or set host_id in [midonet]',
    });
  }
  const id = parseHostIdProperties(text);
  if (id === undefined) {
    throw new ConfigError('no host_uuid in the MidoNet host id file', { file }, { hint: 'expected a line host_uuid=<uuid>; or set host_id in [midonet]' });
  }
  if (!UUID_PATTERN.test(id)) throw new ConfigError(`host_uuid in the MidoNet host id file is not a UUID: ${shown(id)}`, { file });
  return id.toLowerCase();
}

/** Client settings from the `[midonet]` configuration (seconds become milliseconds). */
export function settingsFromConfig(
  cfg: Pick<DeimosMidonetConfig, 'apiUrl' | 'username' | 'password' | 'projectId' | 'apiVersion' | 'timeoutSeconds'>,
): MidonetSettings {
  return {
    apiUrl: cfg.apiUrl,
    ...(cfg.username !== undefined ? { username: cfg.username } : {}),
    ...(cfg.password !== undefined ? { password: cfg.password } : {}),
    ...(cfg.projectId !== undefined ? { projectId: cfg.projectId } : {}),
    apiVersion: cfg.apiVersion,
    timeoutMs: Math.round(cfg.timeoutSeconds * 1000),
  };
}

/** Interface names from `ip -o link show` (one line per link, `N: name[@peer]: <flags> ...`). */
export function parseLinkNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\d+:\s+([^\s:@]+)(?:@[^\s:]*)?:/.exec(line);
    if (m) names.push(m[1] as string);
  }
  return names;
}

// --- helpers ------------------------------------------------------------------

function command(deps: WiringDeps, argv: string[], okExitCodes?: number[]): Promise<RunResult> {
  return deps.run(argv, { timeoutMs: deps.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, log: deps.log, ...(okExitCodes ? { okExitCodes } : {}) });
}

/** `ip link del`; 'absent' when there was no such device. */
async function deleteLink(deps: WiringDeps, name: string): Promise<'deleted' | 'absent'> {
  // Exit 1 is accepted here (and sorted out below) so that deleting an
  // absent device, the normal case on a second unwire, logs no warning.
  const res = await command(deps, ['ip', 'link', 'del', name], [0, 1]);
  if (res.exitCode === 0) return 'deleted';
  if (/Cannot find device|does not exist/i.test(res.stderr)) return 'absent';
  throw new DeimosError('MIDONET', `ip link del ${name} exited with ${res.exitCode}: ${res.stderr.trim() || 'no message'}`);
}

async function checkLinuxBridge(deps: WiringDeps, bridge: string): Promise<void> {
  const res = await command(deps, ['ip', '-d', '-o', 'link', 'show', 'dev', bridge], [0, 1]);
  if (res.exitCode !== 0) {
    throw new DeimosError('MIDONET', `Linux bridge "${bridge}" does not exist (create it: ip link add ${bridge} type bridge; ip link set ${bridge} up)`);
  }
  // `-d` prints the link kind; a bridge's details start with "bridge ",
  // its ports' with "bridge_slave".
  if (!/\sbridge\s/.test(res.stdout)) throw new DeimosError('MIDONET', `"${bridge}" exists but is not a Linux bridge`);
}

/**
 * mm-dpctl exits 0 whether or not --add-if/--delete-if worked (spec §7.1),
 * so its answer is read from stdout.
 */
async function dpctl(deps: WiringDeps, op: '--add-if' | '--delete-if', ifname: string, datapath: string): Promise<void> {
  const res = await deps.run(['mm-dpctl', op, ifname, datapath], { timeoutMs: Math.max(DPCTL_TIMEOUT_MS, deps.commandTimeoutMs ?? 0), log: deps.log });
  if (!/^Succeeded/m.test(res.stdout)) {
    const said = res.stdout.trim().split('\n').pop() || 'nothing';
    throw new DeimosError('MIDONET', `mm-dpctl ${op} ${ifname} ${datapath} did not succeed (it said: ${said})`);
  }
}

async function rollback(deps: WiringDeps, record: WiringRecord, done: { veth: boolean; dpctl: boolean; bind: boolean }): Promise<string[]> {
  const left: string[] = [];
  const undo = async (what: string, action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
      deps.log.info(`rollback: removed ${what}`);
    } catch (err) {
      left.push(what);
      deps.log.error(`rollback: could not remove ${what}: ${reasonOf(err)}`);
    }
  };
  const portId = record.portId;
  if (done.bind && portId) await undo(`binding of port ${portId} to ${record.hostIf}`, () => deps.client.deleteBinding(record.hostId, portId));
  if (done.dpctl) {
    const datapath = record.datapath ?? deps.datapath;
    try {
      await dpctl(deps, '--delete-if', record.hostIf, datapath);
    } catch (err) {
      // Deleting the veth below drops the datapath port anyway.
      deps.log.debug(`rollback: mm-dpctl --delete-if ${record.hostIf} ${datapath}: ${reasonOf(err)}`);
    }
  }
  // Deleting the host end removes the peer too, wherever it is by now.
  if (done.veth) await undo(`veth ${record.hostIf}`, () => deleteLink(deps, record.hostIf));
  if (portId) await undo(`port ${portId}`, () => deps.client.deletePort(portId));
  const entry = record.dhcp;
  if (entry) await undo(`DHCP entry ${entry.ipAddr} (${entry.macAddr}) in ${entry.subnet}`, () => release(deps.client, entry));
  return left;
}

function checkAttach(attach: WiringAttach): { mode: 'agent' } | { mode: 'mm-dpctl' } | { mode: 'bridge'; bridge: string } {
  switch (attach.mode) {
    case 'agent':
    case 'mm-dpctl':
      return { mode: attach.mode };
    case 'bridge':
      if (!attach.bridge) throw new DeimosError('CONFIG', 'MidoNet attach "bridge" needs a bridge name (attach = bridge:<name>)');
      return { mode: 'bridge', bridge: attach.bridge };
    default:
      throw new DeimosError('CONFIG', `unknown MidoNet attach mode ${shown(String((attach as { mode: unknown }).mode))}`);
  }
}

function renderAttach(attach: ReturnType<typeof checkAttach>): string {
  return attach.mode === 'bridge' ? `bridge:${attach.bridge}` : attach.mode;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function hintFor(step: string, reason: string): string | undefined {
  if (!/File exists/.test(reason)) return undefined;
  if (step.startsWith('create veth pair')) return 'an interface of that name is left over from an earlier run; deimos-cleanup removes it';
  if (step.startsWith('rename')) return `the container already has an ${CONTAINER_IF}; it must be started with --net=none`;
  return undefined;
}

function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
}

