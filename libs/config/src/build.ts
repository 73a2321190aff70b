import { ConfigError } from '@deimos/errors';
import type { IniDocument, IniEntry, IniSection } from './ini';
import { legacyMidonet } from './midonet';
import { REDACTED, isSecretKey, redactUrlCredentials } from './redact';
import { KNOWN_SECTIONS, MIDONET_KEYS, SECTIONS, SECTION_CHECKS, propertyName, type DefaultsContext, type SectionName, type SectionSchema } from './schema';
import type { DeimosConfig, DockerGlobalOptions, DockerOptionValue, MidonetConfig } from './types';
import { scanValue, type RawValue, type ValueType } from './values';

export interface BuildContext extends DefaultsContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string | undefined;
  /** False: never consult `~/.midonetrc` or `MIDO_*` (used by `defaultConfig`). */
  readonly legacyMidonet: boolean;
}

/** Turn a parsed file into the typed configuration; every problem is a ConfigError at its line. */
export function buildConfig(doc: IniDocument, ctx: BuildContext): DeimosConfig {
  for (const section of doc.sections.values()) {
    if (!KNOWN_SECTIONS.includes(section.name)) {
      throw new ConfigError(`unknown section [${section.name}]${didYouMean(section.name, KNOWN_SECTIONS, (s) => `[${s}]`)}; expected one of: ${KNOWN_SECTIONS.map((s) => `[${s}]`).join(', ')}`, {
        file: doc.file,
        line: section.line,
      });
    }
  }

  const out: Record<string, unknown> = { docker: dockerOptions(doc.file, doc.sections.get('docker')) };
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const section = doc.sections.get(name);
    const values = buildSection(doc.file, name, SECTIONS[name], section, ctx);
    const check = SECTION_CHECKS[name] as ((v: unknown) => { key: string; reason: string } | undefined) | undefined;
    const problem = check?.(values);
    if (problem) {
      const line = section?.entries.find((e) => e.key.toLowerCase() === problem.key)?.line ?? section?.line;
      throw new ConfigError(`[${name}] ${problem.reason}`, { file: doc.file, line });
    }
    out[propertyName(name)] = values;
  }

  const midonet = doc.sections.get('midonet');
  if (midonet) {
    const values = buildSection(doc.file, 'midonet', MIDONET_KEYS, midonet, ctx);
    out.midonet = Object.freeze({ ...values, source: Object.freeze({ kind: 'section', file: doc.file, line: midonet.line }) });
  } else if (ctx.legacyMidonet) {
    defineLazy(out, 'midonet', () => legacyMidonet(ctx));
  } else {
    out.midonet = undefined;
  }
  return Object.freeze(out) as unknown as DeimosConfig;
}

/**
 * Values of one fixed section: keys matched case-insensitively (as
 * configparser did), each read by its type, the rest defaulted.
 */
function buildSection(file: string, name: string, keys: SectionSchema, section: IniSection | undefined, ctx: DefaultsContext): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  const known = Object.keys(keys);
  for (const entry of section?.entries ?? []) {
    const key = entry.key.toLowerCase();
    const where = { file, line: entry.line };
    if (!Object.hasOwn(keys, key)) {
      throw new ConfigError(`unknown key "${clip(entry.key)}" in [${name}]${didYouMean(key, known)}; expected one of: ${known.join(', ')}`, where);
    }
    const first = seen.get(key);
    if (first !== undefined) throw new ConfigError(`duplicate key "${key}" in [${name}] (first set at line ${first}); keep one`, where);
    seen.set(key, entry.line);
    values[propertyName(key)] = readValue(file, name, key, entry, keys[key].type);
  }
  for (const [key, spec] of Object.entries(keys)) {
    if (seen.has(key)) continue;
    if (spec.presence === 'required') {
      throw new ConfigError(`[${name}] has no ${key}; expected ${spec.type.expected}`, { file, line: section?.line });
    }
    values[propertyName(key)] = spec.presence === 'default' && spec.defaultValue ? spec.defaultValue(ctx) : undefined;
  }
  return Object.freeze(values);
}

function readValue<T>(file: string, section: string, key: string, entry: IniEntry, type: ValueType<T>): T {
  const where = { file, line: entry.line };
  const raw = scanValue(entry.text);
  if (!raw.ok) throw new ConfigError(`[${section}] ${key}: ${raw.reason}`, where);
  const value = type.parse(raw.value);
  if (!value.ok) throw new ConfigError(`[${section}] ${key}: ${value.reason}, got ${describe(raw.value, key)}`, where);
  return freezeDeep(value.value);
}

const DOCKER_KEY = /^[a-z][a-z0-9_-]*$/i;

/** `[docker]`: any option name; keys keep their case (`H` is not `h` to docker). */
function dockerOptions(file: string, section: IniSection | undefined): DockerGlobalOptions {
  const out = new Map<string, DockerOptionValue>();
  const seen = new Map<string, number>();
  for (const entry of section?.entries ?? []) {
    const where = { file, line: entry.line };
    if (!DOCKER_KEY.test(entry.key)) {
      throw new ConfigError(`[docker] "${clip(entry.key)}" is not an option name; expected a letter then letters, digits, "_" or "-" (e.g. host, tlsverify, H)`, where);
    }
    const first = seen.get(entry.key);
    if (first !== undefined) throw new ConfigError(`duplicate key "${entry.key}" in [docker] (first set at line ${first}); use a JSON list to repeat an option`, where);
    seen.set(entry.key, entry.line);
    const raw = scanValue(entry.text);
    if (!raw.ok) throw new ConfigError(`[docker] ${entry.key}: ${raw.reason}`, where);
    out.set(entry.key, dockerValue(raw.value, entry.key, where));
  }
  return Object.freeze(Object.fromEntries(out));
}

function dockerValue(raw: RawValue, key: string, where: { file: string; line: number }): DockerOptionValue {
  const expected = 'a value, true, false or a JSON list of strings';
  switch (raw.kind) {
    case 'bool':
      return raw.value;
    case 'string':
      if (raw.text === '') throw new ConfigError(`[docker] ${key}: empty value; expected ${expected}`, where);
      return raw.text;
    case 'list': {
      const bad = raw.items.findIndex((i) => typeof i === 'boolean');
      if (bad >= 0) throw new ConfigError(`[docker] ${key}: item ${bad + 1} is a boolean; expected ${expected}`, where);
      return Object.freeze(raw.items.map(String));
    }
  }
}

/** A value for an error message: secrets hidden, URL credentials removed, long text cut. */
export function describe(raw: RawValue, key: string): string {
  if (isSecretKey(key)) return REDACTED;
  switch (raw.kind) {
    case 'bool':
      return String(raw.value);
    case 'string':
      return JSON.stringify(clip(redactUrlCredentials(raw.text)));
    case 'list':
      return clip(redactUrlCredentials(JSON.stringify(raw.items)));
  }
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) freezeDeep(inner);
    Object.freeze(value);
  }
  return value;
}

/** A getter computed on first read and kept; a throw is not kept, so the next read retries. */
function defineLazy(target: Record<string, unknown>, prop: string, compute: () => MidonetConfig | undefined): void {
  let cached: { value: MidonetConfig | undefined } | undefined;
  Object.defineProperty(target, prop, {
    enumerable: true,
    get() {
      cached ??= { value: compute() };
      return cached.value;
    },
  });
}

/** ` (did you mean x?)` for a near miss (edit distance <= 2), else ``. */
function didYouMean(word: string, candidates: readonly string[], show: (s: string) => string = (s) => s): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` (did you mean ${show(best)}?)`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
