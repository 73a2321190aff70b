import { escapeControls } from './text';

/**
 * Stable error codes. Each maps to one exit status through EXIT_CODES; the
 * numbers keep the reference's meaning (1 usage, 4 known failure, 8
 * unexpected, 16 configuration) and add 3 for "another instance holds the
 * lock", which cron jobs want to tell apart from real failures.
 */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'BUSY'
  | 'FRAME'
  | 'DECODE'
  | 'INVALID_INPUT'
  | 'POLICY'
  | 'NOT_FOUND'
  | 'NOT_RUNNING'
  | 'LOCK_TIMEOUT'
  | 'CHILD_PROCESS'
  | 'DOCKER'
  | 'STATE'
  | 'CGROUP'
  | 'MIDONET'
  | 'FETCH'
  /** A host check of `doctor` failed (each failing line names its fix). */
  | 'HOST_CHECK'
  | 'INTERNAL';

const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  USAGE: 1,
  BUSY: 3,
  FRAME: 4,
  DECODE: 4,
  INVALID_INPUT: 4,
  POLICY: 4,
  NOT_FOUND: 4,
  NOT_RUNNING: 4,
  LOCK_TIMEOUT: 4,
  CHILD_PROCESS: 4,
  DOCKER: 4,
  STATE: 4,
  CGROUP: 4,
  MIDONET: 4,
  FETCH: 4,
  HOST_CHECK: 4,
  INTERNAL: 8,
  CONFIG: 16,
};

/** Exit status for anything that is not a DeimosError. */
const UNEXPECTED_EXIT = 8;

export interface DeimosErrorOptions {
  /** What the user can do about it, printed after the message. */
  hint?: string;
  cause?: unknown;
}

/** Control characters escaped, line breaks (LF, CRLF) kept as LF. */
function escapedLines(text: string): string {
  return escapeControls(text.replace(/\r\n/g, '\n'), '\n');
}

/**
 * Base of every error we throw on purpose. The message names the input.
 * Message and hint carry no raw control character: the text a framework,
 * a server or a child sent is escaped here (escapeControls), whichever
 * message it was put in; line breaks are kept (as LF) for formatError to
 * fold.
 */
export class DeimosError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: DeimosErrorOptions = {}) {
    super(escapedLines(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeimosError';
    this.code = code;
    this.hint = options.hint === undefined ? undefined : escapedLines(options.hint);
  }
}

/** A frame on stdin or stdout could not be read or written. */
export class FrameError extends DeimosError {
  readonly offset: number;
  constructor(message: string, offset: number, options: DeimosErrorOptions = {}) {
    super('FRAME', `${message} (at byte offset ${offset})`, options);
    this.name = 'FrameError';
    this.offset = offset;
  }
}

/** A lock could not be taken in time, or (non-blocking) was held. */
export class LockTimeout extends DeimosError {
  readonly lockName: string;
  constructor(lockName: string, message: string, options: DeimosErrorOptions = {}) {
    super('LOCK_TIMEOUT', message, options);
    this.name = 'LockTimeout';
    this.lockName = lockName;
  }
}

/** The configuration file has a bad line or value. */
export class ConfigError extends DeimosError {
  readonly file?: string;
  readonly line?: number;
  constructor(message: string, where: { file?: string; line?: number } = {}, options: DeimosErrorOptions = {}) {
    const place = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    super('CONFIG', `${place}${message}`, options);
    this.name = 'ConfigError';
    this.file = where.file;
    this.line = where.line;
  }
}

/** A child process failed (non-zero exit, signal, timeout or spawn error). */
export class ChildProcessError extends DeimosError {
  readonly argv: readonly string[];
  readonly exitCode?: number;
  readonly signal?: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  constructor(message: string, details: { argv: readonly string[]; exitCode?: number; signal?: string; stderr?: string; timedOut?: boolean }, options: DeimosErrorOptions = {}) {
    super('CHILD_PROCESS', message, options);
    this.name = 'ChildProcessError';
    this.argv = details.argv;
    this.exitCode = details.exitCode;
    this.signal = details.signal;
    this.stderr = details.stderr ?? '';
    this.timedOut = details.timedOut ?? false;
  }
}

/** An HTTP call to the MidoNet API failed. Never carries credentials. */
export class MidonetHttpError extends DeimosError {
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly serverMessage?: string;
  constructor(method: string, url: string, status: number, serverMessage?: string, options: DeimosErrorOptions = {}) {
    const what = status === 0 ? 'no response' : `HTTP ${status}`;
    super('MIDONET', `MidoNet API ${method} ${url}: ${what}${serverMessage ? `: ${serverMessage}` : ''}`, options);
    this.name = 'MidonetHttpError';
    this.status = status;
    this.method = method;
    this.url = url;
    this.serverMessage = serverMessage;
  }
}

/** The one table from an error to a process exit status. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof DeimosError) return EXIT_CODES[err.code];
  return UNEXPECTED_EXIT;
}

/**
 * commander ends `--help` and `--version` with an error carrying one of these
 * codes; for our programs they are successes (exit 0).
 */
export function isHelpOrVersion(err: { code?: unknown }): boolean {
  return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
}

/** Line breaks folded into spaces, then every other control character escaped. */
function oneLine(text: string): string {
  return escapeControls(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * One line for stderr: the message, then the hint, with no raw control
 * character (line breaks folded, the rest escaped). The stack is added, on
 * lines of its own, only when `debug` is set.
 */
export function formatError(err: unknown, debug = false): string {
  const stack = (e: Error) => (debug && e.stack ? `\n${escapeControls(e.stack, '\n')}` : '');
  if (err instanceof DeimosError) {
    return oneLine(err.hint ? `${err.message} (${err.hint})` : err.message) + stack(err);
  }
  if (err instanceof Error) return oneLine(`unexpected error: ${err.message}`) + stack(err);
  return oneLine(`unexpected error: ${String(err)}`);
}

/** True when a Node system error has the given code (ENOENT, EEXIST, ...). */
export function hasErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
