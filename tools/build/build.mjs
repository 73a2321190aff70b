#!/usr/bin/env node
// Build every binary as one self-contained executable file with esbuild:
// no node_modules beside it, a `#!/usr/bin/env node` line, runnable on
// Node.js 18 (Debian 12) and 20. Usage: node tools/build/build.mjs
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  ['tools/agent-emulator/src/main.ts', 'dist/tools/agent-emulator'],
  ['tools/midonet-sim/src/main.ts', 'dist/tools/midonet-sim'],
  ['tools/demo/src/main.ts', 'dist/tools/demo'],
  ['tools/bench/src/main.ts', 'dist/tools/bench'],
];

/**
 * The containerizer's agent calls, each with a code cache of its own
 * (loader.js): read from their one definition in agent-call.ts.
 */
const AGENT_SUBCOMMANDS = (() => {
  const source = readFileSync(join(root, 'apps/containerizer/src/agent-call.ts'), 'utf8');
  const m = /export const AGENT_SUBCOMMANDS = \[([^\]]*)\] as const;/.exec(source);
  if (!m) {
    console.error('build: apps/containerizer/src/agent-call.ts no longer defines AGENT_SUBCOMMANDS as a literal list; update tools/build/build.mjs');
    process.exit(1);
  }
  return [...m[1].matchAll(/'([a-z-]+)'/g)].map((x) => x[1]);
})();

/** Resolves `long` to `module.exports = null`, which protobufjs takes as "not installed". */
const noLong = {
  name: 'no-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'no-long' }));
    b.onLoad({ filter: /.*/, namespace: 'no-long' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = Date.now();
for (const [entry, out] of binaries) {
  const entryPath = join(root, entry);
  if (!existsSync(entryPath)) {
    console.error(`build: missing entry ${entry}`);
    process.exit(1);
  }
  mkdirSync(dirname(join(root, out)), { recursive: true });
  const result = await build({
    entryPoints: [entryPath],
    write: false,
    outfile: join(root, out),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: !process.env.DEIMOS_BUILD_NO_MINIFY, // unminified: readable profiles
    legalComments: 'none',
    define: { DEIMOS_VERSION: JSON.stringify(pkg.version) },
    tsconfig: join(root, 'tsconfig.base.json'),
    // protobufjs probes for the optional `long` package inside a try; we
    // decode 64-bit integers as numbers (libs/protocol/src/long-as-number.ts).
    // A stub answers the probe: left external, the require() would search
    // node_modules directories on every start (2-4 ms of each agent call).
    plugins: [noLong],
    // import() of a built-in module would stay a real dynamic import, which
    // code compiled through vm.Script (loader.js) cannot run: make it require().
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const program = out.split('/').pop();
  let text;
  if (out.startsWith('dist/bin/')) {
    // The product binaries start through the code-cache loader (loader.js).
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const loader = readFileSync(join(root, 'tools/build/loader.js'), 'utf8');
    // The program goes into a comment after the loader (see loader.js).
    if (/[^\x00-\x7f]|[\x01\x02]/.test(code)) {
      console.error(`build: ${out}: the bundle has non-ASCII or 0x01/0x02 characters; the loader cannot carry it`);
      process.exit(1);
    }
    const body = code.split('*/').join('*\x01/');
    const cacheKeys = program === 'deimos-containerizer' ? AGENT_SUBCOMMANDS : [];
    text = `#!/usr/bin/env node\n${loader}${JSON.stringify(hash)}, ${JSON.stringify(program)}, ${JSON.stringify(cacheKeys)});\n/*\x02${body}*/\n`;
  } else {
    text = `#!/usr/bin/env node\n${code}`;
  }
  writeFileSync(join(root, out), text);
  chmodSync(join(root, out), 0o755);
}
// The agent emulator's stand-in mesos-executor, beside the bundled emulator
// (tools/agent-emulator/src/paths.ts looks for it there).
mkdirSync(join(root, 'dist/tools/agent-emulator-bin'), { recursive: true });
copyFileSync(join(root, 'tools/agent-emulator/bin/mesos-executor'), join(root, 'dist/tools/agent-emulator-bin/mesos-executor'));
chmodSync(join(root, 'dist/tools/agent-emulator-bin/mesos-executor'), 0o755);
console.error(`build: ${binaries.length} files in ${Date.now() - started} ms -> dist/bin, dist/tools`);
