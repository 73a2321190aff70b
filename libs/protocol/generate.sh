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

# The hot codec: only the messages of `usage` and `containers` (and what
# they refer to), under a root of its own so that it never shares a
# namespace object with the full codec. Those calls run once a second per
# container on old agents; this codec is a small part of their start-up.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$bin/pbjs" -t json -p proto -o "$tmp/full.json" proto/containerizer.proto
node "$here/prune.mjs" "$tmp/full.json" "$tmp/hot.json" \
  mesos.containerizer.Usage mesos.containerizer.Containers mesos.ResourceStatistics
"$bin/pbjs" -t static-module -w commonjs --force-number \
  --no-delimited --no-typeurl --no-service --no-convert --root deimos-hot \
  -o "$out/hot.js" "$tmp/hot.json"
"$bin/pbts" -o "$out/hot.d.ts" "$out/hot.js"
