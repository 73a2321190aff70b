import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findCycles, importGraph, readAliases, sourceFiles, valueImports } from './import-graph';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('no import cycle between our files', () => {
  it('holds for apps/ and libs/ (type-only imports aside)', () => {
    const dirs = [...fs.readdirSync(path.join(ROOT, 'apps')).map((d) => path.join(ROOT, 'apps', d, 'src')), ...fs.readdirSync(path.join(ROOT, 'libs')).map((d) => path.join(ROOT, 'libs', d, 'src'))];
    const files = sourceFiles(dirs);
    expect(files.length).toBeGreaterThan(100);
    const cycles = findCycles(importGraph(files, readAliases(ROOT))).map((c) => c.map((f) => path.relative(ROOT, f)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});

describe('the checker', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-cycles-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };

  it('finds a planted cycle through an alias, an index and a re-export, naming it', () => {
    write('a/src/index.ts', "export { b } from './b';\n");
    write('a/src/b.ts', "import { c } from '@x/c';\nexport const b = c;\n");
    write('c/src/index.ts', "import { b } from '@x/a';\nexport const c = 1;\nexport const d = b;\n");
    write('c/src/free.ts', "import type { b } from '@x/a';\nexport type F = typeof b;\n");
    const aliases = { '@x/a': path.join(dir, 'a/src/index.ts'), '@x/c': path.join(dir, 'c/src/index.ts') };
    const cycles = findCycles(importGraph(sourceFiles([dir]), aliases)).map((c) => c.map((f) => path.relative(dir, f)));
    expect(cycles).toEqual([['a/src/b.ts', 'c/src/index.ts', 'a/src/index.ts', 'a/src/b.ts']]);
  });

  it('leaves type-only imports and exports out, keeps every value form', () => {
    const text = [
      "import type { A } from './t1';",
      "import { type B, type C } from './t2';",
      "export type { D } from './t3';",
      "export { type E } from './t4';",
      "import { type F, g } from './v1';",
      "import './v2';",
      "export * from './v3';",
      "import h = require('./v4');",
      "import * as i from './v5';",
      "export async function later() { return import('./v6'); }",
      "export type Later = typeof import('./t5');",
    ].join('\n');
    expect(valueImports('x.ts', text)).toEqual(['./v1', './v2', './v3', './v4', './v5', './v6']);
  });

  it('reports a file that imports itself', () => {
    expect(findCycles(new Map([['s.ts', ['s.ts']]]))).toEqual([['s.ts', 's.ts']]);
    expect(
      findCycles(
        new Map([
          ['s.ts', ['t.ts']],
          ['t.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
