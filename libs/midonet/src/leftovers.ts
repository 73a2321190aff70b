import { MidonetHttpError } from '@deimos/errors';
import { command, deleteLink, OUR_VETH_PATTERN, parseLinkNames, vethNamesFor } from './host';
import { sweepLeases } from './lease';
import { reasonOf } from './messages';
import type { MidonetPort } from './types';
import type { WiringRecord } from './record';
import type { WiringDeps } from './wire';

// The sweep of wiring left behind by containers that are gone (cleanup and
// recover call it).

export interface SweepKnown {
  /**
   * Every readable wiring record in the state (live and dead containers;
   * wired, unwired, and those holding only intents): their bridges are
   * where DHCP entries are looked for, and the ports and entries they name
   * (done or only intended) are ours.
   */
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

export interface LeftoverReport {
  removed: string[];
  /** `<item>: <reason>` */
  failed: string[];
}

/**
 * Removes wiring left behind by containers that are gone: bindings on this
 * host to interfaces named our way, the recorded bridge ports of dead
 * containers (created or only intended: looked up by the id we chose; with
 * their bindings, wherever they are), DHCP entries named for this host or
 * recorded by us, on every bridge any record names, and veths named our
 * way. Anything owned by a live container is kept. Bridge ports are only
 * removed when recorded: ports are global, so a name is no proof we made
 * one; another host's entries are never removed.
 */
export async function sweepLeftovers(deps: WiringDeps, known: SweepKnown): Promise<LeftoverReport> {
  const report: LeftoverReport = { removed: [], failed: [] };
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

  // 3. DHCP entries named for this host (or recorded by a dead container,
  //    whatever host id it was written under) whose containers are gone, on
  //    every bridge a record names (entries live in the bridge's subnets).
  const recordedNames = new Map<string, string>();
  for (const r of known.recorded) if (r.dhcp && !known.liveContainerIds.has(r.containerId)) recordedNames.set(r.dhcp.name, r.containerId);
  const leases = await sweepLeases(
    deps.client,
    deps.hostId,
    known.recorded.map((r) => r.bridgeId.toLowerCase()),
    (id) => known.liveContainerIds.has(id),
    recordedNames,
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
