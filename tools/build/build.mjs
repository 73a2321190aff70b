#!/usr/bin/env node
// Build every binary with esbuild: a small executable loader in dist/bin
// (a `#!<this node>` line) and its self-contained bundle in dist/lib,
// no node_modules needed, runnable on Node.js 18 (Debian 12) and 20.
// Usage: node tools/build/build.mjs
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A list of names defined as `export const NAME = ['a', 'b'] as const;` in one of our sources. */
function literalList(file, name) {
  const source = readFileSync(join(root, file), 'utf8');
  const m = new RegExp(`export const ${name} = \\[([^\\]]*)\\] as const;`).exec(source);
  if (!m) {
    console.error(`build: ${file} no longer defines ${name} as a literal list; update tools/build/build.mjs`);
    process.exit(1);
  }
  return [...m[1].matchAll(/'([a-z-]+)'/g)].map((x) => x[1]);
}

/**
 * The containerizer's agent calls, each with a code cache of its own
 * (loader.js): read from their one definition in agent-call.ts.
 */
const AGENT_SUBCOMMANDS = literalList('apps/containerizer/src/agent-call.ts', 'AGENT_SUBCOMMANDS');

/** Resolves `long` to `module.exports = null`, which protobufjs takes as "not installed". */
const noLong = {
  name: 'no-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'no-long' }));
    b.onLoad({ filter: /.*/, namespace: 'no-long' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

/**
 * `import * as fs from 'node:fs'` (or `import fs from 'node:fs'`) in our
 * TypeScript becomes `import fs = require('node:fs')` before esbuild sees
 * it. Bundled to CommonJS, a namespace or default import of a built-in is
 * wrapped in __toESM, which copies every export of the module onto a new
 * object, once per importing file: for the hot bundle 14 copies (8 of
 * node:fs), about 2 ms of every usage call. A built-in's exports object already is the namespace, so the
 * plain require() means the same thing. Only our own sources, only
 * `node:` modules, only whole-line namespace and default imports.
 */
const BUILTIN_NAMESPACE = /^import (?:\* as )?([A-Za-z_$][\w$]*) from '(node:[a-z_/]+)';$/gm;
const plainBuiltins = {
  name: 'plain-builtins',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replace(BUILTIN_NAMESPACE, "import $1 = require('$2');"), loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/** One entry bundled into one CommonJS text. */
async function bundle(entry, out) {
  const entryPath = join(root, entry);
  if (!existsSync(entryPath)) {
    console.error(`build: missing entry ${entry}`);
    process.exit(1);
  }
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
    plugins: [noLong, plainBuiltins],
    // import() of a built-in module would stay a real dynamic import, which
    // code compiled through vm.Script (loader.js) cannot run: make it require().
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * The containerizer's hot agent calls (usage, containers) start a bundle of
 * their own, a fraction of the whole program's size: read from hot-calls.ts.
 */
const HOT_SUBCOMMANDS = literalList('apps/containerizer/src/hot-calls.ts', 'HOT_SUBCOMMANDS');
/**
 * Bundles beside a program's whole one, each started by the loader for the
 * bare agent calls it lists: `<name>.<suffix>.js`.
 */
const SIDE_BUNDLES = {
  'deimos-containerizer': [
    { suffix: 'hot', entry: 'apps/containerizer/src/hot-main.ts', subcommands: HOT_SUBCOMMANDS },
    { suffix: 'recover', entry: 'apps/containerizer/src/recover-main.ts', subcommands: ['recover'] },
  ],
};

/**
 * The first line of a product binary: the absolute path of the Node.js that
 * builds it (the .deb puts /usr/bin/node there, build-deb.sh). Not
 * `#!/usr/bin/env node`: env is a process of its own, which links libc,
 * reads the locale files and searches PATH before Node starts: 2-3 ms of a
 * `usage` call on the benchmark's machine, measured side by side. A path
 * the kernel cannot take as an interpreter (white space, a line over 127
 * bytes: older kernels cut it there) falls back to env, with a warning.
 */
function productShebang() {
  const node = process.execPath;
  if (/^\/[\w.+\/-]+$/.test(node) && node.length <= 125) return `#!${node}`;
  console.error(`build: warning: the binaries start through /usr/bin/env node: ${JSON.stringify(node)} cannot be an interpreter line`);
  return '#!/usr/bin/env node';
}
const SHEBANG = productShebang();

rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = Date.now();
for (const [entry, out] of binaries) {
  mkdirSync(dirname(join(root, out)), { recursive: true });
  const code = await bundle(entry, out);
  const program = out.split('/').pop();
  let text;
  if (out.startsWith('dist/bin/')) {
    // The product binaries are the small loader (loader.js); the program,
    // and its side bundles if any, go to dist/lib beside them.
    const hash = createHash('sha256').update(code);
    const sideKeys = {};
    mkdirSync(join(root, 'dist/lib'), { recursive: true });
    writeFileSync(join(root, 'dist/lib', `${program}.js`), code, { mode: 0o644 });
    for (const side of SIDE_BUNDLES[program] ?? []) {
      const sideCode = await bundle(side.entry, out);
      hash.update(sideCode);
      writeFileSync(join(root, 'dist/lib', `${program}.${side.suffix}.js`), sideCode, { mode: 0o644 });
      for (const sub of side.subcommands) sideKeys[sub] = side.suffix;
    }
    const loader = readFileSync(join(root, 'tools/build/loader.js'), 'utf8');
    const cacheKeys = program === 'deimos-containerizer' ? AGENT_SUBCOMMANDS : [];
    text = `${SHEBANG}\n${loader}${JSON.stringify(hash.digest('hex').slice(0, 16))}, ${JSON.stringify(program)}, ${JSON.stringify(cacheKeys)}, ${JSON.stringify(sideKeys)});\n`;
  } else {
    text = `#!/usr/bin/env node\n${code}`;
  }
  writeFileSync(join(root, out), text);
  chmodSync(join(root, out), 0o755);
}
// The agent emulator's stand-in executors (one launcher directory per
// generation, and the script they start), beside the bundled emulator
// (tools/agent-emulator/src/paths.ts looks for them there).
rmSync(join(root, 'dist/tools/agent-emulator-bin'), { recursive: true, force: true });
cpSync(join(root, 'tools/agent-emulator/bin'), join(root, 'dist/tools/agent-emulator-bin'), { recursive: true });
console.error(`build: ${binaries.length} programs in ${Date.now() - started} ms -> dist/bin (loaders), dist/lib (their bundles), dist/tools`);
