import { LABELS, type ContainerModel, type ContainerStatus, type EngineDefaults } from '@deimos/docker';
import type { CreateOptions, Engine, OwnedContainer } from '@deimos/engine';
import { ChildProcessError } from '@deimos/errors';

const short = (id: string) => id.slice(0, 4);

/**
 * Test-only: an Engine (libs/engine/src/engine.ts) without Docker, for unit
 * tests (lifecycle, sweep). It answers from what the test put in it and
 * records every call in `calls`, Docker ids cut to 4 characters:
 * `inspect abab`, `wait abab`, `stop abab -t 7`, `remove abab forced`,
 * `image-inspect busybox`, `pull busybox`, `create <name>`, `update abab
 * <args>`, `list`, `ps`, `version`, `defaults`.
 */
export class FakeEngine implements Engine {
  calls: string[] = [];
  /** What inspect answers per Docker id; 'down' fails the call as an unreachable engine does. */
  statuses = new Map<string, ContainerStatus | 'down'>();
  /** What listOwned answers. */
  owned: OwnedContainer[] = [];
  /** What imageInspect answers per image (undefined: not on this host). */
  images = new Map<string, unknown>();
  /** Ids remove removed, in order. */
  removed: string[] = [];
  /** Ids whose removal the engine refuses (a busy device). */
  failRemove = new Set<string>();
  /** What create returns. */
  createdId = 'c0'.repeat(32);
  /** What version answers. */
  serverVersion = '27.5.1';
  /** What defaults answers (an engine on a cgroup v1 x86-64 host). */
  engineDefaults: EngineDefaults = { runtime: 'runc', platform: { os: 'linux', architecture: 'amd64', variant: '' }, cgroupns: 'host' };

  /** Containers the engine knows, by their `id`. */
  put(...containers: ContainerStatus[]): this {
    for (const c of containers) this.statuses.set(c.id, c);
    return this;
  }

  withLog(): this {
    return this;
  }

  argv(subcommand: string, args: readonly string[]): string[] {
    return ['docker', subcommand, ...args];
  }

  createArgv(_model: ContainerModel, name: string): string[] {
    return ['docker', 'create', '--name', name];
  }

  async create(_model: ContainerModel, name: string, _opts: CreateOptions): Promise<string> {
    this.calls.push(`create ${name}`);
    return this.createdId;
  }

  async inspect(id: string): Promise<ContainerStatus | undefined> {
    this.calls.push(`inspect ${short(id)}`);
    const s = this.statuses.get(id);
    if (s === 'down') throw new ChildProcessError('docker inspect failed', { argv: ['docker'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock' });
    return s;
  }

  async imageInspect(image: string): Promise<unknown | undefined> {
    this.calls.push(`image-inspect ${image}`);
    return this.images.get(image);
  }

  async pull(image: string): Promise<void> {
    this.calls.push(`pull ${image}`);
  }

  /** The container ends as a SIGTERM ends it (exit 143). */
  async stop(id: string, graceSeconds: number): Promise<void> {
    this.calls.push(`stop ${short(id)} -t ${graceSeconds}`);
    this.end(id, 143);
  }

  async remove(id: string, force = false): Promise<void> {
    this.calls.push(`remove ${short(id)}${force ? ' forced' : ''}`);
    if (this.failRemove.has(id)) throw new Error(`Error response from daemon: cannot remove ${id}: device busy`);
    this.removed.push(id);
    this.statuses.delete(id);
  }

  /** Returns at once: the container ends with exit 0. */
  async wait(id: string): Promise<string> {
    this.calls.push(`wait ${short(id)}`);
    this.end(id, 0);
    return '0';
  }

  async update(id: string, args: readonly string[]): Promise<void> {
    this.calls.push(`update ${short(id)} ${args.join(' ')}`);
  }

  async listOwned(): Promise<OwnedContainer[]> {
    this.calls.push('list');
    return this.owned;
  }

  /** Every container put in `statuses` (filters are not applied), running ones only when `all` is false. */
  async ps(_filters: readonly string[], all = true): Promise<string[]> {
    this.calls.push('ps');
    return [...this.statuses].filter(([, s]) => s !== 'down' && (all || s.running)).map(([id]) => id);
  }

  async version(_timeoutMs?: number): Promise<string> {
    this.calls.push('version');
    return this.serverVersion;
  }

  async defaults(): Promise<EngineDefaults> {
    this.calls.push('defaults');
    return this.engineDefaults;
  }

  private end(id: string, exitCode: number): void {
    const s = this.statuses.get(id);
    if (s === undefined || s === 'down') return;
    this.statuses.set(id, { ...s, running: false, status: 'exited', pid: 0, exitCode });
  }
}

/** A container with our labels (`mesosId` undefined: without the container id label). */
export function ourContainer(id: string, mesosId: string | undefined, status: string): ContainerStatus {
  return {
    id,
    status,
    running: status === 'running',
    pid: 0,
    exitCode: 0,
    oomKilled: false,
    error: '',
    labels: { [LABELS.managed]: 'true', ...(mesosId ? { [LABELS.containerId]: mesosId } : {}) },
  };
}
