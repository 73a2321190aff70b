import { startLineSink, type LineSink } from '@deimos/process';
import { writeSync } from 'node:fs';
import { escapeControls } from '@deimos/errors';

/**
 * One line to fd 2, synchronously (as process.stderr is for files and pipes
 * on Linux) without loading Node's stream modules on the agent's hot paths.
 * A non-blocking descriptor that is full falls back to process.stderr.
 */
function writeStderr(line: string): void {
  const bytes = Buffer.from(line);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(2, bytes, done);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return; // stderr closed (the agent went away): logging must never crash us.
    try {
      process.stderr.write(bytes.subarray(done));
    } catch {
      /* as above */
    }
  }
}

export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

const RANK: Record<LogLevel, number> = { DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40, CRITICAL: 50 };
const SYSLOG_PRIORITY: Record<LogLevel, string> = {
  DEBUG: 'user.debug',
  INFO: 'user.info',
  WARNING: 'user.warning',
  ERROR: 'user.err',
  CRITICAL: 'user.crit',
};

export interface LoggerOptions {
  /** Program name shown in every line, e.g. `deimos-containerizer`. */
  program: string;
  console: LogLevel;
  /** When set, lines at or above this level also go to syslog (through logger(1)). */
  syslog?: LogLevel;
  /** Where console lines go; stderr by default (stdout carries protocol frames). */
  write?: (line: string) => void;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A logger whose lines carry the given Mesos container id. */
  withContainer(containerId: string): Logger;
  isEnabled(level: LogLevel): boolean;
  /** Flush and stop the syslog helper, if one was started. */
  close(): Promise<void>;
}

class SyslogSink {
  private sink?: LineSink;
  constructor(private readonly tag: string) {}

  write(level: LogLevel, line: string): void {
    // logger(1), started lazily, once per process, and fed lines on stdin;
    // it reads one message per line, and the priority prefix keeps levels.
    this.sink ??= startLineSink(['logger', '-t', this.tag, '-p', 'user.info', `--id=${process.pid}`]);
    this.sink.write(`<${SYSLOG_PRIORITY[level]}> ${line.replace(/\n/g, ' ')}`);
  }

  async close(): Promise<void> {
    await this.sink?.close();
  }
}

class ConsoleLogger implements Logger {
  constructor(
    private readonly opts: LoggerOptions,
    private readonly sink: SyslogSink | undefined,
    private readonly containerId?: string,
  ) {}

  isEnabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[this.opts.console] || (this.opts.syslog !== undefined && RANK[level] >= RANK[this.opts.syslog]);
  }

  private emit(level: LogLevel, raw: string): void {
    // The last line of defence: whatever a message quotes (a framework's
    // text, a child's stderr), one call is one line, with no control
    // character but tab reaching a terminal or a log reader raw.
    const message = escapeControls(raw, '\t');
    const who = this.containerId ? ` [${escapeControls(this.containerId)}]` : '';
    if (RANK[level] >= RANK[this.opts.console]) {
      const line = `${new Date().toISOString()} ${this.opts.program}[${process.pid}] ${level}${who} ${message}\n`;
      if (this.opts.write) this.opts.write(line);
      else {
        writeStderr(line);
      }
    }
    if (this.sink && this.opts.syslog && RANK[level] >= RANK[this.opts.syslog]) {
      this.sink.write(level, `${level}${who} ${message}`);
    }
  }

  debug(message: string): void {
    this.emit('DEBUG', message);
  }
  info(message: string): void {
    this.emit('INFO', message);
  }
  warn(message: string): void {
    this.emit('WARNING', message);
  }
  error(message: string): void {
    this.emit('ERROR', message);
  }
  withContainer(containerId: string): Logger {
    return new ConsoleLogger(this.opts, this.sink, containerId);
  }
  close(): Promise<void> {
    return this.sink ? this.sink.close() : Promise.resolve();
  }
}

/** Lines go to stderr as `<ISO time> <program>[<pid>] <LEVEL> [<container>] <message>`. */
export function createLogger(opts: LoggerOptions): Logger {
  const sink = opts.syslog ? new SyslogSink(opts.program) : undefined;
  return new ConsoleLogger(opts, sink);
}

/** A logger that drops everything: for library callers that pass none. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  withContainer() {
    return silentLogger;
  },
  isEnabled() {
    return false;
  },
  close() {
    return Promise.resolve();
  },
};
