import { progressLine } from './progress';

describe('progress line', () => {
  it('writes a count and a rate at most once a second, \\r-updated, and clears the line at the end', () => {
    const lines: string[] = [];
    let now = 0;
    const p = progressLine(
      (t) => lines.push(t),
      'cleanup',
      3000,
      'states',
      () => now,
    );
    now = 500;
    p.update(500); // under a second: nothing
    now = 1000;
    p.update(1000);
    now = 1500;
    p.update(1500); // half a second after the last line: nothing
    now = 2000;
    p.update(3000);
    p.end();
    expect(lines).toEqual(['\rcleanup: 1000 of 3000 states, 1000/s\x1b[K', '\rcleanup: 3000 of 3000 states, 1500/s\x1b[K', '\r\x1b[K']);
  });

  it('writes the count alone when the total is not known (a listing read as it goes)', () => {
    const lines: string[] = [];
    let now = 0;
    const p = progressLine(
      (t) => lines.push(t),
      'check',
      undefined,
      'states',
      () => now,
    );
    now = 2000;
    p.update(4000);
    expect(lines).toEqual(['\rcheck: 4000 states, 2000/s\x1b[K']);
  });

  it('is silent without a writer (stderr not a terminal, cron) and clears nothing it did not write', () => {
    const lines: string[] = [];
    const silent = progressLine(undefined, 'cleanup', 10, 'states', () => 5000);
    silent.update(10);
    silent.end();
    const quick = progressLine(
      (t) => lines.push(t),
      'cleanup',
      10,
      'states',
      () => 0,
    );
    quick.update(10);
    quick.end();
    expect(lines).toEqual([]);
  });
});
