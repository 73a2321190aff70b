import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * Keep a cleanup run's memory flat over six-figure state roots. The work
 * holds one chunk of states at a time (libs/sweep), so its live heap stays
 * near 14 MB, but V8 lets garbage pile up first: its young generation grows
 * to 16 MB semi-spaces and its old one to some 60 MB before a full
 * collection, which put the peak RSS of a 100,000-state run at 140-175 MB.
 * The binaries start through a `#!/usr/bin/node` loader and so cannot take
 * V8 flags on their command line, but these two can be set from inside:
 * - `--semi-space-growth-factor=1`: the young generation keeps its initial
 *   size (V8 reads the factor each time it would grow it);
 * - `--expose-gc`, for the `gc` function (fetched from a fresh context):
 *   the returned collector runs a full collection, and is called once per
 *   chunk of states (CleanupContext.betweenChunks). Per chunk, not on a
 *   timer: every 100 ms made `--rm`, whose chunks take about half a
 *   second, nearly three times slower.
 * Measured on 100,000 states (`npm run bench`, tools/bench): the numbers
 * are in the README's benchmark table.
 */
export function boundMemory(): (() => void) | undefined {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
}
