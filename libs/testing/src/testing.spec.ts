import { eventually, pollWithin } from './testing';

describe('waiting for a condition', () => {
  it('eventually resolves true once the check holds', async () => {
    let n = 0;
    await expect(eventually(() => ++n >= 3, 1000, 1)).resolves.toBe(true);
    expect(n).toBe(3);
  });

  it('eventually rejects, naming the check, when it never holds: a forgotten assertion still fails', async () => {
    await expect(eventually(() => 1 + 1 === 3, 30, 5)).rejects.toThrow(/^not true within 30 ms: \(\) => 1 \+ 1 === 3/);
  });

  it('pollWithin answers false after the time is up, for best-effort waits', async () => {
    const started = Date.now();
    await expect(pollWithin(() => false, 30, 5)).resolves.toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });
});
