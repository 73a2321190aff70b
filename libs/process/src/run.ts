import { ChildProcessError } from '@deimos/errors';

/**
 * Where run() reports its calls: a @deimos/log Logger fits. (This lib does
 * not import the logger: the logger starts its syslog child through this lib.)
 */
export interface RunLog {
  debug(message: string): void;
  warn(message: string): void;
}

const QUIET: RunLog = { debug: () => undefined, warn: () => undefined };

export interface RunOptions {
  cwd?: string;
  /** Extra variables; merged over process.env unless `extendEnv` is false. */
  env?: Record<string, string | undefined>;
  extendEnv?: boolean;
  /** Milliseconds before the child is killed with SIGTERM. */
  timeoutMs?: number;
  /** Data for stdin; without it stdin is /dev/null. */
  input?: string | Buffer;
  log?: RunLog;
  /** Strings that must never be printed (passwords, tokens). */
  secrets?: readonly string[];
  /** Exit codes that are not failures (default only 0). */
  okExitCodes?: readonly number[];
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Show an argv as a shell-like line for logs, quoting what needs it. */
export function present(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Replace every secret by `***`. Empty secrets are ignored. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

function lastLines(text: string, max = 3): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.slice(-max).join(' / ');
}

/**
 * Run one child process from an argv array (never a shell string). Logs
 * `call // argv` and `exit N // argv`; any failure becomes a
 * ChildProcessError naming the command and carrying its stderr.
 */
export async function run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const log = opts.log ?? QUIET;
  const shown = redact(present(argv), opts.secrets);
  log.debug(`call // ${shown}`);
  const [file, ...args] = argv;
  if (!file) throw new ChildProcessError('empty command', { argv });
  const started = Date.now();
  // execa and its dependencies load on the first child process only.
  const { default: execa } = await import('execa');
  const result = await execa(file, args, {
    cwd: opts.cwd,
    env: opts.env as NodeJS.ProcessEnv | undefined,
    extendEnv: opts.extendEnv ?? true,
    timeout: opts.timeoutMs,
    killSignal: 'SIGTERM',
    input: opts.input,
    stdin: opts.input === undefined ? 'ignore' : 'pipe',
    reject: false,
    stripFinalNewline: true,
    windowsHide: true,
  });
  const ms = Date.now() - started;
  const stderr = redact(result.stderr ?? '', opts.secrets);
  const stdout = result.stdout ?? '';
  const ok = opts.okExitCodes ?? [0];
  // execa 5 can report a child its timeout killed as merely killed by
  // SIGTERM (timedOut false) when the machine is loaded: our signal after
  // the deadline is a timeout.
  const timedOut = result.timedOut || (opts.timeoutMs !== undefined && result.signal === 'SIGTERM' && ms >= opts.timeoutMs);
  if (timedOut) {
    log.warn(`timeout after ${opts.timeoutMs} ms // ${shown}`);
    throw new ChildProcessError(`${shown} did not finish within ${Math.round((opts.timeoutMs ?? 0) / 1000)} s`, {
      argv,
      timedOut: true,
      stderr,
    });
  }
  // A child killed by a signal has no exit code either: ask for the signal first.
  if (result.signal) {
    log.warn(`signal ${result.signal} // ${shown}`);
    throw new ChildProcessError(`${shown} was killed by ${result.signal}`, { argv, signal: result.signal, stderr });
  }
  if (result.failed && result.exitCode === undefined) {
    const detail = result as unknown as { originalMessage?: string; shortMessage?: string };
    const reason = detail.originalMessage ?? detail.shortMessage ?? 'unknown error';
    log.warn(`failed to start // ${shown}: ${reason}`);
    throw new ChildProcessError(`could not run ${argv[0]}: ${redact(reason, opts.secrets)}`, { argv, stderr });
  }
  const exitCode = result.exitCode ?? 0;
  if (!ok.includes(exitCode)) {
    log.warn(`exit ${exitCode} // ${shown} (${ms} ms)${stderr ? `: ${lastLines(stderr)}` : ''}`);
    throw new ChildProcessError(`${shown} exited with ${exitCode}${stderr ? `: ${lastLines(stderr)}` : ''}`, {
      argv,
      exitCode,
      stderr,
    });
  }
  log.debug(`exit ${exitCode} // ${shown} (${ms} ms)`);
  return { exitCode, stdout, stderr };
}
