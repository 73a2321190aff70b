import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLineSink } from './line-sink';

describe('startLineSink', () => {
  it('feeds a long-lived child one line at a time, and lets it finish on close', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-sink-'));
    try {
      const out = path.join(dir, 'out');
      const sink = startLineSink(['sh', '-c', `cat > ${out}`]);
      sink.write('<user.info> one');
      sink.write('<user.err> two');
      await sink.close();
      expect(fs.readFileSync(out, 'utf8')).toBe('<user.info> one\n<user.err> two\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('turns into a no-op when the program does not exist', async () => {
    const sink = startLineSink(['/nonexistent/logger']);
    await new Promise((r) => setTimeout(r, 50));
    expect(() => sink.write('lost')).not.toThrow();
    await expect(sink.close()).resolves.toBeUndefined();
  });
});
