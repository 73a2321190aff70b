import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChildProcessError, DeimosError } from '@deimos/errors';
import { DOCKER_HUB, pullParams, splitRegistry } from '@deimos/docker';
import type { Logger } from '@deimos/log';
import { redact, run } from '@deimos/process';
import { authConfigKey, cliConfigJson, encodeRegistryAuth, parseDockerConfig, secretsOf, selectAuth, type AuthConfig } from './registry-auth';
import { EngineTimeout, engineRequest } from './socket';

/** Where a pull's credentials come from, and what was found for the image's registry. */
export interface PullCredentials {
  /** The docker config read (the configured dockercfg, or the CLI's own config.json). */
  file?: string;
  /** `[docker.index] dockercfg` was set (its credentials, and only those, are used). */
  configured: boolean;
  host: string;
  selected?: { key: string; auth: AuthConfig };
  /** The file names a credential helper (credsStore/credHelpers), which we do not run. */
  helpers: boolean;
}

/** What a pull needs from the client. */
export interface PullContext {
  globalArgs: readonly string[];
  timeoutMs: number;
  log: Logger;
  env: Record<string, string | undefined>;
  /** `[docker.index] dockercfg`. */
  dockercfg?: string;
}

/** The `--config` directory among the global options, and the options without it. */
function splitConfigOption(globalArgs: readonly string[]): { configDir?: string; rest: string[] } {
  const rest: string[] = [];
  let configDir: string | undefined;
  for (let i = 0; i < globalArgs.length; i++) {
    const a = globalArgs[i];
    if (a === '--config' && i + 1 < globalArgs.length) configDir = globalArgs[++i];
    else if (a.startsWith('--config=')) configDir = a.slice('--config='.length);
    else rest.push(a);
  }
  return { configDir, rest };
}

/** The CLI's own configuration directory: --config, else $DOCKER_CONFIG, else ~/.docker. */
function cliConfigDir(ctx: PullContext): string {
  return splitConfigOption(ctx.globalArgs).configDir ?? ctx.env.DOCKER_CONFIG ?? path.join(ctx.env.HOME ?? os.homedir(), '.docker');
}

/**
 * The credentials for an image's registry: from `[docker.index] dockercfg`
 * when it is set (a file that cannot be read fails the pull), else from the
 * CLI's own config.json when there is one, as `docker pull` would.
 */
export function credentialsFor(ctx: PullContext, image: string): PullCredentials {
  const { host } = splitRegistry(image);
  const configured = ctx.dockercfg !== undefined;
  const file = ctx.dockercfg ?? path.join(cliConfigDir(ctx), 'config.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (!configured && (err as NodeJS.ErrnoException).code === 'ENOENT') return { configured, host, helpers: false };
    throw new DeimosError('DOCKER', `could not pull ${image}: cannot read the docker config ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, {
      hint: configured ? 'check [docker.index] dockercfg' : undefined,
    });
  }
  let parsed;
  try {
    parsed = parseDockerConfig(text, file);
  } catch (err) {
    if (configured) throw err;
    // As the CLI does with a broken config.json of its own: warn, go on without.
    ctx.log.warn(`${(err as Error).message}; pulling without credentials`);
    return { configured, host, helpers: false };
  }
  return { file, configured, host, selected: selectAuth(parsed, host), helpers: parsed.helpers };
}

const where = (host: string) => (host === DOCKER_HUB ? 'registry docker.io (Docker Hub)' : `registry ${host}`);

/** The engine's own words, one line, short, without any secret. */
function engineWords(message: string, secrets: readonly string[]): string {
  return redact(message, secrets).replace(/\s+/g, ' ').trim().slice(0, 300);
}

/**
 * One line naming the image and the registry; for a refusal, whether we
 * had no credentials for the host or the registry refused the ones we sent.
 */
export function pullFailure(image: string, creds: PullCredentials, message: string, cause?: unknown): DeimosError {
  const said = engineWords(message, secretsOf(creds.selected?.auth));
  const refused = /unauthorized|authentication required|no basic auth credentials|access denied|denied:|\b401\b/i.test(said);
  const head = `could not pull ${image} from ${where(creds.host)}`;
  if (refused && !creds.selected) {
    const inFile = creds.file ? ` in ${creds.file} (` : ' (no [docker.index] dockercfg is set; ';
    const helpers = creds.helpers ? 'credential helpers (credsStore/credHelpers) are not used; ' : '';
    return new DeimosError('DOCKER', `${head}: unauthorized: no credentials for ${creds.host}${inFile}${helpers}the engine said: ${said})`, {
      hint: `add an "auths" entry for ${authConfigKey(creds.host)} to ${creds.file ?? 'a docker config and set [docker.index] dockercfg'}`,
      cause,
    });
  }
  if (refused) {
    return new DeimosError('DOCKER', `${head}: unauthorized: the registry refused the credentials for ${creds.host} from ${creds.file} (the engine said: ${said})`, {
      hint: `check the entry "${creds.selected!.key}" in ${creds.file}`,
      cause,
    });
  }
  return new DeimosError('DOCKER', `${head}: ${said}`, { cause });
}

function noAnswer(ms: number, cause: Error): DeimosError {
  return new DeimosError('DOCKER', `docker pull did not answer within ${Math.round(ms / 1000)} s`, { hint: 'is the Docker engine running? (docker info)', cause });
}

/**
 * Pull through the Engine API: `POST /images/create?fromImage=&tag=` with
 * X-Registry-Auth. The answer is a stream of JSON lines; a line with
 * `error`/`errorDetail` is a failure even though the status was 200.
 * Returns false when the socket does not answer (the CLI then says why).
 */
export async function pullThroughApi(ctx: PullContext, socket: string, image: string, creds: PullCredentials): Promise<boolean> {
  const { fromImage, tag } = pullParams(image);
  const apiPath = `/images/create?fromImage=${encodeURIComponent(fromImage)}&tag=${encodeURIComponent(tag)}`;
  const headers: Record<string, string> = { 'Content-Length': '0' };
  if (creds.selected) headers['X-Registry-Auth'] = encodeRegistryAuth(creds.selected.auth);
  const limit = ctx.timeoutMs * 10; // pulls can be slow: ten times the usual limit
  let pending = '';
  let failure: string | undefined;
  let last = '';
  const onLine = (line: string) => {
    if (!line.trim()) return;
    let msg: { error?: unknown; errorDetail?: { message?: unknown }; status?: unknown };
    try {
      msg = JSON.parse(line) as typeof msg;
    } catch {
      return;
    }
    const error = typeof msg.errorDetail?.message === 'string' ? msg.errorDetail.message : typeof msg.error === 'string' ? msg.error : undefined;
    if (error !== undefined && failure === undefined) failure = error;
    if (typeof msg.status === 'string') last = msg.status;
  };
  const started = Date.now();
  let r: { status: number; body: string };
  try {
    r = await engineRequest(socket, 'POST', apiPath, limit, undefined, {
      headers,
      onData: (chunk) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        lines.forEach(onLine);
      },
    });
  } catch (err) {
    if (err instanceof EngineTimeout) throw noAnswer(limit, err);
    return false;
  }
  onLine(pending);
  ctx.log.debug(`api // POST ${apiPath}${creds.selected ? ` (credentials for ${creds.host})` : ''} -> ${r.status} (${Date.now() - started} ms)${last ? `: ${last}` : ''}`);
  if (r.status !== 200) {
    let message = r.body;
    try {
      const m = (JSON.parse(r.body) as { message?: unknown }).message;
      if (typeof m === 'string') message = m;
    } catch {
      /* not JSON: the body as it is */
    }
    throw pullFailure(image, creds, message || `HTTP ${r.status}`);
  }
  if (failure !== undefined) throw pullFailure(image, creds, failure);
  return true;
}

/**
 * Pull through the docker CLI (global options, another host or context).
 * With `[docker.index] dockercfg` set, the CLI reads a config.json in a
 * private temporary directory holding only the entry for the image's
 * registry; contexts and TLS certificates still come from the usual
 * directory.
 */
export async function pullThroughCli(ctx: PullContext, image: string, creds: PullCredentials): Promise<void> {
  const limit = ctx.timeoutMs * 10;
  const secrets = secretsOf(creds.selected?.auth);
  const { rest } = splitConfigOption(ctx.globalArgs);
  let dir: string | undefined;
  try {
    let argv = ['docker', ...ctx.globalArgs, 'pull', '--quiet', image];
    let env: Record<string, string | undefined> | undefined;
    if (creds.configured) {
      const usual = cliConfigDir(ctx);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-pull-')); // 0700
      let currentContext: string | undefined;
      try {
        const c = JSON.parse(fs.readFileSync(path.join(usual, 'config.json'), 'utf8')) as { currentContext?: unknown };
        if (typeof c.currentContext === 'string') currentContext = c.currentContext;
      } catch {
        /* no usual config: no current context */
      }
      const json = creds.selected ? cliConfigJson(creds.selected.key, creds.selected.auth, currentContext) : `${JSON.stringify({ auths: {}, ...(currentContext ? { currentContext } : {}) })}\n`;
      fs.writeFileSync(path.join(dir, 'config.json'), json, { mode: 0o600, flag: 'wx' });
      if (fs.existsSync(path.join(usual, 'contexts'))) fs.symlinkSync(path.join(usual, 'contexts'), path.join(dir, 'contexts'));
      // Without DOCKER_CERT_PATH the CLI looks for TLS files in its config directory.
      env = { DOCKER_CONFIG: dir, DOCKER_CERT_PATH: ctx.env.DOCKER_CERT_PATH ?? usual };
      argv = ['docker', ...rest, 'pull', '--quiet', image];
    }
    await run(argv, { timeoutMs: limit, log: ctx.log, env, secrets });
  } catch (err) {
    if (err instanceof ChildProcessError && err.timedOut) throw noAnswer(limit, err);
    if (err instanceof ChildProcessError) {
      const lines = err.stderr.trim().split('\n').filter(Boolean);
      throw pullFailure(image, creds, (lines.pop() ?? err.message).replace(/^Error response from daemon: /, ''), err);
    }
    throw err;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
