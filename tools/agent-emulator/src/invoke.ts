import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { waitStatus } from '@deimos/protocol';
import { FrameDecoder, encodeFrame } from '@deimos/recordio';
import { DEFAULT_LIBEXEC_DIR, DEFAULT_WORK_DIR } from './paths';

export type Subcommand = 'launch' | 'update' | 'usage' | 'wait' | 'destroy' | 'containers' | 'recover';

/** The subcommands whose stdout the agent reads (exactly one frame). */
export const REPLYING_SUBCOMMANDS: ReadonlySet<Subcommand> = new Set(['usage', 'wait', 'containers']);

export interface InvokeOptions {
  /** The agent's --containerizer_path; word-split by /bin/sh like the agent's. */
  containerizer: string;
  subcommand: Subcommand;
  /** An encoded message; it is framed and written to stdin, which stays open. */
  input?: Uint8Array;
  /** Working directory; stderr is also appended to `<sandbox>/stderr`. */
  sandbox?: string;
  /** Added last, over the inherited and base variables. */
  env?: Record<string, string>;
  /** With a sandbox: `chown -R <user>: <sandbox>` before spawning, and the stderr file is chowned. */
  user?: string;
  /** Diagnostic only (the agent has no timeout): SIGKILL the process group after this long. */
  timeoutMs?: number;
  /** MESOS_LIBEXEC_DIRECTORY (the agent's --launcher_dir); default: this tool's bin/. */
  libexecDir?: string;
  /** MESOS_WORK_DIRECTORY (the agent's --work_dir); default /tmp/mesos. */
  workDir?: string;
}

export interface InvokeResult {
  /** Exit code of `/bin/sh -c ...`, null when killed by a signal. */
  exitCode: number | null;
  signal: string | null;
  /** The raw wait(2) status word the agent would see (code << 8, or the signal number). */
  status: number;
  /** Everything read from stdout. */
  stdout: Buffer;
  /** For usage/wait/containers: the payload of the first complete frame. */
  frame?: Buffer;
  /** For usage/wait/containers without a complete first frame: why. */
  frameError?: string;
  stderr: string;
  pid: number;
  /** True when `timeoutMs` ran out and the group was killed. */
  timedOut: boolean;
}

export interface Invocation {
  /** Pid of the `/bin/sh` (also its process group and session id). */
  readonly pid: number;
  readonly result: Promise<InvokeResult>;
  /** Signals the whole process group (default SIGKILL), as the agent does to `wait` after `destroy`. */
  kill(signal?: NodeJS.Signals): boolean;
}

/**
 * After the process exits, how long to wait for its stdout/stderr to reach EOF
 * before closing our ends anyway (a child it left behind may hold them; the
 * agent closes its ends once the process is reaped).
 */
const DRAIN_AFTER_EXIT_MS = 200;

/**
 * Starts one containerizer call exactly as the agent does: `/bin/sh -c
 * "<containerizer> <subcommand>"` in a new session (setsid), cwd = sandbox,
 * three pipes, one frame on stdin that is never closed while the process
 * lives, one frame read from stdout for usage/wait/containers.
 */
export function startInvocation(opts: InvokeOptions): Invocation {
  const replying = REPLYING_SUBCOMMANDS.has(opts.subcommand);
  if (opts.sandbox !== undefined && !fs.statSync(opts.sandbox, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`sandbox ${opts.sandbox} is not a directory`);
  }
  if (opts.sandbox !== undefined && opts.user) chownTree(opts.user, opts.sandbox);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MESOS_LIBEXEC_DIRECTORY: opts.libexecDir ?? DEFAULT_LIBEXEC_DIR,
    MESOS_WORK_DIRECTORY: opts.workDir ?? DEFAULT_WORK_DIR,
    ...opts.env,
  };
  const stderrFd = opts.sandbox !== undefined ? openStderrFile(opts.sandbox, opts.user) : undefined;

  const child = spawn('/bin/sh', ['-c', `${opts.containerizer} ${opts.subcommand}`], {
    detached: true,
    cwd: opts.sandbox ?? process.cwd(),
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pid = child.pid ?? -1;

  const kill = (signal: NodeJS.Signals = 'SIGKILL'): boolean => killProcessGroup(pid, signal);

  const result = new Promise<InvokeResult>((resolve, reject) => {
    const stdoutChunks: Buffer[] = [];
    const stderrChunks: Buffer[] = [];
    const decoder = new FrameDecoder();
    let frame: Buffer | undefined;
    let frameError: string | undefined;
    let stdoutEnded = false;
    let stderrEnded = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let timedOut = false;
    let settled = false;
    let drainTimer: NodeJS.Timeout | undefined;

    // The process may exit without reading its input: ignore EPIPE.
    child.stdin.on('error', () => undefined);
    if (opts.input !== undefined) child.stdin.write(encodeFrame(opts.input));

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutChunks.push(chunk);
      if (replying && frame === undefined && frameError === undefined) {
        try {
          frame = decoder.push(chunk)[0];
        } catch (err) {
          frameError = (err as Error).message;
        }
      }
      maybeFinish();
    });
    child.stdout.on('end', () => {
      stdoutEnded = true;
      maybeFinish();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderrChunks.push(chunk);
      if (stderrFd !== undefined) fs.writeSync(stderrFd, chunk);
    });
    child.stderr.on('end', () => {
      stderrEnded = true;
      maybeFinish();
    });

    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            kill('SIGKILL');
          }, opts.timeoutMs)
        : undefined;

    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      closeAll();
      reject(new Error(`cannot run /bin/sh -c "${opts.containerizer} ${opts.subcommand}": ${err.message}`, { cause: err }));
    });

    child.on('exit', (code, signal) => {
      exit = { code, signal };
      if (timer) clearTimeout(timer);
      drainTimer = setTimeout(finish, DRAIN_AFTER_EXIT_MS);
      maybeFinish();
    });

    function maybeFinish(): void {
      if (!exit) return;
      const stdoutDone = stdoutEnded || (replying && (frame !== undefined || frameError !== undefined));
      if (stdoutDone && stderrEnded) finish();
    }

    function finish(): void {
      if (settled || !exit) return;
      settled = true;
      if (drainTimer) clearTimeout(drainTimer);
      closeAll();
      if (replying && frame === undefined && frameError === undefined) {
        frameError = describeMissingFrame(decoder, stdoutChunks, stdoutEnded);
      }
      const signalNumber = exit.signal ? os.constants.signals[exit.signal] : undefined;
      resolve({
        exitCode: exit.code,
        signal: exit.signal,
        status: waitStatus(signalNumber !== undefined ? { signal: signalNumber } : { code: exit.code ?? 0 }),
        stdout: Buffer.concat(stdoutChunks),
        ...(frame !== undefined ? { frame } : {}),
        ...(frameError !== undefined ? { frameError } : {}),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        pid,
        timedOut,
      });
    }

    // Our pipe ends close only after the process has exited (or failed to start).
    function closeAll(): void {
      child.stdin.destroy();
      child.stdout.destroy();
      child.stderr.destroy();
      if (stderrFd !== undefined) fs.closeSync(stderrFd);
    }
  });

  return { pid, result, kill };
}

/** Runs one containerizer call to completion; see startInvocation. */
export function invoke(opts: InvokeOptions): Promise<InvokeResult> {
  try {
    return startInvocation(opts).result;
  } catch (err) {
    return Promise.reject(err);
  }
}

/**
 * Sends `signal` to the process group `pid` leads (every call runs in its own
 * session, so pid = pgid). Returns false when the group is already gone.
 */
export function killProcessGroup(pid: number, signal: NodeJS.Signals = 'SIGKILL'): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

function describeMissingFrame(decoder: FrameDecoder, chunks: Buffer[], ended: boolean): string {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const open = ended ? '' : '; stdout was still held open by another process';
  if (total === 0) return `no output: expected a 4-byte length prefix (at byte offset 0)${open}`;
  try {
    decoder.end();
  } catch (err) {
    return `${(err as Error).message}${open}`;
  }
  return `no complete frame in ${total} bytes of output${open}`;
}

// O_APPEND|O_CREAT, mode 0644, like the agent (0.22+).
function openStderrFile(sandbox: string, user: string | undefined): number {
  const file = path.join(sandbox, 'stderr');
  const fd = fs.openSync(file, 'a', 0o644);
  if (user) chownTree(user, file);
  return fd;
}

// stout os::chown(user, path) = `chown -R <uid>:<gid> <path>`; a failure
// fails the invocation.
function chownTree(user: string, target: string): void {
  const run = spawnSync('chown', ['-R', `${user}:`, target], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`chown -R ${user}: ${target} failed: ${run.error?.message ?? run.stderr.trim()}`);
  }
}
