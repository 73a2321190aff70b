import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

// The crash point in a child process: it must die by SIGKILL exactly at the
// named point and pass every other one.
const compiled = ts.transpileModule(fs.readFileSync(path.join(__dirname, 'crash.ts'), 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
const script = (points: string[]) => `
  const m = { exports: {} };
  new Function('exports', 'require', 'module', ${JSON.stringify(compiled)})(m.exports, require, m);
  const { crashPoint } = m.exports;
  for (const p of ${JSON.stringify(points)}) { process.stdout.write(p + ' '); crashPoint(p); }
  process.stdout.write('end');
`;

function runWith(env: Record<string, string>, points: string[]) {
  return spawnSync(process.execPath, ['-e', script(points)], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('crashPoint', () => {
  it('does nothing when no point is armed', () => {
    const r = runWith({ DEIMOS_TEST_CRASH_AT: '' }, ['a', 'b']);
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe('a b end');
  });

  it('kills the process with SIGKILL at the named point, not before', () => {
    const r = runWith({ DEIMOS_TEST_CRASH_AT: 'x, b' }, ['a', 'b', 'c']);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('a b ');
  });

  it('kills at the first point under *', () => {
    const r = runWith({ DEIMOS_TEST_CRASH_AT: '*' }, ['a', 'b']);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('a ');
  });

  it('announces each point reached on stderr when tracing', () => {
    const r = runWith({ DEIMOS_TEST_CRASH_AT: '', DEIMOS_TEST_CRASH_TRACE: '1' }, ['a', 'b']);
    expect(r.stderr).toBe('crash-point a\ncrash-point b\n');
  });
});
