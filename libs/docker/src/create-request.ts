/**
 * The Engine API request that `docker create` sends for an argv, for the
 * argvs launch builds: the same container, without the 15-30 ms the CLI
 * process costs. Only a closed set of options is translated, each the way
 * the CLI (API 1.41) fills the request; for anything else (a free-form
 * option from the configuration or the task, bundled short flags, a named
 * network, unusual units) the answer is undefined and the caller runs the
 * CLI, which knows every option.
 */
import { canonical } from './policy';

export interface CreateRequest {
  /** `?name=` of POST /containers/create. */
  name?: string;
  /** The JSON body. */
  body: CreateBody;
}

export interface CreateBody {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[];
  Cmd: string[] | null;
  Image: string;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  Labels: Record<string, string>;
  HostConfig: {
    Binds: string[] | null;
    NetworkMode: string;
    PortBindings: Record<string, Array<{ HostIp: string; HostPort: string }>>;
    RestartPolicy: { Name: string; MaximumRetryCount: number };
    Privileged: boolean;
    CpuShares: number;
    Memory: number;
    NanoCpus: number;
    MemorySwappiness: number;
  } & Record<(typeof EMPTY_LISTS)[number], []>;
  NetworkingConfig: { EndpointsConfig: Record<string, never> };
}

/** Lists the CLI sends empty rather than leaving out (inspect shows [] instead of null). */
const EMPTY_LISTS = [
  'BlkioWeightDevice',
  'BlkioDeviceReadBps',
  'BlkioDeviceWriteBps',
  'BlkioDeviceReadIOps',
  'BlkioDeviceWriteIOps',
  'Devices',
  'Dns',
  'DnsOptions',
  'DnsSearch',
  'Ulimits',
] as const;

/** The translated options that take a value, by their long names (policy.ts canonical). */
const WITH_VALUE = new Set(['--name', '--label', '--workdir', '--volume', '--network', '--cpu-shares', '--cpus', '--memory', '--publish', '--env', '--user', '--entrypoint']);
const NETWORK_MODES = new Set(['none', 'host', 'bridge', 'default']);
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `128m` -> bytes, as the CLI reads --memory; undefined for forms we leave to the CLI. */
export function memoryBytes(text: string): number | undefined {
  const m = /^(\d{1,12})([bkmg]?)$/i.exec(text);
  return m ? Number(m[1]) * UNITS[m[2].toLowerCase()] : undefined;
}

/** `0.5` -> 500000000, as the CLI reads --cpus (exactly, up to nine decimals). */
export function nanoCpus(text: string): number | undefined {
  const m = /^(\d{1,6})(?:\.(\d{1,9}))?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 1e9 + Number((m[2] ?? '').padEnd(9, '0'));
}

const isAbsolute = (p: string) => p.startsWith('/');

/**
 * The request for the arguments after `docker create` (no global options),
 * or undefined when the argv uses anything outside the translated set.
 */
export function createRequestOf(args: readonly string[]): CreateRequest | undefined {
  const body: CreateBody = {
    Hostname: '',
    Domainname: '',
    User: '',
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: [],
    Cmd: null,
    Image: '',
    Volumes: null,
    WorkingDir: '',
    Entrypoint: null,
    Labels: {},
    HostConfig: {
      Binds: null,
      NetworkMode: 'default',
      PortBindings: {},
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      Privileged: false,
      CpuShares: 0,
      Memory: 0,
      NanoCpus: 0,
      MemorySwappiness: -1,
      ...(Object.fromEntries(EMPTY_LISTS.map((k) => [k, []])) as Record<(typeof EMPTY_LISTS)[number], []>),
    },
    NetworkingConfig: { EndpointsConfig: {} },
  };
  let name: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const token = args[i];
    if (!token.startsWith('-')) break; // the image
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = canonical(eq > 0 ? token.slice(0, eq) : token);
    if (flag === '--privileged') {
      if (eq > 0 && !['true', 'false'].includes(token.slice(eq + 1))) return undefined;
      body.HostConfig.Privileged = eq < 0 || token.slice(eq + 1) === 'true';
      continue;
    }
    if (!WITH_VALUE.has(flag)) return undefined;
    const value = eq > 0 ? token.slice(eq + 1) : args[++i];
    if (value === undefined) return undefined;
    if (!apply(body, flag, value)) return undefined;
    if (flag === '--name') name = value;
  }
  if (i >= args.length) return undefined; // no image: the CLI says so
  body.Image = args[i];
  const cmd = args.slice(i + 1);
  if (cmd.length > 0) body.Cmd = cmd;
  return { name, body };
}

/** Apply one option with its value; false when it is a form we leave to the CLI. */
function apply(body: CreateBody, flag: string, value: string): boolean {
  const host = body.HostConfig;
  switch (flag) {
    case '--name':
      return /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(value);
    case '--label': {
      const eq = value.indexOf('=');
      if (eq === 0) return false;
      body.Labels[eq < 0 ? value : value.slice(0, eq)] = eq < 0 ? '' : value.slice(eq + 1);
      return true;
    }
    case '--workdir':
      body.WorkingDir = value;
      return isAbsolute(value);
    case '--volume': {
      const parts = value.split(':');
      if (parts.length === 1 && isAbsolute(value)) {
        body.Volumes = { ...(body.Volumes ?? {}), [value]: {} };
        return true;
      }
      if ((parts.length === 2 || (parts.length === 3 && ['ro', 'rw'].includes(parts[2]))) && isAbsolute(parts[0]) && isAbsolute(parts[1])) {
        host.Binds = [...(host.Binds ?? []), value];
        return true;
      }
      return false;
    }
    case '--network':
      host.NetworkMode = value;
      return NETWORK_MODES.has(value);
    case '--cpu-shares':
      host.CpuShares = Number(value);
      return /^\d{1,7}$/.test(value);
    case '--cpus': {
      const n = nanoCpus(value);
      host.NanoCpus = n ?? 0;
      return n !== undefined;
    }
    case '--memory': {
      const n = memoryBytes(value);
      host.Memory = n ?? 0;
      return n !== undefined;
    }
    case '--publish': {
      const m = /^(\d{1,5}):(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(value);
      if (!m || !validPort(m[1]) || !validPort(m[2])) return false;
      const key = `${Number(m[2])}/${m[3] ?? 'tcp'}`;
      body.ExposedPorts = { ...(body.ExposedPorts ?? {}), [key]: {} };
      host.PortBindings[key] = [...(host.PortBindings[key] ?? []), { HostIp: '', HostPort: m[1] }];
      return true;
    }
    case '--env':
      // Without `=` the CLI copies the variable from its own environment.
      if (value.indexOf('=') <= 0) return false;
      body.Env.push(value);
      return true;
    case '--user':
      body.User = value;
      return value.length > 0;
    case '--entrypoint':
      body.Entrypoint = [value];
      return value.length > 0;
    default:
      return false;
  }
}

function validPort(text: string): boolean {
  return /^[1-9]\d{0,4}$/.test(text) && Number(text) <= 65535;
}
