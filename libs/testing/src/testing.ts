import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The local test image made by tools/testbed/setup.sh (busybox-static). */
export const TEST_IMAGE = 'deimos-test/busybox:latest';
export const TEST_IMAGE_URL = `docker:///${TEST_IMAGE}`;

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Absolute path of a built binary; fails with the fix when it is missing. */
export function builtBinary(name: 'deimos-containerizer' | 'deimos-observer-executor' | 'deimos-cleanup' | 'deimos-lock-browser'): string {
  const p = path.join(REPO_ROOT, 'dist', 'bin', name);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run "npm run build" first`);
  return p;
}

export type BuiltBinary = Parameters<typeof builtBinary>[0];

/**
 * Private copies of built binaries (each loader in bin/ and its bundles in
 * lib/, as the build lays them out): `npm run build` (run by others on this
 * machine) starts with `rm -rf dist`, which must not pull a binary away from
 * under a running test or a detached watcher.
 */
export function copyBuilt<B extends BuiltBinary>(names: B[]): Record<B, string> & { dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-bin-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.mkdirSync(path.join(dir, 'lib'));
  const lib = path.join(REPO_ROOT, 'dist', 'lib');
  const out = {} as Record<B, string>;
  for (const name of names) {
    out[name] = path.join(dir, 'bin', name);
    fs.copyFileSync(builtBinary(name), out[name]);
    fs.chmodSync(out[name], 0o755);
    for (const f of fs.readdirSync(lib).filter((f) => f === `${name}.js` || (f.startsWith(`${name}.`) && f.endsWith('.js')))) fs.copyFileSync(path.join(lib, f), path.join(dir, 'lib', f));
  }
  return Object.assign(out, { dispose: () => fs.rmSync(dir, { recursive: true, force: true }) });
}

/** The stand-in mesos-executor shipped with the agent emulator. */
export const STANDIN_LIBEXEC = path.join(REPO_ROOT, 'tools', 'agent-emulator', 'bin');

/**
 * A fresh state root, configuration file and sandbox area per test, and
 * removal of everything it made (containers found by our state-root label).
 */
export class TestBed {
  readonly dir: string;
  readonly stateRoot: string;
  readonly configFile: string;
  readonly workDir: string;

  private constructor(dir: string, extraConfig: string) {
    this.dir = dir;
    this.stateRoot = path.join(dir, 'state');
    this.workDir = path.join(dir, 'work');
    this.configFile = path.join(dir, 'deimos.cfg');
    fs.mkdirSync(this.workDir, { recursive: true });
    fs.writeFileSync(this.configFile, `[state]\nroot = ${this.stateRoot}\n[log]\nconsole = DEBUG\n${extraConfig}`);
  }

  static create(extraConfig = ''): TestBed {
    return new TestBed(fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-test-')), extraConfig);
  }

  /**
   * Environment for our binaries: this bed's configuration, and its work
   * directory as the agent's (MESOS_WORK_DIRECTORY, which every agent sets
   * and under which a Launch's sandbox must be).
   */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { DEIMOS_CONFIG: this.configFile, MESOS_WORK_DIRECTORY: this.workDir, ...extra };
  }

  /** Docker containers carrying this bed's state-root label. */
  containers(all = true): string[] {
    const out = execFileSync('docker', ['ps', ...(all ? ['-a'] : []), '-q', '--no-trunc', '--filter', `label=org.deimos.state-root=${this.stateRoot}`], {
      encoding: 'utf8',
    });
    return out.split('\n').filter(Boolean);
  }

  /** Remove our containers (their watchers then end) and the directory. */
  cleanup(): void {
    const ids = this.containers();
    if (ids.length > 0) execFileSync('docker', ['rm', '-f', ...ids], { stdio: 'ignore' });
    // A watcher, observer or `wait` of a removed container may still be
    // recording its end in the state directory while we remove it (a new
    // file makes the removal of its directory fail): try again for a while.
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        fs.rmSync(this.dir, { recursive: true, force: true });
        return;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if ((code !== 'ENOTEMPTY' && code !== 'EBUSY') || Date.now() > deadline) throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      }
    }
  }
}

/**
 * Poll until `check` is true: resolves to true, or rejects when the time is
 * up, naming the check, so that a condition that never came true fails the
 * test even where the caller forgot to assert the answer. For a wait whose
 * outcome does not matter (clean-up), use pollWithin.
 */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, everyMs = 50): Promise<true> {
  if (await pollWithin(check, timeoutMs, everyMs)) return true;
  throw new Error(`not true within ${timeoutMs} ms: ${check.toString().replace(/\s+/g, ' ').slice(0, 200)}`);
}

/** Poll until `check` is true or the time is up; returns whether it became true (best-effort waits only). */
export async function pollWithin(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, everyMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The host's network interfaces that are ours: veth ends named by
 * vethNamesFor (`dm<8 hex>h` on the host, `dm<8 hex>p` before it moves),
 * from one `ip -o link show`. What the MidoNet tests check is left.
 */
export function ourLinks(): string[] {
  return execFileSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\d+:\s+([^\s:@]+)/.exec(l)?.[1])
    .filter((n): n is string => !!n && /^dm[0-9a-f]{8}[hp]$/.test(n));
}
