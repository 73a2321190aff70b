import { DeimosError } from '@deimos/errors';
import { crashPoint, type Logger } from '@deimos/log';
import {
  MIDONET_IP_ENV,
  MidonetClient,
  pickFromEnv,
  planWiring,
  readNetworkRecord,
  resolveHostId,
  settingsFromConfig,
  sweepLeftovers,
  unwireContainer,
  unwiredRecord,
  vethNamesFor,
  wireContainer,
  type LeftoverReport,
  type WiringDeps,
  type WiringPlan,
  type WiringRecord,
} from '@deimos/midonet';
import { run } from '@deimos/process';
import { isSettled, readKernelLocks, type ContainerState } from '@deimos/state';
import type { Runtime } from './runtime';

/**
 * The MidoNet plan of a task, checked before anything is created: undefined
 * for tasks without MIDONET_BRIDGE_ID (they are not touched); an error when
 * the task asks for MidoNet and none is configured.
 */
export function planNetwork(rt: Pick<Runtime, 'config'>, containerId: string, env: ReadonlyArray<readonly [string, string]>): WiringPlan | undefined {
  const plan = planWiring(containerId, env);
  if (plan && !rt.config.midonet) {
    throw new DeimosError('INVALID_INPUT', 'the task sets MIDONET_BRIDGE_ID but no MidoNet API is configured', {
      hint: 'add a [midonet] section with api_url to the configuration, or drop the variable from the task',
    });
  }
  if (plan?.address !== undefined && rt.config.midonet?.taskAddresses === false) {
    throw new DeimosError('INVALID_INPUT', `the task sets ${MIDONET_IP_ENV} but [midonet] task_addresses is false: addresses come from the bridge's DHCP pool`, {
      hint: `drop ${MIDONET_IP_ENV} from the task, or set [midonet] task_addresses: true`,
    });
  }
  return plan;
}

/** Client, host id and host tools for wiring; built only when a task needs them. */
function midonetDeps(rt: Pick<Runtime, 'config'>, log: Logger): WiringDeps {
  const cfg = rt.config.midonet;
  if (!cfg) throw new DeimosError('CONFIG', 'MidoNet is not configured', { hint: 'add a [midonet] section with api_url' });
  const client = new MidonetClient(settingsFromConfig(cfg), { log: (line) => log.debug(line) });
  return {
    client,
    run,
    log,
    hostId: resolveHostId(cfg),
    attach: cfg.attach.mode === 'bridge' ? { mode: 'bridge', bridge: cfg.attach.bridge } : { mode: cfg.attach.mode },
    datapath: cfg.datapath,
    reserved: cfg.reserved ?? [],
    ...withPick(pickFromEnv(process.env['DEIMOS_TEST_DHCP_PICK'])),
  };
}

function withPick(pick: WiringDeps['pick']): Pick<WiringDeps, 'pick'> {
  return pick ? { pick } : {};
}

/**
 * Wire a running container. Every thing the wiring makes is recorded in the
 * state's `network` file before it is made (under a name or id we chose)
 * and again once made, so a crash at any instant leaves what to undo. With
 * `[midonet] required = false` a failure is logged and the container runs
 * unwired; otherwise it fails the launch (after the wiring rolled itself back).
 */
export async function wireNetwork(rt: Runtime, st: ContainerState, plan: WiringPlan, initPid: number, log: Logger): Promise<void> {
  const deps = midonetDeps(rt, log);
  try {
    const record = await wireContainer(deps, plan, initPid, (r) => st.write('network', JSON.stringify(r)));
    st.write('network', JSON.stringify(record));
    crashPoint('wire:recorded');
    log.info(`midonet // wired: port ${record.portId} bound to ${record.hostIf} on host ${record.hostId}${record.ip ? `, eth0 ${record.ip}` : ''}`);
  } catch (err) {
    if (rt.config.midonet?.required === false) {
      log.warn(`midonet // ${(err as Error).message}; running the container unwired ([midonet] required = false)`);
      return;
    }
    throw err;
  }
}

/**
 * Undo the wiring recorded for a container: what was made and what was only
 * intended (looked up by the name or id we chose), then record it as
 * unwired. Idempotent, and safe to call again after a crash at any point
 * (crash points `unwire:<thing>:done`, then `unwire:recorded`). Errors are
 * logged, not thrown.
 *
 * Returns true when nothing of the wiring is left to undo: undone now, or
 * never wired (no record), already unwired, or a damaged record (it names
 * nothing; the veth is deleted by its name and the sweep finds the rest by
 * name). False when something could not be undone: the caller keeps its
 * end unfinished and a later call tries again.
 */
export async function unwireNetwork(rt: Runtime, st: ContainerState, log: Logger): Promise<boolean> {
  const found = readNetworkRecord(st.read('network'));
  if (found.kind === 'none' || found.kind === 'unwired') return true;
  if (found.kind === 'damaged') {
    log.warn(`midonet // the network record is damaged (${found.problem}); nothing to unwire from it but the veth named for the container (the sweep finds leftovers by name)`);
    return unwireDamaged(rt, st, log);
  }
  const record = found.record;
  try {
    await unwireContainer(midonetDeps(rt, log), record);
    st.write('network', JSON.stringify(unwiredRecord(record)));
    crashPoint('unwire:recorded');
    log.info(`midonet // unwired port ${record.portId ?? '-'} and ${record.hostIf}`);
    return true;
  } catch (err) {
    log.error(`midonet // unwiring failed: ${(err as Error).message} (deimos-cleanup sweeps leftovers)`);
    return false;
  }
}

/** A damaged record: the veth named for the container goes; nothing else is named. */
async function unwireDamaged(rt: Runtime, st: ContainerState, log: Logger): Promise<boolean> {
  const names = vethNamesFor(st.id);
  try {
    // No port, entry or attach named: only the veth is touched.
    await unwireContainer(midonetDeps(rt, log), { containerId: st.id, bridgeId: '', hostIf: names.hostIf, peerIf: names.peerIf, hostId: '', bound: false, attach: '' });
    return true;
  } catch (err) {
    log.error(`midonet // could not delete veth ${names.hostIf}: ${(err as Error).message}`);
    return false;
  }
}

/**
 * Remove MidoNet leftovers of containers that are gone (called from recover
 * and cleanup), from every readable record: wired, unwired, or holding only
 * intents (a launch that died before the POST's answer). Their bridges are
 * all swept for DHCP entries named for this host. Live means: no end
 * recorded, or any lock still held (a launch in progress holds `launch`).
 */
export async function sweepNetwork(rt: Pick<Runtime, 'config' | 'root'>, log: Logger): Promise<LeftoverReport | undefined> {
  if (!rt.config.midonet) return undefined;
  const table = readKernelLocks();
  const recorded: WiringRecord[] = [];
  const live = new Set<string>();
  const owners = new Map<string, string>();
  for (const id of rt.root.list()) {
    let st: ContainerState;
    try {
      st = rt.root.container(id);
    } catch {
      continue;
    }
    const names = vethNamesFor(id);
    owners.set(names.hostIf, id);
    owners.set(names.peerIf, id);
    if (!isSettled(st, table)) live.add(id);
    const found = readNetworkRecord(st.read('network'));
    if (found.kind === 'wired' || found.kind === 'unwired') recorded.push(found.record);
  }
  const report = await sweepLeftovers(midonetDeps(rt, log), { recorded, liveContainerIds: live, ownsVeth: (n) => owners.get(n) });
  for (const item of report.removed) log.info(`midonet // swept ${item}`);
  for (const item of report.failed) log.warn(`midonet // could not sweep ${item}`);
  return report;
}
