// Jest global setup for the integration and e2e tiers: make sure the real
// Docker engine runs and the local test image exists (tools/testbed/setup.sh
// is idempotent and quick when everything is already there).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.DEIMOS_TESTBED_READY === '1') return;
  execFileSync('bash', [path.join(__dirname, 'setup.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  process.env.DEIMOS_TESTBED_READY = '1';
};
