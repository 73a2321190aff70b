import { ConfigError, DeimosError } from '@deimos/errors';
import { mainExitCode, VERSION } from './main';
import type { Logger } from './log';

let stderr: string[];
let spy: jest.SpyInstance;
beforeEach(() => {
  stderr = [];
  spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});
afterEach(() => spy.mockRestore());

const commanderError = (code: string, message: string) => Object.assign(new Error(message), { code, exitCode: 1 });

function recordingLogger(): Logger & { lines: string[]; closed: number } {
  const l = {
    lines: [] as string[],
    closed: 0,
    error: (m: string) => l.lines.push(m),
    close: async () => {
      l.closed++;
    },
  };
  return l as unknown as Logger & { lines: string[]; closed: number };
}

describe('mainExitCode', () => {
  it("returns the body's status, 0 when it returns nothing", async () => {
    expect(await mainExitCode('p', { debug: false }, async () => 5)).toBe(5);
    expect(await mainExitCode('p', { debug: false }, async () => undefined)).toBe(0);
    expect(stderr).toEqual([]);
  });

  it('takes --help and --version as success and prints nothing more', async () => {
    for (const code of ['commander.helpDisplayed', 'commander.version']) {
      expect(
        await mainExitCode('p', { debug: false }, async () => {
          throw commanderError(code, '(outputHelp)');
        }),
      ).toBe(0);
    }
    expect(stderr).toEqual([]);
  });

  it("gives 1 and the usage for another commander error, with the default hint or the program's own", async () => {
    const bad = async () => {
      throw commanderError('commander.unknownOption', "error: unknown option '--x'");
    };
    expect(await mainExitCode('deimos-x', { debug: false }, bad)).toBe(1);
    expect(stderr).toEqual(['(deimos-x --help lists the options)\n']);
    stderr.length = 0;
    expect(await mainExitCode('deimos-x', { debug: false, usage: () => 'Usage: deimos-x [options]\n' }, bad)).toBe(1);
    expect(stderr).toEqual(['Usage: deimos-x [options]\n']);
  });

  it('writes any other error as one line after the program name, with its status', async () => {
    expect(
      await mainExitCode('deimos-x', { debug: false }, async () => {
        throw new ConfigError('bad line', { file: '/etc/deimos.cfg', line: 3 });
      }),
    ).toBe(16);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^deimos-x: .*bad line.*\n$/);
    expect(stderr[0].trim().split('\n')).toHaveLength(1);
  });

  it('sends the error to the logger once the body set one, and closes it on every ending', async () => {
    const log = recordingLogger();
    const status = await mainExitCode('deimos-x', { debug: false } as { debug: boolean; log?: Logger }, async (s) => {
      s.log = log;
      throw new DeimosError('BUSY', 'another run holds the lock');
    });
    expect(status).toBe(3);
    expect(log.lines).toEqual(['another run holds the lock']);
    expect(log.closed).toBe(1);
    expect(stderr).toEqual([]);
    const quiet = recordingLogger();
    expect(await mainExitCode('deimos-x', { debug: false, log: quiet }, async () => 0)).toBe(0);
    expect(quiet.closed).toBe(1);
  });

  it('an unexpected error is 8, with its stack only under debug', async () => {
    const boom = async () => {
      throw new Error('boom');
    };
    expect(await mainExitCode('p', { debug: false }, boom)).toBe(8);
    expect(stderr.join('').trim().split('\n')).toHaveLength(1);
    expect(stderr.join('')).toMatch(/^p: .*boom/);
    stderr.length = 0;
    expect(await mainExitCode('p', { debug: true }, boom)).toBe(8);
    expect(stderr.join('')).toMatch(/\n\s+at .*main\.spec/);
  });

  it('logs the stack of --debug line by line (the logger makes one line of each call)', async () => {
    const log = recordingLogger();
    await mainExitCode('p', { debug: true, log } as { debug: boolean; log?: Logger }, async () => {
      throw new Error('boom\u0000');
    });
    expect(log.lines[0]).toBe('unexpected error: boom\\u0000');
    expect(log.lines.length).toBeGreaterThan(1);
    expect(log.lines.slice(1).every((l) => !l.includes('\n'))).toBe(true);
    expect(log.lines.some((l) => /^\s+at .*main\.spec/.test(l))).toBe(true);
  });

  it('has a version (the dev one when not built)', () => {
    expect(VERSION).toBe('0.0.0-dev');
  });
});
