import * as path from 'node:path';
import { createBody, describeModel, dockerNameFor } from '@deimos/docker';
import type { Launch } from '@deimos/protocol';
import { containerModelFor, needsImageFacts, planLaunch } from './plan';
import type { Runtime } from './runtime';

export interface Explanation {
  containerId: string;
  kind: 'command' | 'executor';
  image: string;
  imageSource: string;
  imagePresent: boolean | 'not checked';
  command: string[];
  /** The `docker create` argv of the container launch would create (then `docker start -a`). */
  argv: string[];
  /** The container, as the Engine API create body launch sends. */
  container: Record<string, unknown>;
  /** The fields that differ from Docker's defaults, one line each. */
  fields: string[];
  environment: Record<string, string>;
  /**
   * What is mounted where. `source` is the host path given to the engine; for
   * a bind the task asked for, `written` is its source as the task wrote it
   * (the engine gets `source`, links resolved), and `create` what launch
   * makes first under [policy] create_missing_bind_paths.
   */
  mounts: Array<{ source: string; target: string; mode: string; written?: string; create?: string }>;
  ports: Array<{ host: string; container: string }>;
  resources: { cpus?: number; memMb?: number };
  policy: string;
  midonet?: { bridgeId: string; ip?: string; gateway?: string; hostInterface: string; containerInterface: string; attach: string };
  observer: string;
  notes: string[];
}

/**
 * What launch would do for a Launch message, without starting or creating
 * anything: the same planning, policy check and argv builder as launch. The
 * image is inspected if it is here (never pulled).
 */
export async function explainLaunch(rt: Runtime, launch: Launch): Promise<Explanation> {
  const spec = await planLaunch(rt, launch, { checkSandbox: false, createBindSources: false });
  const notes: string[] = [];
  let facts: unknown | undefined;
  let imagePresent: Explanation['imagePresent'] = 'not checked';
  if (needsImageFacts(spec) || spec.forcePull) {
    facts = await rt.docker.imageInspect(spec.image);
    imagePresent = facts !== undefined;
    if (facts === undefined) notes.push(`image ${spec.image} is not on this host: launch would pull it, so exposed ports and its own command are not known here`);
    if (spec.forcePull) notes.push('force_pull_image: launch pulls the image first');
  }
  const st = rt.root.container(spec.containerId);
  const model = containerModelFor(rt, spec, facts, spec.directory ? st.sandboxLink : undefined);
  const argv = rt.docker.createArgv(model, dockerNameFor(spec.containerId));
  const environment: Record<string, string> = {};
  for (const kv of model.env) {
    const eq = kv.indexOf('=');
    environment[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  // Each bind the task asked for, by where it is mounted (the engine refuses two mounts on one target).
  const asked = (source: string, target: string) => {
    const b = spec.hostBinds.find((h) => h.mounted === source && h.target === target);
    if (b === undefined) return {};
    return { written: b.written, ...(b.create ? { create: path.posix.join(b.create.under, ...b.create.names) } : {}) };
  };
  const mounts = [
    ...model.binds.map((b) => ({ source: b.source, target: b.target, mode: b.mode ?? 'rw', ...asked(b.source, b.target) })),
    ...model.anonymousVolumes.map((v) => ({ source: '(anonymous volume)', target: v, mode: 'rw' })),
    ...model.mounts.map((x) => ({ source: x.Source || `(${x.Type})`, target: x.Target, mode: x.ReadOnly ? 'ro' : 'rw', ...(x.Type === 'bind' ? asked(x.Source, x.Target) : {}) })),
  ];
  const ports = Object.entries(model.portBindings).flatMap(([key, bindings]) => bindings.map((b) => ({ host: `${b.HostIp ? `${b.HostIp}:` : ''}${b.HostPort || '(random)'}`, container: key })));
  if (spec.directory) notes.push(`the sandbox ${spec.directory} is mounted through the link ${st.sandboxLink}`);
  if (spec.uris.length > 0) notes.push(`launch fetches ${spec.uris.map((u) => u.value).join(', ')} into the sandbox first`);
  const midonet = spec.midonet
    ? {
        bridgeId: spec.midonet.plan.bridgeId,
        ip: spec.midonet.plan.ip,
        gateway: spec.midonet.plan.gateway,
        hostInterface: spec.midonet.plan.hostIf,
        containerInterface: 'eth0',
        attach: rt.config.midonet?.attach.mode === 'bridge' ? `bridge:${rt.config.midonet.attach.bridge}` : (rt.config.midonet?.attach.mode ?? 'agent'),
      }
    : undefined;
  if (midonet) notes.push('MidoNet: the task is held until eth0 is wired (port, veth into the netns, address, attach, binding)');
  return {
    containerId: spec.containerId,
    kind: spec.kind,
    image: spec.image,
    imageSource: spec.imageSource,
    imagePresent,
    command: spec.command,
    argv,
    container: createBody(model),
    fields: describeModel(model),
    environment,
    mounts,
    ports,
    resources: { cpus: spec.cpus, memMb: spec.memMb },
    policy: 'allowed by [policy]',
    midonet,
    observer:
      spec.kind === 'command'
        ? 'mesos-executor running deimos-observer-executor <id> (through --task_command or --override, whichever its --help lists), started on the host'
        : 'none (the executor runs in the container)',
    notes,
  };
}

export function renderExplanation(e: Explanation): string {
  const lines = [
    `container   ${e.containerId} (${e.kind} task)`,
    `image       ${e.image} (from ${e.imageSource}${e.imagePresent === 'not checked' ? '' : e.imagePresent ? ', present here' : ', not present here'})`,
    `command     ${e.command.length > 0 ? JSON.stringify(e.command) : "the image's own"}`,
    `resources   cpus ${e.resources.cpus ?? '-'}, mem ${e.resources.memMb ?? '-'} MB`,
    `policy      ${e.policy}`,
    `observer    ${e.observer}`,
    `docker      ${e.argv.map((a) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')}`,
    "container (fields that differ from Docker's defaults)",
    ...e.fields.map((f) => `  ${f}`),
    'environment',
    ...Object.entries(e.environment).map(([k, v]) => `  ${k}=${v}`),
    'mounts',
    ...e.mounts.map((m) => `  ${m.source} -> ${m.target} (${m.mode})${m.written === undefined ? '' : `, written ${m.written}`}${m.create ? `, created first up to ${m.create}` : ''}`),
    'ports',
    ...(e.ports.length > 0 ? e.ports.map((p) => `  host ${p.host} -> container ${p.container}`) : ['  none']),
  ];
  if (e.midonet) {
    lines.push(
      'midonet',
      `  bridge ${e.midonet.bridgeId}, host end ${e.midonet.hostInterface} (${e.midonet.attach}), container eth0 ${e.midonet.ip ?? '(no address)'}${e.midonet.gateway ? ` via ${e.midonet.gateway}` : ''}`,
    );
  }
  for (const n of e.notes) lines.push(`note        ${n}`);
  return `${lines.join('\n')}\n`;
}
