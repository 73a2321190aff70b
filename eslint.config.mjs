import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

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
    // CommonJS config files (jest.config.js) load the shared preset with require.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
