#!/usr/bin/env bash
# The README's test command: from a fresh clone on a fresh machine, install
# what is needed, prepare the real Docker test bed, build the binaries and run
# every tier (unit, integration against the real engine, end-to-end through
# the built binaries). Prints "Summary: N passed, M failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true CI="${CI:-true}"

step() { printf '\n=== %s\n' "$*"; }

step "npm packages"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

step "Docker test bed (engine, test image, protoc, flock, iproute2)"
bash tools/testbed/setup.sh
export DEIMOS_TESTBED_READY=1

step "build"
npm run build

rm -rf test-results && mkdir -p test-results
status=0

step "lint and type-check"
npx tsc -p tsconfig.json --noEmit || status=1
npx nx run-many -t lint --outputStyle=static || status=1
npx prettier --check . || status=1

step "unit tests"
npx nx run-many -t test --parallel=2 --outputStyle=static || status=1

step "integration tests (real Docker engine, serial)"
npx nx run-many -t integration --parallel=1 --outputStyle=static || status=1

step "end-to-end tests (built binaries, serial)"
npx nx run-many -t e2e --parallel=1 --outputStyle=static || status=1

step "installation test (the .deb in a Debian 12 container)"
bash tools/package/install-test.sh --no-build || status=1

node tools/ci/summary.mjs test-results || status=1
exit $status
