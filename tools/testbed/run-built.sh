#!/usr/bin/env bash
# The prologue of the main job and the benchmark: npm packages if missing,
# the Docker test bed, the build; then the named built tool (dist/tools/<name>).
# Usage: bash tools/testbed/run-built.sh demo|bench
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash tools/testbed/setup.sh
npm run build
exec node "dist/tools/$1"
