// One Jest preset for every project. Each project's jest.config.js calls
// makeJestConfig(__dirname) and gets up to three Jest "projects":
//   unit         *.spec.ts next to the code (fast, pure, no Docker)
//   integration  *.int.spec.ts (real Docker engine, network namespaces)
//   e2e          *.e2e.spec.ts (spawn the built binaries)
// Integration and e2e run serially (--runInBand): the machine has two cores
// and one Docker engine.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias}$`] = path.join(root, target);
}

const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(root, 'tsconfig.base.json'), diagnostics: false }],
};

function project(dir, displayName, testMatch, extra = {}) {
  return {
    displayName,
    rootDir: dir,
    testEnvironment: 'node',
    transform,
    moduleNameMapper,
    testMatch,
    ...extra,
  };
}

function makeJestConfig(dir) {
  return {
    projects: [
      project(dir, 'unit', ['<rootDir>/**/*.spec.ts'], {
        testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '\\.e2e\\.spec\\.ts$', '/node_modules/'],
      }),
      project(dir, 'integration', ['<rootDir>/**/*.int.spec.ts'], {
        globalSetup: path.join(root, 'tools/testbed/jest-global-setup.js'),
        setupFilesAfterEnv: [path.join(root, 'tools/testbed/jest-slow.js')],
      }),
      project(dir, 'e2e', ['<rootDir>/**/*.e2e.spec.ts'], {
        globalSetup: path.join(root, 'tools/testbed/jest-global-setup.js'),
        setupFilesAfterEnv: [path.join(root, 'tools/testbed/jest-slow.js')],
      }),
    ],
  };
}

module.exports = { makeJestConfig, moduleNameMapper, transform };
