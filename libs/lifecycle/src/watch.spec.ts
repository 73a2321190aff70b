import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { watchDirectory } from './end';

describe('watchDirectory (the observer wakes on changes, not only on its tick)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-watch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('wakes on a file renamed into the directory, long before its tick', async () => {
    const w = watchDirectory(dir);
    try {
      expect(w.working).toBe(true);
      const started = Date.now();
      const woken = w.next(60_000);
      setTimeout(() => {
        fs.writeFileSync(path.join(dir, '.exit.tmp'), '0\n');
        fs.renameSync(path.join(dir, '.exit.tmp'), path.join(dir, 'exit'));
      }, 20);
      await woken;
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      w.close();
    }
  });

  it('returns at once for a change that came while nobody waited, then waits again', async () => {
    const w = watchDirectory(dir);
    try {
      fs.writeFileSync(path.join(dir, 'x'), '1');
      await new Promise((r) => setTimeout(r, 50)); // the event is delivered
      await w.next(60_000); // resolves at once: the change is remembered
      const started = Date.now();
      await w.next(100); // nothing new: the tick ends it
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    } finally {
      w.close();
    }
  });

  it('falls back to ticks alone when the directory cannot be watched', async () => {
    const w = watchDirectory(path.join(dir, 'missing'));
    expect(w.working).toBe(false);
    const started = Date.now();
    await w.next(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    w.close();
  });
});
