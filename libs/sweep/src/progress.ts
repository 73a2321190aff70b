/**
 * Progress on a terminal: a count and a rate, `\r`-updated on stderr at
 * most once a second. The app gives a writer only when stderr is a TTY
 * (CleanupContext.progress), and none is used under --json: under cron
 * nothing is written.
 */
export interface Progress {
  /** `done` items handled so far (of `total`, when known). */
  update(done: number): void;
  /** Clear the line (the summary follows). */
  end(): void;
}

const SILENT: Progress = { update: () => undefined, end: () => undefined };

/**
 * A progress line `<what>: <done> of <total> <unit>, <rate>/s`, written
 * through `write` (undefined: silent) at most every `everyMs`; `clock`
 * for the tests.
 */
export function progressLine(write: ((text: string) => void) | undefined, what: string, total: number | undefined, unit: string, clock: () => number = Date.now, everyMs = 1000): Progress {
  if (!write) return SILENT;
  const started = clock();
  let last = started;
  let shown = false;
  return {
    update(done) {
      const now = clock();
      if (now - last < everyMs) return;
      last = now;
      const rate = Math.round((done * 1000) / Math.max(1, now - started));
      write(`\r${what}: ${done}${total === undefined ? '' : ` of ${total}`} ${unit}, ${rate}/s\x1b[K`);
      shown = true;
    },
    end() {
      if (shown) write('\r\x1b[K');
    },
  };
}
