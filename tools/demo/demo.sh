#!/usr/bin/env bash
# The main job (npm run demo): install, prepare the Docker test bed, build,
# then drive the containerizer through a whole task lifecycle.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash tools/testbed/setup.sh
npm run build
node dist/tools/demo
