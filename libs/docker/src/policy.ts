import { DeimosError } from '@deimos/errors';
import type { LaunchSpec } from './interpret';

/** Operator controls over what a task may ask of `docker run` (`[policy]`). */
export interface LaunchPolicy {
  denyOptions: readonly string[];
  allowOptions: readonly string[];
  allowedVolumePaths: readonly string[];
  allowedImages: readonly string[];
}

/** docker run flags that take no value (everything else takes one). */
const BOOLEAN_FLAGS = new Set([
  '--privileged',
  '--rm',
  '--detach',
  '--interactive',
  '--tty',
  '--init',
  '--read-only',
  '--sig-proxy',
  '--no-healthcheck',
  '--oom-kill-disable',
  '--publish-all',
  '--disable-content-trust',
  '--help',
  '--quiet',
]);

/** Short forms and aliases, to one canonical long name. */
const CANONICAL: Record<string, string> = {
  '-v': '--volume',
  '-e': '--env',
  '-p': '--publish',
  '-P': '--publish-all',
  '-u': '--user',
  '-w': '--workdir',
  '-m': '--memory',
  '-h': '--hostname',
  '-l': '--label',
  '-c': '--cpu-shares',
  '-d': '--detach',
  '-i': '--interactive',
  '-t': '--tty',
  '-a': '--attach',
  '--net': '--network',
  '--net-alias': '--network-alias',
};

export interface DockerOption {
  name: string;
  value?: string;
  /** Where it came from, for messages. */
  source: string;
}

/** The long name of a docker run option given in a short form or alias (`-v` -> `--volume`). */
export function canonical(name: string): string {
  return CANONICAL[name] ?? name;
}

/**
 * Split docker run options into (name, value) pairs: `--name=value`,
 * `--name value`, `-x value`, boolean flags, and bundled short flags (`-it`).
 */
export function parseDockerOptions(tokens: readonly string[], source: string): DockerOption[] {
  const out: DockerOption[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.startsWith('-') || t === '-' || t === '--') {
      throw new DeimosError('POLICY', `${source}: "${t}" is not a docker run option`, { hint: 'options are --name[=value]; the command goes after //' });
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      if (eq > 0) out.push({ name: canonical(t.slice(0, eq)), value: t.slice(eq + 1), source });
      else {
        const name = canonical(t);
        if (BOOLEAN_FLAGS.has(name)) out.push({ name, source });
        else out.push({ name, value: tokens[++i], source });
      }
      continue;
    }
    // Short options: -xVALUE, -x VALUE, or bundled boolean flags -it.
    const flag = canonical(t.slice(0, 2));
    if (BOOLEAN_FLAGS.has(flag)) {
      for (const c of t.slice(1)) out.push({ name: canonical(`-${c}`), source });
    } else if (t.length > 2) out.push({ name: flag, value: t.slice(2), source });
    else out.push({ name: flag, value: tokens[++i], source });
  }
  return out;
}

/** The options a launch would pass, with what they came from. */
export function launchOptions(spec: LaunchSpec): DockerOption[] {
  const opts = parseDockerOptions(spec.options, 'container options');
  if (spec.privileged) opts.push({ name: '--privileged', source: 'container.docker.privileged' });
  if (spec.network) opts.push({ name: '--network', value: spec.network, source: 'container.docker.network' });
  for (const p of spec.parameters) opts.push({ name: canonical(`--${p.key}`), value: p.value, source: 'container.docker.parameters' });
  for (const v of spec.volumes) {
    opts.push({ name: '--volume', value: v.hostPath ? `${v.hostPath}:${v.containerPath}` : v.containerPath, source: 'container.volumes' });
  }
  return opts;
}

function ruleMatches(rule: string, opt: DockerOption): boolean {
  const eq = rule.indexOf('=');
  const name = canonical(eq > 0 ? rule.slice(0, eq) : rule);
  if (name !== opt.name) return false;
  return eq < 0 || (opt.value ?? '') === rule.slice(eq + 1);
}

function refuse(opt: DockerOption, key: string, why: string): DeimosError {
  const shown = opt.value === undefined ? opt.name : `${opt.name}=${opt.value}`;
  return new DeimosError('POLICY', `launch refused: ${shown} (from ${opt.source}) ${why} by [policy] ${key}`, {
    hint: `remove it from the task, or change [policy] ${key} in the configuration`,
  });
}

/** The host path of a bind mount, or undefined for a named or anonymous volume. */
function bindSource(opt: DockerOption): string | undefined {
  if (opt.name === '--volume') {
    const src = (opt.value ?? '').split(':')[0];
    return src.startsWith('/') ? src : undefined;
  }
  if (opt.name === '--mount') {
    const fields = Object.fromEntries((opt.value ?? '').split(',').map((kv) => kv.split('=') as [string, string]));
    if (fields.type !== 'bind') return undefined;
    return fields.source ?? fields.src ?? '';
  }
  return undefined;
}

function normalizePath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

function underAllowed(path: string, allowed: readonly string[]): boolean {
  const p = normalizePath(path);
  return allowed.some((a) => {
    const base = normalizePath(a);
    return base === '/' || p === base || p.startsWith(`${base}/`);
  });
}

/**
 * Check a launch against the policy; throws a POLICY error naming the option
 * and the configuration key that refused it. Pure: nothing is started.
 */
export function checkPolicy(spec: LaunchSpec, policy: LaunchPolicy): void {
  if (policy.allowedImages.length > 0 && !policy.allowedImages.some((prefix) => spec.image.startsWith(prefix))) {
    throw new DeimosError('POLICY', `launch refused: image ${spec.image} is not allowed by [policy] allowed_images`, {
      hint: `allowed prefixes: ${policy.allowedImages.join(', ')}`,
    });
  }
  for (const opt of launchOptions(spec)) {
    const denied = policy.denyOptions.find((rule) => ruleMatches(rule, opt));
    if (denied) throw refuse(opt, 'deny_options', `is denied (rule "${denied}")`);
    if (policy.allowOptions.length > 0 && !policy.allowOptions.some((rule) => ruleMatches(rule, opt))) {
      throw refuse(opt, 'allow_options', 'is not allowed');
    }
    const src = bindSource(opt);
    if (src !== undefined) {
      if (normalizePath(src) === '/' && !policy.allowedVolumePaths.map(normalizePath).includes('/')) {
        throw refuse(opt, 'allowed_volume_paths', 'bind-mounts the host root /, which is not allowed');
      }
      if (!underAllowed(src, policy.allowedVolumePaths)) {
        throw refuse(opt, 'allowed_volume_paths', `bind-mounts host path ${src}, which is not allowed`);
      }
    }
  }
}
