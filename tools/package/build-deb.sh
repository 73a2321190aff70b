#!/usr/bin/env bash
# Build the Debian package deimos_<version>_all.deb with dpkg-deb alone:
# the four binaries (loaders in /usr/lib/deimos/bin, their programs in
# /usr/lib/deimos/lib) with links in
# /usr/bin, /etc/deimos.cfg (a conffile), the hourly cleanup as a systemd
# timer and a cron.d alternative, man pages made from each binary's --help,
# README and copyright. See tools/package/README.md.
#
# Usage: tools/package/build-deb.sh [--out DIR] [--no-build]
#   --out DIR    where to write the .deb (default: dist/)
#   --no-build   package dist/bin as it is, without `npm run build`
# Environment:
#   DEB_MAINTAINER     the Maintainer field ("Name <address>")
#   SOURCE_DATE_EPOCH  timestamp for every file (default: last commit time)
# Prints the path of the .deb on stdout.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/dist"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="${2:?--out needs a directory}"; shift 2 ;;
    --out=*) out="${1#--out=}"; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-deb: unknown argument: $1 (try --help)" >&2; exit 1 ;;
  esac
done

say() { printf 'build-deb: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

for tool in dpkg-deb gzip node; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is needed (apt-get install dpkg gzip nodejs)"
done

cd "$root"
if [ "$build" = 1 ]; then
  say "npm run build"
  npm run build >&2
fi

BINARIES=(deimos-containerizer deimos-observer-executor deimos-cleanup deimos-lock-browser)
for b in "${BINARIES[@]}"; do
  [ -x "dist/bin/$b" ] || die "dist/bin/$b is missing; run npm run build (or drop --no-build)"
  case "$(head -n 1 "dist/bin/$b")" in
    '#!/'*/node | '#!/usr/bin/env node') ;;
    *) die "dist/bin/$b does not start with the interpreter line of npm run build (#!<path>/node)" ;;
  esac
  [ -f "dist/lib/$b.js" ] || die "dist/lib/$b.js (the program of dist/bin/$b) is missing; run npm run build"
done

npm_version="$(node -p 'require("./package.json").version')"
# Debian orders "~" before anything, so a semver pre-release 1.0.0-rc.1
# becomes 1.0.0~rc.1 and sorts before 1.0.0, as in semver.
version="${npm_version/-/\~}"
[[ "$version" =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || die "package.json version $npm_version is not usable as a Debian version"
maintainer="${DEB_MAINTAINER:-deimos-ts maintainers <maintainers@deimos-ts.invalid>}"
homepage="$(node -p 'const p = require("./package.json"); p.homepage || ""')"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)"
fi
export SOURCE_DATE_EPOCH
date_ymd="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"

# Every built binary reports the package.json version; a stale dist/ would not.
for b in "${BINARIES[@]}"; do
  v="$("dist/bin/$b" --version)" || die "dist/bin/$b --version failed"
  [ "$v" = "$npm_version" ] || die "dist/bin/$b --version prints $v, package.json says $npm_version; rebuild"
done

umask 022
stage="$(mktemp -d "${TMPDIR:-/tmp}/deimos-deb.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
pkgroot="$stage/deimos"
mkdir -p "$pkgroot"/{DEBIAN,etc/cron.d,lib/systemd/system,usr/bin,usr/lib/deimos/bin,usr/lib/deimos/lib,usr/share/man/man1,usr/share/doc/deimos}

say "staging $version"
for b in "${BINARIES[@]}"; do
  # The interpreter is the packaged nodejs's /usr/bin/node (Debian's and
  # NodeSource's both install it), not the build machine's node: an absolute
  # path, as npm run build writes it (no env process before every call).
  { echo '#!/usr/bin/node'; tail -n +2 "dist/bin/$b"; } >"$stage/$b.loader"
  install -m 0755 "$stage/$b.loader" "$pkgroot/usr/lib/deimos/bin/$b"
  # The loader starts its program from ../lib (or a side bundle of some
  # agent calls: <name>.hot.js, <name>.recover.js).
  for js in "dist/lib/$b.js" dist/lib/"$b".*.js; do
    [ ! -f "$js" ] || install -m 0644 "$js" "$pkgroot/usr/lib/deimos/lib/${js##*/}"
  done
  ln -s "../lib/deimos/bin/$b" "$pkgroot/usr/bin/$b"
  node "$here/lib/help2man.mjs" --bin "dist/bin/$b" --name "$b" --version "$npm_version" --date "$date_ymd" \
    >"$stage/$b.1"
  if command -v groff >/dev/null 2>&1; then
    warnings="$(groff -man -Tutf8 -ww -z "$stage/$b.1" 2>&1)" || true
    [ -z "$warnings" ] || die "man page of $b: $warnings"
  fi
  gzip -9n <"$stage/$b.1" >"$pkgroot/usr/share/man/man1/$b.1.gz"
  chmod 0644 "$pkgroot/usr/share/man/man1/$b.1.gz"
done

# /etc/deimos.cfg: the example with every key, a header, and the packaged
# state root set right after its commented default in [state].
example="libs/config/deimos.cfg.example"
[ "$(grep -c '^#root: /tmp/deimos$' "$example")" = 1 ] \
  || die "$example: expected one '#root: /tmp/deimos' line under [state]"
{
  sed "s/@VERSION@/$version/" "$here/debian/deimos.cfg.header"
  sed 's|^#root: /tmp/deimos$|#root: /tmp/deimos\nroot: /var/lib/deimos|' "$example"
} >"$pkgroot/etc/deimos.cfg"
chmod 0600 "$pkgroot/etc/deimos.cfg"
# The packaged file must load: a bad line would stop every program with 16.
DEIMOS_CONFIG="$pkgroot/etc/deimos.cfg" dist/bin/deimos-containerizer config \
  | grep -q '^root: /var/lib/deimos$' || die "the packaged /etc/deimos.cfg does not load or does not set [state] root"

install -m 0644 "$here/debian/cron.d" "$pkgroot/etc/cron.d/deimos-cleanup"
install -m 0644 "$here/debian/deimos-cleanup.service" "$pkgroot/lib/systemd/system/deimos-cleanup.service"
install -m 0644 "$here/debian/deimos-cleanup.timer" "$pkgroot/lib/systemd/system/deimos-cleanup.timer"
if command -v systemd-analyze >/dev/null 2>&1; then
  # Unit syntax: unknown keys are only warnings to systemd, so any output
  # fails the build, except that /usr/bin/deimos-cleanup is not on this host.
  cp "$pkgroot"/lib/systemd/system/deimos-cleanup.* "$stage/"
  verify="$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no \
      "$stage/deimos-cleanup.timer" "$stage/deimos-cleanup.service" 2>&1 \
    | grep -v 'Command /usr/bin/deimos-cleanup is not executable' || true)"
  [ -z "$verify" ] || die "systemd-analyze verify: $verify"
fi

install -m 0644 README.md "$pkgroot/usr/share/doc/deimos/README.md"
node "$here/lib/copyright.mjs" --maintainer "$maintainer" >"$pkgroot/usr/share/doc/deimos/copyright"
chmod 0644 "$pkgroot/usr/share/doc/deimos/copyright"

printf '%s\n' /etc/deimos.cfg /etc/cron.d/deimos-cleanup >"$pkgroot/DEBIAN/conffiles"
install -m 0755 "$here/debian/postinst" "$here/debian/prerm" "$here/debian/postrm" "$pkgroot/DEBIAN/"
(cd "$pkgroot" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -printf '%P\0' \
  | LC_ALL=C sort -z | xargs -0 md5sum) >"$pkgroot/DEBIAN/md5sums"
chmod 0644 "$pkgroot/DEBIAN/md5sums" "$pkgroot/DEBIAN/conffiles"

installed_size="$(du -sk --apparent-size --exclude=DEBIAN "$pkgroot" | cut -f1)"
sed -e "s|@VERSION@|$version|" -e "s|@MAINTAINER@|$maintainer|" -e "s|@INSTALLED_SIZE@|$installed_size|" \
  -e "s|@HOMEPAGE@|$homepage|" "$here/debian/control.in" | { if [ -z "$homepage" ]; then grep -v '^Homepage: '; else cat; fi; } \
  >"$pkgroot/DEBIAN/control"
chmod 0644 "$pkgroot/DEBIAN/control"

find "$pkgroot" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p "$out"
deb="$(cd "$out" && pwd)/deimos_${version}_all.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkgroot" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1))"
printf '%s\n' "$deb"
