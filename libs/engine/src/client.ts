import { ChildProcessError, DeimosError } from '@deimos/errors';
import {
  LABELS,
  createArgs,
  createPath,
  createRequest,
  dockerArgv,
  ownedApiFilters,
  ownedFilterArgs,
  parseContainerInspect,
  parseEngineInfo,
  type ContainerModel,
  type ContainerStatus,
  type CreateRequest,
  type EngineDefaults,
} from '@deimos/docker';
import type { Logger } from '@deimos/log';
import { run } from '@deimos/process';
import { isDockerId } from '@deimos/state';
import type { CreateOptions, Engine, OwnedContainer } from './engine';
import { credentialsFor, pullThroughApi, pullThroughCli, type PullContext } from './pull';
import { EngineTimeout, engineRequest, localSocket } from './socket';

/** Registry settings of the client (`[docker.index]`). */
export interface RegistryOptions {
  /** A docker config (config.json or legacy .dockercfg) whose credentials pulls use. */
  dockercfg?: string;
}

function noSuchObject(err: unknown): boolean {
  return err instanceof ChildProcessError && /no such (object|container|image)/i.test(err.stderr);
}

/** Engine unreachable, hung or restarting: worth retrying, unlike a real answer. */
export function engineDown(err: unknown): boolean {
  // A timed-out call is reported as a DOCKER error whose cause is the child's.
  const child = err instanceof ChildProcessError ? err : err instanceof DeimosError && err.cause instanceof ChildProcessError ? err.cause : undefined;
  if (err instanceof DeimosError && err.cause instanceof EngineTimeout) return true;
  return child !== undefined && (child.timedOut || /Cannot connect to the Docker daemon|connection refused|Is the docker daemon running|context deadline exceeded|EOF$/im.test(child.stderr));
}

/** The engine's answer to a create whose image is not there. */
const NO_SUCH_IMAGE = Symbol('no such image');

/** A container id or name as the engine's own name grammar has them (safe in a path); anything else goes to the CLI. */
const CONTAINER_REF = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** The docker CLI, with our global options and a timeout on every call (the Engine of engine.ts). */
export class DockerClient implements Engine {
  constructor(
    readonly globalArgs: readonly string[],
    private readonly timeoutMs: number,
    private readonly log: Logger,
    private readonly registry: RegistryOptions = {},
  ) {}

  private socketPath: string | null | undefined;

  /** The local socket when the CLI would use it (asked once: launch inspects in a loop). */
  private socket(): string | undefined {
    if (this.socketPath === undefined) this.socketPath = localSocket(this.globalArgs) ?? null;
    return this.socketPath ?? undefined;
  }

  /** The same client logging through another logger (e.g. one naming the container). */
  withLog(log: Logger): DockerClient {
    return new DockerClient(this.globalArgs, this.timeoutMs, log, this.registry);
  }

  argv(subcommand: string, args: readonly string[]): string[] {
    return dockerArgv(this.globalArgs, subcommand, args);
  }

  private async call(subcommand: string, args: readonly string[], timeoutMs = this.timeoutMs): Promise<string> {
    try {
      const r = await run(this.argv(subcommand, args), { timeoutMs, log: this.log });
      return r.stdout;
    } catch (err) {
      if (err instanceof ChildProcessError && err.timedOut) throw this.noAnswer(subcommand, err, timeoutMs);
      throw err;
    }
  }

  /** The `docker create` argv the CLI would run for a model (for logs, state and explain). */
  createArgv(model: ContainerModel, name: string): string[] {
    return this.argv('create', createArgs(model, name));
  }

  /**
   * Create the container a model describes; returns its id. Where the CLI
   * would talk to the local socket, the model's Engine API body goes there
   * directly; anything but a created container (an error the CLI words for
   * the operator), and a model with options passed through unjudged, goes
   * to the CLI with the model's argv. A missing image is pulled once, with
   * our credentials, when `pullMissing` is given; without it the CLI pulls
   * it (with its own).
   */
  async create(model: ContainerModel, name: string, opts: CreateOptions = {}): Promise<string> {
    const socket = this.socket();
    const request = socket ? createRequest(model, name) : undefined;
    let pulled = false;
    if (socket && request) {
      let id = await this.createThroughApi(socket, request);
      if (id === NO_SUCH_IMAGE && opts.pullMissing) {
        // Missing: pull it once, with our credentials, and create again.
        await this.pull(opts.pullMissing.image);
        pulled = true;
        id = await this.createThroughApi(socket, request);
      }
      if (id && id !== NO_SUCH_IMAGE) return id;
    }
    // The CLI would pull a missing image itself, without our credentials.
    if (opts.pullMissing && !pulled && (await this.imageInspect(opts.pullMissing.image)) === undefined) await this.pull(opts.pullMissing.image);
    const r = await run(this.createArgv(model, name), { timeoutMs: this.timeoutMs, log: this.log });
    const id = r.stdout.trim().split('\n').pop() ?? '';
    if (!isDockerId(id, 'full')) throw new DeimosError('DOCKER', `docker create printed no container id (got "${id.slice(0, 80)}")`);
    return id;
  }

  /**
   * One request to the Engine API in place of the CLI `subcommand`, logged
   * at DEBUG (`shown` in place of the path). A hung engine would hang the
   * CLI too, so a timeout is the call's error (docker <subcommand> did not
   * answer); any other trouble gives undefined, and the caller asks the CLI,
   * which says what is wrong.
   */
  private async askEngine(
    socket: string,
    subcommand: string,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    opts: { body?: unknown; shown?: string } = {},
  ): Promise<{ status: number; body: string } | undefined> {
    const started = Date.now();
    let r: { status: number; body: string };
    try {
      r = await engineRequest(socket, method, path, this.timeoutMs, opts.body);
    } catch (err) {
      if (err instanceof EngineTimeout) throw this.noAnswer(subcommand, err);
      return undefined;
    }
    this.log.debug(`api // ${method} ${opts.shown ?? path} -> ${r.status} (${Date.now() - started} ms)`);
    return r;
  }

  private async createThroughApi(socket: string, request: CreateRequest): Promise<string | typeof NO_SUCH_IMAGE | undefined> {
    const path = createPath(request);
    const r = await this.askEngine(socket, 'create', 'POST', path, { body: request.body });
    if (!r) return undefined;
    if (r.status === 404 && /no such image/i.test(r.body)) return NO_SUCH_IMAGE;
    if (r.status !== 201) return undefined;
    let answer: { Id?: unknown; Warnings?: unknown };
    try {
      answer = JSON.parse(r.body) as typeof answer;
    } catch {
      answer = {};
    }
    if (typeof answer.Id !== 'string' || !isDockerId(answer.Id, 'full')) {
      throw new DeimosError('DOCKER', `the engine created a container but gave no id (got "${r.body.slice(0, 80)}")`);
    }
    for (const w of Array.isArray(answer.Warnings) ? answer.Warnings : []) this.log.warn(`docker create: ${String(w)}`);
    return answer.Id;
  }

  private noAnswer(subcommand: string, cause: Error, timeoutMs = this.timeoutMs): DeimosError {
    return new DeimosError('DOCKER', `docker ${subcommand} did not answer within ${Math.round(timeoutMs / 1000)} s`, {
      hint: 'is the Docker engine running? (docker info)',
      cause,
    });
  }

  /** State of a container, or undefined when Docker does not know it. */
  async inspect(id: string): Promise<ContainerStatus | undefined> {
    // The CLI costs 20-90 ms a call; launch asks this in a loop. Where the CLI
    // would talk to the local socket anyway, ask the Engine API directly
    // (the same JSON), and fall back to the CLI on any trouble.
    const socket = this.socket();
    if (socket && isDockerId(id, 'abbreviated')) {
      const r = await this.askEngine(socket, 'inspect', 'GET', `/containers/${id}/json`, { shown: `/containers/${id.slice(0, 12)}/json` });
      if (r?.status === 404) return undefined;
      if (r?.status === 200) {
        try {
          return parseContainerInspect(JSON.parse(r.body));
        } catch {
          /* the CLI below says what is wrong */
        }
      }
    }
    try {
      return parseContainerInspect(JSON.parse(await this.call('inspect', ['--type', 'container', id])));
    } catch (err) {
      if (noSuchObject(err)) return undefined;
      throw err;
    }
  }

  /** `docker image inspect` JSON, or undefined when the image is not here. */
  async imageInspect(image: string): Promise<unknown | undefined> {
    try {
      return JSON.parse(await this.call('image', ['inspect', image]));
    } catch (err) {
      if (noSuchObject(err)) return undefined;
      throw err;
    }
  }

  /**
   * Pull an image with the credentials for its registry (see credentialsFor):
   * through the Engine API where the CLI would use the local socket, else
   * through `docker pull`. A failure is one line naming the image and the
   * registry. Pulls get ten times the usual time limit.
   */
  async pull(image: string): Promise<void> {
    const ctx: PullContext = { globalArgs: this.globalArgs, timeoutMs: this.timeoutMs, log: this.log, env: process.env, dockercfg: this.registry.dockercfg };
    const creds = credentialsFor(ctx, image);
    const socket = this.socket();
    if (socket && (await pullThroughApi(ctx, socket, image, creds))) return;
    await pullThroughCli(ctx, image, creds);
  }

  async stop(id: string, graceSeconds: number, extraMs: number): Promise<void> {
    try {
      await this.call('stop', ['-t', String(Math.round(graceSeconds)), id], graceSeconds * 1000 + extraMs);
    } catch (err) {
      if (noSuchObject(err)) return;
      throw err;
    }
  }

  /**
   * `docker rm -v [-f]`: through the Engine API where the CLI would use the
   * local socket (`DELETE /containers/<id>?v=1[&force=1]`, the query the CLI
   * sends: docker/docker client/container_remove.go), so that a failed
   * launch is rolled back and a destroy finishes without a CLI process, or
   * with none installed. Gone already is success. Any other answer goes to
   * the CLI, which words the engine's refusal for the operator.
   */
  async remove(id: string, force = false): Promise<void> {
    const socket = this.socket();
    if (socket && CONTAINER_REF.test(id)) {
      const r = await this.askEngine(socket, 'rm', 'DELETE', `/containers/${id}?v=1${force ? '&force=1' : ''}`);
      if (r?.status === 204 || r?.status === 404) return;
    }
    try {
      await this.call('rm', force ? ['-f', '-v', id] : ['-v', id]);
    } catch (err) {
      if (noSuchObject(err)) return;
      throw err;
    }
  }

  /** Block until the container ends (no time limit); returns its exit code text. */
  async wait(id: string): Promise<string> {
    return this.call('wait', [id], 0);
  }

  async update(id: string, args: readonly string[]): Promise<void> {
    await this.call('update', [...args, id]);
  }

  /**
   * Our containers under one state root, running or not, with the Mesos id
   * each is labelled with: one listing instead of a query per container.
   * The Engine API where the CLI would use the local socket, else `docker ps`.
   */
  async listOwned(stateRoot: string): Promise<OwnedContainer[]> {
    const socket = this.socket();
    if (socket) {
      const r = await this.askEngine(socket, 'ps', 'GET', `/containers/json?all=1&filters=${encodeURIComponent(ownedApiFilters(stateRoot))}`, { shown: '/containers/json (ours)' });
      if (r?.status === 200) {
        try {
          const list = JSON.parse(r.body) as Array<{ Id?: string; State?: string; Labels?: Record<string, string> | null }>;
          return list.filter((c) => typeof c.Id === 'string').map((c) => ({ id: c.Id as string, mesosId: c.Labels?.[LABELS.containerId], running: c.State === 'running' }));
        } catch {
          /* the CLI below says what is wrong */
        }
      }
    }
    // Tab-separated: neither a Docker id, a state nor a Mesos id (validated
    // before any label is written) can hold a tab.
    const out = await this.call('ps', ['-a', '--no-trunc', ...ownedFilterArgs(stateRoot), '--format', `{{.ID}}\t{{.State}}\t{{.Label "${LABELS.containerId}"}}`]);
    return out
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [id, state, mesosId] = line.split('\t');
        return { id: id.trim(), running: state === 'running', ...(mesosId ? { mesosId } : {}) };
      });
  }

  /** The server's version (`docker version --format {{.Server.Version}}`): fails when the engine does not answer. */
  async version(timeoutMs = this.timeoutMs): Promise<string> {
    return (await this.call('version', ['--format', '{{.Server.Version}}'], timeoutMs)).trim();
  }

  /**
   * `docker info` as the engine's defaults: GET /info where the CLI would
   * use the local socket (the JSON `docker info --format '{{json .}}'`
   * prints), else the CLI.
   */
  async defaults(): Promise<EngineDefaults> {
    const socket = this.socket();
    if (socket) {
      const r = await this.askEngine(socket, 'info', 'GET', '/info');
      if (r?.status === 200) {
        try {
          return parseEngineInfo(JSON.parse(r.body));
        } catch {
          /* the CLI below says what is wrong */
        }
      }
    }
    const out = await this.call('info', ['--format', '{{json .}}']);
    try {
      return parseEngineInfo(JSON.parse(out));
    } catch (err) {
      throw new DeimosError('DOCKER', `docker info printed no engine defaults: ${(err as Error).message}`, { hint: 'is the Docker engine running? (docker info)' });
    }
  }

  /** Ids (full) of containers matching the filters; `all` (the default) includes stopped ones. */
  async ps(filters: readonly string[], all = true): Promise<string[]> {
    const out = await this.call('ps', [...(all ? ['-a'] : []), '--no-trunc', '-q', ...filters]);
    return out
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  }
}
