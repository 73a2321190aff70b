import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '@deimos/errors';
import { loadConfig } from '../load';
import type { LoadConfigOptions, LoadedConfig } from '../types';

/** A fresh directory per test, with an empty home inside; removed by `cleanup`. */
export class TestDir {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-config-'));
  readonly home = path.join(this.root, 'home');
  readonly cwd = path.join(this.root, 'cwd');

  constructor() {
    fs.mkdirSync(this.home);
    fs.mkdirSync(this.cwd);
  }

  write(relative: string, text: string): string {
    const file = path.join(this.root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  /** Load `text` as the file named by DEIMOS_CONFIG. */
  load(text: string, opts: LoadConfigOptions = {}): LoadedConfig {
    const file = this.write('deimos.cfg', text);
    return loadConfig({ cwd: this.cwd, home: this.home, isTTY: false, searchPath: [], ...opts, env: { DEIMOS_CONFIG: file, ...opts.env } });
  }

  cleanup(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** The ConfigError `fn` throws; fails the test when it throws nothing or something else. */
export function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError, but nothing was thrown');
}
