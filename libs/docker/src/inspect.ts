// What `docker inspect` and `docker image inspect` JSON says, read into typed
// values: an image's command and exposed ports, a container's status.
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
