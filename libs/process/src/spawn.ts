import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { ChildProcessError } from '@deimos/errors';

// child_process is loaded on first use: the hot read-only calls (usage,
// containers) never start a child, and loading it costs milliseconds.
let childProcess: typeof import('node:child_process') | undefined;
function cp(): typeof import('node:child_process') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  childProcess ??= require('node:child_process') as typeof import('node:child_process');
  return childProcess;
}

export interface DetachedSpec {
  argv: readonly string[];
  /** Open descriptors for the child's stdout and stderr (stdin is /dev/null). */
  stdout: number;
  stderr: number;
  /** Descriptors the child inherits as 3, 4, ...: a lock it holds while it lives. */
  inherit?: readonly number[];
  /** The whole environment (default: ours). */
  env?: Record<string, string>;
  cwd?: string;
  /** What the child is, for the error: "the watcher (docker client)". */
  what: string;
}

/**
 * Start a long-lived child in its own session (it survives us and the
 * agent's kills of our process group) and forget it: its pid, or a
 * ChildProcessError when it could not be started (the program is missing,
 * not executable). The caller closes its own copies of the descriptors.
 */
export function spawnDetached(spec: DetachedSpec): number {
  const [command, ...args] = spec.argv;
  const options: SpawnOptions = {
    detached: true,
    stdio: ['ignore', spec.stdout, spec.stderr, ...(spec.inherit ?? [])],
    cwd: spec.cwd ?? '/',
    ...(spec.env ? { env: spec.env } : {}),
  };
  let child: ChildProcess;
  try {
    child = cp().spawn(command, args, options);
  } catch (err) {
    throw new ChildProcessError(`${spec.what} did not start: ${(err as Error).message}`, { argv: spec.argv }, { cause: err });
  }
  // A program that cannot be executed leaves no pid; its 'error' event
  // follows and must not crash us.
  let failure: Error | undefined;
  child.once('error', (err) => (failure = err));
  child.unref();
  if (!child.pid) throw new ChildProcessError(`${spec.what} did not start: ${failure?.message ?? `cannot execute ${command}`}`, { argv: spec.argv });
  return child.pid;
}

/**
 * Run a short program with `fds` as its descriptors 3, 4, ... (flock(1) on
 * lock files we opened) and give its exit code and stderr; a spawn failure
 * is returned as `error`, not thrown, for the caller to name.
 */
export function runWithDescriptors(argv: readonly string[], fds: readonly number[]): Promise<{ code: number | null; stderr: string; error?: Error }> {
  const [command, ...args] = argv;
  return new Promise((resolve) => {
    const child = cp().spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe', ...fds] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) => resolve({ code: null, stderr, error }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
