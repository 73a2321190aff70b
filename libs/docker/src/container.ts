/**
 * The one place a launch becomes a ContainerModel: the framework's and the
 * configuration's option words read once (pflag grammar, options.ts), the
 * DockerInfo fields as the options Mesos's own Docker containerizer would
 * give them, then what the containerizer itself sets (name, labels, sandbox,
 * resources, environment, user). The result is judged (policy.ts) and
 * rendered (render.ts); nothing downstream reads option text again.
 */
import type { HostBind } from './binds';
import type { LaunchSpec, PortRange } from './interpret';
import { emptyModel, type ContainerModel } from './options/model';
import { applyOptions, finishModel, freshDraft, readDockerOptions, TABLE, type OptionDef, type ReadOption } from './options/options';
import { LABELS } from './labels';
import { userText, type TaskUser } from './user';

export interface CreateContext {
  name: string;
  /** Our ownership labels (labels.ts). */
  labels: Record<string, string>;
  /** The state's `fs` link to the sandbox, mounted at the work directory. */
  sandboxLink?: string;
  workdir: string;
  /** The image's exposed container ports, in the image's order. */
  exposedPorts: readonly number[];
  /** MidoNet wiring: no Docker network at all; we add eth0 ourselves. */
  noNetwork: boolean;
  /** Add a CFS quota (`--cpus`) besides the CPU shares. */
  hardCpuLimits: boolean;
  /** Variables added for custom executors (MESOS_* identity). */
  extraEnv: ReadonlyArray<readonly [string, string]>;
  /** Run the task as this user inside the container. */
  user?: TaskUser;
  /** Options an operator lets through unjudged (long names). */
  passThrough?: readonly string[];
  /** The task's bind sources as checkPolicy judged them: each is mounted from its resolved path, never from the task's text. */
  hostBinds?: readonly HostBind[];
  /**
   * Hold the task until this file exists inside the container (MidoNet: eth0
   * is wired after the container starts). Needs /bin/sh in the image and
   * the image's own entrypoint and command, which the wrapper runs then.
   */
  holdUntil?: { file: string; imageEntrypoint: readonly string[]; imageCmd: readonly string[] };
}

/**
 * The shell loop that holds a task until its network is wired: polls for a
 * marker file for at most about a minute, then execs the real argv.
 */
export const HOLD_SCRIPT = 'i=0; while [ ! -e "$DEIMOS_HOLD_FILE" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done; unset DEIMOS_HOLD_FILE; exec "$@"';

/** Expand port ranges into single ports, in order. */
function expandPorts(ranges: readonly PortRange[], max = 65536): number[] {
  const out: number[] = [];
  for (const r of ranges) {
    for (let p = r.begin; p <= r.end && out.length < max; p++) out.push(p);
  }
  return out;
}

/**
 * Pair allocated host ports with the image's exposed ports, in order:
 * `allocated:exposed`, and `p:p` once the image has no more exposed ports.
 */
export function pairPorts(allocated: readonly number[], exposed: readonly number[]): Array<[number, number]> {
  return allocated.map((p, i) => [p, exposed[i] ?? p]);
}

/** CPU shares for a cpus figure: int(cpus * 1024), at least Docker's minimum of 2. */
export function cpuShares(cpus: number): number {
  return Math.max(2, Math.floor(cpus * 1024));
}

const byName = (name: string): OptionDef => {
  const def = TABLE.byName.get(name);
  if (!def) throw new Error(`no option --${name} in the table`);
  return def;
};

/** An option a DockerInfo field stands for, as Mesos's Docker containerizer writes it. */
function synthetic(name: string, value: string, source: string): ReadOption {
  const flag = byName(name);
  return { flag, name: `--${name}`, value, written: flag.bool && value === 'true' ? `--${name}` : `--${name}=${value}`, source };
}

/**
 * Every option the framework and the configuration give, read and in the
 * order the CLI would apply them. `fromTask` tells which are the
 * framework's (judged by the policy) and which the operator's.
 */
export function launchOccurrences(spec: LaunchSpec): Array<ReadOption & { fromTask: boolean }> {
  const out: Array<ReadOption & { fromTask: boolean }> = [];
  for (const g of spec.optionGroups) {
    for (const o of readDockerOptions(g.words, g.source)) out.push({ ...o, fromTask: g.fromTask });
  }
  const task = (o: ReadOption) => out.push({ ...o, fromTask: true });
  if (spec.privileged) task(synthetic('privileged', 'true', 'container.docker.privileged'));
  if (spec.network) task(synthetic('network', spec.network, 'container.docker.network'));
  if (spec.hostname) task(synthetic('hostname', spec.hostname, 'container.hostname'));
  // Mesos renders each parameter as `--key=value` (docker.cpp); reading that
  // word with pflag is what Docker does with it.
  spec.parameters.forEach((p, i) => {
    for (const o of readDockerOptions([`--${p.key}=${p.value}`], `container.docker.parameters[${i}]`)) task(o);
  });
  spec.volumes.forEach((v, i) => {
    const text = v.hostPath ? `${v.hostPath}:${v.containerPath}:${v.readOnly ? 'ro' : 'rw'}` : v.containerPath;
    task(synthetic('volume', text, `container.volumes[${i}]`));
  });
  spec.portMappings.forEach((p, i) => {
    task(synthetic('publish', `${p.hostPort}:${p.containerPort}${p.protocol ? `/${p.protocol}` : ''}`, `container.docker.port_mappings[${i}]`));
  });
  return out;
}

/** The container to create for a launch. */
export function buildContainerModel(spec: LaunchSpec, ctx: CreateContext, occurrences = launchOccurrences(spec)): ContainerModel {
  const m = emptyModel(spec.image);
  m.workdir = ctx.workdir;
  if (ctx.sandboxLink) m.binds.push({ source: ctx.sandboxLink, target: ctx.workdir, text: `${ctx.sandboxLink}:${ctx.workdir}` });
  const d = freshDraft();
  applyOptions(m, occurrences, d, ctx.passThrough ?? []);
  finishModel(m, d);
  if (ctx.hostBinds) mountResolved(m, ctx.hostBinds);
  if (ctx.noNetwork) m.network = 'none';
  if (spec.cpus !== undefined && spec.cpus > 0) {
    m.cpuShares = cpuShares(spec.cpus);
    if (ctx.hardCpuLimits) m.nanoCpus = Math.round(spec.cpus * 1e9);
  }
  if (spec.memMb !== undefined && spec.memMb > 0) m.memory = Math.floor(spec.memMb) * 1024 * 1024;
  if (spec.portMappings.length === 0) {
    for (const [host, container] of pairPorts(expandPorts(spec.ports), ctx.exposedPorts)) {
      const key = `${container}/tcp`;
      if (!m.exposedPorts.includes(key)) m.exposedPorts.push(key);
      (m.portBindings[key] ??= []).push({ HostIp: '', HostPort: String(host) });
    }
  }
  for (const [k, v] of [...spec.env, ...ctx.extraEnv]) m.env.push(`${k}=${v}`);
  if (ctx.user) m.user = userText(ctx.user);
  Object.assign(m.labels, ctx.labels);
  if (ctx.holdUntil) {
    // What Docker would run: ENTRYPOINT + (task command or CMD).
    const real = [...ctx.holdUntil.imageEntrypoint, ...(spec.command.length > 0 ? spec.command : ctx.holdUntil.imageCmd)];
    m.env.push(`DEIMOS_HOLD_FILE=${ctx.holdUntil.file}`);
    m.entrypoint = ['/bin/sh'];
    m.cmd = ['-c', HOLD_SCRIPT, 'deimos-hold', ...real];
  } else if (spec.command.length > 0) {
    // The image's ENTRYPOINT stays unless the options clear it: argv after
    // `//` and `sh -c` commands run as Docker would run them.
    m.cmd = [...spec.command];
  }
  return m;
}

/**
 * Put the resolved host path in place of each bind source the task wrote
 * (`-v` and `--mount type=bind` alike), so that the engine and runc are given
 * the path that was judged, with no link left in it for them to follow.
 */
function mountResolved(m: ContainerModel, binds: readonly HostBind[]): void {
  const mounted = new Map(binds.map((b) => [b.written, b.mounted]));
  for (const b of m.binds) {
    const to = mounted.get(b.source);
    if (to === undefined) continue;
    b.source = to;
    b.text = [to, b.target, ...(b.mode === undefined ? [] : [b.mode])].join(':');
  }
  for (const x of m.mounts) {
    const to = x.Type === 'bind' ? mounted.get(x.Source) : undefined;
    if (to !== undefined) x.Source = to;
  }
}

/** Our ownership labels for a container. */
export function ownLabels(mesosContainerId: string, stateRoot: string): Record<string, string> {
  return { [LABELS.managed]: 'true', [LABELS.containerId]: mesosContainerId, [LABELS.stateRoot]: stateRoot };
}
