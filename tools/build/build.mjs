#!/usr/bin/env node
// Build every binary as one self-contained executable file with esbuild:
// no node_modules beside it, a `#!/usr/bin/env node` line, runnable on
// Node.js 18 (Debian 12) and 20. Usage: node tools/build/build.mjs
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const binaries = [
  ['apps/containerizer/src/main.ts', 'dist/bin/deimos-containerizer'],
  ['apps/observer-executor/src/main.ts', 'dist/bin/deimos-observer-executor'],
  ['apps/cleanup/src/main.ts', 'dist/bin/deimos-cleanup'],
  ['apps/lock-browser/src/main.ts', 'dist/bin/deimos-lock-browser'],
  // Stand-ins for the Mesos agent and the MidoNet API, for tests and demos.
  ['tools/agent-emulator/src/cli.ts', 'dist/tools/agent-emulator'],
  ['tools/midonet-sim/src/main.ts', 'dist/tools/midonet-sim'],
  ['tools/demo/src/main.ts', 'dist/tools/demo'],
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = Date.now();
for (const [entry, out] of binaries) {
  const entryPath = join(root, entry);
  if (!existsSync(entryPath)) {
    console.error(`build: missing entry ${entry}`);
    process.exit(1);
  }
  mkdirSync(dirname(join(root, out)), { recursive: true });
  await build({
    entryPoints: [entryPath],
    outfile: join(root, out),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    define: { DEIMOS_VERSION: JSON.stringify(pkg.version) },
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  chmodSync(join(root, out), 0o755);
}
console.error(`build: ${binaries.length} files in ${Date.now() - started} ms -> dist/bin, dist/tools`);
