import type { ChildProcess } from 'node:child_process';

/** A long-lived child fed one line at a time on its stdin. */
export interface LineSink {
  /** Hand the child one line (a newline is added); a no-op once the child failed. */
  write(line: string): void;
  /** End its input and give it up to a second to finish. */
  close(): Promise<void>;
}

/**
 * Start `argv` with a pipe on its stdin and nothing else (logger(1) for the
 * logger's syslog lines: Node has no datagram socket for /dev/log, and a
 * child per line would cost a fork each time). It never throws and never
 * keeps this process alive: a child that cannot start or dies turns the
 * sink into a no-op. child_process is loaded here, on first use, not at
 * start-up: it costs milliseconds and most calls never start a sink.
 */
export function startLineSink(argv: readonly string[]): LineSink {
  let failed = false;
  let child: ChildProcess | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawn } = require('node:child_process') as typeof import('node:child_process');
    child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', () => {
      failed = true;
    });
    child.stdin?.on('error', () => {
      failed = true;
    });
    child.unref();
    (child.stdin as unknown as { unref?: () => void })?.unref?.();
  } catch {
    failed = true;
  }
  return {
    write(line) {
      if (!failed) child?.stdin?.write(`${line}\n`);
    },
    async close() {
      const c = child;
      if (!c || failed) return;
      await new Promise<void>((resolve) => {
        c.once('exit', () => resolve());
        c.stdin?.end();
        setTimeout(resolve, 1000).unref();
      });
    },
  };
}
