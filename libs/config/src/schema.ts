import {
  absolutePath,
  addressRanges,
  accountName,
  absolutePathList,
  argv,
  attach,
  bool,
  byteCount,
  httpUrl,
  image,
  interfaceName,
  logLevel,
  oneOf,
  registryHost,
  seconds,
  stringList,
  text,
  uuid,
  type ValueType,
} from './values';

/** What a default may depend on. */
export interface DefaultsContext {
  /** stderr is a terminal: an operator is watching. */
  readonly isTTY: boolean;
}

/** One key: how its value is read, and what it is when the file leaves it out. */
export interface KeySpec<T> {
  readonly type: ValueType<T>;
  /** `default`: always has a value; `optional`: may be undefined; `required`: the section must set it. */
  readonly presence: 'default' | 'optional' | 'required';
  readonly defaultValue?: (ctx: DefaultsContext) => T;
}

function withDefault<T>(type: ValueType<T>, value: T | ((ctx: DefaultsContext) => T)): KeySpec<T> {
  const defaultValue = typeof value === 'function' ? (value as (ctx: DefaultsContext) => T) : () => value;
  return { type, presence: 'default', defaultValue };
}

export function optional<T>(type: ValueType<T>): KeySpec<T | undefined> {
  return { type, presence: 'optional' };
}

export function required<T>(type: ValueType<T>): KeySpec<T> {
  return { type, presence: 'required' };
}

/** Keys of one section, as written in the file (lower case, underscores). */
export type SectionSchema = Readonly<Record<string, KeySpec<unknown>>>;

/**
 * The sections with a fixed set of keys. Adding a section is adding an entry
 * here: its values appear in `DeimosConfig` under the camel-cased section
 * name (`[docker.index] account_libmesos` -> `config.dockerIndex.accountLibmesos`),
 * and loading, defaults, errors and `renderConfig` follow from the entry.
 * The order here is the order `renderConfig` prints.
 *
 * `[docker]` (free-form keys) and `[midonet]` (optional, with fallbacks) are
 * handled beside this table.
 */
export const SECTIONS = {
  'docker.index': {
    index: optional(registryHost()),
    account: optional(accountName()),
    account_libmesos: withDefault(text('an account name on the index'), 'libmesos'),
    dockercfg: optional(absolutePath()),
  },
  'docker.timeouts': {
    command_seconds: withDefault(seconds({ min: 'positive' }), 60),
    stop_extra_seconds: withDefault(seconds({ min: 0 }), 30),
  },
  containers: {
    // docker stop -t takes whole seconds.
    stop_grace_seconds: withDefault(seconds({ min: 0, integer: true }), 2),
    // How long a command task's mesos-executor may outlive its container
    // before SIGTERM (SIGKILL 1 s later).
    executor_grace_seconds: withDefault(seconds({ min: 0 }), 10),
    run_as_user: withDefault(bool(), false),
    hard_cpu_limits: withDefault(bool(), false),
    remove_on_exit: withDefault(bool(), true),
    workdir: withDefault(absolutePath({ noColon: true, notRoot: true }), '/tmp/mesos-sandbox'),
    // The Docker network a DockerInfo BRIDGE task joins.
    bridge_network: withDefault(text('a Docker network name, e.g. bridge or mesos-bridge'), 'bridge'),
    // Parents of sandboxes laid out otherwise than under the agent's work
    // directory (MESOS_WORK_DIRECTORY); Launch.directory must resolve below one of them or be a run directory under that.
    sandbox_roots: withDefault(absolutePathList('["/data/mesos-sandboxes"]', { notRoot: true }), []),
  },
  'containers.image': {
    default: optional(image()),
    ignore: withDefault(bool(), false),
  },
  'containers.options': {
    default: withDefault(stringList('["--dns", "8.8.8.8"]'), []),
    append: withDefault(stringList('["--dns", "8.8.8.8"]'), []),
    ignore: withDefault(bool(), false),
  },
  hooks: {
    onlaunch: withDefault(argv(), []),
    ondestroy: withDefault(argv(), []),
    timeout_seconds: withDefault(seconds({ min: 'positive' }), 30),
    // How a hook gets the task's variables (libs/lifecycle hooks.ts): safe = only as data.
    task_env: withDefault(oneOf(['safe', 'compat'] as const), 'safe'),
  },
  uris: {
    unpack: withDefault(bool(), true),
    timeout_seconds: withDefault(seconds({ min: 'positive' }), 300),
    // Largest file one URI may bring (download or copy), bytes.
    max_bytes: withDefault(byteCount(), 1024 * 1024 * 1024),
    // Directories a task with no user may copy local URIs from (after realpath); none by default.
    local_paths: withDefault(absolutePathList('["/srv/mesos-artifacts"]'), []),
  },
  log: {
    console: withDefault(logLevel(), ({ isTTY }) => (isTTY ? 'DEBUG' : 'INFO')),
    syslog: optional(logLevel()),
  },
  state: {
    root: withDefault(absolutePath({ noColon: true, notRoot: true }), '/tmp/deimos'),
  },
  recover: {
    remove_orphans: withDefault(bool(), true),
  },
  policy: {
    // Host access is refused unless named here (libs/docker policy.ts HOST_ACCESS).
    allow_host_access: withDefault(stringList('["host-network", "named-volumes"]'), []),
    deny_options: withDefault(stringList('["--memory-swap", "--tmpfs"]'), []),
    allow_options: withDefault(stringList('["--memory", "--env", "--dns"]'), []),
    allowed_volume_paths: withDefault(stringList('["/srv/data", "/var/lib/shared"]'), []),
    // Directories under allowed_volume_paths that others than root may write (shared with tasks): mounted whole only.
    task_writable_paths: withDefault(absolutePathList('["/srv/data/scratch"]'), []),
    // Create a missing bind source ourselves (as root, no link followed) instead of refusing it.
    create_missing_bind_paths: withDefault(bool(), false),
    allowed_images: withDefault(stringList('["registry.example:5000/", "busybox"]'), []),
    unjudged_options: withDefault(stringList('["--gpus"]'), []),
  },
} satisfies Readonly<Record<string, SectionSchema>>;

export type SectionName = keyof typeof SECTIONS;

/**
 * Checks across keys of one section, run after every key parsed. The result
 * names the key whose line the error points at.
 */
export const SECTION_CHECKS: { readonly [S in SectionName]?: (values: SectionValues<(typeof SECTIONS)[S]>) => { key: string; reason: string } | undefined } = {
  'containers.image': (v) =>
    v.ignore && v.default === undefined ? { key: 'ignore', reason: 'ignore: true replaces every task image with the default, but no default is set; add "default: docker:///<image>"' } : undefined,
};

/** The `[midonet]` keys. When the section is absent, see `legacyMidonet`. */
export const MIDONET_KEYS = {
  api_url: required(httpUrl()),
  username: optional(text()),
  password: optional(text()),
  project_id: optional(text()),
  host_id: optional(uuid()),
  host_id_file: withDefault(absolutePath(), '/etc/midonet_host_id.properties'),
  attach: withDefault(attach(), { mode: 'agent' }),
  required: withDefault(bool(), true),
  api_version: withDefault(oneOf(['2015', '5'] as const), '2015'),
  timeout_seconds: withDefault(seconds({ min: 'positive' }), 10),
  datapath: withDefault(interfaceName('datapath name'), 'midonet'),
  reserved: withDefault(addressRanges(), []),
  task_addresses: withDefault(bool(), true),
} satisfies SectionSchema;

/** Every section a file may contain. */
export const KNOWN_SECTIONS: readonly string[] = ['docker', ...Object.keys(SECTIONS), 'midonet'];

type Underscored<S extends string> = S extends `${infer H}.${infer R}` ? `${H}_${Underscored<R>}` : S;
type CamelCase<S extends string> = S extends `${infer H}_${infer R}` ? `${H}${Capitalize<CamelCase<R>>}` : S;

/** `docker.index` -> `dockerIndex`, `stop_grace_seconds` -> `stopGraceSeconds`. */
export type PropertyName<S extends string> = CamelCase<Underscored<S>>;

/** The same mapping at run time. */
export function propertyName(name: string): string {
  return name.replace(/[._]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The typed values of one section. */
export type SectionValues<K extends SectionSchema> = {
  readonly [P in keyof K & string as PropertyName<P>]: K[P] extends KeySpec<infer T> ? T : never;
};

/** Every fixed section's values, keyed by property name. */
export type SchemaSections = {
  readonly [S in SectionName as PropertyName<S>]: SectionValues<(typeof SECTIONS)[S]>;
};
