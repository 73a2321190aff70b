import { createHash } from 'node:crypto';
import { DeimosError } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import type { run as runProcess, RunResult } from '@deimos/process';

// The host side of the wiring: the names our veths get, and the ip(8),
// nsenter and mm-dpctl calls the wiring, unwiring and the sweep make. Every
// call goes through @deimos/process `run` with a deadline.

/** Host end `dm<8 hex>h`, container end `dm<8 hex>p` (before it is renamed eth0). */
export const OUR_VETH_PATTERN = /^dm[0-9a-f]{8}[hp]$/;

/** The name the container end gets inside the container. */
export const CONTAINER_IF = 'eth0';

const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;
// mm-dpctl is a JVM program: start-up alone can take seconds.
const DPCTL_TIMEOUT_MS = 60_000;

/** What the host calls need; `WiringDeps` fits. */
export interface HostTools {
  run: typeof runProcess;
  log: Logger;
  /** Deadline of each `ip`/`nsenter` call. Default 10 s. */
  commandTimeoutMs?: number;
}

/** Deterministic interface names for a Mesos container id (11 characters, under IFNAMSIZ). */
export function vethNamesFor(containerId: string): { hostIf: string; peerIf: string } {
  // 8 hex digits of a hash, not a prefix of the id: Mesos ids may be long,
  // share prefixes or contain characters an interface name cannot.
  const stem = `dm${createHash('sha256').update(containerId, 'utf8').digest('hex').slice(0, 8)}`;
  return { hostIf: `${stem}h`, peerIf: `${stem}p` };
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

/** One host command, with the deadline of `tools` (default 10 s). */
export function command(tools: HostTools, argv: string[], okExitCodes?: number[]): Promise<RunResult> {
  return tools.run(argv, { timeoutMs: tools.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, log: tools.log, ...(okExitCodes ? { okExitCodes } : {}) });
}

/** `ip link del`; 'absent' when there was no such device. */
export async function deleteLink(tools: HostTools, name: string): Promise<'deleted' | 'absent'> {
  // Exit 1 is accepted here (and sorted out below) so that deleting an
  // absent device, the normal case on a second unwire, logs no warning.
  const res = await command(tools, ['ip', 'link', 'del', name], [0, 1]);
  if (res.exitCode === 0) return 'deleted';
  if (/Cannot find device|does not exist/i.test(res.stderr)) return 'absent';
  throw new DeimosError('MIDONET', `ip link del ${name} exited with ${res.exitCode}: ${res.stderr.trim() || 'no message'}`);
}

/** Whether `pid` has a network namespace, and one of its own (never this host's). */
export async function checkOwnNetworkNamespace(tools: HostTools, pid: string): Promise<void> {
  const out = await command(tools, ['readlink', '/proc/self/ns/net', `/proc/${pid}/ns/net`]);
  const [ours, theirs] = out.stdout.split('\n').map((s) => s.trim());
  if (!theirs) throw new DeimosError('MIDONET', `no network namespace for pid ${pid}`);
  if (ours === theirs) throw new DeimosError('MIDONET', `pid ${pid} shares this host's network namespace; the container must run with --net=none`);
}

/** Whether `bridge` exists and is a Linux bridge. */
export async function checkLinuxBridge(tools: HostTools, bridge: string): Promise<void> {
  const res = await command(tools, ['ip', '-d', '-o', 'link', 'show', 'dev', bridge], [0, 1]);
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
export async function dpctl(tools: HostTools, op: '--add-if' | '--delete-if', ifname: string, datapath: string): Promise<void> {
  const res = await tools.run(['mm-dpctl', op, ifname, datapath], { timeoutMs: Math.max(DPCTL_TIMEOUT_MS, tools.commandTimeoutMs ?? 0), log: tools.log });
  if (!/^Succeeded/m.test(res.stdout)) {
    const said = res.stdout.trim().split('\n').pop() || 'nothing';
    throw new DeimosError('MIDONET', `mm-dpctl ${op} ${ifname} ${datapath} did not succeed (it said: ${said})`);
  }
}
