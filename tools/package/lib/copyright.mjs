#!/usr/bin/env node
// Write the package's machine-readable copyright file (DEP-5) to stdout:
// our code under Apache-2.0, then every npm package that esbuild actually
// puts into the four bundles, with its version, license and copyright lines.
// The list comes from an esbuild metafile of the same entry points the
// build uses, so it follows the code rather than package.json.
//
// Usage: node copyright.mjs --maintainer "<name> <email>"
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values: args } = parseArgs({ options: { maintainer: { type: 'string' } } });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const entries = ['apps/containerizer/src/main.ts', 'apps/observer-executor/src/main.ts', 'apps/cleanup/src/main.ts', 'apps/lock-browser/src/main.ts'];
const result = await build({
  entryPoints: entries.map((e) => join(root, e)),
  bundle: true,
  write: false,
  metafile: true,
  outdir: '/nonexistent',
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  define: { DEIMOS_VERSION: JSON.stringify(pkg.version) },
  tsconfig: join(root, 'tsconfig.base.json'),
  logLevel: 'error',
});

// "node_modules/a/node_modules/@s/b/lib/x.js" -> the directory of @s/b.
const dirs = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
  if (m) dirs.add(m[1]);
}

function licenseFile(dir) {
  const f = readdirSync(dir).find((n) => /^(licen[cs]e|copying)(\.|$)/i.test(n));
  return f ? readFileSync(join(dir, f), 'utf8') : undefined;
}

const COPYRIGHT_LINE = /^\s*copyright\s*(\(c\)|©|\d)/i;

/** The "Copyright ..." lines of a license file; "Copyright (c) 2011:" takes the next line. */
function copyrightLines(text) {
  const lines = text.split('\n').map((l) => l.trim());
  const found = [];
  lines.forEach((l, i) => {
    if (!COPYRIGHT_LINE.test(l)) return;
    let c = l.replace(/^copyright\s*/i, '');
    if (c.endsWith(':')) c = `${c.slice(0, -1)} ${lines.slice(i + 1).find((n) => n !== '') ?? ''}`.trim();
    found.push(c);
  });
  return [...new Set(found)];
}

const bundled = [...dirs]
  .map((d) => {
    const p = JSON.parse(readFileSync(join(root, d, 'package.json'), 'utf8'));
    const license = typeof p.license === 'string' ? p.license : (p.license?.type ?? 'unknown');
    const text = licenseFile(join(root, d));
    return { name: p.name, version: p.version, license, text, copyright: text ? copyrightLines(text) : [] };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const licenses = [...new Set(['Apache-2.0', ...bundled.map((b) => b.license)])];
const holders = [...new Set(['the deimos-ts authors', ...bundled.flatMap((b) => (b.copyright.length ? b.copyright : [`the ${b.name} authors`]))])];
const out = [
  'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
  'Upstream-Name: deimos-ts',
  `Upstream-Contact: ${args.maintainer ?? 'see the Maintainer field'}`,
  '',
  'Files: *',
  'Copyright: the deimos-ts authors',
  'License: Apache-2.0',
  '',
  // DEP-5 cannot split one file by origin: each bundle holds our code and
  // the npm packages below, so it carries all of their licenses.
  'Files: usr/lib/deimos/bin/*',
  `Copyright: ${holders[0]}`,
  ...holders.slice(1).map((h) => ` ${h}`),
  `License: ${licenses.join(' and ')}`,
  'Comment: single-file bundles (esbuild) of the deimos-ts code and of these',
  ' npm packages:',
  ...bundled.map((b) => ` ${b.name} ${b.version} (${b.license})`),
  '',
  'License: Apache-2.0',
  ' Licensed under the Apache License, Version 2.0 (the "License"); you may',
  ' not use this file except in compliance with the License.',
  ' .',
  ' On Debian systems, the full text of the Apache License, Version 2.0 can be',
  ' found in /usr/share/common-licenses/Apache-2.0.',
];
for (const l of licenses.filter((x) => x !== 'Apache-2.0')) {
  const sample = bundled.find((b) => b.license === l && b.text);
  out.push('', `License: ${l}`);
  // The text as the first package with it ships it, minus that package's own
  // copyright lines; continuation lines start with a space, "." is a blank line.
  const body = (sample?.text ?? `See https://spdx.org/licenses/${l}.html`)
    .split('\n')
    .filter((line) => !COPYRIGHT_LINE.test(line))
    .join('\n')
    .replace(/\n\s*\n(\s*\n)+/g, '\n\n')
    .trim();
  for (const line of body.split('\n')) out.push(line.trim() === '' ? ' .' : ` ${line.trimEnd()}`);
}
process.stdout.write(`${out.join('\n')}\n`);
