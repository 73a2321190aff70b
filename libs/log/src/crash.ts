/**
 * Crash points (tests only). A call names each moment at which dying would
 * leave work half done: `crashPoint('launch:after-create')`. When the
 * containerizer's own environment names that point in
 * `DEIMOS_TEST_CRASH_AT` (a comma-separated list; `*` for every point), the
 * process kills itself there with SIGKILL, as the OOM killer or the agent's
 * timeout would. The variable is read from our process environment, which
 * the agent (or an operator) sets; a task's environment arrives as data in
 * the Launch message and never reaches it.
 *
 * Every point reached is also announced on fd 2 as one line
 * `crash-point <name>` when `DEIMOS_TEST_CRASH_TRACE` is set, so a test can
 * list the points of a call before it kills at each of them.
 */
import { writeSync } from 'node:fs';

let wanted: ReadonlySet<string> | undefined;
let trace: boolean | undefined;

function armed(): ReadonlySet<string> {
  if (wanted === undefined) {
    const raw = process.env['DEIMOS_TEST_CRASH_AT'] ?? '';
    wanted = new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
    trace = process.env['DEIMOS_TEST_CRASH_TRACE'] !== undefined && process.env['DEIMOS_TEST_CRASH_TRACE'] !== '';
  }
  return wanted;
}

/** Die here (SIGKILL) if the environment asks for this point; otherwise nothing. */
export function crashPoint(name: string): void {
  const points = armed();
  if (trace) {
    try {
      writeSync(2, `crash-point ${name}\n`);
    } catch {
      /* stderr closed: tracing must not change behaviour */
    }
  }
  if (points.size === 0) return;
  if (points.has(name) || points.has('*')) process.kill(process.pid, 'SIGKILL');
}

/** Forget the environment read (unit tests that change it). */
export function resetCrashPoints(): void {
  wanted = undefined;
  trace = undefined;
}
