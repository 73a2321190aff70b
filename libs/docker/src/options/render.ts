/**
 * The ContainerModel rendered three ways: the Engine API create body (what
 * the Docker CLI v20.10 sends for the same options, API 1.41), a `docker
 * create` argv in canonical `--name=value` form for when the CLI must be used,
 * and lines for `explain`. Nothing here parses; every value comes typed from
 * the model.
 */
import { emptyModel, type ContainerModel } from './model';

export interface CreateRequest {
  /** `?name=` of POST /containers/create. */
  name?: string;
  /** `?platform=` (API 1.41+): `--platform` as the CLI sends it. */
  platform?: string;
  body: Record<string, unknown>;
}

const orNull = <T>(list: readonly T[]): T[] | null => (list.length > 0 ? [...list] : null);
const recordOf = (keys: readonly string[]): Record<string, Record<string, never>> | null => (keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, {}])) : null);

/** The POST /containers/create body for a model. */
export function createBody(m: ContainerModel): Record<string, unknown> {
  const attachStdin = m.interactive;
  const config: Record<string, unknown> = {
    Hostname: m.hostname,
    Domainname: m.domainname,
    User: m.user,
    AttachStdin: attachStdin,
    AttachStdout: true,
    AttachStderr: true,
    ExposedPorts: recordOf(m.exposedPorts) ?? undefined,
    Tty: m.tty,
    OpenStdin: m.interactive,
    StdinOnce: m.interactive && attachStdin,
    Env: [...m.env],
    Cmd: m.cmd,
    Healthcheck: m.healthcheck,
    Image: m.image,
    Volumes: recordOf(m.anonymousVolumes),
    WorkingDir: m.workdir,
    Entrypoint: m.entrypoint,
    Labels: { ...m.labels },
    StopSignal: m.stopSignal,
    StopTimeout: m.stopTimeout,
  };
  const host: Record<string, unknown> = {
    Binds: orNull(m.binds.map((b) => b.text)),
    LogConfig: { Type: m.logDriver, Config: { ...m.logOpts } },
    NetworkMode: m.network === '' ? 'default' : m.network,
    PortBindings: Object.fromEntries(Object.entries(m.portBindings).map(([k, v]) => [k, v.map((b) => ({ ...b }))])),
    RestartPolicy: { Name: m.restart, MaximumRetryCount: 0 },
    AutoRemove: false,
    VolumeDriver: m.volumeDriver,
    VolumesFrom: orNull(m.volumesFrom),
    CapAdd: orNull(m.capAdd),
    CapDrop: orNull(m.capDrop),
    CgroupnsMode: m.cgroupns,
    Dns: [...m.dns],
    DnsOptions: [...m.dnsOptions],
    DnsSearch: [...m.dnsSearch],
    ExtraHosts: orNull(m.extraHosts),
    GroupAdd: orNull(m.groupAdd),
    IpcMode: m.ipc,
    OomScoreAdj: m.oomScoreAdj,
    PidMode: m.pid,
    Privileged: m.privileged,
    PublishAllPorts: m.publishAll,
    ReadonlyRootfs: m.readOnly,
    SecurityOpt: orNull(m.securityOpt),
    Tmpfs: Object.keys(m.tmpfs).length > 0 ? { ...m.tmpfs } : undefined,
    UTSMode: m.uts,
    UsernsMode: m.userns,
    ShmSize: m.shmSize,
    Sysctls: Object.keys(m.sysctls).length > 0 ? { ...m.sysctls } : undefined,
    Runtime: m.runtime,
    CpuShares: m.cpuShares,
    Memory: m.memory,
    NanoCpus: m.nanoCpus,
    CgroupParent: m.cgroupParent,
    BlkioWeight: m.blkioWeight,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: m.cpuPeriod,
    CpuQuota: m.cpuQuota,
    CpusetCpus: m.cpusetCpus,
    CpusetMems: m.cpusetMems,
    Devices: m.devices.map((d) => ({ ...d })),
    KernelMemory: m.kernelMemory,
    MemoryReservation: m.memoryReservation,
    MemorySwap: m.memorySwap,
    MemorySwappiness: m.memorySwappiness,
    OomKillDisable: m.oomKillDisable,
    PidsLimit: m.pidsLimit,
    Ulimits: m.ulimits.map((u) => ({ ...u })),
    Mounts: m.mounts.length > 0 ? m.mounts.map((x) => JSON.parse(JSON.stringify(x)) as unknown) : undefined,
    MaskedPaths: m.unmaskedPaths ? [] : undefined,
    ReadonlyPaths: m.unmaskedPaths ? [] : undefined,
    Init: m.init,
  };
  return { ...config, HostConfig: host, NetworkingConfig: { EndpointsConfig: {} } };
}

/** The Engine API request; undefined when an option passed through unjudged needs the CLI. */
export function createRequest(m: ContainerModel, name?: string): CreateRequest | undefined {
  if (m.passThrough.length > 0) return undefined;
  return { name, ...(m.platform ? { platform: m.platform } : {}), body: createBody(m) };
}

/** The path of POST /containers/create for a request, with its query (`name`, `platform`), as the CLI's client builds it. */
export function createPath(r: Pick<CreateRequest, 'name' | 'platform'>): string {
  // url.Values.Encode orders the keys: name, then platform.
  const query = [r.name ? `name=${encodeURIComponent(r.name)}` : '', r.platform ? `platform=${encodeURIComponent(r.platform)}` : ''].filter(Boolean).join('&');
  return `/containers/create${query ? `?${query}` : ''}`;
}

/** Nanoseconds as a duration Go's time.ParseDuration reads back exactly. */
const duration = (ns: number) => `${ns}ns`;

/**
 * The arguments after `docker create` for a model (name, options, image,
 * command), each option in `--long=value` form so that no value can be read
 * as another option.
 */
export function createArgs(m: ContainerModel, name?: string): string[] {
  const a: string[] = [];
  const add = (flag: string, value: string | number | boolean) => a.push(`--${flag}=${value}`);
  if (name) add('name', name);
  for (const [k, v] of Object.entries(m.labels)) add('label', `${k}=${v}`);
  if (m.hostname) add('hostname', m.hostname);
  if (m.domainname) add('domainname', m.domainname);
  if (m.user) add('user', m.user);
  if (m.workdir) add('workdir', m.workdir);
  if (m.entrypoint) add('entrypoint', m.entrypoint[0]);
  if (m.tty) add('tty', true);
  if (m.interactive) add('interactive', true);
  if (m.readOnly) add('read-only', true);
  if (m.privileged) add('privileged', true);
  if (m.init !== undefined) add('init', m.init);
  if (m.stopSignal !== undefined) add('stop-signal', m.stopSignal);
  if (m.stopTimeout !== undefined) add('stop-timeout', m.stopTimeout);
  for (const v of m.anonymousVolumes) add('volume', v);
  for (const b of m.binds) add('volume', b.text);
  for (const x of m.mounts) {
    const f = [`type=${x.Type}`];
    if (x.Source) f.push(`source=${x.Source}`);
    f.push(`target=${x.Target}`);
    if (x.ReadOnly) f.push('readonly=true');
    if (x.BindOptions?.Propagation) f.push(`bind-propagation=${x.BindOptions.Propagation}`);
    if (x.VolumeOptions?.NoCopy !== undefined) f.push(`volume-nocopy=${x.VolumeOptions.NoCopy}`);
    if (x.VolumeOptions?.DriverConfig.Name) f.push(`volume-driver=${x.VolumeOptions.DriverConfig.Name}`);
    if (x.TmpfsOptions?.SizeBytes !== undefined) f.push(`tmpfs-size=${x.TmpfsOptions.SizeBytes}`);
    if (x.TmpfsOptions?.Mode !== undefined) f.push(`tmpfs-mode=${x.TmpfsOptions.Mode.toString(8)}`);
    add('mount', f.join(','));
  }
  for (const [dst, o] of Object.entries(m.tmpfs)) add('tmpfs', o ? `${dst}:${o}` : dst);
  for (const v of m.volumesFrom) add('volumes-from', v);
  if (m.volumeDriver) add('volume-driver', m.volumeDriver);
  if (m.network) add('network', m.network);
  for (const [key, bindings] of Object.entries(m.portBindings)) {
    const [port, proto] = key.split('/');
    for (const b of bindings) add('publish', `${b.HostIp ? `${b.HostIp}:` : ''}${b.HostPort}:${port}/${proto}`);
  }
  for (const key of m.exposedPorts) if (!m.portBindings[key]) add('expose', key);
  if (m.publishAll) add('publish-all', true);
  for (const v of m.dns) add('dns', v);
  for (const v of m.dnsSearch) add('dns-search', v);
  for (const v of m.dnsOptions) add('dns-option', v);
  for (const v of m.extraHosts) add('add-host', v);
  for (const v of m.capAdd) add('cap-add', v);
  for (const v of m.capDrop) add('cap-drop', v);
  for (const d of m.devices) add('device', `${d.PathOnHost}:${d.PathInContainer}:${d.CgroupPermissions}`);
  for (const v of m.securityOpt) add('security-opt', v);
  if (m.unmaskedPaths) add('security-opt', 'systempaths=unconfined');
  for (const v of m.groupAdd) add('group-add', v);
  if (m.pid) add('pid', m.pid);
  if (m.ipc) add('ipc', m.ipc);
  if (m.uts) add('uts', m.uts);
  if (m.userns) add('userns', m.userns);
  if (m.cgroupns) add('cgroupns', m.cgroupns);
  if (m.cgroupParent) add('cgroup-parent', m.cgroupParent);
  for (const [k, v] of Object.entries(m.sysctls)) add('sysctl', `${k}=${v}`);
  for (const u of m.ulimits) add('ulimit', `${u.Name}=${u.Soft}:${u.Hard}`);
  if (m.runtime) add('runtime', m.runtime);
  if (m.platform) add('platform', m.platform);
  if (m.logDriver) add('log-driver', m.logDriver);
  for (const [k, v] of Object.entries(m.logOpts)) add('log-opt', `${k}=${v}`);
  if (m.cpuShares) add('cpu-shares', m.cpuShares);
  if (m.nanoCpus) add('cpus', (m.nanoCpus / 1e9).toFixed(9).replace(/\.?0+$/, ''));
  if (m.cpuPeriod) add('cpu-period', m.cpuPeriod);
  if (m.cpuQuota) add('cpu-quota', m.cpuQuota);
  if (m.cpusetCpus) add('cpuset-cpus', m.cpusetCpus);
  if (m.cpusetMems) add('cpuset-mems', m.cpusetMems);
  if (m.memory) add('memory', m.memory);
  if (m.memorySwap) add('memory-swap', m.memorySwap);
  if (m.memoryReservation) add('memory-reservation', m.memoryReservation);
  if (m.kernelMemory) add('kernel-memory', m.kernelMemory);
  if (m.memorySwappiness !== -1) add('memory-swappiness', m.memorySwappiness);
  if (m.oomKillDisable) add('oom-kill-disable', true);
  if (m.oomScoreAdj) add('oom-score-adj', m.oomScoreAdj);
  if (m.pidsLimit) add('pids-limit', m.pidsLimit);
  if (m.blkioWeight) add('blkio-weight', m.blkioWeight);
  if (m.shmSize) add('shm-size', m.shmSize);
  const h = m.healthcheck;
  if (h && h.Test?.[0] === 'NONE') add('no-healthcheck', true);
  else if (h) {
    if (h.Test) add('health-cmd', h.Test[1]);
    if (h.Interval) add('health-interval', duration(h.Interval));
    if (h.Timeout) add('health-timeout', duration(h.Timeout));
    if (h.StartPeriod) add('health-start-period', duration(h.StartPeriod));
    if (h.Retries) add('health-retries', h.Retries);
  }
  for (const e of m.env) add('env', e);
  for (const o of m.passThrough) add(o.flag.names[0], o.value);
  // `--` keeps an image name that starts with `-` from being read as an option.
  return [...a, '--', m.image, ...(m.cmd ?? [])];
}

/** What `explain` prints: one line per field that differs from Docker's default. */
export function describeModel(m: ContainerModel): string[] {
  const body = createBody(m);
  const blank = createBody(emptyModel());
  const lines: string[] = [];
  const walk = (prefix: string, now: Record<string, unknown>, base: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(now)) {
      if (v === undefined) continue;
      if (k === 'HostConfig') walk('HostConfig.', v as Record<string, unknown>, base.HostConfig as Record<string, unknown>);
      else if (k !== 'NetworkingConfig' && JSON.stringify(v) !== JSON.stringify(base[k])) lines.push(`${prefix}${k}: ${JSON.stringify(v)}`);
    }
  };
  walk('', body, blank);
  if (m.platform) lines.push(`platform: ${m.platform}`);
  if (m.passThrough.length > 0) lines.push(`passed through unjudged: ${m.passThrough.map((o) => o.written).join(' ')}`);
  return lines;
}

/** `docker <global options> <subcommand> <args>`: the CLI's argv around what the functions above render. */
export function dockerArgv(globalArgs: readonly string[], subcommand: string, args: readonly string[]): string[] {
  return ['docker', ...globalArgs, subcommand, ...args];
}
