#!/usr/bin/env bash
# The benchmark suite (not part of npm test): test bed, build, then measure.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash tools/testbed/setup.sh
npm run build
node dist/tools/bench
