import type { LaunchSpec, PortRange } from './interpret';

export interface CreateContext {
  /** `[docker]` global options, placed before the subcommand. */
  globalArgs: readonly string[];
  name: string;
  labels: readonly string[];
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
  user?: string;
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
export const HOLD_SCRIPT =
  'i=0; while [ ! -e "$DEIMOS_HOLD_FILE" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done; unset DEIMOS_HOLD_FILE; exec "$@"';

/** `docker <global options> <subcommand> <args>`. */
export function dockerArgv(globalArgs: readonly string[], subcommand: string, args: readonly string[]): string[] {
  return ['docker', ...globalArgs, subcommand, ...args];
}

/** Expand port ranges into single ports, in order. */
export function expandPorts(ranges: readonly PortRange[], max = 65536): number[] {
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

/** The `docker create` argv for a launch. Pure: same input, same argv. */
export function buildCreateArgv(spec: LaunchSpec, ctx: CreateContext): string[] {
  const a: string[] = ['--name', ctx.name, ...ctx.labels];
  a.push('-w', ctx.workdir);
  if (ctx.sandboxLink) a.push('-v', `${ctx.sandboxLink}:${ctx.workdir}`);
  if (ctx.noNetwork) a.push('--net=none');
  else if (spec.network) a.push(`--net=${spec.network}`);
  a.push(...spec.options);
  if (spec.privileged) a.push('--privileged');
  for (const p of spec.parameters) a.push(`--${p.key}=${p.value}`);
  for (const v of spec.volumes) {
    a.push('-v', v.hostPath ? `${v.hostPath}:${v.containerPath}:${v.readOnly ? 'ro' : 'rw'}` : v.containerPath);
  }
  if (spec.cpus !== undefined && spec.cpus > 0) {
    a.push('--cpu-shares', String(cpuShares(spec.cpus)));
    if (ctx.hardCpuLimits) a.push('--cpus', String(spec.cpus));
  }
  if (spec.memMb !== undefined && spec.memMb > 0) a.push('--memory', `${Math.floor(spec.memMb)}m`);
  if (spec.portMappings.length > 0) {
    for (const m of spec.portMappings) a.push('-p', `${m.hostPort}:${m.containerPort}${m.protocol ? `/${m.protocol}` : ''}`);
  } else {
    for (const [host, container] of pairPorts(expandPorts(spec.ports), ctx.exposedPorts)) a.push('-p', `${host}:${container}`);
  }
  for (const [k, v] of [...spec.env, ...ctx.extraEnv]) a.push('-e', `${k}=${v}`);
  if (ctx.user) a.push('--user', ctx.user);
  if (ctx.holdUntil) {
    // What Docker would run: ENTRYPOINT + (task command or CMD).
    const real = [...ctx.holdUntil.imageEntrypoint, ...(spec.command.length > 0 ? spec.command : ctx.holdUntil.imageCmd)];
    a.push('-e', `DEIMOS_HOLD_FILE=${ctx.holdUntil.file}`, '--entrypoint', '/bin/sh');
    return dockerArgv(ctx.globalArgs, 'create', [...a, spec.image, '-c', HOLD_SCRIPT, 'deimos-hold', ...real]);
  }
  if (spec.command.length > 0) {
    // --entrypoint clears an image ENTRYPOINT only when the task gives a
    // shell command: `sh -c` must be what runs. Argv after `//` keeps it.
    return dockerArgv(ctx.globalArgs, 'create', [...a, spec.image, ...spec.command]);
  }
  return dockerArgv(ctx.globalArgs, 'create', [...a, spec.image]);
}

/** Entrypoint and Cmd from `docker image inspect`. */
export function imageCommandOf(inspect: unknown): { entrypoint: string[]; cmd: string[] } {
  const cfg = (Array.isArray(inspect) ? inspect[0] : inspect) as { Config?: { Entrypoint?: string[] | null; Cmd?: string[] | null } } | undefined;
  return { entrypoint: cfg?.Config?.Entrypoint ?? [], cmd: cfg?.Config?.Cmd ?? [] };
}

/** Exposed ports from `docker image inspect` Config.ExposedPorts, sorted as numbers. */
export function exposedPortsOf(inspect: unknown): number[] {
  const cfg = (Array.isArray(inspect) ? inspect[0] : inspect) as { Config?: { ExposedPorts?: Record<string, unknown> } } | undefined;
  const keys = Object.keys(cfg?.Config?.ExposedPorts ?? {});
  return keys
    .map((k) => Number(k.split('/')[0]))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((x, y) => x - y);
}

export interface ContainerStatus {
  id: string;
  status: string; // created, running, exited, dead, ...
  running: boolean;
  pid: number;
  exitCode: number;
  oomKilled: boolean;
  error: string;
  startedAt?: string;
  finishedAt?: string;
  labels: Record<string, string>;
  memoryLimit?: number;
}

/** Read the fields we use from `docker inspect` (container) JSON. */
export function parseContainerInspect(json: unknown): ContainerStatus {
  const c = (Array.isArray(json) ? json[0] : json) as {
    Id?: string;
    State?: { Status?: string; Running?: boolean; Pid?: number; ExitCode?: number; OOMKilled?: boolean; Error?: string; StartedAt?: string; FinishedAt?: string };
    Config?: { Labels?: Record<string, string> | null };
    HostConfig?: { Memory?: number };
  };
  if (!c || typeof c !== 'object' || !c.State) throw new Error('docker inspect gave no container state');
  const s = c.State;
  return {
    id: c.Id ?? '',
    status: s.Status ?? 'unknown',
    running: Boolean(s.Running),
    pid: s.Pid ?? 0,
    exitCode: s.ExitCode ?? 0,
    oomKilled: Boolean(s.OOMKilled),
    error: s.Error ?? '',
    startedAt: s.StartedAt,
    finishedAt: s.FinishedAt,
    labels: c.Config?.Labels ?? {},
    memoryLimit: c.HostConfig?.Memory || undefined,
  };
}
