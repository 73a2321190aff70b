/**
 * Every `docker create` option, by the names and shorthands the Docker CLI
 * gives it (docker/cli cli/command/container/opts.go addFlags and
 * create.go, v20.10 and v28), and what each does to the ContainerModel.
 *
 * Three kinds:
 * - modelled: its value is read as the CLI reads it (validators of
 *   docker/cli opts/, go-connections nat, go-units) and lands in the model;
 * - refused: known, so that the words around it are read right, but never
 *   taken from a task (the reason says why), unless an operator lists it in
 *   `[policy] unjudged_options`;
 * - unknown: not in this table; refused by the reader.
 *
 * Each modelled option also says how repeats combine, as the pflag Value
 * behind it does (`OptionDef.last`): the last value wins, or they accumulate.
 *
 * Adding an option is adding one entry here (and, where it reaches the host,
 * a rule in policy.ts); render.ts sends every model field.
 */
import { DeimosError } from '@deimos/errors';
import { goBool, goDuration, goInt, goInt10, goNanoCpus, goRamBytes, ValueError } from './go';
import type { BindSpec, ContainerModel, DeviceMapping, MountSpec } from './model';
import { formatPlatform, parsePlatform } from './platform';
import { flagTable, readOptions, type FlagShape, type Occurrence } from './pflag';

/** Health settings are combined after every option is read, as the CLI does. */
export interface Draft {
  healthCmd: string;
  healthInterval: number;
  healthTimeout: number;
  healthStartPeriod: number;
  healthRetries: number;
  noHealthcheck: boolean;
  entrypointChanged: boolean;
  networks: number;
}

export interface OptionDef extends FlagShape {
  /** Refused from tasks, with this reason. */
  readonly refused?: string;
  readonly apply?: (m: ContainerModel, value: string, d: Draft) => void;
  /**
   * Set when Docker keeps one value of the option, the last one written:
   * the pflag Value behind it replaces what it holds on every Set
   * (StringVar, BoolVar, IntVar, Int64Var, Uint16Var, DurationVar, and the
   * CLI's MemBytes, MemSwapBytes and NanoCPUs; spf13/pflag v1.0.5
   * string.go and bool.go Set, docker/cli v20.10.24 opts/opts.go). `check`
   * is what that Set itself parses (a boolean, an integer, a duration, a
   * size), so a bad value is refused even when a later one replaces it; a
   * string's replaced value is never looked at (the CLI validates the one
   * it keeps, in opts.go parse). Options without it accumulate
   * (opts.ListOpts, MapOpts, UlimitOpt, MountOpt, NetworkOpt).
   */
  readonly last?: { readonly check?: (value: string) => void };
}

type Apply = NonNullable<OptionDef['apply']>;

const namesOf = (names: string | string[]) => (typeof names === 'string' ? [names] : names);

/** A string option: the last one written wins (pflag StringVar). */
const opt = (names: string | string[], apply: Apply, extra: Partial<OptionDef> = {}): OptionDef => ({ names: namesOf(names), bool: false, apply, last: {}, ...extra });
/** An option whose every occurrence adds to the container (opts.ListOpts and kin). */
const listOpt = (names: string | string[], apply: Apply, extra: Partial<OptionDef> = {}): OptionDef => ({ names: namesOf(names), bool: false, apply, ...extra });
/** A typed option (integer, duration, size): pflag parses each value on Set, and the last one wins. */
const typedOpt = <T>(names: string | string[], read: (v: string) => T, apply: (m: ContainerModel, v: T, d: Draft) => void, extra: Partial<OptionDef> = {}): OptionDef => ({
  names: namesOf(names),
  bool: false,
  apply: (m, v, d) => apply(m, read(v), d),
  last: { check: read },
  ...extra,
});
const boolOpt = (names: string | string[], apply: (m: ContainerModel, v: boolean, d: Draft) => void, extra: Partial<OptionDef> = {}): OptionDef => ({
  ...typedOpt(names, goBool, apply),
  bool: true,
  ...extra,
});
const refused = (names: string | string[], reason: string, extra: Partial<OptionDef> = {}): OptionDef => ({
  names: namesOf(names),
  bool: false,
  refused: reason,
  ...extra,
});

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const DOMAIN = /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
const BIND_MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);
const SYSCTL_NAMES = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);

function must(ok: boolean, why: string): void {
  if (!ok) throw new ValueError(why);
}

/** An absolute path already in clean form (what Go's path.Clean would leave alone). */
function absolutePath(p: string, what: string): void {
  must(p.startsWith('/') && !p.includes('\0'), `${what} "${p}" is not an absolute path`);
  must(p === '/' || (!p.endsWith('/') && !/\/\/|\/\.\.?(\/|$)/.test(p)), `${what} "${p}" is not in clean form (no //, /./, /../ or trailing /)`);
}

/** A single port 1-65535 in plain decimal. */
function port(text: string): number {
  must(/^[1-9]\d{0,4}$/.test(text) && Number(text) <= 65535, `"${text}" is not a port (1-65535)`);
  return Number(text);
}

function protocolOf(text: string | undefined): string {
  const p = text ?? 'tcp';
  must(['tcp', 'udp', 'sctp'].includes(p), `"${p}" is not a protocol (tcp, udp, sctp)`);
  return p;
}

function addExposed(m: ContainerModel, key: string): void {
  if (!m.exposedPorts.includes(key)) m.exposedPorts.push(key);
}

/** `-p [ip:][hostPort]:containerPort[/proto]` or `-p containerPort[/proto]` (nat.ParsePortSpec), single ports. */
function publish(m: ContainerModel, value: string): void {
  must(!value.includes('='), `"${value}": the long --publish syntax (key=value) is not supported; use [ip:]hostPort:containerPort[/proto]`);
  const r = /^(?:(?:([0-9.]+):)?(\d*):)?(\d+)(?:\/([a-z]+))?$/.exec(value);
  must(r !== null, `"${value}" is not a port mapping ([ip:]hostPort:containerPort[/tcp|udp|sctp])`);
  const [, ip, hostPort, containerPort, proto] = r as RegExpExecArray;
  if (ip !== undefined) must(IPV4.test(ip), `"${ip}" is not an IPv4 address`);
  const key = `${port(containerPort)}/${protocolOf(proto)}`;
  if (hostPort) port(hostPort);
  addExposed(m, key);
  (m.portBindings[key] ??= []).push({ HostIp: ip ?? '', HostPort: hostPort ?? '' });
}

/** `--expose port[/proto]` or `--expose a-b[/proto]`. */
function expose(m: ContainerModel, value: string): void {
  const r = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/.exec(value);
  must(r !== null, `"${value}" is not a port or range to expose`);
  const [, a, b, proto] = r as RegExpExecArray;
  const start = port(a);
  const end = b === undefined ? start : port(b);
  must(end >= start, `"${value}": the range ends before it starts`);
  const p = protocolOf(proto);
  for (let i = start; i <= end; i++) addExposed(m, `${i}/${p}`);
}

/** `-v`: `dst`, `src:dst` or `src:dst:mode`, as the engine splits it. */
function volume(m: ContainerModel, value: string): void {
  const parts = value.split(':');
  if (parts.length === 1) {
    absolutePath(value, 'volume');
    if (!m.anonymousVolumes.includes(value)) m.anonymousVolumes.push(value);
    return;
  }
  must(parts.length <= 3, `"${value}" has too many ':' (use src:dst[:mode])`);
  const [source, target, mode] = parts;
  must(source.startsWith('/') || (NAME.test(source) && source.length > 1), `"${source}" is neither an absolute host path nor a volume name`);
  absolutePath(target, 'volume target');
  if (mode !== undefined) for (const x of mode.split(',')) must(BIND_MODES.has(x), `"${x}" is not a volume mode we know (${[...BIND_MODES].join(', ')})`);
  const bind: BindSpec = { source, target, mode, text: value };
  if (!m.binds.some((b) => b.text === value)) m.binds.push(bind);
}

/** `--mount` (opts.MountOpt): comma-separated key=value fields; no CSV quoting. */
function mount(m: ContainerModel, value: string): void {
  must(!value.includes('"') && !value.includes('\n') && !value.includes('\r'), `"${value}": quoted or multi-line --mount values are not supported`);
  const spec: MountSpec = { Type: 'volume', Source: '', Target: '', ReadOnly: false };
  const volumeOptions = () => (spec.VolumeOptions ??= { Labels: {}, DriverConfig: { Name: '' } });
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const v = eq < 0 ? undefined : field.slice(eq + 1);
    if (v === undefined && (key === 'readonly' || key === 'ro')) spec.ReadOnly = true;
    else if (v === undefined && key === 'volume-nocopy') volumeOptions().NoCopy = true;
    else if (v === undefined) throw new ValueError(`"${field}" in --mount must be key=value`);
    else if (key === 'type') {
      const t = v.toLowerCase();
      must(t === 'bind' || t === 'volume' || t === 'tmpfs', `mount type "${v}" is not supported (bind, volume, tmpfs)`);
      spec.Type = t as MountSpec['Type'];
    } else if (key === 'source' || key === 'src') spec.Source = v;
    else if (key === 'target' || key === 'dst' || key === 'destination') spec.Target = v;
    else if (key === 'readonly' || key === 'ro') spec.ReadOnly = goBool(v);
    else if (key === 'bind-propagation') {
      must(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'].includes(v), `"${v}" is not a bind propagation`);
      spec.BindOptions = { ...spec.BindOptions, Propagation: v };
    } else if (key === 'volume-nocopy') volumeOptions().NoCopy = goBool(v);
    else if (key === 'volume-driver') volumeOptions().DriverConfig.Name = v;
    else if (key === 'tmpfs-size') spec.TmpfsOptions = { ...spec.TmpfsOptions, SizeBytes: goRamBytes(v) };
    else if (key === 'tmpfs-mode') {
      must(/^[0-7]{1,6}$/.test(v), `"${v}" is not an octal mode`);
      spec.TmpfsOptions = { ...spec.TmpfsOptions, Mode: parseInt(v, 8) };
    } else throw new ValueError(`"${key}" in --mount is not a field we know (type, source, target, readonly, bind-propagation, volume-nocopy, volume-driver, tmpfs-size, tmpfs-mode)`);
  }
  absolutePath(spec.Target, 'mount target');
  must(!spec.VolumeOptions || spec.Type === 'volume', `volume-* fields need type=volume`);
  must(!spec.BindOptions || spec.Type === 'bind', `bind-* fields need type=bind`);
  must(!spec.TmpfsOptions || spec.Type === 'tmpfs', `tmpfs-* fields need type=tmpfs`);
  if (spec.Type === 'bind') absolutePath(spec.Source, 'bind mount source');
  if (spec.Type === 'tmpfs') must(spec.Source === '', 'a tmpfs mount takes no source');
  if (spec.Type === 'volume' && spec.Source !== '') must(NAME.test(spec.Source) && spec.Source.length > 1, `"${spec.Source}" is not a volume name`);
  m.mounts.push(spec);
}

/** `--device src[:dst][:perms]` (parseDevice). */
function device(m: ContainerModel, value: string): void {
  const parts = value.split(':');
  must(parts.length <= 3, `"${value}" is not a device (src[:dst][:rwm])`);
  const perms = (p: string) => /^[rwm]{1,3}$/.test(p) && new Set(p).size === p.length;
  const d: DeviceMapping = { PathOnHost: parts[0], PathInContainer: parts[0], CgroupPermissions: 'rwm' };
  if (parts.length === 2) {
    if (perms(parts[1])) d.CgroupPermissions = parts[1];
    else d.PathInContainer = parts[1];
  } else if (parts.length === 3) {
    must(perms(parts[2]), `"${parts[2]}" is not a device permission (r, w, m)`);
    [d.PathInContainer, d.CgroupPermissions] = [parts[1], parts[2]];
  }
  absolutePath(d.PathOnHost, 'device');
  absolutePath(d.PathInContainer, 'device path in the container');
  m.devices.push(d);
}

/** `--security-opt` (parseSecurityOpts); a seccomp profile file would be read on the agent as root, so only built-in names. */
function securityOpt(m: ContainerModel, value: string): void {
  if (value === 'no-new-privileges') {
    m.securityOpt.push(value);
    return;
  }
  const eq = value.indexOf('=');
  must(eq > 0, `"${value}" is not a security option (key=value; the key:value form is not supported)`);
  const key = value.slice(0, eq);
  const v = value.slice(eq + 1);
  if (key === 'seccomp') must(v === 'unconfined', `seccomp=${v}: a profile file would be read on the agent; only seccomp=unconfined is supported`);
  else if (key === 'systempaths') {
    must(v === 'unconfined', `systempaths=${v} is not supported (only unconfined)`);
    m.unmaskedPaths = true;
    return;
  } else if (key === 'no-new-privileges') goBool(v);
  else must(key === 'label' || key === 'apparmor', `security option "${key}" is not one we know (label, apparmor, seccomp, no-new-privileges, systempaths)`);
  m.securityOpt.push(value);
}

function mode(allowed: readonly string[], containers: boolean): (text: string) => void {
  return (text) => {
    if (containers && text.startsWith('container:')) {
      must(NAME.test(text.slice('container:'.length)), `"${text}" does not name a container`);
      return;
    }
    must(allowed.includes(text), `"${text}" is not one of ${allowed.map((a) => a || '""').join(', ')}${containers ? ', container:<name>' : ''}`);
  };
}

function keyValue(value: string, what: string): [string, string] {
  const eq = value.indexOf('=');
  must(eq > 0, `"${value}" is not a ${what} (key=value)`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}

/** A variable set again replaces the earlier one in its place (the CLI's ReadKVEnvStrings, v28). */
function setEnv(env: string[], entry: string): void {
  const name = entry.slice(0, entry.indexOf('=') + 1);
  const at = env.findIndex((e) => e.startsWith(name));
  if (at >= 0) env[at] = entry;
  else env.push(entry);
}

/** A capability as Docker stores it: upper case with the CAP_ prefix, or ALL (opts.NormalizeCaps, v28). */
function capability(m: string[], value: string): void {
  must(/^[A-Za-z_]+$/.test(value), `"${value}" is not a capability`);
  const u = value.toUpperCase();
  const name = u === 'ALL' || u.startsWith('CAP_') ? u : `CAP_${u}`;
  if (!m.includes(name)) m.push(name);
}

const int64 = (v: string) => goInt(v, 64);

const NOT_CREATE = 'is a `docker run` option about the client, not the container; the containerizer runs the container itself';

/** The table. */
const OPTIONS: readonly OptionDef[] = [
  // The container's process
  opt('entrypoint', (m, v, d) => {
    m.entrypoint = [v];
    d.entrypointChanged = true;
  }),
  listOpt(
    'env',
    (m, v) => {
      const eq = v.indexOf('=');
      must(eq !== 0 && v !== '', `"${v}" is not a variable (NAME=value)`);
      must(eq > 0, `"${v}" has no "=": Docker would copy the variable from the agent's own environment; write NAME=value`);
      setEnv(m.env, v);
    },
    { short: 'e' },
  ),
  listOpt(
    'label',
    (m, v) => {
      const eq = v.indexOf('=');
      const key = eq < 0 ? v : v.slice(0, eq);
      must(key.trim() !== '' && !/\s/.test(key), `"${v}" is not a label (key=value, no spaces in the key)`);
      m.labels[key] = eq < 0 ? '' : v.slice(eq + 1);
    },
    { short: 'l' },
  ),
  opt(
    'user',
    (m, v) => {
      m.user = v;
    },
    { short: 'u' },
  ),
  opt(
    'workdir',
    (m, v) => {
      must(v === '' || v.startsWith('/'), `working directory "${v}" is not an absolute path`);
      m.workdir = v;
    },
    { short: 'w' },
  ),
  opt(
    'hostname',
    (m, v) => {
      must(v === '' || /^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62})$/.test(v), `"${v}" is not a host name`);
      m.hostname = v;
    },
    { short: 'h' },
  ),
  opt('domainname', (m, v) => {
    must(v === '' || DOMAIN.test(v), `"${v}" is not a domain name`);
    m.domainname = v;
  }),
  boolOpt(
    'interactive',
    (m, v) => {
      m.interactive = v;
    },
    { short: 'i' },
  ),
  boolOpt(
    'tty',
    (m, v) => {
      m.tty = v;
    },
    { short: 't' },
  ),
  boolOpt('read-only', (m, v) => {
    m.readOnly = v;
  }),
  boolOpt('init', (m, v) => {
    m.init = v;
  }),
  opt('stop-signal', (m, v) => {
    must(/^(SIG)?[A-Z0-9+-]{1,12}$/.test(v), `"${v}" is not a signal name or number`);
    m.stopSignal = v;
  }),
  typedOpt('stop-timeout', int64, (m, n) => {
    m.stopTimeout = n;
  }),
  opt('restart', (m, v) => {
    must(v === 'no', `--restart=${v}: the agent decides when a task runs again; only "no" is accepted`);
    m.restart = 'no';
  }),
  opt('health-cmd', (_m, v, d) => {
    d.healthCmd = v;
  }),
  typedOpt('health-interval', goDuration, (_m, ns, d) => {
    d.healthInterval = ns;
  }),
  typedOpt('health-timeout', goDuration, (_m, ns, d) => {
    d.healthTimeout = ns;
  }),
  typedOpt('health-start-period', goDuration, (_m, ns, d) => {
    d.healthStartPeriod = ns;
  }),
  typedOpt('health-retries', int64, (_m, n, d) => {
    d.healthRetries = n;
  }),
  boolOpt('no-healthcheck', (_m, v, d) => {
    d.noHealthcheck = v;
  }),

  // Storage
  listOpt('volume', volume, { short: 'v' }),
  listOpt('mount', mount),
  listOpt('tmpfs', (m, v) => {
    const colon = v.indexOf(':');
    const dst = colon < 0 ? v : v.slice(0, colon);
    absolutePath(dst, 'tmpfs');
    must(!v.includes(' '), `"${v}" has a space`);
    m.tmpfs[dst] = colon < 0 ? '' : v.slice(colon + 1);
  }),
  listOpt('volumes-from', (m, v) => {
    must(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*(:(ro|rw))?$/.test(v), `"${v}" is not a container[:ro|rw]`);
    m.volumesFrom.push(v);
  }),
  opt('volume-driver', (m, v) => {
    m.volumeDriver = v;
  }),

  // Network
  listOpt(['network', 'net'], (m, v, d) => {
    must(!v.includes('='), `"${v}": the long --network syntax (name=...,alias=...) is not supported`);
    must(v === '' || NAME.test(v) || /^container:[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v), `"${v}" is not a network name`);
    d.networks += 1;
    must(d.networks === 1, 'more than one --network: a container is created on one network');
    m.network = v;
  }),
  listOpt('publish', publish, { short: 'p' }),
  boolOpt(
    'publish-all',
    (m, v) => {
      m.publishAll = v;
    },
    { short: 'P' },
  ),
  listOpt('expose', expose),
  listOpt('dns', (m, v) => {
    must(IPV4.test(v), `"${v}" is not an IPv4 address (IPv6 DNS servers are not supported)`);
    m.dns.push(v);
  }),
  listOpt('dns-search', (m, v) => {
    must(v === '.' || (DOMAIN.test(v) && /[a-zA-Z]/.test(v) && v.length < 255), `"${v}" is not a domain`);
    m.dnsSearch.push(v);
  }),
  listOpt(['dns-option', 'dns-opt'], (m, v) => {
    must(/^[a-zA-Z0-9_.:-]+$/.test(v), `"${v}" is not a resolver option (e.g. ndots:2)`);
    m.dnsOptions.push(v);
  }),
  listOpt('add-host', (m, v) => {
    // `host-gateway` is the engine's own word for its gateway address, put
    // in its place when the container starts (docker/cli v20.10.24
    // opts/hosts.go ValidateExtraHost; moby v20.10.24
    // daemon/container_operations.go buildSandboxOptions).
    const r = /^([a-zA-Z0-9][a-zA-Z0-9.-]*):(.*)$/.exec(v);
    must(r !== null && (IPV4.test(r[2]) || r[2] === 'host-gateway'), `"${v}" is not host:IPv4-address or host:host-gateway`);
    m.extraHosts.push(v);
  }),

  // Privileges and namespaces
  boolOpt('privileged', (m, v) => {
    m.privileged = v;
  }),
  listOpt('cap-add', (m, v) => capability(m.capAdd, v)),
  listOpt('cap-drop', (m, v) => capability(m.capDrop, v)),
  listOpt('device', device),
  listOpt('security-opt', securityOpt),
  listOpt('group-add', (m, v) => {
    must(/^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/.test(v), `"${v}" is not a group name or id`);
    m.groupAdd.push(v);
  }),
  opt('pid', (m, v) => {
    mode(['', 'host'], true)(v);
    m.pid = v;
  }),
  opt('ipc', (m, v) => {
    mode(['', 'none', 'private', 'shareable', 'host'], true)(v);
    m.ipc = v;
  }),
  opt('uts', (m, v) => {
    mode(['', 'host'], false)(v);
    m.uts = v;
  }),
  opt('userns', (m, v) => {
    mode(['', 'host'], false)(v);
    m.userns = v;
  }),
  opt('cgroupns', (m, v) => {
    mode(['', 'host', 'private'], false)(v);
    m.cgroupns = v;
  }),
  opt('cgroup-parent', (m, v) => {
    m.cgroupParent = v;
  }),
  listOpt('sysctl', (m, v) => {
    const [k, val] = keyValue(v, 'sysctl');
    must(SYSCTL_NAMES.has(k) || k.startsWith('net.') || k.startsWith('fs.mqueue.'), `sysctl "${k}" is not one Docker namespaces (net.*, fs.mqueue.*, kernel.msg*/sem/shm*)`);
    m.sysctls[k] = val;
  }),
  listOpt('ulimit', (m, v) => {
    const r = /^([a-z]+)=([^:]*)(?::(.*))?$/.exec(v);
    must(r !== null && ULIMITS.has(r[1]), `"${v}" is not a ulimit (name=soft[:hard], name one of ${[...ULIMITS].join(', ')})`);
    const [, name, soft, hard] = r as RegExpExecArray;
    const s = goInt10(soft);
    const h = hard === undefined ? s : goInt10(hard);
    must(s <= h, `"${v}": the soft limit is above the hard limit`);
    m.ulimits = [...m.ulimits.filter((u) => u.Name !== name), { Name: name, Soft: s, Hard: h }];
  }),
  opt('runtime', (m, v) => {
    m.runtime = v;
  }),
  opt('platform', (m, v) => {
    m.platform = v === '' ? '' : formatPlatform(parsePlatform(v));
  }),
  opt('log-driver', (m, v) => {
    m.logDriver = v;
  }),
  listOpt('log-opt', (m, v) => {
    const [k, val] = keyValue(v, 'log option');
    m.logOpts[k] = val;
  }),

  // Resources
  typedOpt(
    'cpu-shares',
    int64,
    (m, n) => {
      m.cpuShares = n;
    },
    { short: 'c' },
  ),
  typedOpt('cpus', goNanoCpus, (m, n) => {
    m.nanoCpus = n;
  }),
  typedOpt('cpu-period', int64, (m, n) => {
    m.cpuPeriod = n;
  }),
  typedOpt('cpu-quota', int64, (m, n) => {
    m.cpuQuota = n;
  }),
  opt('cpuset-cpus', (m, v) => {
    must(/^(\d+(-\d+)?)(,\d+(-\d+)?)*$|^$/.test(v), `"${v}" is not a CPU list (0-3,5)`);
    m.cpusetCpus = v;
  }),
  opt('cpuset-mems', (m, v) => {
    must(/^(\d+(-\d+)?)(,\d+(-\d+)?)*$|^$/.test(v), `"${v}" is not a memory node list (0-1)`);
    m.cpusetMems = v;
  }),
  typedOpt(
    'memory',
    goRamBytes,
    (m, n) => {
      m.memory = n;
    },
    { short: 'm' },
  ),
  typedOpt(
    'memory-swap',
    (v) => (v === '-1' ? -1 : goRamBytes(v)),
    (m, n) => {
      m.memorySwap = n;
    },
  ),
  typedOpt('memory-reservation', goRamBytes, (m, n) => {
    m.memoryReservation = n;
  }),
  typedOpt('kernel-memory', goRamBytes, (m, n) => {
    m.kernelMemory = n;
  }),
  typedOpt('memory-swappiness', int64, (m, n) => {
    // The range is checked on the value kept (opts.go parse), not on each Set.
    must(n === -1 || (n >= 0 && n <= 100), `${n} is not a swappiness (0-100)`);
    m.memorySwappiness = n;
  }),
  boolOpt('oom-kill-disable', (m, v) => {
    m.oomKillDisable = v;
  }),
  typedOpt('oom-score-adj', int64, (m, n) => {
    m.oomScoreAdj = n;
  }),
  typedOpt('pids-limit', int64, (m, n) => {
    m.pidsLimit = n;
  }),
  typedOpt(
    'blkio-weight',
    (v) => goInt(v, 16, true),
    (m, n) => {
      m.blkioWeight = n;
    },
  ),
  typedOpt('shm-size', goRamBytes, (m, n) => {
    m.shmSize = n;
  }),

  // Known, never taken from a task.
  refused('name', 'is set by the containerizer (the container is named for its Mesos id)'),
  refused('rm', 'would remove the container before its end is recorded; see [containers] remove_on_exit', { bool: true }),
  refused('cidfile', 'would make Docker write a file on the agent as root'),
  refused('env-file', 'would make Docker read a file on the agent as root; give variables in the task environment'),
  refused('label-file', 'would make Docker read a file on the agent as root'),
  refused('attach', 'is set by the containerizer (it attaches to the output itself)', { short: 'a' }),
  refused('help', 'prints help instead of creating a container', { bool: true }),
  refused('pull', 'is decided by the containerizer (force_pull_image)'),
  refused('quiet', 'is a client option', { short: 'q', bool: true }),
  refused('disable-content-trust', 'is a client option', { bool: true }),
  refused('detach', NOT_CREATE, { short: 'd', bool: true }),
  refused('sig-proxy', NOT_CREATE, { bool: true }),
  refused('detach-keys', NOT_CREATE),
  refused('isolation', 'is for Windows engines'),
  refused('cpu-count', 'is for Windows engines'),
  refused('cpu-percent', 'is for Windows engines'),
  refused('io-maxbandwidth', 'is for Windows engines'),
  refused('io-maxiops', 'is for Windows engines'),
  refused('gpus', 'is not modelled yet'),
  refused('ip', 'is not modelled yet'),
  refused('ip6', 'is not modelled yet'),
  refused('link', 'is not modelled yet (links reach other containers)'),
  refused('link-local-ip', 'is not modelled yet'),
  refused('mac-address', 'is not modelled yet'),
  refused(['network-alias', 'net-alias'], 'is not modelled yet'),
  refused('storage-opt', 'is not modelled yet'),
  refused('blkio-weight-device', 'is not modelled yet'),
  refused('device-read-bps', 'is not modelled yet'),
  refused('device-write-bps', 'is not modelled yet'),
  refused('device-read-iops', 'is not modelled yet'),
  refused('device-write-iops', 'is not modelled yet'),
  refused('device-cgroup-rule', 'is not modelled yet (it opens host devices)'),
  refused('cpu-rt-period', 'is not modelled yet'),
  refused('cpu-rt-runtime', 'is not modelled yet'),
];

export const TABLE = flagTable(OPTIONS);

/** An option read from the framework or the configuration, with its meaning. */
export type ReadOption = Occurrence<OptionDef>;

/** The long name by which an option is shown (`-v` and `--volume` are both `--volume`). */
export function longName(def: FlagShape): string {
  return `--${def.names[0]}`;
}

/** The definition for a name as an operator writes it in the configuration (`--net`, `-v`, `volume`). */
export function optionNamed(name: string): OptionDef | undefined {
  if (/^-[a-zA-Z]$/.test(name)) return TABLE.byShort.get(name[1]);
  return TABLE.byName.get(name.replace(/^--/, ''));
}

export function freshDraft(): Draft {
  return { healthCmd: '', healthInterval: 0, healthTimeout: 0, healthStartPeriod: 0, healthRetries: 0, noHealthcheck: false, entrypointChanged: false, networks: 0 };
}

/** Read option words (pflag grammar) into occurrences; values are not applied yet. */
export function readDockerOptions(words: readonly string[], source: string): ReadOption[] {
  return readOptions(words, TABLE, source);
}

function refuseValue(o: ReadOption, why: string): DeimosError {
  return new DeimosError('POLICY', `launch refused: ${o.written} (from ${o.source}): ${why}`, {
    hint: 'write the option as `docker create --help` documents it, or remove it from the task',
  });
}

/**
 * Which occurrences a later one of the same option replaces (options Docker
 * keeps one value of, `OptionDef.last`): true at each index whose value
 * Docker does not keep.
 */
export function replacedLater(occurrences: readonly ReadOption[]): boolean[] {
  const seen = new Set<OptionDef>();
  const out = occurrences.map(() => false);
  for (let i = occurrences.length - 1; i >= 0; i--) {
    const f = occurrences[i].flag;
    if (!f.last || f.refused !== undefined) continue;
    if (seen.has(f)) out[i] = true;
    else seen.add(f);
  }
  return out;
}

/**
 * Apply occurrences to a model in order, as the CLI would: of an option
 * Docker keeps one value of, the last one written is applied (the ones it
 * replaces only get the check pflag's Set makes); list options accumulate.
 * Refused options throw unless the operator lets them through; a value
 * Docker would reject throws naming it.
 */
export function applyOptions(m: ContainerModel, occurrences: readonly ReadOption[], d: Draft, passThrough: readonly string[] = []): void {
  const replaced = replacedLater(occurrences);
  for (const [i, o] of occurrences.entries()) {
    if (o.flag.refused !== undefined || !o.flag.apply) {
      if (passThrough.includes(longName(o.flag))) {
        m.passThrough.push(o);
        continue;
      }
      throw new DeimosError('POLICY', `launch refused: ${o.written} (from ${o.source}) ${o.flag.refused ?? 'is not supported'}`, {
        hint: `remove it from the task, or let it through unjudged with [policy] unjudged_options = ["${longName(o.flag)}"]`,
      });
    }
    try {
      if (replaced[i]) o.flag.last?.check?.(o.value);
      else o.flag.apply(m, o.value, d);
    } catch (err) {
      if (err instanceof ValueError) throw refuseValue(o, err.message);
      throw err;
    }
  }
}

/** The checks the CLI makes once every option is read (opts.go parse). */
export function finishModel(m: ContainerModel, d: Draft): void {
  const fail = (msg: string) => {
    throw new DeimosError('POLICY', `launch refused: ${msg}`);
  };
  if (m.entrypoint && m.entrypoint[0] === '' && d.entrypointChanged) m.entrypoint = [''];
  const haveHealth = d.healthCmd !== '' || d.healthInterval !== 0 || d.healthTimeout !== 0 || d.healthStartPeriod !== 0 || d.healthRetries !== 0;
  if (d.noHealthcheck) {
    if (haveHealth) fail('--no-healthcheck conflicts with --health-* options');
    m.healthcheck = { Test: ['NONE'], Interval: 0, Timeout: 0, StartPeriod: 0, Retries: 0 };
  } else if (haveHealth) {
    if (d.healthInterval < 0) fail('--health-interval cannot be negative');
    if (d.healthTimeout < 0) fail('--health-timeout cannot be negative');
    if (d.healthRetries < 0) fail('--health-retries cannot be negative');
    if (d.healthStartPeriod < 0) fail('--health-start-period cannot be negative');
    m.healthcheck = {
      Test: d.healthCmd !== '' ? ['CMD-SHELL', d.healthCmd] : null,
      Interval: d.healthInterval,
      Timeout: d.healthTimeout,
      StartPeriod: d.healthStartPeriod,
      Retries: d.healthRetries,
    };
  }
  if (m.logDriver === 'none' && Object.keys(m.logOpts).length > 0) fail('--log-opt given for log driver "none"');
}
