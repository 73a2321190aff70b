import { DeimosError } from '@deimos/errors';
import { DOCKER_HUB } from '@deimos/docker';

/**
 * One registry's credentials, as the Engine API takes them in
 * X-Registry-Auth (moby api/types/registry/authconfig.go, AuthConfig).
 */
export interface AuthConfig {
  username?: string;
  password?: string;
  serveraddress?: string;
  identitytoken?: string;
  registrytoken?: string;
}

/** The credentials a docker config holds, keyed as written, in file order. */
export interface DockerConfigAuths {
  readonly format: 'config.json' | 'dockercfg' | 'dockercfg-text';
  readonly entries: ReadonlyArray<readonly [key: string, auth: AuthConfig]>;
  /** config.json's credsStore / credHelpers: helper programs, which we do not run. */
  readonly helpers: boolean;
}

/** Docker Hub's key in a docker config (docker/cli registry.IndexServer). */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

function bad(file: string, what: string): DeimosError {
  // Never quote the file: it holds passwords.
  return new DeimosError('DOCKER', `${file}: ${what}`, { hint: 'see [docker.index] dockercfg in deimos.cfg.example for the two formats' });
}

/** `auth` is base64 of "user:password" (docker/cli configfile decodeAuth). */
function decodeAuthField(file: string, key: string, auth: string): { username: string; password: string } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(auth)) throw bad(file, `the "auth" of "${key.slice(0, 100)}" is not base64`);
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) throw bad(file, `the "auth" of "${key.slice(0, 100)}" is not base64 of user:password`);
  // The CLI trims NUL padding from the password.
  return { username: text.slice(0, colon), password: text.slice(colon + 1).replace(/^\0+|\0+$/g, '') };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function entryOf(file: string, key: string, raw: unknown): AuthConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw bad(file, `the entry "${key.slice(0, 100)}" is not an object`);
  const r = raw as Record<string, unknown>;
  const auth: AuthConfig = { serveraddress: key };
  // As the CLI loads it: an "auth" field wins over username/password.
  const encoded = str(r.auth);
  if (encoded) Object.assign(auth, decodeAuthField(file, key, encoded));
  else {
    if (str(r.username)) auth.username = str(r.username);
    if (str(r.password)) auth.password = str(r.password);
  }
  if (str(r.identitytoken)) auth.identitytoken = str(r.identitytoken);
  if (str(r.registrytoken)) auth.registrytoken = str(r.registrytoken);
  return auth;
}

/**
 * Read a docker config in any of its three shapes:
 * - config.json: `{"auths": {"<registry>": {"auth": "<base64 user:pw>"}}, ...}`
 * - the legacy ~/.dockercfg: the same entries at the top level, without "auths";
 * - the oldest ~/.dockercfg, two lines `auth = <base64>` and `email = <e-mail>`,
 *   for Docker Hub (docker/cli configfile LegacyLoadFromReader).
 */
export function parseDockerConfig(text: string, file: string): DockerConfigAuths {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const first = text.split('\n')[0] ?? '';
    const m = /^auth = (\S+)\s*$/.exec(first);
    if (!m || text.split('\n').length < 2) throw bad(file, 'neither JSON nor the two-line "auth = ..." / "email = ..." format');
    return { format: 'dockercfg-text', entries: [[DOCKER_HUB_KEY, { ...decodeAuthField(file, DOCKER_HUB_KEY, m[1]), serveraddress: DOCKER_HUB_KEY }]], helpers: false };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw bad(file, 'expected a JSON object');
  const obj = data as Record<string, unknown>;
  if ('auths' in obj) {
    const auths = obj.auths ?? {};
    if (typeof auths !== 'object' || Array.isArray(auths)) throw bad(file, '"auths" is not an object');
    const helpers = Boolean(str(obj.credsStore)) || (typeof obj.credHelpers === 'object' && obj.credHelpers !== null && Object.keys(obj.credHelpers).length > 0);
    return { format: 'config.json', entries: Object.entries(auths as Record<string, unknown>).map(([k, v]) => [k, entryOf(file, k, v)] as const), helpers };
  }
  return { format: 'dockercfg', entries: Object.entries(obj).map(([k, v]) => [k, entryOf(file, k, v)] as const), helpers: false };
}

/**
 * Strip a scheme and any path from a config key: "https://r.example:5000/v1/"
 * -> "r.example:5000" (docker/cli credentials/file_store.go, ConvertToHostname).
 */
export function convertToHostname(key: string): string {
  let s = key;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  return s.split('/')[0];
}

/** The key the CLI looks up for a registry host: Docker Hub's URL, or the host itself. */
export function authConfigKey(host: string): string {
  return host === DOCKER_HUB ? DOCKER_HUB_KEY : host;
}

/**
 * The entry the Docker CLI uses for a registry host (docker/cli
 * command/registry.go ResolveAuthConfig and credentials/file_store.go Get):
 * the entry keyed exactly `authConfigKey(host)`, else one whose key names
 * that host with a scheme or path around it. The CLI takes any of several
 * such keys (Go map order); we take the first in the file, so a given file
 * always gives the same answer.
 */
export function selectAuth(config: DockerConfigAuths, host: string): { key: string; auth: AuthConfig } | undefined {
  const want = authConfigKey(host);
  const exact = config.entries.find(([k]) => k === want);
  const found = exact ?? config.entries.find(([k]) => convertToHostname(k) === want);
  if (!found) return undefined;
  const [key, auth] = found;
  const usable = auth.username !== undefined || auth.identitytoken !== undefined || auth.registrytoken !== undefined;
  return usable ? { key, auth } : undefined;
}

/**
 * The X-Registry-Auth header value: base64url (RFC 4648 §5, with padding,
 * as Go's base64.URLEncoding writes it) of the AuthConfig JSON (moby
 * api/types/registry/authconfig.go, EncodeAuthConfig).
 */
export function encodeRegistryAuth(auth: AuthConfig): string {
  // Go's json.Marshal order of AuthConfig's fields, empty ones left out.
  const ordered: AuthConfig = {};
  for (const k of ['username', 'password', 'serveraddress', 'identitytoken', 'registrytoken'] as const) if (auth[k]) ordered[k] = auth[k];
  return Buffer.from(JSON.stringify(ordered), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * A config.json holding only this one entry, for a `docker pull` that must
 * go through the CLI (DOCKER_CONFIG pointing at a private directory).
 */
export function cliConfigJson(key: string, auth: AuthConfig, currentContext?: string): string {
  const entry: Record<string, string> = {};
  if (auth.username !== undefined) entry.auth = Buffer.from(`${auth.username}:${auth.password ?? ''}`, 'utf8').toString('base64');
  if (auth.identitytoken) entry.identitytoken = auth.identitytoken;
  if (auth.registrytoken) entry.registrytoken = auth.registrytoken;
  return `${JSON.stringify({ auths: { [key]: entry }, ...(currentContext ? { currentContext } : {}) }, null, 2)}\n`;
}

/** Strings that must never appear in a log line or an error: the secrets themselves and their encodings. */
export function secretsOf(auth: AuthConfig | undefined): string[] {
  if (!auth) return [];
  const out = [auth.password, auth.identitytoken, auth.registrytoken].filter((s): s is string => Boolean(s));
  if (auth.username !== undefined) out.push(Buffer.from(`${auth.username}:${auth.password ?? ''}`, 'utf8').toString('base64'));
  out.push(encodeRegistryAuth(auth));
  return out;
}
