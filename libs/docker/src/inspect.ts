// What `docker inspect`, `docker image inspect` and `docker info` JSON says,
// read into typed values: an image's command and exposed ports, a
// container's status, the engine's defaults.
import { enginePlatform, type Platform } from './options/platform';

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

/**
 * What the engine gives a container that names no runtime, platform or
 * cgroup namespace: the defaults a task may name again without asking for
 * anything more (policy.ts).
 */
export interface EngineDefaults {
  /** `DefaultRuntime` (moby v20.10.24 daemon/info_unix.go: the runtime filled in when a create names none, daemon_unix.go verifyPlatformContainerSettings). */
  runtime: string;
  /** The engine's machine as a platform (`OSType`, `Architecture`); undefined for a machine we cannot name. */
  platform?: Platform;
  /**
   * The cgroup namespace a container gets when it names none: `private`
   * when `SecurityOptions` lists `name=cgroupns`, which the engine says
   * exactly when its default-cgroupns-mode is private (moby v20.10.24
   * daemon/info.go, info_unix.go cgroupNamespacesEnabled); else `host`,
   * the default on cgroup v1 and hybrid hosts (cmd/dockerd/config_unix.go)
   * and the only mode of engines before 20.10.
   */
  cgroupns: 'host' | 'private';
}

/** Read `docker info` (GET /info) JSON into the engine's defaults. */
export function parseEngineInfo(json: unknown): EngineDefaults {
  const info = json as { DefaultRuntime?: unknown; OSType?: unknown; Architecture?: unknown; SecurityOptions?: unknown } | null;
  if (!info || typeof info !== 'object' || typeof info.DefaultRuntime !== 'string' || info.DefaultRuntime === '') throw new Error('docker info gave no DefaultRuntime');
  const platform = typeof info.OSType === 'string' && typeof info.Architecture === 'string' ? enginePlatform(info.OSType, info.Architecture) : undefined;
  const security = Array.isArray(info.SecurityOptions) ? info.SecurityOptions : [];
  return {
    runtime: info.DefaultRuntime,
    ...(platform ? { platform } : {}),
    cgroupns: security.includes('name=cgroupns') ? 'private' : 'host',
  };
}
