/**
 * The operator's rules over what a task may ask of Docker (`[policy]`),
 * judged on the typed model, never on option text. Each option the framework
 * sent whose value Docker keeps is applied alone to an empty model and what
 * it set is judged, so a refusal names the option as the framework wrote it;
 * an option a later one replaces (`--privileged --privileged=false`: Docker
 * keeps the last value of a scalar option, options.ts `last`) sets nothing
 * and is not judged for what it reaches. Everything through which a
 * container can reach the host is refused unless the operator allows that
 * kind of access by name (`allow_host_access`); a value equal to what the
 * engine does anyway (its default runtime, its own platform, its default
 * cgroup namespace, the local volume driver) reaches nothing more.
 */
import { DeimosError } from '@deimos/errors';
import { judgeBindSource, type HostBind, type PathFacts } from './binds';
import { launchOccurrences } from './container';
import { parseImagePrefix, parseImageRef } from './image';
import type { EngineDefaults } from './inspect';
import type { LaunchSpec, PortRange } from './interpret';
import { LABELS } from './labels';
import { emptyModel, type ContainerModel } from './options/model';
import { applyOptions, freshDraft, longName, optionNamed, replacedLater, TABLE, type ReadOption } from './options/options';
import { formatPlatform, parsePlatform, samePlatform } from './options/platform';

/** Operator controls over what a task may ask of `docker create` (`[policy]`). */
export interface LaunchPolicy {
  /** Option rules (`--name` or `--name=value`) refused on top of the host-access rules. */
  denyOptions: readonly string[];
  /** When not empty, the only options a task may use. */
  allowOptions: readonly string[];
  allowedVolumePaths: readonly string[];
  /** Directories under allowedVolumePaths that others than root may write: mounted whole only (binds.ts). */
  taskWritablePaths: readonly string[];
  /** Create a missing bind source (as root, following no link) instead of refusing it. */
  createMissingBindPaths: boolean;
  allowedImages: readonly string[];
  /** Kinds of host access the operator allows (HOST_ACCESS). */
  allowHostAccess: readonly string[];
  /** Options not in the model that are sent to the CLI unjudged (long names). */
  unjudgedOptions: readonly string[];
}

/** Every kind of host access the policy knows, with what it means. */
export const HOST_ACCESS = {
  privileged: 'every device and capability of the host (--privileged)',
  'host-network': "the host's network namespace (--network=host)",
  'host-pid': "the host's process namespace (--pid=host)",
  'host-ipc': "the host's IPC namespace (--ipc=host)",
  'host-uts': "the host's UTS namespace (--uts=host)",
  'host-userns': "the host's user namespace (--userns=host)",
  'host-cgroupns': "the host's cgroup namespace where the engine's default is private (--cgroupns=host)",
  'container-namespaces': "another container's namespaces (container:<name>)",
  networks: 'a named Docker network other than bridge and none',
  capabilities: 'added Linux capabilities (--cap-add)',
  devices: 'host devices (--device)',
  'security-options': 'weaker confinement (--security-opt other than no-new-privileges)',
  'cgroup-parent': 'a cgroup of its choosing (--cgroup-parent)',
  'volumes-from': "another container's volumes (--volumes-from)",
  'named-volumes': 'named volumes, shared across containers (-v name:/path, --mount type=volume)',
  'volume-drivers': 'volume plugins other than the local driver (--volume-driver, volume-driver=)',
  sysctls: 'kernel parameters (--sysctl)',
  ulimits: 'resource limits set by the engine as root (--ulimit)',
  runtime: "an OCI runtime other than the engine's default (--runtime)",
  platform: "images of a platform other than the engine's, run through the host's binfmt_misc emulators (--platform)",
  logging: 'a log driver and its options (--log-driver, --log-opt)',
  'oom-score': 'an OOM score below 0, so the host kills others first (--oom-score-adj)',
  'host-ports': "host ports outside the task's ports resource (-p, -P)",
} as const;

export type HostAccess = keyof typeof HOST_ACCESS;

export interface PolicyContext {
  /** Ports the task holds (its `ports` resource). */
  allocatedPorts: readonly PortRange[];
  /** The task is wired into MidoNet, so its network is ours to set. */
  wired: boolean;
  /** The host's file system, where bind sources are resolved and their owners read (lstat, readlink). */
  host: PathFacts;
  /** The network DockerInfo BRIDGE stands for (`[containers] bridge_network`): the operator's, not a task's choice. */
  bridgeNetwork?: string;
  /**
   * What the engine does for a container that names no runtime, platform
   * or cgroup namespace (`docker info`, read by the caller when
   * `wantsEngineDefaults` says so). Without it, naming any of them is
   * judged as asking for something else.
   */
  engine?: EngineDefaults;
}

/** The options whose judgement depends on the engine's defaults. */
const ENGINE_DEFAULT_OPTIONS = new Set(['runtime', 'platform', 'cgroupns'].map((n) => TABLE.byName.get(n)));

/**
 * Whether judging a launch needs the engine's defaults (a task names the
 * runtime, the platform or the cgroup namespace), so that a launch that
 * names none does not ask the engine. Words that do not read are left to
 * checkPolicy, which refuses them.
 */
export function wantsEngineDefaults(spec: LaunchSpec): boolean {
  try {
    return launchOccurrences(spec).some((o) => o.fromTask && ENGINE_DEFAULT_OPTIONS.has(o.flag));
  } catch {
    return false;
  }
}

/** What an option reaches on the host, judged from the model fields it set. */
function hostAccessOf(m: ContainerModel, ctx: PolicyContext): Array<{ access: HostAccess; what: string }> {
  const out: Array<{ access: HostAccess; what: string }> = [];
  const add = (access: HostAccess, what: string) => out.push({ access, what });
  if (m.privileged) add('privileged', 'privileged mode');
  const ns = (value: string, access: HostAccess, what: string) => {
    if (value === 'host') add(access, `${what}=host`);
    else if (value.startsWith('container:')) add('container-namespaces', `${what}=${value}`);
  };
  ns(m.network, 'host-network', 'network');
  if (!['', 'host', 'none', 'bridge', 'default', ctx.bridgeNetwork ?? 'bridge'].includes(m.network) && !m.network.startsWith('container:')) add('networks', `network ${m.network}`);
  ns(m.pid, 'host-pid', 'pid');
  ns(m.ipc, 'host-ipc', 'ipc');
  ns(m.uts, 'host-uts', 'uts');
  ns(m.userns, 'host-userns', 'userns');
  // On cgroup v1 and hybrid hosts the engine runs every container in the
  // host's cgroup namespace unless told otherwise: asking for it again asks nothing.
  if (!(m.cgroupns === 'host' && ctx.engine?.cgroupns === 'host')) ns(m.cgroupns, 'host-cgroupns', 'cgroupns');
  for (const c of m.capAdd) add('capabilities', `capability ${c}`);
  for (const d of m.devices) add('devices', `device ${d.PathOnHost}`);
  for (const s of m.securityOpt) if (s !== 'no-new-privileges' && s !== 'no-new-privileges=true') add('security-options', `security option ${s}`);
  if (m.unmaskedPaths) add('security-options', 'security option systempaths=unconfined');
  if (m.cgroupParent) add('cgroup-parent', `cgroup parent ${m.cgroupParent}`);
  for (const v of m.volumesFrom) add('volumes-from', `volumes of ${v}`);
  // `local` is the engine's own driver, the one every volume gets when none is named (moby volume.DefaultDriverName).
  if (m.volumeDriver && m.volumeDriver !== 'local') add('volume-drivers', `volume driver ${m.volumeDriver}`);
  for (const b of m.binds) if (!b.source.startsWith('/')) add('named-volumes', `named volume ${b.source}`);
  for (const x of m.mounts) {
    if (x.Type === 'volume' && x.Source) add('named-volumes', `named volume ${x.Source}`);
    const driver = x.VolumeOptions?.DriverConfig.Name;
    if (driver && driver !== 'local') add('volume-drivers', `volume driver ${driver}`);
  }
  for (const k of Object.keys(m.sysctls)) add('sysctls', `sysctl ${k}`);
  for (const u of m.ulimits) add('ulimits', `ulimit ${u.Name}`);
  if (m.runtime && m.runtime !== ctx.engine?.runtime) add('runtime', `runtime ${m.runtime}${ctx.engine ? ` (the engine's default is ${ctx.engine.runtime})` : ''}`);
  if (m.platform) {
    const own = ctx.engine?.platform;
    if (!own || !samePlatform(parsePlatform(m.platform), own)) add('platform', `platform ${m.platform}${own ? ` (the engine's is ${formatPlatform(own)})` : ''}`);
  }
  if (m.logDriver) add('logging', `log driver ${m.logDriver}`);
  for (const k of Object.keys(m.logOpts)) add('logging', `log option ${k}`);
  if (m.oomScoreAdj < 0) add('oom-score', `OOM score ${m.oomScoreAdj}`);
  if (m.publishAll) add('host-ports', 'random host ports for every exposed port');
  for (const bindings of Object.values(m.portBindings)) {
    for (const b of bindings) {
      const p = Number(b.HostPort);
      const held = b.HostPort !== '' && ctx.allocatedPorts.some((r) => p >= r.begin && p <= r.end);
      if (!held) add('host-ports', b.HostPort === '' ? 'a random host port' : `host port ${b.HostPort}, which the task does not hold`);
    }
  }
  return out;
}

function refusal(o: ReadOption, why: string, key: string, hint?: string): DeimosError {
  const shown = o.flag.bool && o.value === 'true' ? o.name : `${o.name} ${o.value}`;
  const written = o.written === shown || o.written === `${o.name}=${o.value}` ? '' : `, written ${JSON.stringify(o.written)}`;
  return new DeimosError('POLICY', `launch refused: ${shown} (from ${o.source}${written}) ${why} by [policy] ${key}`, {
    hint: hint ?? `remove it from the task, or change [policy] ${key} in the configuration`,
  });
}

function ruleMatches(rule: string, o: ReadOption): boolean {
  const eq = rule.indexOf('=');
  const def = optionNamed(eq > 0 ? rule.slice(0, eq) : rule);
  if (def !== o.flag) return false;
  return eq < 0 || o.value === rule.slice(eq + 1);
}

/** Bind-mount sources an option set, as host paths, with their targets. */
function bindSources(m: ContainerModel): Array<{ source: string; target: string }> {
  return [
    ...m.binds.filter((b) => b.source.startsWith('/')).map((b) => ({ source: b.source, target: b.target })),
    ...m.mounts.filter((x) => x.Type === 'bind').map((x) => ({ source: x.Source, target: x.Target })),
  ];
}

/**
 * Whether an allowed_images entry admits an image, by registry, repository
 * path components and tag, never as a string prefix: `busybox` admits
 * `busybox:1.36` but not `busyboxevil`; `registry.example:5000/` admits
 * everything from that registry; `team/` a Docker Hub namespace;
 * `busybox:1.36` that tag only.
 */
export function imageAllowed(image: string, entry: string): boolean {
  const isPrefix = entry.endsWith('/');
  // Read as the engine reads names (parseImageRef in image.ts): the registry
  // judged is the one the pull goes to.
  const want: { registry: string; path: string[]; tag?: string } = isPrefix ? parseImagePrefix(entry) : parseImageRef(entry);
  const got = parseImageRef(image);
  if (got.registry !== want.registry) return false;
  if (isPrefix ? got.path.length <= want.path.length : got.path.length !== want.path.length) return false;
  if (!want.path.every((seg, i) => got.path[i] === seg)) return false;
  return want.tag === undefined || want.tag === (got.tag ?? 'latest');
}

/**
 * Check a launch against the policy; throws a POLICY error naming the option
 * as written, what it reaches and the configuration key. Returns the task's
 * bind sources as judged: the resolved host path to mount in place of each
 * (buildContainerModel's `hostBinds`). Pure: the host's file system is read
 * through `ctx.host`.
 */
export function checkPolicy(spec: LaunchSpec, policy: LaunchPolicy, ctx: PolicyContext): HostBind[] {
  checkPolicySettings(policy);
  if (policy.allowedImages.length > 0 && !policy.allowedImages.some((entry) => imageAllowed(spec.image, entry))) {
    throw new DeimosError('POLICY', `launch refused: image ${spec.image} is not allowed by [policy] allowed_images`, {
      hint: `allowed: ${policy.allowedImages.join(', ')}`,
    });
  }
  const allowed = new Set(policy.allowHostAccess);
  // Each option the framework sent. Docker keeps the last value of a scalar
  // option: one that a later occurrence replaces (the framework's, the
  // configuration's or a DockerInfo field's) sets nothing, and only the
  // rules on option words judge it. The rest are applied alone to an empty
  // model, and what each sets is judged.
  const all = launchOccurrences(spec);
  const replaced = replacedLater(all);
  const written: ReadOption[] = [];
  const judged: Array<{ o: ReadOption; m: ContainerModel }> = [];
  for (const [i, o] of all.entries()) {
    if (!o.fromTask) continue;
    if (replaced[i]) {
      written.push(o);
      continue;
    }
    const m = emptyModel();
    applyOptions(m, [o], freshDraft(), policy.unjudgedOptions);
    if (m.passThrough.length > 0) continue;
    written.push(o);
    judged.push({ o, m });
  }
  for (const o of written) {
    const denied = policy.denyOptions.find((rule) => ruleMatches(rule, o));
    if (denied) throw refusal(o, `is denied (rule "${denied}")`, 'deny_options');
    if (policy.allowOptions.length > 0 && !policy.allowOptions.some((rule) => ruleMatches(rule, o))) throw refusal(o, 'is not allowed', 'allow_options');
  }
  // Host paths first: a bind of the host is named even when the same word
  // bundles other refused flags (`-tiPv=/:/host`). Each is judged where it
  // leads on the host (binds.ts), and that path is what gets mounted.
  const binds: HostBind[] = [];
  for (const { o, m } of judged) {
    for (const { source, target } of bindSources(m)) {
      const verdict = judgeBindSource(source, target, policy, ctx.host);
      if ('refused' in verdict) throw refusal(o, verdict.refused.why, verdict.refused.key, verdict.refused.hint);
      binds.push(verdict.bind);
    }
  }
  for (const { o, m } of judged) {
    for (const key of Object.keys(m.labels)) {
      if (key.startsWith('org.deimos.'))
        throw refusal(o, `sets label ${key}, which belongs to the containerizer (${LABELS.managed} and its kin), and is refused`, 'allow_host_access', 'remove the label from the task');
    }
    if (ctx.wired && m.network !== '')
      throw refusal(
        o,
        'chooses a Docker network for a task wired into MidoNet; its network is set by the containerizer, and this is refused',
        'allow_host_access',
        'remove the network option or MIDONET_BRIDGE_ID',
      );
    for (const { access, what } of hostAccessOf(m, ctx)) {
      if (!allowed.has(access))
        throw refusal(
          o,
          `gives the container ${what}: host access "${access}" is not allowed`,
          'allow_host_access',
          `that is ${HOST_ACCESS[access]}; remove it from the task, or add "${access}" to [policy] allow_host_access`,
        );
    }
  }
  return binds;
}

/** `--name` or `-x` rules that name no option we know. */
function unknownRules(rules: readonly string[]): string[] {
  return rules.filter((r) => optionNamed(r.split('=')[0]) === undefined);
}

/**
 * The `[policy]` values name only host access and options we know: a
 * misspelt entry would silently not do what the operator meant.
 */
function checkPolicySettings(policy: LaunchPolicy): void {
  const bad = (key: string, entries: string[], known: string) => {
    if (entries.length > 0) {
      throw new DeimosError('CONFIG', `[policy] ${key} names ${entries.map((e) => JSON.stringify(e)).join(', ')}, which ${entries.length > 1 ? 'are' : 'is'} not known`, { hint: known });
    }
  };
  bad(
    'allow_host_access',
    policy.allowHostAccess.filter((a) => !(a in HOST_ACCESS)),
    `known: ${Object.keys(HOST_ACCESS).join(', ')}`,
  );
  bad('deny_options', unknownRules(policy.denyOptions), 'name options as docker create --help does, e.g. "--memory" or "--network=host"');
  bad('allow_options', unknownRules(policy.allowOptions), 'name options as docker create --help does, e.g. "--memory"');
  const modelled = policy.unjudgedOptions.filter((o) => optionNamed(o) === undefined || optionNamed(o)?.refused === undefined || !o.startsWith('--'));
  bad('unjudged_options', modelled, 'only options the model refuses as not modelled, by long name (e.g. "--gpus"); modelled ones are judged by the rules above');
}

export { longName };
