import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtBinary, copyBuilt } from '@deimos/testing';

// The built binaries are tools/build/loader.js: it starts the program from
// ../lib/<name>.js (the containerizer's usage and containers from the
// smaller ../lib/<name>.hot.js, recover from ../lib/<name>.recover.js), compiled with a V8 code cache, one per
// agent subcommand, in a directory only the running user can write.

const containerizer = builtBinary('deimos-containerizer');
const observer = builtBinary('deimos-observer-executor');
let dir: string;
let cacheDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-loader-'));
  cacheDir = path.join(dir, 'cache');
  fs.writeFileSync(path.join(dir, 'deimos.cfg'), `[state]\nroot = ${path.join(dir, 'state')}\n`);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(bin: string, args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(bin, args, {
    env: { ...process.env, DEIMOS_CONFIG: path.join(dir, 'deimos.cfg'), DEIMOS_CODE_CACHE_DIR: cacheDir, ...extraEnv },
    input: Buffer.alloc(0),
    encoding: 'utf8',
  });
}

const caches = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).sort() : []);

it('keeps one cache per agent subcommand, and one for everything else, never one per argument', () => {
  expect(run(containerizer, ['containers']).status).toBe(0);
  expect(run(containerizer, ['config']).status).toBe(0);
  expect(run(observer, ['no-such-container']).status).not.toBe(0); // its argument is a container id
  expect(caches().map((f) => f.replace(/-[0-9a-f]{16}-v.*$/, ''))).toEqual(['deimos-containerizer-containers', 'deimos-containerizer-other', 'deimos-observer-executor-other']);
  expect(fs.statSync(cacheDir).mode & 0o777).toBe(0o700);
  for (const f of caches()) expect(fs.statSync(path.join(cacheDir, f)).mode & 0o777).toBe(0o600);
});

it("drops a key's caches of earlier builds when it writes its own, and keeps other keys' and other Node.js versions'", () => {
  fs.mkdirSync(cacheDir, { mode: 0o700 });
  const earlier = 'deimos-containerizer-containers-0123456789abcdef-v20.0.0-x64.v8cache';
  const otherKey = 'deimos-containerizer-usage-0123456789abcdef-v20.0.0-x64.v8cache';
  for (const f of [earlier, otherKey]) fs.writeFileSync(path.join(cacheDir, f), 'old', { mode: 0o600 });
  expect(run(containerizer, ['containers']).status).toBe(0);
  const now = caches().filter((f) => f.startsWith('deimos-containerizer-containers-'));
  expect(now).toHaveLength(1);
  expect(now[0]).not.toBe(earlier);
  expect(caches()).toContain(otherKey); // usage writes its own, and removes this then
  // The same build under another Node.js keeps its cache: V8 picks by version.
  const sameBuildOtherNode = now[0].replace(/-v[0-9.]+-/, '-v18.0.0-');
  fs.writeFileSync(path.join(cacheDir, sameBuildOtherNode), 'other node', { mode: 0o600 });
  fs.rmSync(path.join(cacheDir, now[0]));
  expect(run(containerizer, ['containers']).status).toBe(0);
  expect(caches()).toEqual([now[0], sameBuildOtherNode, otherKey].sort());
});

it('starts the Node.js that built it directly, without an env process', () => {
  expect(fs.readFileSync(containerizer, 'utf8').split('\n')[0]).toBe(`#!${process.execPath}`);
});

it('writes no cache from a --help or --version run', () => {
  expect(run(containerizer, ['--help']).status).toBe(0);
  expect(run(containerizer, ['--version']).status).toBe(0);
  expect(caches()).toEqual([]);
});

it('gives the same answer from the cache as without it, and ignores a cache directory others can write', () => {
  const first = run(containerizer, ['containers']);
  const cached = run(containerizer, ['containers']);
  const uncached = run(containerizer, ['containers'], { DEIMOS_NO_CODE_CACHE: '1' });
  expect(cached.stdout).toBe(first.stdout);
  expect(uncached.stdout).toBe(first.stdout);
  fs.rmSync(cacheDir, { recursive: true });
  fs.mkdirSync(cacheDir, { mode: 0o777 });
  fs.chmodSync(cacheDir, 0o777);
  expect(run(containerizer, ['containers']).status).toBe(0);
  expect(caches()).toEqual([]);
});

it('says so in one line when the program beside the loader is missing', () => {
  const bins = copyBuilt(['deimos-containerizer']);
  try {
    const bundle = path.join(path.dirname(bins['deimos-containerizer']), '..', 'lib', 'deimos-containerizer.js');
    fs.rmSync(bundle);
    const r = run(bins['deimos-containerizer'], ['config'], { DEIMOS_NO_CODE_CACHE: '1' });
    expect(r.status).toBe(8);
    expect(r.stderr).toBe(`deimos-containerizer: cannot read the program ${bundle} (ENOENT): a damaged installation? reinstall it\n`);
  } finally {
    bins.dispose();
  }
});

it('answers usage and containers from the hot bundle alone, and nothing else from it', () => {
  const bins = copyBuilt(['deimos-containerizer']);
  try {
    const whole = run(containerizer, ['containers']);
    expect(whole.status).toBe(0);
    fs.rmSync(path.join(path.dirname(bins['deimos-containerizer']), '..', 'lib', 'deimos-containerizer.js'));
    const hot = run(bins['deimos-containerizer'], ['containers']);
    expect({ status: hot.status, stdout: hot.stdout, stderr: hot.stderr }).toEqual({ status: 0, stdout: whole.stdout, stderr: '' });
    const usage = run(bins['deimos-containerizer'], ['usage']); // an empty stdin: the codec's own one line
    expect(usage.status).toBe(4);
    expect(usage.stderr).not.toMatch(/cannot read the program/);
    // Anything else needs the whole program.
    expect(run(bins['deimos-containerizer'], ['containers', '--debug']).stderr).toMatch(/cannot read the program/);
    // The bundle itself, started for another call, says so as a usage error.
    const misuse = spawnSync(process.execPath, [path.join(path.dirname(bins['deimos-containerizer']), '..', 'lib', 'deimos-containerizer.hot.js'), 'launch'], { encoding: 'utf8' });
    expect(misuse.status).toBe(1);
    expect(misuse.stderr.trim().split('\n')).toEqual([expect.stringMatching(/serves only usage and containers, not "launch".*run deimos-containerizer itself/)]);
  } finally {
    bins.dispose();
  }
});

it('answers recover from its own bundle alone, and nothing else from it', () => {
  const bins = copyBuilt(['deimos-containerizer']);
  try {
    const whole = run(containerizer, ['recover']);
    expect(whole.status).toBe(0);
    const lib = path.join(path.dirname(bins['deimos-containerizer']), '..', 'lib');
    fs.rmSync(path.join(lib, 'deimos-containerizer.js'));
    fs.rmSync(path.join(lib, 'deimos-containerizer.hot.js'));
    const side = run(bins['deimos-containerizer'], ['recover']);
    expect(side.status).toBe(0);
    const report = (text: string) => text.replace(/^.*(recover \/\/ .*)$/ms, '$1').trim();
    expect(report(side.stderr)).toBe(report(whole.stderr));
    expect(report(side.stderr)).toMatch(/^recover \/\/ adopted 0, recorded 0 ends, finished 0, removed \d+ orphans, 0 failures$/);
    for (const other of [['containers'], ['recover', '--debug'], ['launch']]) {
      expect(run(bins['deimos-containerizer'], other).stderr).toMatch(/cannot read the program/);
    }
    const misuse = spawnSync(process.execPath, [path.join(lib, 'deimos-containerizer.recover.js'), 'recover', '--debug'], { encoding: 'utf8' });
    expect(misuse.status).toBe(1);
    expect(misuse.stderr.trim().split('\n')).toEqual([expect.stringMatching(/serves only recover, not "recover --debug".*run deimos-containerizer itself/)]);
  } finally {
    bins.dispose();
  }
});
