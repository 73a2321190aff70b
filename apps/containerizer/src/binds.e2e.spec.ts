import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invoke, sandboxedCommandTask } from '@deimos/agent-emulator';
import { ContainerInfoType, DockerNetwork, VolumeMode, encode, type ContainerInfo } from '@deimos/protocol';
import { TEST_IMAGE, TEST_IMAGE_URL, TestBed, builtBinary } from '@deimos/testing';

// Bind sources under allowed_volume_paths, through the built binary and the
// real engine: judged where they lead on the host, held there (no one but
// root can change the way), and mounted from the resolved path. The
// regressions reproduce the holes of issue 26 as a task would use them.

const containerizer = builtBinary('deimos-containerizer');
const NOBODY = 65534;

let bed: TestBed;
/** A root-owned 0755 directory below /srv (root's): /tmp would be refused, anyone can write it. */
let root: string;
let stray: string | undefined;
let swapper: ChildProcess | undefined;

beforeEach(() => {
  fs.mkdirSync('/srv/deimos-test-data', { recursive: true });
  root = fs.mkdtempSync('/srv/deimos-test-data/binds-');
  fs.chmodSync(root, 0o755);
});

afterEach(async () => {
  if (swapper?.pid !== undefined && swapper.exitCode === null) {
    const ended = new Promise((r) => swapper?.once('exit', r));
    swapper.kill('SIGKILL');
    await ended;
  }
  swapper = undefined;
  bed?.cleanup();
  fs.rmSync(root, { recursive: true, force: true });
  // What the engine made on the host when a hole was open (before the fix).
  if (stray) fs.rmSync(stray, { recursive: true, force: true });
  stray = undefined;
});

function config(policy: string): void {
  bed = TestBed.create(`[policy]\n${policy}`);
}

let serial = 0;
async function launch(extra: { options?: string[]; dockerInfo?: ContainerInfo }, command = 'true') {
  const id = `b-${process.pid}-${++serial}`;
  const msg = sandboxedCommandTask(bed.workDir, id, command, {
    image: extra.dockerInfo ? undefined : TEST_IMAGE_URL,
    options: extra.options,
    dockerInfo: extra.dockerInfo,
    ...(extra.dockerInfo ? { version: '1.0' as const } : {}),
  });
  const r = await invoke({ containerizer, subcommand: 'launch', input: encode('Launch', msg), sandbox: msg.directory!, env: bed.env() });
  return { id, r, stdout: () => fs.readFileSync(path.join(msg.directory!, 'stdout'), 'utf8') };
}

async function waitFor(id: string): Promise<void> {
  const w = await invoke({ containerizer, subcommand: 'wait', input: encode('Wait', { containerId: { value: id } }), env: bed.env() });
  expect(w.exitCode).toBe(0);
}

const volumeInfo = (hostPath: string): ContainerInfo =>
  ({
    type: ContainerInfoType.DOCKER,
    docker: { image: TEST_IMAGE, network: DockerNetwork.NONE },
    volumes: [{ containerPath: '/h', hostPath, mode: VolumeMode.RW }],
  }) as ContainerInfo;

const mountsOf = (containerId: string) =>
  JSON.parse(execFileSync('docker', ['inspect', '--format', '{{json .Mounts}}', containerId], { encoding: 'utf8' })) as Array<{ Source: string; Destination: string }>;

describe('regression: a bind through a link to /, to a name that does not exist (issue 26)', () => {
  let allowed: string;
  let name: string;
  beforeEach(() => {
    allowed = path.join(root, 'allowed');
    fs.mkdirSync(allowed, 0o755);
    fs.symlinkSync('/', path.join(allowed, 'link-to-root'));
    name = `deimos-regression-${path.basename(root)}`;
    stray = `/${name}`;
  });

  it.each([
    ['-v', (source: string) => ({ options: ['-v', `${source}:/h`] })],
    ['a ContainerInfo volume', (source: string) => ({ dockerInfo: volumeInfo(source) })],
  ])('regression: as %s, is refused and nothing is created on the host', async (_how, asked) => {
    config(`allowed_volume_paths: ["${allowed}"]\n`);
    const { r } = await launch(asked(path.join(allowed, 'link-to-root', name)));
    // Before the fix the engine made /<name> as root, following the link, and mounted it read-write.
    expect([`/${name}`, fs.existsSync(`/${name}`)]).toEqual([`/${name}`, false]);
    expect(r.stderr).toMatch(new RegExp(`bind-mounts host path ${allowed}/link-to-root/${name} \\(which is /${name} on the host\\), which is not allowed by \\[policy\\] allowed_volume_paths`));
    expect(r.exitCode).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(bed.containers()).toEqual([]);
  });

  it('regression: is refused when create_missing_bind_paths is on, too, and nothing is created', async () => {
    config(`allowed_volume_paths: ["${allowed}"]\ncreate_missing_bind_paths: true\n`);
    const { r } = await launch({ options: ['-v', `${path.join(allowed, 'link-to-root', name)}:/h`] });
    expect(r.stderr).toMatch(`(which is /${name} on the host), which is not allowed`);
    expect(r.exitCode).toBe(4);
    expect(fs.existsSync(`/${name}`)).toBe(false);
  });
});

describe('regression: a link swapped between the check and the engine start (issue 26)', () => {
  const TRIES = 200;
  let share: string;

  /**
   * A share a task can write (owned by nobody, as a task's user would own
   * it): `flip` a directory inside it with a marker, and a process as that
   * user turning `flip` into a link to /etc and back, as fast as it can.
   */
  function startSwapper(): void {
    share = path.join(root, 'share');
    fs.mkdirSync(path.join(share, 'flip'), { recursive: true });
    fs.writeFileSync(path.join(share, 'flip', 'marker'), 'inside\n');
    execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, share]);
    const loop = `
      const fs = require('fs');
      const attempt = (f) => { try { f(); } catch {} };
      for (;;) {
        attempt(() => fs.renameSync('flip', 'flip.dir'));
        attempt(() => fs.symlinkSync('/etc', 'flip'));
        for (let i = 0; i < 2000; i++);
        attempt(() => fs.unlinkSync('flip'));
        attempt(() => fs.renameSync('flip.dir', 'flip'));
        for (let i = 0; i < 2000; i++);
      }`;
    swapper = spawn('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath, '-e', loop], { cwd: share, stdio: 'ignore' });
  }

  /** Launch TRIES times; count the containers that saw the host's /etc, and the refusals. */
  async function race(): Promise<{ sawEtc: number; refused: string[]; ran: number }> {
    const out = { sawEtc: 0, refused: [] as string[], ran: 0 };
    for (let i = 0; i < TRIES && out.sawEtc === 0; i++) {
      const t = await launch({ options: ['-v', `${path.join(share, 'flip')}:/h:ro`] }, 'if [ -e /h/passwd ]; then echo HOST-ETC; elif [ -e /h/marker ]; then echo INSIDE; else echo OTHER; fi');
      if (t.r.exitCode !== 0) {
        out.refused.push(t.r.stderr.trim());
        continue;
      }
      out.ran++;
      await waitFor(t.id);
      if (t.stdout().includes('HOST-ETC')) out.sawEtc++;
    }
    expect(swapper?.exitCode).toBeNull(); // it swapped all along
    return out;
  }

  /**
   * Each refusal names the source as written and why, for whatever `flip`
   * was when it was judged: a directory (then the share, which nobody owns,
   * is on the way), the link (it leads to /etc), neither (missing), or
   * the link when lstat saw it and no longer when readlink came.
   */
  function expectRefusals(refused: string[]): void {
    const through = new RegExp(`bind-mounts host path ${share}/flip through ${share}, which is owned by uid ${NOBODY}, .*by \\[policy\\] task_writable_paths`);
    const outside = `bind-mounts host path ${share}/flip (which is /etc on the host), which is not allowed by [policy] allowed_volume_paths`;
    const missing = `bind-mounts host path ${share}/flip, which does not exist`;
    const changed = `bind-mounts host path ${share}/flip, which cannot be resolved on the host (${share}/flip changed while it was being resolved)`;
    for (const line of refused) {
      expect(line.split('\n')).toHaveLength(1);
      expect([line, through.test(line) || [outside, missing, changed].some((m) => line.includes(m))]).toEqual([line, true]);
    }
    // While flip was the share's own directory, the share itself is named.
    expect(refused.filter((line) => through.test(line)).length).toBeGreaterThan(0);
  }

  it(`regression: the container never sees /etc in ${TRIES} tries: the share is refused, a user other than root owns it`, async () => {
    startSwapper();
    config(`allowed_volume_paths: ["${root}"]\n`);
    const { sawEtc, refused, ran } = await race();
    expect(sawEtc).toBe(0);
    expect([ran, refused.length]).toEqual([0, TRIES]);
    expectRefusals(refused);
  }, 600_000);

  it(`regression: listing the share in task_writable_paths does not reopen it (${TRIES} tries)`, async () => {
    startSwapper();
    config(`allowed_volume_paths: ["${root}"]\ntask_writable_paths: ["${share}"]\n`);
    const { sawEtc, refused, ran } = await race();
    expect(sawEtc).toBe(0);
    expect([ran, refused.length]).toEqual([0, TRIES]);
    expectRefusals(refused);
  }, 600_000);
});

describe('binds that keep working', () => {
  it('a link inside a root-only allowed directory: accepted, and the engine is given where it leads', async () => {
    const data = path.join(root, 'data');
    fs.mkdirSync(path.join(data, 'real'), { recursive: true });
    fs.writeFileSync(path.join(data, 'real', 'f'), 'host data\n');
    fs.symlinkSync('real', path.join(data, 'link'));
    config(`allowed_volume_paths: ["${data}"]\n`);
    const t = await launch({ options: ['-v', `${path.join(data, 'link')}:/h:ro`] }, 'cat /h/f');
    expect(t.r.exitCode).toBe(0);
    const [cid] = bed.containers();
    expect(mountsOf(cid).find((m) => m.Destination === '/h')?.Source).toBe(path.join(data, 'real'));
    await waitFor(t.id);
    expect(t.stdout()).toBe('host data\n');
    const argv = fs.readFileSync(path.join(bed.stateRoot, 'mesos', t.id, 'argv'), 'utf8');
    expect(argv).toContain(`--volume=${path.join(data, 'real')}:/h:ro`);
    expect(argv).not.toContain(path.join(data, 'link'));
  });

  it('a task-writable directory, mounted whole', async () => {
    const share = path.join(root, 'share');
    fs.mkdirSync(share);
    fs.chownSync(share, NOBODY, NOBODY);
    fs.chmodSync(share, 0o777);
    config(`allowed_volume_paths: ["${root}"]\ntask_writable_paths: ["${share}"]\n`);
    const t = await launch({ dockerInfo: volumeInfo(share) }, 'echo from-task > /h/out');
    expect(t.r.exitCode).toBe(0);
    await waitFor(t.id);
    expect(fs.readFileSync(path.join(share, 'out'), 'utf8')).toBe('from-task\n');
  });

  it('a missing source under create_missing_bind_paths: created root 0755, then mounted', async () => {
    config(`allowed_volume_paths: ["${root}"]\ncreate_missing_bind_paths: true\n`);
    const source = path.join(root, 'new', 'sub');
    const t = await launch({ options: ['--mount', `type=bind,source=${source},target=/h`] }, 'echo made > /h/out');
    expect(t.r.exitCode).toBe(0);
    await waitFor(t.id);
    expect(fs.readFileSync(path.join(source, 'out'), 'utf8')).toBe('made\n');
    for (const dir of [path.join(root, 'new'), source]) {
      const st = fs.lstatSync(dir);
      expect([dir, st.isDirectory(), st.uid, (st.mode & 0o7777).toString(8)]).toEqual([dir, true, 0, '755']);
    }
  });
});
