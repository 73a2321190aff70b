import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, hasErrno } from '@deimos/errors';
import { buildConfig } from './build';
import { emptyIni, parseIni } from './ini';
import type { DeimosConfig, LoadConfigOptions, LoadedConfig } from './types';

/** The reference's search list, first existing file wins. */
export function defaultSearchPath(where: { cwd: string; home?: string }): string[] {
  return [path.resolve(where.cwd, 'deimos.cfg'), ...(where.home ? [path.join(where.home, '.deimos')] : []), '/etc/deimos.cfg', '/usr/etc/deimos.cfg', '/usr/local/etc/deimos.cfg'];
}

/**
 * Find and read the configuration: the file named by `DEIMOS_CONFIG` (which
 * must exist), else the first regular file on the search path, else
 * defaults. Only that one file is read. Synchronous: it runs on every call
 * from the agent. Throws `ConfigError` (exit 16) naming the file and line.
 */
export function loadConfig(opts: LoadConfigOptions = {}): LoadedConfig {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const home = opts.home ?? (env.HOME || safeHomedir());
  const ctx = {
    env,
    home,
    // Asked only when the file leaves [log] console out.
    get isTTY() {
      return opts.isTTY ?? isTerminal(2);
    },
    legacyMidonet: true,
  };

  let source: string | undefined;
  let searched: string[];
  const explicit = env.DEIMOS_CONFIG;
  if (explicit) {
    source = path.resolve(cwd, explicit);
    searched = [source];
    const kind = fileKind(source);
    if (kind !== 'file') {
      const what = kind === 'missing' ? 'does not exist' : kind === 'unreadable' ? 'cannot be reached (permission denied)' : 'is not a regular file';
      throw new ConfigError(`${what} (named by DEIMOS_CONFIG)`, { file: source }, { hint: 'fix the path, or unset DEIMOS_CONFIG to use the search path' });
    }
  } else {
    searched = (opts.searchPath ?? defaultSearchPath({ cwd, home })).map((p) => path.resolve(cwd, p));
    source = searched.find((p) => fileKind(p) === 'file');
  }

  if (source === undefined) return { config: buildConfig(emptyIni(), ctx), source, searched };
  return { config: buildConfig(parseIni(readConfigFile(source), source), ctx), source, searched };
}

/**
 * Built-in defaults only: no file, no `~/.midonetrc`, no `MIDO_*`
 * (`midonet` is undefined). For tests and tools that need a config value.
 */
export function defaultConfig(opts: { isTTY?: boolean } = {}): DeimosConfig {
  return buildConfig(emptyIni(), { env: {}, home: undefined, isTTY: opts.isTTY ?? false, legacyMidonet: false });
}

type FileKind = 'file' | 'other' | 'missing' | 'unreadable';

function fileKind(p: string): FileKind {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return 'missing';
    return st.isFile() ? 'file' : 'other';
  } catch (err) {
    if (hasErrno(err, 'ENOTDIR')) return 'missing';
    // A search path entry we may not even look at (e.g. /root/.deimos for
    // a non-root user) is skipped like a missing one.
    if (hasErrno(err, 'EACCES')) return 'unreadable';
    throw err;
  }
}

function readConfigFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    throw new ConfigError(`cannot read (${code})`, { file }, { hint: 'check the file permissions', cause: err });
  }
}

/**
 * Is `fd` a terminal? The answer of `tty.isatty(fd)` (and of
 * `process.stderr.isTTY` for fd 2) without either: the stream getter loads
 * Node's stream and net modules, and `tty` loads net, several ms of every
 * agent call. A terminal is a character device with a terminal's major
 * number in Linux's device list (Documentation/admin-guide/devices.txt:
 * 4 virtual consoles and serial ports, 5 /dev/tty, the console and
 * /dev/ptmx, 136-143 pseudo-terminals). Rarer terminals (USB serial
 * adapters and the like) count as none: the console default is then INFO,
 * as for a pipe. load.spec.ts compares it with tty.isatty on real
 * descriptors, a pseudo-terminal's included.
 */
export function isTerminal(fd: number): boolean {
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch {
    return false;
  }
  return isTerminalStat(st);
}

/** isTerminal's rule on a stat result. */
export function isTerminalStat(st: { isCharacterDevice(): boolean; rdev: number }): boolean {
  if (!st.isCharacterDevice()) return false;
  // glibc's major(): bits 8-19 and 32-43 of the device number.
  const major = (Math.floor(st.rdev / 0x100) & 0xfff) | (Math.floor(st.rdev / 0x100000000) & ~0xfff);
  return major === 4 || major === 5 || (major >= 136 && major <= 143);
}

function safeHomedir(): string | undefined {
  try {
    return os.homedir();
  } catch {
    return undefined;
  }
}
