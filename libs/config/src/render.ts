import { REDACTED, isSecretKey, redactUrlCredentials } from './redact';
import { MIDONET_KEYS, SECTIONS, propertyName, type SectionSchema } from './schema';
import type { DockerOptionValue, LoadedConfig, MidonetSource } from './types';
import { renderString } from './values';

/**
 * The effective configuration as INI text, every key of every section, for
 * `deimos-containerizer config`. Secrets are replaced by `<redacted>`:
 * values of keys named like password/token/secret, and credentials inside
 * URLs. Apart from those, the text loads back to the same configuration.
 * Reading `config.midonet` here may throw the ConfigError of a broken
 * `~/.midonetrc`.
 */
export function renderConfig(loaded: LoadedConfig): string {
  const { config } = loaded;
  const out: string[] = ['# deimos effective configuration'];
  if (loaded.source) out.push(`# read from ${loaded.source}`);
  else out.push('# no configuration file found: built-in defaults', `# searched: ${loaded.searched.join(', ')}`);
  out.push(`# secrets are shown as ${REDACTED}`);

  out.push('', '[docker]');
  const docker = Object.entries(config.docker);
  if (docker.length === 0) out.push('# no global docker options');
  for (const [key, value] of docker) out.push(setting(key, renderDocker(value)));

  const values = config as unknown as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  for (const [name, keys] of Object.entries(SECTIONS) as [string, SectionSchema][]) {
    out.push('', `[${name}]`, ...sectionLines(keys, values[propertyName(name)]));
  }

  const midonet = config.midonet;
  if (!midonet) {
    out.push('', '# MidoNet is not configured: no [midonet] section, no api_url in ~/.midonetrc [cli], no MIDO_API_URL');
  } else {
    out.push('', `# ${describeSource(midonet.source)}`, '[midonet]');
    out.push(...sectionLines(MIDONET_KEYS, midonet as unknown as Readonly<Record<string, unknown>>));
    if (midonet.tenant !== undefined) out.push(`# tenant (legacy, not a [midonet] key): ${redactUrlCredentials(midonet.tenant)}`);
  }
  return `${out.join('\n')}\n`;
}

function sectionLines(keys: SectionSchema, values: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(keys).map(([key, spec]) => {
    const value = values[propertyName(key)];
    return value === undefined ? `# ${key}: (not set)` : setting(key, spec.type.render(value));
  });
}

function setting(key: string, text: string): string {
  return `${key}: ${isSecretKey(key) ? REDACTED : redactUrlCredentials(text)}`;
}

function renderDocker(value: DockerOptionValue): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return renderString(value);
  return JSON.stringify(value);
}

function describeSource(source: MidonetSource): string {
  if (source.kind === 'section') return `from [midonet] at ${source.file}:${source.line}`;
  const parts = [...(source.midonetrc ? [`${source.midonetrc} [cli]`] : []), ...(source.env.length > 0 ? [`environment ${source.env.join(', ')}`] : [])];
  return `no [midonet] section; from ${parts.join(' overridden by ')}`;
}
