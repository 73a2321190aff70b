import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChildProcessError } from '@deimos/errors';
import { runWithDescriptors, spawnDetached } from './spawn';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-spawn-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('spawnDetached', () => {
  it('starts the child in its own session with our descriptors as stdout, stderr and fd 3, in cwd, with env', async () => {
    const out = fs.openSync(path.join(dir, 'out'), 'a');
    const err = fs.openSync(path.join(dir, 'err'), 'a');
    const extra = fs.openSync(path.join(dir, 'fd3'), 'a');
    const script = 'echo "$PWD $X" ; echo oops >&2 ; echo three >&3 ; ps -o sid= -p $$ > sid; echo $$ > pid';
    const pid = spawnDetached({
      argv: ['sh', '-c', script],
      stdout: out,
      stderr: err,
      inherit: [extra],
      env: { X: 'forty-two', PATH: process.env.PATH ?? '/usr/bin:/bin' },
      cwd: dir,
      what: 'the test child',
    });
    [out, err, extra].forEach((fd) => fs.closeSync(fd));
    await until(() => fs.existsSync(path.join(dir, 'pid')) && fs.readFileSync(path.join(dir, 'pid'), 'utf8').endsWith('\n'));
    expect(Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'))).toBe(pid);
    expect(fs.readFileSync(path.join(dir, 'out'), 'utf8')).toBe(`${dir} forty-two\n`);
    expect(fs.readFileSync(path.join(dir, 'err'), 'utf8')).toBe('oops\n');
    expect(fs.readFileSync(path.join(dir, 'fd3'), 'utf8')).toBe('three\n');
    // Its own session: the session id is its own pid, not ours.
    await until(() => fs.existsSync(path.join(dir, 'sid')) && fs.readFileSync(path.join(dir, 'sid'), 'utf8').trim() !== '');
    expect(Number(fs.readFileSync(path.join(dir, 'sid'), 'utf8').trim())).toBe(pid);
  });

  it('a program that does not exist is a ChildProcessError naming what it was', () => {
    const fd = fs.openSync(path.join(dir, 'x'), 'a');
    try {
      expect(() => spawnDetached({ argv: [path.join(dir, 'no-such-program')], stdout: fd, stderr: fd, what: 'the watcher (docker client)' })).toThrow(ChildProcessError);
      expect(() => spawnDetached({ argv: [path.join(dir, 'no-such-program')], stdout: fd, stderr: fd, what: 'the watcher (docker client)' })).toThrow(/^the watcher \(docker client\) did not start/);
    } finally {
      fs.closeSync(fd);
    }
  });
});

describe('runWithDescriptors', () => {
  it('gives the exit code and stderr, with our descriptor as fd 3', async () => {
    const fd = fs.openSync(path.join(dir, 'f'), 'a');
    const r = await runWithDescriptors(['sh', '-c', 'echo via-3 >&3; echo bad >&2; exit 7'], [fd]);
    fs.closeSync(fd);
    expect(r).toEqual({ code: 7, stderr: 'bad\n' });
    expect(fs.readFileSync(path.join(dir, 'f'), 'utf8')).toBe('via-3\n');
  });

  it('returns a spawn failure as error, not thrown', async () => {
    const r = await runWithDescriptors([path.join(dir, 'absent')], []);
    expect(r.code).toBeNull();
    expect(r.error?.message).toMatch(/ENOENT/);
  });
});
