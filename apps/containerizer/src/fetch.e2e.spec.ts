import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { encode } from '@deimos/protocol';
import { TEST_IMAGE_URL, TestBed, builtBinary } from '@deimos/testing';

// URIs through the built binary, as a hostile framework would send them:
// fetched as the task's user, never written through a link, archives
// checked before unpacking, sizes capped, local paths only where allowed.

const containerizer = builtBinary('deimos-containerizer');
let bed: TestBed;
let files: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  // Files the tests serve over http and copy as local paths; a directory
  // anyone may enter, so that `nobody` can read what its modes allow.
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-fetch-files-'));
  fs.chmodSync(files, 0o755);
  server = http.createServer((req, res) => {
    if (req.url === '/chunked') {
      // No Content-Length: curl's --max-filesize cannot see the size.
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      for (let i = 0; i < 8; i += 1) res.write(Buffer.alloc(1000, 97));
      res.end();
      return;
    }
    const p = path.join(files, path.basename(req.url ?? '/'));
    if (!fs.existsSync(p)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Length': fs.statSync(p).size }).end(fs.readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(files, { recursive: true, force: true });
});
afterEach(() => bed?.cleanup());

type Uri = string | { value: string; executable?: boolean; extract?: boolean };

/** A launch of `true` with these URIs; with `user`, the sandbox belongs to it and its parents are open, as the agent makes them. */
async function launchWith(id: string, uris: Uri[], opts: { user?: string; before?: (sandbox: string) => void } = {}) {
  const launch = sandboxedCommandTask(bed.workDir, id, 'true', { image: TEST_IMAGE_URL, uris, ...(opts.user ? { user: opts.user } : {}) });
  const sandbox = launch.directory!;
  if (opts.user) {
    for (let d = sandbox; d.startsWith(bed.dir); d = path.dirname(d)) fs.chmodSync(d, 0o755);
    fs.chownSync(sandbox, 65534, 65534);
  }
  opts.before?.(sandbox);
  const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', launch), sandbox, env: bed.env() });
  return { ...r, sandbox };
}

/** What the sandbox holds, without our own files (stdout/stderr the agent made). */
function listing(sandbox: string): string[] {
  return fs
    .readdirSync(sandbox)
    .filter((n) => n !== 'stdout' && n !== 'stderr')
    .sort();
}

/** An archive served at `${base}/<name>`: built in a scratch directory, packed with tar (.tar.gz) or zip (-y keeps links as links). */
function archive(name: string, build: (dir: string) => void, members: string[]): string {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-fetch-src-'));
  try {
    build(src);
    if (name.endsWith('.zip')) execFileSync('zip', ['-q', '-y', '-r', path.join(files, name), ...members], { cwd: src });
    else execFileSync('tar', ['-C', src, '-czf', path.join(files, name), ...members]);
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
  return `${base}/${name}`;
}

describe('a task with a user (run_as_user)', () => {
  beforeEach(() => {
    bed = TestBed.create('[containers]\nrun_as_user = true\n');
  });

  it('cannot fetch a root-only file: the launch fails naming it and the sandbox keeps no copy', async () => {
    const secret = path.join(files, 'secret.txt');
    fs.writeFileSync(secret, 'root only\n', { mode: 0o600 });
    fs.chmodSync(secret, 0o600);
    const r = await launchWith('f-secret', [secret], { user: 'nobody' });
    expect(r.exitCode).toBe(4);
    // The last line is the one-line error the agent shows.
    const last = r.stderr.trim().split('\n').pop();
    expect(last).toMatch(new RegExp(`ERROR could not fetch "${secret}" into the sandbox: curl: \\(37\\) Couldn't open file`));
    expect(listing(r.sandbox)).toEqual([]);
    expect(bed.containers()).toEqual([]);
  });

  it('fetches a readable file (executable) and unpacks a .tar.gz, all owned by the user', async () => {
    fs.writeFileSync(path.join(files, 'tool.sh'), '#!/bin/sh\necho hi\n', { mode: 0o644 });
    const bundle = archive(
      'bundle.tar.gz',
      (d) => {
        fs.mkdirSync(path.join(d, 'conf'));
        fs.writeFileSync(path.join(d, 'conf', 'app.ini'), 'x=1\n');
        fs.writeFileSync(path.join(d, 'conf', 'setid'), '#!/bin/sh\n');
        fs.chmodSync(path.join(d, 'conf', 'setid'), 0o6755);
      },
      ['conf'],
    );
    const r = await launchWith(
      'f-ok',
      [
        { value: path.join(files, 'tool.sh'), executable: true },
        { value: bundle, extract: true },
      ],
      { user: 'nobody' },
    );
    expect([r.exitCode, r.stderr.split('\n').filter((l) => /ERROR|could not/.test(l))]).toEqual([0, []]);
    expect(listing(r.sandbox)).toEqual(['bundle.tar.gz', 'conf', 'tool.sh']);
    const tool = fs.statSync(path.join(r.sandbox, 'tool.sh'));
    expect([tool.mode & 0o7777, tool.uid]).toEqual([0o755, 65534]);
    expect(fs.readFileSync(path.join(r.sandbox, 'conf', 'app.ini'), 'utf8')).toBe('x=1\n');
    expect(fs.statSync(path.join(r.sandbox, 'conf', 'app.ini')).uid).toBe(65534);
    expect(fs.statSync(path.join(r.sandbox, 'conf', 'setid')).mode & 0o6000).toBe(0);
    expect(fs.readdirSync(r.sandbox).filter((n) => n.startsWith('.deimos-fetch'))).toEqual([]);
  });
});

describe('a task with no user (fetched as root)', () => {
  it('refuses local paths unless [uris] local_paths allows their real location', async () => {
    const allowed = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-fetch-allowed-'));
    try {
      fs.writeFileSync(path.join(allowed, 'ok.txt'), 'ok\n');
      fs.symlinkSync('/etc/hostname', path.join(allowed, 'escape.txt'));
      bed = TestBed.create('');
      let r = await launchWith('f-none', [path.join(allowed, 'ok.txt')]);
      expect(r.exitCode).toBe(4);
      expect(r.stderr).toMatch(/could not fetch ".*ok.txt" into the sandbox: a task with no user may not copy local files; list their directory in \[uris\] local_paths/);
      bed.cleanup();

      bed = TestBed.create(`[uris]\nlocal_paths: ["${allowed}"]\n`);
      r = await launchWith('f-link', [`file://${path.join(allowed, 'escape.txt')}`]);
      expect(r.exitCode).toBe(4);
      expect(r.stderr).toMatch(/could not fetch "file:\/\/.*escape.txt" into the sandbox: \/etc\/hostname is outside \[uris\] local_paths/);
      expect(listing(r.sandbox)).toEqual([]);

      r = await launchWith('f-allowed', [path.join(allowed, 'ok.txt')]);
      expect(r.exitCode).toBe(0);
      expect(fs.readFileSync(path.join(r.sandbox, 'ok.txt'), 'utf8')).toBe('ok\n');
    } finally {
      fs.rmSync(allowed, { recursive: true, force: true });
    }
  });

  it('refuses an archive that plants a link out of the sandbox, and never writes through a link already there', async () => {
    bed = TestBed.create('');
    const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-fetch-host-'));
    try {
      fs.writeFileSync(path.join(files, 'x'), 'overwritten\n');
      const planting = archive('plant.tar.gz', (d) => fs.symlinkSync(hostDir, path.join(d, 'x')), ['x']);
      let r = await launchWith('f-plant', [{ value: planting, extract: true }, `${base}/x`]);
      expect(r.exitCode).toBe(4);
      expect(r.stderr).toContain(`could not fetch "${planting}" into the sandbox: the archive is refused: symlink "x" points to "${hostDir}", outside the sandbox`);
      expect(fs.existsSync(path.join(r.sandbox, 'x'))).toBe(false);

      // A link already in the sandbox (however it got there): a URI named
      // like it, and an archive member below it, are refused.
      const below = archive(
        'below.tar.gz',
        (d) => {
          fs.mkdirSync(path.join(d, 'x'));
          fs.writeFileSync(path.join(d, 'x', 'f'), 'through\n');
        },
        ['x/f'],
      );
      r = await launchWith('f-through', [`${base}/x`], { before: (s) => fs.symlinkSync(hostDir, path.join(s, 'x')) });
      expect(r.exitCode).toBe(4);
      expect(r.stderr).toContain(`could not fetch "${base}/x" into the sandbox: the sandbox already holds "x" as a symbolic link`);
      r = await launchWith('f-below', [{ value: below, extract: true }], { before: (s) => fs.symlinkSync(hostDir, path.join(s, 'x')) });
      expect(r.exitCode).toBe(4);
      expect(r.stderr).toContain('member "x/f" would be written through the existing link "x"');
      expect(fs.readdirSync(hostDir)).toEqual([]);
      expect(bed.containers()).toEqual([]);
    } finally {
      fs.rmSync(hostDir, { recursive: true, force: true });
    }
  });

  it('unpacks a setuid-root binary with no set-id bit', async () => {
    bed = TestBed.create('');
    const bundle = archive(
      'suid.tar.gz',
      (d) => {
        fs.writeFileSync(path.join(d, 'su'), '#!/bin/sh\n');
        fs.chmodSync(path.join(d, 'su'), 0o4755);
      },
      ['su'],
    );
    const r = await launchWith('f-suid', [{ value: bundle, extract: true }]);
    expect(r.exitCode).toBe(0);
    const su = fs.statSync(path.join(r.sandbox, 'su'));
    expect(su.mode & 0o6000).toBe(0);
  });

  it('unpacks a .zip (listed with unzip -Z first, set-id bits cleared) and refuses one holding a symbolic link', async () => {
    bed = TestBed.create('');
    const ok = archive(
      'bundle.zip',
      (d) => {
        fs.mkdirSync(path.join(d, 'conf'));
        fs.writeFileSync(path.join(d, 'conf', 'app.ini'), 'x=1\n');
        fs.writeFileSync(path.join(d, 'conf', 'su'), '#!/bin/sh\n');
        fs.chmodSync(path.join(d, 'conf', 'su'), 0o4755);
      },
      ['conf'],
    );
    const r = await launchWith('f-zip', [{ value: ok, extract: true }]);
    expect(r.exitCode).toBe(0);
    expect(listing(r.sandbox)).toEqual(['bundle.zip', 'conf']);
    expect(fs.readFileSync(path.join(r.sandbox, 'conf', 'app.ini'), 'utf8')).toBe('x=1\n');
    expect(fs.statSync(path.join(r.sandbox, 'conf', 'su')).mode & 0o6000).toBe(0);

    const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-fetch-host-'));
    try {
      const planting = archive('plant.zip', (d) => fs.symlinkSync(hostDir, path.join(d, 'x')), ['x']);
      const refused = await launchWith('f-zip-link', [{ value: planting, extract: true }]);
      expect(refused.exitCode).toBe(4);
      expect(refused.stderr.trim().split('\n').pop()).toMatch(/member "x" is a symbolic link \(refused in zip archives\)/);
      expect(fs.readdirSync(hostDir)).toEqual([]);
      // Only the first launch's container exists: the refused one made none.
      expect(bed.containers()).toHaveLength(1);
    } finally {
      fs.rmSync(hostDir, { recursive: true, force: true });
    }
  });

  it('caps a chunked download at [uris] max_bytes, naming the URI', async () => {
    bed = TestBed.create('[uris]\nmax_bytes: 4096\n');
    const r = await launchWith('f-big', [`${base}/chunked`]);
    expect(r.exitCode).toBe(4);
    // Older curl lets an unannounced size through (our check after the
    // download catches it); newer curl stops on its own.
    expect(r.stderr.trim()).toMatch(
      /could not fetch "http:\/\/127\.0\.0\.1:\d+\/chunked" into the sandbox: (it is 8000 bytes, more than \[uris\] max_bytes \(4096\)|.*[Mm]aximum file size exceeded)$/,
    );
    expect(listing(r.sandbox)).toEqual([]);
  });
});
