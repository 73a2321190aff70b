// The lint really keeps type:pure libs free of I/O: an import planted in
// one of them fails `eslint`, the same import elsewhere passes.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * ESLint's verdict on `text` as if it were `file`. Its exit status is part
 * of the answer: 0 (clean) or 1 (problems found), anything else (ESLint did
 * not run, or crashed) fails the test here rather than passing an
 * expectation that something is absent.
 */
function lint(file: string, text: string): string {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', file], { cwd: ROOT, input: text, encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`;
  if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(`eslint did not run on ${file} (status ${r.status}): ${r.error?.message ?? output}`);
  // Clean exactly when it says nothing.
  expect(r.status === 0).toBe(output.trim() === '');
  return output;
}

describe('purity of type:pure libs', () => {
  it.each([
    ["import * as fs from 'node:fs';", "'node:fs' import is restricted"],
    ["import { readFileSync } from 'fs';", "'fs' import is restricted"],
    ["import { spawn } from 'node:child_process';", "'node:child_process' import is restricted"],
    ["import * as net from 'node:net';", "'node:net' import is restricted"],
    ["import { run } from '@deimos/process';", 'a type:pure lib does no I/O'],
  ])(
    'refuses %s planted in libs/docker',
    (line, message) => {
      expect(lint('libs/docker/src/planted.ts', `${line}\nexport const planted = 1;\n`)).toContain(message);
    },
    30_000,
  );

  it('refuses it in the pure/ folder of a lib that does I/O elsewhere (libs/cgroups parsers), not beside it', () => {
    const text = "import * as fs from 'node:fs';\nexport const planted = fs;\n";
    expect(lint('libs/cgroups/src/pure/planted.ts', text)).toContain("'node:fs' import is restricted");
    expect(lint('libs/cgroups/src/planted.ts', text)).toBe('');
  }, 30_000);

  it('lets the same import through in a spec file and in a lib that does I/O', () => {
    const text = "import * as fs from 'node:fs';\nexport const planted = fs;\n";
    expect(lint('libs/docker/src/planted.spec.ts', text)).toBe('');
    expect(lint('libs/state/src/planted.ts', text)).toBe('');
  }, 30_000);
});

describe('one place that starts children', () => {
  const text = "import { spawn } from 'node:child_process';\nexport const planted = spawn;\n";
  it.each(['libs/state/src/planted.ts', 'libs/lifecycle/src/planted.ts', 'apps/containerizer/src/commands/planted.ts'])(
    'refuses child_process planted in %s',
    (file) => {
      expect(lint(file, text)).toContain('start children through @deimos/process');
    },
    30_000,
  );

  it('lets it through in libs/process itself and in tests', () => {
    expect(lint('libs/process/src/planted.ts', text)).toBe('');
    expect(lint('libs/state/src/planted.spec.ts', text)).toBe('');
  }, 30_000);
});
