import * as fs from 'node:fs';
import * as path from 'node:path';
import { FAKE_ECP, makeTempDir, replyFile } from './fixtures/helpers';
import { runCli } from './index';

let dir: string;
let out: string;
let err: string;
const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };

beforeEach(() => {
  dir = makeTempDir();
  out = '';
  err = '';
});
afterEach(() => {
  delete process.env.FAKE_REPLY;
  delete process.env.FAKE_launch_SAVE_INPUT;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('agent-emulator CLI', () => {
  it('prints the decoded containers reply and exits 0', async () => {
    process.env.FAKE_REPLY = replyFile(dir, 'r', 'Containers', { containers: [{ value: 'x' }] });
    expect(await runCli(['call', 'containers', '--containerizer', FAKE_ECP], io)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ subcommand: 'containers', ok: true, exitCode: 0, reply: { containers: [{ value: 'x' }] } });
  });

  it('exits 1 when a reply is missing', async () => {
    expect(await runCli(['call', 'containers', '--containerizer', FAKE_ECP], io)).toBe(1);
    expect(JSON.parse(out).replyError).toMatch(/^Could not receive any result/);
  });

  it('launches a command task into a fresh sandbox under --work-dir', async () => {
    process.env.FAKE_launch_SAVE_INPUT = path.join(dir, 'launch.bin');
    const code = await runCli(['launch', '--containerizer', FAKE_ECP, '--command', 'sleep 5', '--work-dir', dir, '--container-id', 'c1'], io);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.sandbox).toBe(path.join(dir, 'slaves/slave-1/frameworks/framework-1/executors/task-1/runs/c1'));
    expect(fs.statSync(summary.sandbox).isDirectory()).toBe(true);
    expect(fs.readFileSync(process.env.FAKE_launch_SAVE_INPUT).includes(Buffer.from('sleep 5'))).toBe(true);
  });

  it('rejects a call that needs a container id without one, with status 2', async () => {
    expect(await runCli(['call', 'wait', '--containerizer', FAKE_ECP], io)).toBe(2);
    expect(err).toContain('wait needs --container-id');
  });
});
