import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError, hasErrno, LockTimeout } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import { acquireExclusiveLocksNow, acquireLock, type HeldLock, type LockOptions } from './locks';
import { mkdirp, readValue, removeFile, stateError, symlinkAtomic, writeFileAtomic, DIR_MODE } from './files';
import { validateContainerId, validateDockerId } from './ids';
import type { ContainerLockName } from './lock-names';

/** Lock files kept per container (reference §4) plus the cleanup job's own. */

/**
 * The cleanup job's single-instance lock is a proper-lockfile lock: refreshed
 * every second, taken over when a crashed holder left it unrefreshed for 5 s.
 */
export const CLEANUP_LOCK_STALE_MS = 5000;
export const CLEANUP_LOCK_UPDATE_MS = 1000;

/** Every one-value file a container's state directory may hold. */
export type StateFile =
  | 'mesos-container-id'
  | 'eid'
  | 'kind'
  | 'cid'
  | 'docker-name'
  | 'pid'
  | 'watcher-pid'
  | 'exit'
  | 'termination'
  | 't'
  | 'network'
  | 'argv'
  | 'hook-env'
  /** The task's variables as a hook reads them: NUL-ended NAME=value entries (writeTaskEnvFile). */
  | 'task-env'
  | 'executor-pid'
  /** The task's `disk` resource in bytes, recorded at launch for usage's disk_limit_bytes. */
  | 'disk-limit'
  /** usage's cached sandbox size: `<bytes> <ms since epoch>` (see disk.ts in libs/cgroups). */
  | 'disk-used'
  /** The container's cgroup directories, located when it started, for usage (formatCgroupPaths in libs/cgroups). */
  | 'cgroups'
  /** The container's v1 memory cgroup directory, for the watcher's pressure counters (pressure.ts in libs/cgroups). */
  | 'memcg'
  /** How far launch got: `started <time>`, `done <time>` (records.ts). */
  | 'launch'
  /** The work owed after the end, and each step once done (records.ts). */
  | 'after-end';

/** Output files written by processes we start, kept beside the state. */
export type LogFile = 'observer.out' | 'observer.err' | 'task.out' | 'hooks.log';

/** The two index directories: `docker/<docker-id>` and `start-time/<ISO time>`, links to `../mesos/<id>`. */
export type IndexName = 'docker' | 'start-time';

/**
 * The state root and everything under it. No other code joins paths into the
 * root: apps ask this class.
 *
 *     <root>/mesos/<id>/...            one directory per container
 *     <root>/docker/<docker-id>        -> ../mesos/<id>
 *     <root>/start-time/<ISO time>     -> ../mesos/<id>
 *     <root>/live/<id>                 -> ../mesos/<id>, while its end is not finished
 *     <root>/cleanup                   the cleanup job's lock
 *     <root>/executor-flags/<hash>     what a mesos-executor's --help listed
 */
export class StateRoot {
  readonly root: string;
  /** `<root>/mesos`, `<root>/live`: joined once, as every state's paths start with them. */
  readonly mesosDir: string;
  /**
   * The live index (live-index.ts): `live/<id> -> ../mesos/<id>` for every
   * state whose end is not recorded as finished, so that the calls that
   * need the live containers never read an ended state. Not made by
   * `ensure`: its absence is how a root from an earlier release is told
   * (buildLiveIndex makes it by one scan).
   */
  readonly liveDir: string;

  constructor(root: string) {
    if (!path.isAbsolute(root)) {
      throw new DeimosError('STATE', `state root "${root}" is not an absolute path`, { hint: 'set [state] root to an absolute path' });
    }
    if (root.includes(':')) {
      // docker -v splits on ':'; the reference has the same restriction.
      throw new DeimosError('STATE', `state root "${root}" contains ':'`, { hint: 'choose a [state] root without a colon' });
    }
    this.root = path.resolve(root);
    this.mesosDir = path.join(this.root, 'mesos');
    this.liveDir = path.join(this.root, 'live');
  }

  get dockerDir(): string {
    return path.join(this.root, 'docker');
  }
  get startTimeDir(): string {
    return path.join(this.root, 'start-time');
  }
  /** The live index entry of a container (the id validated). */
  liveEntryPath(id: string): string {
    return path.join(this.liveDir, validateContainerId(id));
  }
  /** What each mesos-executor binary's --help listed, one file per binary path (command-executor.ts in libs/lifecycle). */
  get executorFlagsDir(): string {
    return path.join(this.root, 'executor-flags');
  }

  /**
   * The file that keeps what one mesos-executor listed, named by a hex
   * digest of its path (the caller hashes: node:crypto stays off the hot
   * calls, which load this file).
   */
  executorFlagsFile(pathDigest: string): string {
    if (!/^[0-9a-f]{16,64}$/.test(pathDigest)) throw new DeimosError('STATE', `"${pathDigest.slice(0, 80)}" is not a hex digest`);
    return path.join(this.executorFlagsDir, `${pathDigest}.json`);
  }
  get cleanupLockFile(): string {
    return path.join(this.root, 'cleanup');
  }
  /** The directory proper-lockfile creates while cleanup holds its lock. */
  get cleanupLockDir(): string {
    return `${this.cleanupLockFile}.lock`;
  }

  /** Whether the root directory exists (nothing was ever launched under it when not). */
  exists(): boolean {
    return fs.existsSync(this.root);
  }

  /** Create the top-level directories (idempotent; `live/` only for a new root). */
  ensure(): void {
    // A new root gets its (empty) live index at once; a root from an
    // earlier release has states and no index: its first reader builds it.
    const fresh = !fs.existsSync(this.mesosDir);
    if (fresh) mkdirp(this.liveDir);
    mkdirp(this.mesosDir);
    mkdirp(this.dockerDir);
    mkdirp(this.startTimeDir);
  }

  /** The state of one container; the id is validated, nothing is created. */
  container(id: string): ContainerState {
    return new ContainerState(this, validateContainerId(id));
  }

  /**
   * Create the state directory of a new container. Fails when it exists:
   * the agent never launches the same container id twice.
   */
  create(id: string, now: Date = new Date()): ContainerState {
    const state = this.container(id);
    this.ensure();
    try {
      fs.mkdirSync(state.dir, { mode: DIR_MODE });
    } catch (err) {
      if (hasErrno(err, 'EEXIST')) {
        throw new DeimosError('STATE', `container ${id} already has state in ${state.dir}`, {
          hint: 'a container id is launched once; remove old state with deimos-cleanup --rm',
        });
      }
      throw stateError('create directory', state.dir, err);
    }
    // Into the live index before anything else is done for it. When the
    // index does not exist yet, its builder (buildLiveIndex) lists the
    // states again after making it, and finds this one.
    this.addLive(id);
    mkdirp(path.join(state.dir, 'lock'));
    state.write('mesos-container-id', id);
    // The start-time index makes "started before T" a directory listing.
    // Two containers in the same millisecond: move on to the next one.
    let t = now.getTime();
    for (let attempt = 0; ; attempt++) {
      const stamp = new Date(t).toISOString();
      try {
        fs.symlinkSync(path.join('..', 'mesos', id), path.join(this.startTimeDir, stamp));
        state.write('t', stamp);
        break;
      } catch (err) {
        if (!hasErrno(err, 'EEXIST') || attempt > 1000) throw stateError('link', path.join(this.startTimeDir, stamp), err);
        t += 1;
      }
    }
    return state;
  }

  /** Add `live/<id>` when the live index exists (idempotent). */
  addLive(id: string): void {
    try {
      fs.symlinkSync(path.join('..', 'mesos', id), this.liveEntryPath(id));
    } catch (err) {
      if (hasErrno(err, 'EEXIST') || hasErrno(err, 'ENOENT')) return; // there already, or no index yet
      throw stateError('link', this.liveEntryPath(id), err);
    }
  }

  /** Remove `live/<id>` (missing is fine): once its end is finished, or its state removed. */
  dropLive(id: string): void {
    removeFile(this.liveEntryPath(id));
  }

  /** The state of a container that must exist: NOT_FOUND (naming the root) otherwise. */
  existing(id: string | null | undefined): ContainerState {
    const st = this.container(validateContainerId(id));
    if (!st.exists()) {
      throw new DeimosError('NOT_FOUND', `no container ${st.id} under ${this.root}`, { hint: 'was it launched with this [state] root?' });
    }
    return st;
  }

  /** Ids of every container with a state directory. */
  list(): string[] {
    try {
      return fs.readdirSync(this.mesosDir).filter((n) => !n.startsWith('.'));
    } catch (err) {
      if (hasErrno(err, 'ENOENT')) return [];
      throw stateError('list', this.mesosDir, err);
    }
  }

  /**
   * The same names as list(), `size` at a time, as the directory is read:
   * a root of any size never has its whole listing in memory. Names added
   * or removed while it runs may or may not be given (readdir(3)).
   */
  *listInChunks(size: number): Generator<string[]> {
    let dir: fs.Dir;
    try {
      dir = fs.opendirSync(this.mesosDir, { bufferSize: 1024 });
    } catch (err) {
      if (hasErrno(err, 'ENOENT')) return;
      throw stateError('list', this.mesosDir, err);
    }
    try {
      let chunk: string[] = [];
      for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
        if (entry.name.startsWith('.')) continue;
        chunk.push(entry.name);
        if (chunk.length === size) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    } finally {
      dir.closeSync();
    }
  }

  /** The container a Docker id belongs to, through the docker/ index. */
  byDockerId(dockerId: string): ContainerState | undefined {
    try {
      const target = fs.readlinkSync(path.join(this.dockerDir, validateDockerId(dockerId)));
      return this.container(path.basename(target));
    } catch (err) {
      if (hasErrno(err, 'ENOENT')) return undefined;
      throw err;
    }
  }

  dockerLinkPath(dockerId: string): string {
    return path.join(this.dockerDir, validateDockerId(dockerId));
  }

  /** Where the docker/ link of a Docker id points (as written: `../mesos/<id>`); rejects when it cannot be read. */
  dockerLinkTarget(dockerId: string): Promise<string> {
    return fs.promises.readlink(this.dockerLinkPath(dockerId));
  }

  /** Every name in an index directory, sorted, whether ours or not; none when the directory is missing. */
  async indexNames(index: IndexName): Promise<string[]> {
    try {
      return (await fs.promises.readdir(this.indexDir(index))).sort();
    } catch (err) {
      if (hasErrno(err, 'ENOENT')) return [];
      throw err;
    }
  }

  /** The path of any entry of an index directory (a name `indexNames` gave), to name it. */
  indexEntryPath(index: IndexName, name: string): string {
    return path.join(this.indexDir(index), name);
  }

  private indexDir(index: IndexName): string {
    return index === 'docker' ? this.dockerDir : this.startTimeDir;
  }

  startTimeLinkPath(stamp: string): string {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(stamp)) {
      throw new DeimosError('STATE', `"${stamp}" is not a start-time stamp`);
    }
    return path.join(this.startTimeDir, stamp);
  }
}

export class ContainerState {
  readonly dir: string;

  constructor(
    readonly root: StateRoot,
    readonly id: string,
  ) {
    // Joined by hand (path.join normalizes, and a listing builds hundreds):
    // mesosDir is normalized and a validated id is one plain component.
    this.dir = `${root.mesosDir}/${id}`;
  }

  exists(): boolean {
    return fs.existsSync(this.dir);
  }

  /**
   * When the state was created, in ms since the epoch: its start time `t`,
   * else the mtime of `mesos-container-id` (the file create writes first);
   * undefined when neither can be read.
   */
  createdMs(): number | undefined {
    const t = Date.parse(this.read('t') ?? '');
    if (!Number.isNaN(t)) return t;
    try {
      return fs.statSync(this.file('mesos-container-id')).mtimeMs;
    } catch {
      return undefined;
    }
  }

  file(name: StateFile | LogFile): string {
    return `${this.dir}/${name}`;
  }

  read(name: StateFile): string | undefined {
    return readValue(this.file(name));
  }

  write(name: StateFile, value: string): void {
    writeFileAtomic(this.file(name), `${value}\n`);
  }

  /**
   * The task's environment for the ondestroy hook, recorded at launch (the
   * hook runs from destroy or wait, which never see the Launch). Only
   * root may read it (it may hold secrets).
   */
  writeHookEnv(env: ReadonlyArray<readonly [string, string]>): void {
    writeFileAtomic(this.file('hook-env'), `${JSON.stringify(env)}\n`, 0o600);
  }

  /**
   * The task's variables for a hook to read as data (`DEIMOS_TASK_ENV_FILE`):
   * `NAME=value` entries, each ended by a NUL byte, the format of
   * `/proc/<pid>/environ` and `env -0`, so any value (newlines included)
   * reads back exactly. Root-only, written atomically without following a
   * link. Its path.
   */
  writeTaskEnvFile(vars: ReadonlyArray<readonly [string, string]>): string {
    for (const [name, value] of vars) {
      if (name === '' || name.includes('=') || name.includes('\0') || value.includes('\0')) {
        throw new DeimosError('STATE', `task variable ${JSON.stringify(name)} cannot be written as NAME=value in ${this.file('task-env')}`, {
          hint: 'leave out names that are empty or hold "=" or NUL, and values that hold NUL',
        });
      }
    }
    writeFileAtomic(this.file('task-env'), vars.map(([name, value]) => `${name}=${value}\0`).join(''), 0o600);
    return this.file('task-env');
  }

  /** The environment recorded by writeHookEnv; none when absent or unreadable as such. */
  hookEnv(): Array<[string, string]> {
    const text = this.read('hook-env');
    if (!text) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new DeimosError('STATE', `${this.file('hook-env')} is not the JSON list of [name, value] pairs launch wrote`);
    }
    if (!Array.isArray(parsed) || !parsed.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string')) {
      throw new DeimosError('STATE', `${this.file('hook-env')} is not the JSON list of [name, value] pairs launch wrote`);
    }
    return parsed as Array<[string, string]>;
  }

  /**
   * The recorded exit code text; undefined while the container has not
   * ended. The one reading of the end: an empty `exit` file is no end (the
   * reference could leave one after a crash), for every caller.
   */
  recordedExit(): string | undefined {
    // Most states asked are running, with no `exit`: a stat that does not
    // throw answers them (a failed read throws, and listing 200 running
    // containers paid for 200 errors).
    let size: number | undefined;
    try {
      size = fs.statSync(this.file('exit'), { throwIfNoEntry: false })?.size;
    } catch {
      size = 1; // let read() name the problem
    }
    if (!size) return undefined;
    const text = this.read('exit');
    return text === undefined || text === '' ? undefined : text;
  }

  /** Whether the container's end is recorded (see recordedExit). */
  ended(): boolean {
    return this.recordedExit() !== undefined;
  }

  /** The exit code once the end is recorded. */
  exitCode(): number | undefined {
    const text = this.recordedExit();
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new DeimosError('STATE', `${this.file('exit')} holds "${text}", not an exit code`);
    return n;
  }

  dockerId(): string | undefined {
    const text = this.read('cid');
    return text ? validateDockerId(text) : undefined;
  }

  /** Record the Docker id and index it under docker/. */
  recordDockerId(dockerId: string): void {
    const id = validateDockerId(dockerId);
    this.write('cid', id);
    symlinkAtomic(path.join('..', 'mesos', this.id), this.root.dockerLinkPath(id));
  }

  lockFile(name: ContainerLockName): string {
    return `${this.dir}/lock/${name}`;
  }

  lock(name: ContainerLockName, opts: LockOptions): Promise<HeldLock> {
    return acquireLock(this.lockFile(name), name, opts);
  }

  /** One of this container's locks, exclusive and without waiting; undefined while someone else holds it. */
  async lockNow(name: ContainerLockName, log?: Logger): Promise<HeldLock | undefined> {
    try {
      return await this.lock(name, { mode: 'exclusive', nonBlocking: true, ...(log ? { log } : {}) });
    } catch (err) {
      if (err instanceof LockTimeout) return undefined;
      throw err;
    }
  }

  /** Several of this container's locks, exclusive, at once and without waiting (all or none). */
  lockAllNow(names: readonly ContainerLockName[], log?: Logger): Promise<HeldLock[]> {
    return acquireExclusiveLocksNow(
      names.map((name) => ({ file: this.lockFile(name), name })),
      log,
    );
  }

  /**
   * The `fs` link to the sandbox. Docker's -v cannot take a source path with
   * ':' in it (sandbox paths may have one), so the link is mounted instead.
   */
  linkSandbox(sandbox: string): string {
    symlinkAtomic(sandbox, this.sandboxLink);
    return this.sandboxLink;
  }

  /** Where the `fs` link to the sandbox is (or will be). */
  get sandboxLink(): string {
    return path.join(this.dir, 'fs');
  }

  /**
   * Remove every trace: the docker/ link, the directory, and the start-time/
   * entry last, so an interrupted removal leaves a dangling index entry that
   * the next cleanup finds, never an unindexed directory. `stamp` is the
   * start-time entry when the caller found it in the index (default: the
   * state's own `t`). A malformed cid or stamp has no link to remove; any
   * other failure is thrown with the path. Asynchronous, so that cleanup can
   * remove thousands of states without blocking its lock refresh.
   */
  async remove(stamp: string | undefined = this.read('t')): Promise<void> {
    const dockerId = this.read('cid');
    const dockerLink = dockerId ? pathOrUndefined(() => this.root.dockerLinkPath(dockerId)) : undefined;
    if (dockerLink) removeFile(dockerLink);
    this.root.dropLive(this.id);
    try {
      // rm does not follow the fs -> sandbox link; it removes the link.
      await fs.promises.rm(this.dir, { recursive: true, force: true });
    } catch (err) {
      throw stateError('remove', this.dir, err);
    }
    const indexLink = stamp ? pathOrUndefined(() => this.root.startTimeLinkPath(stamp)) : undefined;
    if (indexLink) removeFile(indexLink);
  }
}

/** A path built from a recorded value, or undefined when the value is malformed. */
function pathOrUndefined(build: () => string): string | undefined {
  try {
    return build();
  } catch {
    return undefined;
  }
}
