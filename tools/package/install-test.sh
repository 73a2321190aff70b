#!/usr/bin/env bash
# Installation test of the .deb on a clean Debian 12: build (once, cached) a
# bookworm root filesystem with debootstrap from this machine's Debian
# mirror, holding every dependency of the package; import it as the image
# deimos-test/bookworm-base; build the .deb; install it with apt in a
# container of that image WITHOUT network (--net=none), and check it there
# (install-test/checks.sh): Node.js 18, every binary's --version,
# `deimos-containerizer config`, links, man pages, conffiles, the timer and
# cron job, reinstall, remove and purge. Ends with
# "install-test: N passed, M failed" and a non-zero status on failure.
#
# Usage: tools/package/install-test.sh [--deb FILE] [--no-build] [--rebuild-rootfs]
#   --deb FILE         test this .deb instead of building one
#   --no-build         build the .deb from dist/bin as it is (no npm run build)
#   --rebuild-rootfs   ignore the cached root filesystem and image
# Environment:
#   DEIMOS_INSTALL_TEST_CACHE  cache directory (default /var/cache/deimos-install-test)
#   DEIMOS_DEBIAN_MIRROR       Debian mirror URL (default: from /etc/apt/sources.list*)
# Needs root and a Docker engine; installs debootstrap with apt when missing.
# Writes test-results/package-install-test.json for tools/ci/summary.mjs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
deb=""
build_args=()
rebuild=0
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb="$(realpath "${2:?--deb needs a file}")"; shift 2 ;;
    --no-build) build_args+=(--no-build); shift ;;
    --rebuild-rootfs) rebuild=1; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-test: unknown argument: $1 (try --help)" >&2; exit 1 ;;
  esac
done

SUITE=bookworm
VARIANT=minbase
# Every dependency of the package, so that apt installs it offline:
# nodejs (Debian 12's 18.x), iproute2, docker.io (the first alternative of
# the Docker dependency; util-linux is Essential), curl (Recommends, which
# apt installs by default), and man-db to look the man pages up.
INCLUDE=nodejs,iproute2,docker.io,curl,man-db
# Bump when the way the root filesystem is made changes.
RECIPE=1
CACHE="${DEIMOS_INSTALL_TEST_CACHE:-/var/cache/deimos-install-test}"
IMAGE_REPO=deimos-test/bookworm-base
LABEL=deimos-install-test
RESULTS="$root/test-results/package-install-test.json"

started=$(date +%s)
say() { printf 'install-test: %s\n' "$*" >&2; }
elapsed() { echo "$(( $(date +%s) - started ))s"; }

# Record an early failure in the same shape as a failed run, then stop.
setup_failed() {
  say "$*"
  mkdir -p "$(dirname "$RESULTS")"
  printf '{"numPassedTests":0,"numFailedTests":0,"numRuntimeErrorTestSuites":1}\n' >"$RESULTS"
  echo "install-test: 0 passed, 1 failed (setup: $*)"
  exit 1
}

[ "$(id -u)" = 0 ] || setup_failed "must run as root (debootstrap, docker)"
docker info >/dev/null 2>&1 || setup_failed "no Docker engine answers; run tools/testbed/setup.sh"

# The Debian mirror of the suite from this machine's apt sources, one-line
# (sources.list, *.list) or deb822 (*.sources) format. Prints "URI KEYRING".
debian_mirror() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    # deb [signed-by=/k.gpg arch=amd64] http://deb.debian.org/debian bookworm main
    awk -v suite="$SUITE" '
      $1 == "deb" {
        line = $0; opts = ""
        sub(/^[ \t]+/, "", line)
        if (match(line, /\[[^]]*\]/)) { opts = substr(line, RSTART, RLENGTH); line = substr(line, 1, RSTART - 1) substr(line, RSTART + RLENGTH) }
        split(line, f, /[ \t]+/)
        if (f[3] == suite) { key = ""; if (match(opts, /signed-by=[^] ]+/)) key = substr(opts, RSTART + 10, RLENGTH - 10); print f[2], key; exit }
      }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v suite="$SUITE" '
      function flush() {
        if (types ~ /(^| )deb( |$)/ && enabled != "no" && (" " suites " ") ~ (" " suite " ") && uris != "") { split(uris, u, " "); print u[1], key; found = 1 }
        types = ""; uris = ""; suites = ""; key = ""; enabled = ""
      }
      /^#/ { next }
      /^[ \t]*$/ { flush(); if (found) exit; next }
      /^[Tt]ypes:/ { sub(/^[^:]*:[ \t]*/, ""); types = $0 }
      /^URIs:/ { sub(/^[^:]*:[ \t]*/, ""); uris = $0 }
      /^Suites:/ { sub(/^[^:]*:[ \t]*/, ""); suites = $0 }
      /^Enabled:/ { sub(/^[^:]*:[ \t]*/, ""); enabled = tolower($0) }
      /^Signed-By:/ { sub(/^[^:]*:[ \t]*/, ""); if ($0 ~ /^\//) key = $0 }
      END { if (!found) flush() }' "$f"
  done
}

key="$(printf 'suite=%s variant=%s arch=%s include=%s recipe=%s' "$SUITE" "$VARIANT" "$(dpkg --print-architecture)" "$INCLUDE" "$RECIPE" \
  | sha256sum | cut -c1-12)"
tarball="$CACHE/$SUITE-rootfs-$key.tar"
image="$IMAGE_REPO:$key"

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock -w 3600 9 || setup_failed "another install test holds $CACHE/.lock"

# Containers of an earlier run that was killed before its cleanup.
docker ps -aq --filter "label=$LABEL" | xargs -r docker rm -f >/dev/null

if [ "$rebuild" = 1 ]; then
  rm -f "$tarball"
  docker image rm "$image" "$IMAGE_REPO:latest" >/dev/null 2>&1 || true
fi

# Unmount whatever debootstrap left mounted under a directory (it may
# bind-mount the host's /dev when run in a container) before removing it.
remove_tree() {
  local dir="$1" m
  [ -d "$dir" ] || return 0
  for m in $(findmnt -rn -o TARGET | grep -F "$dir/" | sort -r); do umount -l "$m" || true; done
  rm -rf --one-file-system "$dir"
}

if ! docker image inspect "$image" >/dev/null 2>&1 && [ ! -s "$tarball" ]; then
  if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; } \
      || setup_failed "could not install debootstrap"
  fi
  read -r mirror keyring < <(debian_mirror; echo) || true
  mirror="${DEIMOS_DEBIAN_MIRROR:-$mirror}"
  [ -n "$mirror" ] || setup_failed "no '$SUITE' suite in /etc/apt/sources.list*; set DEIMOS_DEBIAN_MIRROR"
  [ -n "${keyring:-}" ] || keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  say "debootstrap --variant=$VARIANT --include=$INCLUDE $SUITE from $mirror (takes minutes; cached as $tarball)"
  target="$(mktemp -d "$CACHE/rootfs.XXXXXX")"
  trap 'remove_tree "$target"' EXIT
  if ! debootstrap --variant="$VARIANT" --include="$INCLUDE" --keyring="$keyring" "$SUITE" "$target" "$mirror" \
      >"$CACHE/debootstrap.log" 2>&1; then
    tail -20 "$CACHE/debootstrap.log" >&2
    setup_failed "debootstrap failed; see $CACHE/debootstrap.log"
  fi
  # Nothing downloaded stays in the image: the test must not depend on it.
  rm -rf "$target"/var/cache/apt/archives/*.deb "$target"/var/lib/apt/lists/* "$target"/var/cache/apt/*.bin
  for m in $(findmnt -rn -o TARGET | grep -F "$target/" | sort -r); do umount -l "$m" || true; done
  tar -C "$target" --numeric-owner --xattrs -cf "$tarball.tmp" . || setup_failed "could not write $tarball"
  mv "$tarball.tmp" "$tarball"
  printf 'suite=%s variant=%s include=%s recipe=%s mirror=%s built=%s\n' "$SUITE" "$VARIANT" "$INCLUDE" "$RECIPE" "$mirror" \
    "$(date -u +%FT%TZ)" >"$CACHE/$SUITE-rootfs-$key.txt"
  remove_tree "$target"
  trap - EXIT
  say "root filesystem ready ($(du -h "$tarball" | cut -f1), $(elapsed))"
fi

if ! docker image inspect "$image" >/dev/null 2>&1; then
  say "importing $tarball as $image"
  docker import --change 'CMD ["/bin/bash"]' "$tarball" "$image" >/dev/null || setup_failed "docker import failed"
fi
previous="$(docker image inspect -f '{{.Id}}' "$IMAGE_REPO:latest" 2>/dev/null || true)"
docker tag "$image" "$IMAGE_REPO:latest"
# Root filesystems and images of other include lists or recipes.
for old in "$CACHE/$SUITE"-rootfs-*.tar; do
  [ -e "$old" ] && [ "$old" != "$tarball" ] && rm -f "$old" "${old%.tar}.txt"
done
for old in $(docker images --format '{{.Repository}}:{{.Tag}}' "$IMAGE_REPO"); do
  [ "$old" = "$image" ] || [ "$old" = "$IMAGE_REPO:latest" ] || docker image rm "$old" >/dev/null 2>&1 || true
done
# The image "latest" named before, if nothing else names it now.
if [ -n "$previous" ] && [ "$previous" != "$(docker image inspect -f '{{.Id}}' "$image")" ]; then
  docker image rm "$previous" >/dev/null 2>&1 || true
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/deimos-install-test.XXXXXX")"
name="deimos-install-test-$$"
trap 'docker rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
if [ -z "$deb" ]; then
  say "building the .deb"
  deb="$(bash "$here/build-deb.sh" "${build_args[@]}" --out "$work")" || setup_failed "build-deb.sh failed"
fi
[ -f "$deb" ] || setup_failed "no such .deb: $deb"
deb_version="$(dpkg-deb -f "$deb" Version)"
npm_version="$(node -p "require('$root/package.json').version")"

say "installing $(basename "$deb") in a container of $image (no network)"
set +e
# The engine's socket, so the binaries can be run against the test engine.
sock=()
[ -S /var/run/docker.sock ] && sock=(-v /var/run/docker.sock:/var/run/docker.sock)
docker run --rm --name "$name" --label "$LABEL" --net=none "${sock[@]}" \
  -v "$deb:/tmp/debs/$(basename "$deb"):ro" \
  -v "$here/install-test/checks.sh:/checks.sh:ro" \
  -e DEB="/tmp/debs/$(basename "$deb")" -e NPM_VERSION="$npm_version" -e DEB_VERSION="$deb_version" \
  "$image" bash /checks.sh 2>&1 | tee "$work/checks.log"
run_status=${PIPESTATUS[0]}
set -e

passed=$(grep -c '^PASS: ' "$work/checks.log" || true)
failed=$(grep -c '^FAIL: ' "$work/checks.log" || true)
runtime=0
if [ "$run_status" != 0 ] || [ "$passed" = 0 ]; then
  say "the container run ended with status $run_status"
  runtime=1
fi
mkdir -p "$(dirname "$RESULTS")"
printf '{"numPassedTests":%d,"numFailedTests":%d,"numRuntimeErrorTestSuites":%d}\n' "$passed" "$failed" "$runtime" >"$RESULTS"
say "took $(elapsed)"
echo "install-test: $passed passed, $((failed + runtime)) failed"
[ "$failed" = 0 ] && [ "$runtime" = 0 ]
