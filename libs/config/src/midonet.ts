import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, hasErrno } from '@deimos/errors';
import type { BuildContext } from './build';
import { parseIni } from './ini';
import { redactUrlCredentials } from './redact';
import { MIDONET_KEYS, propertyName } from './schema';
import type { MidonetConfig, MidonetSettings } from './types';
import { checkHttpUrl } from './values';

type LegacyKey = 'api_url' | 'username' | 'password' | 'project_id' | 'tenant';

const RC_KEYS: readonly LegacyKey[] = ['api_url', 'username', 'password', 'project_id', 'tenant'];

const ENV_KEYS: readonly (readonly [string, LegacyKey])[] = [
  ['MIDO_API_URL', 'api_url'],
  ['MIDO_USER', 'username'],
  ['MIDO_PASSWORD', 'password'],
  ['MIDO_PROJECT_ID', 'project_id'],
  ['MIDO_TENANT', 'tenant'],
];

interface Found {
  readonly value: string;
  readonly file?: string;
  readonly line?: number;
  readonly envName?: string;
}

/**
 * The reference's MidoNet sources, used when the file has no `[midonet]`
 * section: `~/.midonetrc` `[cli]`, then `MIDO_*` variables over it. Without
 * an api_url from either, MidoNet is not configured (undefined). The rc file
 * belongs to midonet-cli, so its other sections and keys are left alone and
 * its values are taken verbatim, as configparser gave them.
 */
export function legacyMidonet(ctx: BuildContext): MidonetConfig | undefined {
  const found = new Map<LegacyKey, Found>();

  const rc = ctx.home ? path.join(ctx.home, '.midonetrc') : undefined;
  const rcText = rc === undefined ? undefined : readIfPresent(rc);
  if (rc !== undefined && rcText !== undefined) {
    const cli = parseIni(rcText, rc).sections.get('cli');
    for (const entry of cli?.entries ?? []) {
      const key = entry.key.toLowerCase() as LegacyKey;
      if (!RC_KEYS.includes(key) || entry.text === '') continue;
      const earlier = found.get(key);
      if (earlier) throw new ConfigError(`duplicate key "${key}" in [cli] (first set at line ${earlier.line}); keep one`, { file: rc, line: entry.line });
      found.set(key, { value: entry.text, file: rc, line: entry.line });
    }
  }
  const envUsed: string[] = [];
  for (const [name, key] of ENV_KEYS) {
    const value = ctx.env[name];
    if (value === undefined || value === '') continue;
    found.set(key, { value, envName: name });
    envUsed.push(name);
  }

  const apiUrl = found.get('api_url');
  if (!apiUrl) return undefined;
  const problem = checkHttpUrl(apiUrl.value);
  if (problem) {
    const shown = JSON.stringify(redactUrlCredentials(apiUrl.value).slice(0, 80));
    if (apiUrl.envName) throw new ConfigError(`environment variable ${apiUrl.envName}: ${problem}, got ${shown}`);
    throw new ConfigError(`[cli] api_url: ${problem}, got ${shown}`, { file: apiUrl.file, line: apiUrl.line });
  }

  const settings: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(MIDONET_KEYS)) {
    settings[propertyName(key)] = spec.presence === 'default' && spec.defaultValue ? spec.defaultValue(ctx) : undefined;
  }
  for (const key of RC_KEYS) settings[propertyName(key)] = found.get(key)?.value;

  const fromRc = [...found.values()].some((f) => f.file !== undefined);
  return Object.freeze({
    ...(settings as unknown as MidonetSettings),
    tenant: found.get('tenant')?.value,
    source: Object.freeze({ kind: 'legacy', midonetrc: fromRc ? rc : undefined, env: Object.freeze(envUsed) }),
  });
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (hasErrno(err, 'ENOENT') || hasErrno(err, 'ENOTDIR')) return undefined;
    const code = (err as { code?: string }).code ?? String(err);
    throw new ConfigError(`cannot read (${code}); fix its permissions or remove it`, { file });
  }
}
