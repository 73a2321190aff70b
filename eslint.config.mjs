import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { readdirSync, readFileSync, existsSync } from 'node:fs';

// The libs tagged type:pure in their project.json: the one definition of
// which code may do no I/O of its own.
const PURE_LIBS = readdirSync('libs').filter((d) => {
  const f = `libs/${d}/project.json`;
  return existsSync(f) && (JSON.parse(readFileSync(f, 'utf8')).tags ?? []).includes('type:pure');
});

// Node's I/O modules. The Nx rule's bannedExternalImports does not see Node
// built-ins, so the core rule bans them in pure libs.
const NODE_IO = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'worker_threads', 'cluster', 'tls', 'dns', 'readline'];

// Boundaries between projects are enforced here, not by convention:
// - apps may use libs, never another app;
// - libs never use apps;
// - type:pure libs (argv builders, parsers, codecs, framing) stay free of
//   process and file-system I/O, so they can be tested as plain functions.
export default [
  { ignores: ['**/dist/**', '**/node_modules/**', 'libs/protocol/src/generated/**', '**/fixtures/**', '.nx/**'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:pure'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:pure'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:pure'] },
            {
              sourceTag: 'type:pure',
              onlyDependOnLibsWithTags: ['type:pure'],
              bannedExternalImports: ['execa', 'node:fs', 'fs', 'node:fs/promises', 'fs/promises', 'node:child_process', 'child_process', 'proper-lockfile', 'node:net', 'node:http'],
            },
          ],
        },
      ],
    },
  },
  {
    // Children are started in one place, @deimos/process (run, spawnDetached,
    // runWithDescriptors, startLineSink). The only exception: test helpers.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/process/src/**', 'libs/testing/src/**', 'apps/*/src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['child_process', 'node:child_process'].map((name) => ({ name, message: 'start children through @deimos/process' })), patterns: ['execa'] }],
    },
  },
  {
    // A type:pure lib whole, and the src/pure/ folder of any lib (its
    // parsers, split from the files that read: libs/cgroups).
    files: [...PURE_LIBS.map((d) => `libs/${d}/src/**/*.ts`), 'libs/*/src/pure/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'a type:pure lib does no I/O: take what it needs as an argument' })),
          patterns: [{ group: ['execa', 'proper-lockfile', '@deimos/process', '@deimos/engine', '@deimos/state'], message: 'a type:pure lib does no I/O' }],
        },
      ],
    },
  },
  {
    // CommonJS config files (jest.config.js) load the shared preset with require.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
