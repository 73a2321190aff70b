/**
 * The container a launch asks Docker to create: one typed value, read once
 * from what the framework and the configuration say (options.ts), judged by
 * the policy (policy.ts), and rendered as the Engine API create body, as a
 * `docker create` argv and as `explain` text (render.ts).
 *
 * Fields follow the Engine API's Config and HostConfig (API 1.41) and carry
 * exactly what the Docker CLI would put there for the same options.
 */
import type { Occurrence } from './pflag';

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface MountSpec {
  Type: 'bind' | 'volume' | 'tmpfs';
  Source: string;
  Target: string;
  ReadOnly: boolean;
  Consistency?: string;
  BindOptions?: { Propagation?: string; NonRecursive?: boolean };
  VolumeOptions?: { NoCopy?: boolean; Labels: Record<string, string>; DriverConfig: { Name: string; Options?: Record<string, string> } };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

export interface DeviceMapping {
  PathOnHost: string;
  PathInContainer: string;
  CgroupPermissions: string;
}

export interface Ulimit {
  Name: string;
  Soft: number;
  Hard: number;
}

export interface Healthcheck {
  Test: string[] | null;
  Interval: number;
  Timeout: number;
  StartPeriod: number;
  Retries: number;
}

/** A `-v` value, read as the engine reads it (src:dst[:mode]). */
export interface BindSpec {
  /** An absolute host path, or a volume name. */
  source: string;
  target: string;
  mode?: string;
  /** The string Docker receives. */
  text: string;
}

export interface ContainerModel {
  image: string;
  cmd: string[] | null;
  /** `[""]` when `--entrypoint=` clears the image's entrypoint. */
  entrypoint: string[] | null;
  env: string[];
  labels: Record<string, string>;
  user: string;
  workdir: string;
  hostname: string;
  domainname: string;
  tty: boolean;
  interactive: boolean;
  readOnly: boolean;
  privileged: boolean;
  /** Exposed container ports (`80/tcp`), in the order first named. */
  exposedPorts: string[];
  portBindings: Record<string, PortBinding[]>;
  publishAll: boolean;
  /** `-v /path`: anonymous volumes. */
  anonymousVolumes: string[];
  /** `-v src:dst[:mode]`: host paths and named volumes. */
  binds: BindSpec[];
  mounts: MountSpec[];
  tmpfs: Record<string, string>;
  volumesFrom: string[];
  volumeDriver: string;
  network: string;
  dns: string[];
  dnsSearch: string[];
  dnsOptions: string[];
  extraHosts: string[];
  capAdd: string[];
  capDrop: string[];
  devices: DeviceMapping[];
  securityOpt: string[];
  /** `--security-opt systempaths=unconfined`: no masked or read-only /proc paths. */
  unmaskedPaths: boolean;
  groupAdd: string[];
  pid: string;
  ipc: string;
  uts: string;
  userns: string;
  cgroupns: string;
  cgroupParent: string;
  sysctls: Record<string, string>;
  ulimits: Ulimit[];
  cpuShares: number;
  nanoCpus: number;
  cpuPeriod: number;
  cpuQuota: number;
  cpusetCpus: string;
  cpusetMems: string;
  memory: number;
  memorySwap: number;
  memoryReservation: number;
  kernelMemory: number;
  memorySwappiness: number;
  oomKillDisable: boolean;
  oomScoreAdj: number;
  pidsLimit: number;
  blkioWeight: number;
  shmSize: number;
  init?: boolean;
  runtime: string;
  /** `--platform`, as the CLI sends it (os/arch[/variant], platform.ts); '' for none. */
  platform: string;
  logDriver: string;
  logOpts: Record<string, string>;
  restart: string;
  stopSignal?: string;
  stopTimeout?: number;
  healthcheck?: Healthcheck;
  /** Options an operator lets through unjudged (`[policy] unjudged_options`): only the CLI can send them. */
  passThrough: Occurrence[];
}

/** What `docker create <image>` with no options makes. */
export function emptyModel(image = ''): ContainerModel {
  return {
    image,
    cmd: null,
    entrypoint: null,
    env: [],
    labels: {},
    user: '',
    workdir: '',
    hostname: '',
    domainname: '',
    tty: false,
    interactive: false,
    readOnly: false,
    privileged: false,
    exposedPorts: [],
    portBindings: {},
    publishAll: false,
    anonymousVolumes: [],
    binds: [],
    mounts: [],
    tmpfs: {},
    volumesFrom: [],
    volumeDriver: '',
    network: '',
    dns: [],
    dnsSearch: [],
    dnsOptions: [],
    extraHosts: [],
    capAdd: [],
    capDrop: [],
    devices: [],
    securityOpt: [],
    unmaskedPaths: false,
    groupAdd: [],
    pid: '',
    ipc: '',
    uts: '',
    userns: '',
    cgroupns: '',
    cgroupParent: '',
    sysctls: {},
    ulimits: [],
    cpuShares: 0,
    nanoCpus: 0,
    cpuPeriod: 0,
    cpuQuota: 0,
    cpusetCpus: '',
    cpusetMems: '',
    memory: 0,
    memorySwap: 0,
    memoryReservation: 0,
    kernelMemory: 0,
    memorySwappiness: -1,
    oomKillDisable: false,
    oomScoreAdj: 0,
    pidsLimit: 0,
    blkioWeight: 0,
    shmSize: 0,
    runtime: '',
    platform: '',
    logDriver: '',
    logOpts: {},
    restart: 'no',
    passThrough: [],
  };
}
