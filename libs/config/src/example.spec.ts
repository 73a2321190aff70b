import fs from 'node:fs';
import path from 'node:path';
import { defaultConfig } from './index';
import { MIDONET_KEYS, SECTIONS, propertyName } from './schema';
import { TestDir } from './test-support/tmp';

// The example file is the operators' documentation; these tests keep it and
// the schema from drifting apart.
const EXAMPLE = fs.readFileSync(path.join(__dirname, '..', 'deimos.cfg.example'), 'utf8');
const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

/** Turn every "#key: value" and "#[section]" line into a live one. */
const enableAll = (text: string) => text.replace(/^#(?=[[a-z])/gm, '');

let dir: TestDir;
beforeEach(() => {
  dir = new TestDir();
});
afterEach(() => dir.cleanup());

describe('deimos.cfg.example', () => {
  it('loads as shipped, giving the defaults', () => {
    const { config } = dir.load(EXAMPLE);
    expect(config).toEqual(defaultConfig());
  });

  it('loads with every setting enabled, and shows each default as the default', () => {
    const { config } = dir.load(enableAll(EXAMPLE));
    const defaults = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
    const enabled = config as unknown as Record<string, Record<string, unknown>>;
    for (const [name, keys] of Object.entries(SECTIONS)) {
      for (const [key, spec] of Object.entries(keys)) {
        const [section, prop] = [propertyName(name), propertyName(key)];
        if (spec.presence === 'default') expect([name, key, enabled[section][prop]]).toEqual([name, key, defaults[section][prop]]);
        else expect([name, key, enabled[section][prop]]).not.toEqual([name, key, undefined]);
      }
    }
    const midonet = config.midonet as unknown as Record<string, unknown>;
    for (const [key, spec] of Object.entries(MIDONET_KEYS)) {
      const value = midonet[propertyName(key)];
      if (spec.presence === 'default') expect([key, value]).toEqual([key, spec.defaultValue?.({ isTTY: false })]);
      else expect([key, value]).not.toEqual([key, undefined]);
    }
    expect(Object.keys(config.docker).length).toBeGreaterThan(0);
  });

  it('lists every key of every section exactly once', () => {
    const live = enableAll(EXAMPLE);
    const all: [string, string[]][] = [['docker', []], ...Object.entries(SECTIONS).map(([n, k]): [string, string[]] => [n, Object.keys(k)]), ['midonet', Object.keys(MIDONET_KEYS)]];
    for (const [name, keys] of all) {
      const body = live.split(`\n[${name}]\n`)[1]?.split(/\n\[/)[0];
      expect([name, body !== undefined]).toEqual([name, true]);
      for (const key of keys) expect([name, key, body?.match(new RegExp(`^${key}:`, 'gm'))?.length]).toEqual([name, key, 1]);
    }
  });

  it('is reproduced in the README', () => {
    expect(README).toContain(EXAMPLE.trimEnd());
  });
});
