// Sum Jest's --json result files into one closing line: "Summary: N passed, M failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let suitesFailed = 0;
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  suitesFailed += r.numRuntimeErrorTestSuites ?? 0;
  if (r.numFailedTests || r.numRuntimeErrorTestSuites) console.log(`failing: ${f.replace(/\.json$/, '')}`);
}
if (suitesFailed) console.log(`${suitesFailed} test file(s) could not run`);
console.log(`Summary: ${passed} passed, ${failed + suitesFailed} failed`);
process.exit(failed + suitesFailed > 0 || passed === 0 ? 1 : 0);
