#!/usr/bin/env bash
# Regenerates the static protobuf code of @deimos/protocol from proto/*.proto.
#
#   libs/protocol/generate.sh            # writes libs/protocol/src/generated/
#   libs/protocol/generate.sh OUT_DIR    # writes OUT_DIR/ (used by the staleness test)
#
# The output is checked in: at run time only protobufjs/minimal is loaded and
# no .proto text is parsed, because every agent call starts a fresh process.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$here/src/generated}"
bin="$root/node_modules/.bin"

mkdir -p "$out"
cd "$root"

# --force-number: uint64 fields are typed `number`; src/long-as-number.ts makes
#   the runtime decode them as numbers too.
# --no-delimited: protobufjs' varint-delimited form is not the EC framing
#   (@deimos/recordio does that), so leave it out to avoid mix-ups.
"$bin/pbjs" -t static-module -w commonjs --force-number \
  --no-delimited --no-typeurl --no-service --no-convert \
  -p proto -o "$out/mesos.js" proto/containerizer.proto
"$bin/pbts" -o "$out/mesos.d.ts" "$out/mesos.js"
