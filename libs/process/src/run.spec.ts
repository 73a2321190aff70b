import { ChildProcessError } from '@deimos/errors';
import { present, redact, run } from './run';

describe('run', () => {
  it('returns stdout of a successful command', async () => {
    const r = await run(['sh', '-c', 'printf hello']);
    expect(r).toEqual({ exitCode: 0, stdout: 'hello', stderr: '' });
  });
  it('turns a non-zero exit into a ChildProcessError with stderr', async () => {
    const err = await run(['sh', '-c', 'echo broken >&2; exit 3']).catch((e) => e);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect(err.exitCode).toBe(3);
    expect(err.message).toContain('exited with 3: broken');
  });
  it('kills a command that outlives its timeout', async () => {
    const started = Date.now();
    const err = await run(['sleep', '5'], { timeoutMs: 200 }).catch((e) => e);
    expect(err.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });
  it('names the signal that killed a command', async () => {
    const err = await run(['sh', '-c', 'kill -TERM $$; sleep 5']).catch((e) => e);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect({ message: err.message, signal: err.signal, timedOut: err.timedOut }).toEqual({ message: `sh -c 'kill -TERM $$; sleep 5' was killed by SIGTERM`, signal: 'SIGTERM', timedOut: false });
  });
  it('names a command that cannot be started', async () => {
    const err = await run(['/nonexistent/deimos-binary']).catch((e) => e);
    expect(err).toBeInstanceOf(ChildProcessError);
    expect(err.message).toContain('could not run /nonexistent/deimos-binary');
  });
  it('gives the child no stdin unless input is passed', async () => {
    const r = await run(['sh', '-c', 'cat; echo end']);
    expect(r.stdout).toBe('end');
    const r2 = await run(['cat'], { input: 'fed' });
    expect(r2.stdout).toBe('fed');
  });
  it('logs call and exit lines with secrets redacted', async () => {
    const lines: string[] = [];
    const log = { debug: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
    await run(['echo', 'password=hunter2'], { log, secrets: ['hunter2'] });
    expect(lines.join('')).toContain('call // echo password=***');
    expect(lines.join('')).toMatch(/exit 0 \/\/ echo password=\*\*\*/);
    expect(lines.join('')).not.toContain('hunter2');
  });
});

describe('present / redact', () => {
  it('quotes arguments with spaces or quotes', () => {
    expect(present(['sh', '-c', "echo it's"])).toBe(`sh -c 'echo it'\\''s'`);
  });
  it('replaces every occurrence of a secret', () => {
    expect(redact('a s3cret b s3cret', ['s3cret', ''])).toBe('a *** b ***');
  });
});
