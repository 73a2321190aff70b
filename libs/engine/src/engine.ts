import type { ContainerModel, ContainerStatus, EngineDefaults } from '@deimos/docker';
import type { Logger } from '@deimos/log';

/** What create does when the image is not on the engine. */
export interface CreateOptions {
  /** Pull it (with our credentials) and create again; without it, the CLI's own pull happens. */
  pullMissing?: { image: string };
}

/** One of our containers as a listing shows it. */
export interface OwnedContainer {
  /** Docker's full id. */
  id: string;
  /** The Mesos container id its label names, if it has one. */
  mesosId?: string;
  running: boolean;
}

/**
 * The Docker engine as our programs use it: every operation a caller makes,
 * and nothing else. `DockerClient` (client.ts) is the real one,
 * `engineFromConfig` (from-config.ts) builds it; unit tests pass
 * `FakeEngine` from `@deimos/testing`. "Not there" is `undefined` (inspect,
 * imageInspect) or success (stop, remove), never an error.
 */
export interface Engine {
  /** The same engine logging through another logger (e.g. one naming the container). */
  withLog(log: Logger): Engine;
  /** The docker CLI argv of a subcommand, for a process the caller runs itself (the watcher's `docker start -a`). */
  argv(subcommand: string, args: readonly string[]): string[];
  /** The `docker create` argv the CLI would run for a model (for logs, state and explain). */
  createArgv(model: ContainerModel, name: string): string[];
  /** Create the container a model describes; returns its full id. */
  create(model: ContainerModel, name: string, opts: CreateOptions): Promise<string>;
  /** State of a container, or undefined when Docker does not know it. */
  inspect(id: string): Promise<ContainerStatus | undefined>;
  /** `docker image inspect` JSON, or undefined when the image is not here. */
  imageInspect(image: string): Promise<unknown | undefined>;
  /** Pull an image with the credentials for its registry. */
  pull(image: string): Promise<void>;
  /** `docker stop -t <grace>`, allowed grace + `extraMs` to answer; gone already is success. */
  stop(id: string, graceSeconds: number, extraMs: number): Promise<void>;
  /** `docker rm -v [-f]`; gone already is success. */
  remove(id: string, force?: boolean): Promise<void>;
  /** Block until the container ends (no time limit); returns its exit code text. */
  wait(id: string): Promise<string>;
  /** `docker update <args> <id>`. */
  update(id: string, args: readonly string[]): Promise<void>;
  /** Our containers under one state root, running or not, with the Mesos id each is labelled with. */
  listOwned(stateRoot: string): Promise<OwnedContainer[]>;
  /** Full ids of containers matching `docker ps` filters; `all` (the default) includes stopped ones. */
  ps(filters: readonly string[], all?: boolean): Promise<string[]>;
  /** The engine's (server's) version: that it answers at all is the doctor's check, within `timeoutMs` (default: the configured command limit). */
  version(timeoutMs?: number): Promise<string>;
  /** `docker info`, read as what the engine gives a container that names no runtime, platform or cgroup namespace. */
  defaults(): Promise<EngineDefaults>;
}
