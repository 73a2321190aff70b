import { readFileSync } from 'node:fs';
import { UUID_PATTERN, type MidonetConfig as DeimosMidonetConfig } from '@deimos/config';
import { ConfigError, hasErrno } from '@deimos/errors';
import type { MidonetClientSettings } from './session';
import { parseHostIdProperties } from './host-id';
import { reasonOf, shown } from './messages';

// What the wiring takes from the `[midonet]` configuration: this host's
// MidoNet id and the client's settings.

/**
 * This host's MidoNet id: `host_id` from the configuration, else `host_uuid`
 * from the agent's properties file (spec §5). Throws a `ConfigError` naming
 * the file when it is missing, unreadable or has no usable id.
 */
export function resolveHostId(cfg: { readonly hostId?: string; readonly hostIdFile: string }): string {
  if (cfg.hostId !== undefined && cfg.hostId !== '') {
    if (!UUID_PATTERN.test(cfg.hostId)) throw new ConfigError(`[midonet] host_id must be a UUID, got ${shown(cfg.hostId)}`);
    return cfg.hostId.toLowerCase();
  }
  const file = cfg.hostIdFile;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const missing = hasErrno(err, 'ENOENT');
    throw new ConfigError(
      missing ? 'MidoNet host id file does not exist' : `cannot read the MidoNet host id file: ${reasonOf(err)}`,
      { file },
      {
        cause: err,
        hint: 'the MidoNet agent writes it on its first start; or set host_id in [midonet]',
      },
    );
  }
  const id = parseHostIdProperties(text);
  if (id === undefined) {
    throw new ConfigError('no host_uuid in the MidoNet host id file', { file }, { hint: 'expected a line host_uuid=<uuid>; or set host_id in [midonet]' });
  }
  if (!UUID_PATTERN.test(id)) throw new ConfigError(`host_uuid in the MidoNet host id file is not a UUID: ${shown(id)}`, { file });
  return id.toLowerCase();
}

/** Client settings from the `[midonet]` configuration (seconds become milliseconds). */
export function settingsFromConfig(cfg: Pick<DeimosMidonetConfig, 'apiUrl' | 'username' | 'password' | 'projectId' | 'apiVersion' | 'timeoutSeconds'>): MidonetClientSettings {
  return {
    apiUrl: cfg.apiUrl,
    ...(cfg.username !== undefined ? { username: cfg.username } : {}),
    ...(cfg.password !== undefined ? { password: cfg.password } : {}),
    ...(cfg.projectId !== undefined ? { projectId: cfg.projectId } : {}),
    apiVersion: cfg.apiVersion,
    timeoutMs: Math.round(cfg.timeoutSeconds * 1000),
  };
}
