import { randomUUID } from 'node:crypto';
import { DeimosError } from '@deimos/errors';
import { crashPoint } from '@deimos/log';
import type { MidonetClient } from './client';
import { checkLinuxBridge, checkOwnNetworkNamespace, command, CONTAINER_IF, deleteLink, dpctl, type HostTools, OUR_VETH_PATTERN } from './host';
import { type LeaseClient, release, takeLease } from './lease';
import { reasonOf, shown } from './messages';
import { MIDONET_GATEWAY_ENV, MIDONET_IP_ENV, type WiringPlan } from './plan';
import type { AddressRange } from './pool';
import { unwiredRecord, WIRING_THINGS, type WiringRecord, type WiringThing } from './record';

// Host-side wiring of one container into a MidoNet bridge (the work
// mm-docker.sh and midonet.py did in the reference, spec §7.3), without the
// reference's defects (§7.4): names fit IFNAMSIZ, every step is checked and
// rolled back, unwiring uses recorded ids and also deletes the bridge port.
// Nothing here runs at import time (§7.4 bug 7): no configuration is read and
// no client is built until a caller asks.

/** The client methods the wiring uses (a `MidonetClient` fits; tests fake it). */
export type WiringClient = Pick<MidonetClient, 'createBridgePort' | 'bindInterface' | 'deleteBinding' | 'deletePort' | 'getPort' | 'listHostBindings'> & LeaseClient;

/** How the host end is handed to the datapath; `MidonetAttach` of @deimos/config fits. */
export interface WiringAttach {
  readonly mode: 'agent' | 'mm-dpctl' | 'bridge';
  /** The Linux bridge, for mode `bridge`. */
  readonly bridge?: string;
}

/** What the wiring, unwiring and the sweep need: the host tools (`run`, `log`, `commandTimeoutMs`) and these. */
export interface WiringDeps extends HostTools {
  client: WiringClient;
  /** This host's MidoNet host id (`resolveHostId`). */
  hostId: string;
  attach: WiringAttach;
  /** The agent's datapath, for `mm-dpctl` attach. */
  datapath: string;
  /** `[midonet] reserved`: addresses the DHCP pool never hands out. */
  reserved?: readonly AddressRange[];
  /** Chooses among free addresses (`attempt` from 0); random when absent. Tests fix it. */
  pick?: (count: number, attempt: number) => number;
  /** Pause between re-reads while a rival entry may still give way; default 150 ms. Tests shorten it. */
  settleDelayMs?: number;
}

/**
 * Steps after which `onProgress` is called: `<thing>:intent` before each
 * thing is made, the step's name once it is done, and `rolled-back` once a
 * failed wiring undid everything it had made.
 */
export type WiringStep = 'dhcp' | 'port' | 'veth' | 'netns' | 'rename' | 'up' | 'address' | 'route' | 'host-up' | 'attach' | 'bind' | `${WiringThing}:intent` | 'rolled-back';

export type WiringProgress = (record: WiringRecord, step: WiringStep) => void | Promise<void>;

/**
 * Wires a started container (`--net=none`, init pid `initPid`) into the
 * plan's MidoNet bridge. Steps, in order: reserve the address (DHCP entry);
 * create the bridge port; create the veth pair; move the peer into the
 * container's netns; there, rename it eth0, set lo and eth0 up, add the
 * address and default route when given; set the host end up; attach it
 * (Linux bridge, mm-dpctl, or nothing for the agent); bind the port to the
 * host end on this host.
 *
 * Intent before action: before each thing outside the state is made (DHCP
 * entry, port, veth, attach, binding), `onProgress` gets the record naming
 * it by a name or id we chose (`stages[thing] = 'intent'`), and after the
 * call answers, the record saying so (`'done'`); after every other step
 * too. The caller writes each to the state before the wiring goes on, so a
 * crash at any instant leaves what to undo recorded. If `onProgress`
 * throws, that counts as a failed step. Crash points (`crashPoint` of
 * @deimos/log): `wire:<thing>:intent` after each intent is recorded, and
 * `wire:<step>:done` after each step's call answered, before it is
 * recorded (README, "Crash points").
 *
 * On any failure what was done is undone in reverse (binding, datapath
 * port, veth, bridge port, entry), each undo best-effort and logged, the
 * record is marked unwired when nothing is left, and a
 * `DeimosError('MIDONET')` naming the step is thrown. Whether the launch
 * then fails (`required`) is the caller's decision.
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
    stages: {},
  };
  const stages = record.stages as NonNullable<WiringRecord['stages']>;
  const done = { veth: false, dpctl: false, bind: false };
  let gateway = plan.gateway;
  const ip = (...args: string[]) => command(deps, ['ip', ...args]);
  const inNetns = (...args: string[]) => command(deps, ['nsenter', '-t', pid, '-n', 'ip', ...args]);

  let at = '';
  const save = async (when: string, key: WiringStep): Promise<void> => {
    if (!onProgress) return;
    at = `recording progress ${when}`;
    await onProgress(copyOf(record), key);
  };
  // Records that `thing` is about to be made, under the name or id already in the record.
  const intend = async (thing: WiringThing, label: string): Promise<void> => {
    at = label;
    stages[thing] = 'intent';
    await save(`before "${label}"`, `${thing}:intent`);
    crashPoint(`wire:${thing}:intent`);
  };
  const step = async (label: string, key: WiringStep | undefined, action: () => Promise<void>): Promise<void> => {
    at = label;
    await action();
    if (!key) return;
    crashPoint(`wire:${key}:done`);
    if (isThing(key)) stages[key] = 'done';
    await save(`after "${label}"`, key);
  };

  try {
    await step(`check the network namespace of pid ${pid}`, undefined, () => checkOwnNetworkNamespace(deps, pid));
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
        async (entry, stage) => {
          // Recorded before the POST (subnet, our name, our MAC), so every
          // path can find and delete it, whether or not the POST answered.
          if (entry) {
            record.dhcp = entry;
            stages.dhcp = stage;
          } else {
            delete record.dhcp;
            delete stages.dhcp;
          }
          if (onProgress) await onProgress(copyOf(record), entry && stage === 'intent' ? 'dhcp:intent' : 'dhcp');
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
    // Our id for the port, recorded before the POST: both API generations
    // create the port under a client-chosen id (client.ts createBridgePort).
    const chosenPort = randomUUID();
    record.portId = chosenPort;
    await intend('port', `create a port on bridge ${plan.bridgeId}`);
    await step(`create a port on bridge ${plan.bridgeId}`, 'port', async () => {
      const port = await deps.client.createBridgePort(plan.bridgeId, chosenPort);
      if (port.id.toLowerCase() !== chosenPort) {
        // A server that ignored our id: keep what it made (and say so).
        deps.log.warn(`MidoNet created port ${port.id} instead of the id ${chosenPort} it was given; a crash before this point would have left it unrecorded`);
        record.portId = port.id;
      }
    });
    await intend('veth', `create veth pair ${hostIf}/${peerIf}`);
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
      await intend('attach', `attach ${hostIf} to Linux bridge ${attach.bridge}`);
      await step(`attach ${hostIf} to Linux bridge ${attach.bridge}`, 'attach', async () => {
        await ip('link', 'set', hostIf, 'master', attach.bridge);
      });
    } else if (attach.mode === 'mm-dpctl') {
      await intend('attach', `attach ${hostIf} to datapath ${deps.datapath} with mm-dpctl`);
      await step(`attach ${hostIf} to datapath ${deps.datapath} with mm-dpctl`, 'attach', async () => {
        done.dpctl = true;
        await dpctl(deps, '--add-if', hostIf, deps.datapath);
      });
    }
    const portId = record.portId as string;
    await intend('bind', `bind port ${portId} to ${hostIf} on host ${deps.hostId}`);
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
    if (left.length === 0 && onProgress) {
      // Nothing is left: say so, so that no later call undoes it again.
      await Promise.resolve(onProgress(unwiredRecord(record), 'rolled-back')).catch((e: unknown) => deps.log.debug(`could not record the rollback: ${reasonOf(e)}`));
    }
    throw new DeimosError('MIDONET', `MidoNet wiring failed at ${at}: ${reason}`, {
      cause: err,
      hint: left.length > 0 ? `rollback could not remove ${left.join('; ')}; deimos-cleanup sweeps leftovers` : hintFor(at, reason),
    });
  }
  deps.log.info(`wired ${hostIf} (port ${record.portId} on bridge ${plan.bridgeId}, ${record.attach}${record.ip ? `, ${record.ip}` : ''})`);
  return copyOf(record);
}

function copyOf(record: WiringRecord): WiringRecord {
  return { ...record, ...(record.stages ? { stages: { ...record.stages } } : {}) };
}

function isThing(step: WiringStep): step is WiringThing {
  return (WIRING_THINGS as readonly string[]).includes(step);
}

/**
 * Undoes a wiring from its record: the binding, the bridge port (the
 * reference leaked it, §7.4), the DHCP entry, the datapath port (mm-dpctl),
 * and the veth pair (deleting the host end removes both ends). A thing
 * recorded only as an intent is undone the same way, looked up by the id or
 * name we chose for it, since its call may or may not have taken effect.
 * Absent things are fine, so it is idempotent and safe to run again after a
 * crash at any point (crash points `unwire:<thing>:done` after each
 * removal). Every removal is tried; if some fail, one error lists them.
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
    crashPoint('unwire:bind:done');
    await attempt(`port ${portId}`, () => deps.client.deletePort(portId));
    crashPoint('unwire:port:done');
  }
  if (record.dhcp) {
    const entry = record.dhcp;
    await attempt(`DHCP entry ${entry.ipAddr} (${entry.macAddr}) in ${entry.subnet}`, async () => {
      await release(deps.client, entry);
    });
    crashPoint('unwire:dhcp:done');
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
      crashPoint('unwire:attach:done');
    }
    await attempt(`veth ${record.hostIf}`, async () => {
      const result = await deleteLink(deps, record.hostIf);
      if (result === 'deleted') deps.log.debug(`deleted veth ${record.hostIf}`);
    });
    crashPoint('unwire:veth:done');
  }
  if (failures.length > 0) {
    throw new DeimosError('MIDONET', `MidoNet unwiring of ${record.containerId} could not remove ${failures.join('; ')}`, {
      hint: 'deimos-cleanup retries leftovers',
    });
  }
  deps.log.info(`unwired ${record.hostIf}${record.portId ? ` (port ${record.portId})` : ''}`);
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

function hintFor(step: string, reason: string): string | undefined {
  if (!/File exists/.test(reason)) return undefined;
  if (step.startsWith('create veth pair')) return 'an interface of that name is left over from an earlier run; deimos-cleanup removes it';
  if (step.startsWith('rename')) return `the container already has an ${CONTAINER_IF}; it must be started with --net=none`;
  return undefined;
}
