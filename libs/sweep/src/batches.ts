/** Items are handled in batches with a yield in between, so that the event loop stays free (the cleanup lock is refreshed from it). */
const BATCH = 256;

export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Run `fn` over `items`, `BATCH` at a time in parallel, yielding between batches. */
export async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R> | R, between?: () => void): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    out.push(...(await Promise.all(items.slice(i, i + BATCH).map(fn))));
    between?.();
    await yieldToLoop();
  }
  return out;
}

/**
 * States handled at a time by the sweep and the check: their records read,
 * then one read of the lock table for them, then acted on. Only one
 * chunk's entries are held, so memory does not grow with the states a
 * root keeps.
 */
export const CHUNK = 1000;

/** Run a synchronous `fn` over `items`, calling `between` and yielding to the event loop every `size` items (no promise per item). */
export async function inChunks<T>(items: readonly T[], size: number, fn: (item: T) => void, between?: () => void): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    const end = Math.min(items.length, i + size);
    for (let k = i; k < end; k++) fn(items[k]);
    between?.();
    await yieldToLoop();
  }
}
