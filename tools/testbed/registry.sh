#!/usr/bin/env bash
# A real registry for the registry tests: Debian's docker-registry (the
# Distribution registry server) with htpasswd authentication, on 127.0.0.1
# only, with its own configuration and storage under $DEIMOS_REGISTRY_DIR.
# Not the Debian service (that one would listen on :5000 with the package's
# configuration): this script runs the binary itself and stops it itself.
# The Docker engine trusts 127.0.0.0/8 registries over plain http without
# --insecure-registry, so the engine needs no change.
#
#   registry.sh start          install (when missing), start (or reuse the running one), wait until it answers;
#                              prints DEIMOS_TEST_REGISTRY=host:port, _USER=, _PASSWORD= lines on stdout
#   registry.sh push SRC DEST  push local image SRC as <registry>/DEST (login with a temporary DOCKER_CONFIG);
#                              the engine's local images stay as they were
#   registry.sh stop           stop it and remove its directory (configuration, storage, password)
#   registry.sh env            the same lines as start, when it runs (exit 1 otherwise)
#
# Environment: DEIMOS_REGISTRY_DIR (default /var/lib/deimos-testbed-registry),
# DEIMOS_REGISTRY_PORT (default: the first free port from 5055 on).
set -euo pipefail

DIR="${DEIMOS_REGISTRY_DIR:-/var/lib/deimos-testbed-registry}"
USER_NAME=deimos
say() { printf 'registry: %s\n' "$*" >&2; }

answers() { # any HTTP answer from /v2/ (401 without credentials) means it serves
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$1/v2/" 2>/dev/null || true)"
  [ "$code" = 401 ] || [ "$code" = 200 ]
}

ours() { # the recorded pid is still our registry, not a recycled number
  [ -f "$DIR/pid" ] || return 1
  local pid
  pid="$(cat "$DIR/pid")"
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "docker-registry serve $DIR/config.yml"
}

running() {
  [ -f "$DIR/address" ] && ours && answers "$(cat "$DIR/address")"
}

print_env() {
  printf 'DEIMOS_TEST_REGISTRY=%s\nDEIMOS_TEST_REGISTRY_USER=%s\nDEIMOS_TEST_REGISTRY_PASSWORD=%s\n' \
    "$(cat "$DIR/address")" "$USER_NAME" "$(cat "$DIR/password")"
}

install_packages() {
  local need=()
  command -v docker-registry >/dev/null 2>&1 || need+=(docker-registry)
  command -v htpasswd >/dev/null 2>&1 || need+=(apache2-utils)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  [ "${#need[@]}" -eq 0 ] && return 0
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

free_port() {
  local p
  for p in $(seq "${DEIMOS_REGISTRY_PORT:-5055}" 5199); do
    # Free when nothing listens there (ss lists listeners as addr:port).
    ss -ltnH 2>/dev/null | awk '{print $4}' | grep -qE "[:.]$p\$" || { echo "$p"; return 0; }
  done
  say "no free port in 5055-5199"
  return 1
}

start() {
  if running; then print_env; return 0; fi
  install_packages
  if ours; then kill "$(cat "$DIR/pid")" 2>/dev/null || true; sleep 0.5; fi # ours, but not answering
  mkdir -p "$DIR/storage"
  chmod 700 "$DIR"
  [ -s "$DIR/password" ] || (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$DIR/password")
  (umask 077 && htpasswd -Bbn "$USER_NAME" "$(cat "$DIR/password")" >"$DIR/htpasswd")
  local port
  port="$(free_port)"
  cat >"$DIR/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $DIR/storage
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  secret: $(head -c 12 /dev/urandom | base64 | tr -d '/+=')
auth:
  htpasswd:
    realm: deimos-testbed
    path: $DIR/htpasswd
EOF
  echo "127.0.0.1:$port" >"$DIR/address"
  nohup setsid docker-registry serve "$DIR/config.yml" >>"$DIR/registry.log" 2>&1 </dev/null &
  echo $! >"$DIR/pid"
  for _ in $(seq 1 100); do
    answers "127.0.0.1:$port" && { say "serving on 127.0.0.1:$port (dir $DIR)"; print_env; return 0; }
    kill -0 "$(cat "$DIR/pid")" 2>/dev/null || break
    sleep 0.2
  done
  say "the registry did not answer on 127.0.0.1:$port; see $DIR/registry.log"
  tail -20 "$DIR/registry.log" >&2 || true
  return 1
}

push() {
  local src="$1" dest="$2" address cfg
  running || { say "not running: run $0 start first"; return 1; }
  address="$(cat "$DIR/address")"
  cfg="$(mktemp -d)"
  # A private client configuration: the login does not touch root's ~/.docker.
  trap 'rm -rf "$cfg"' RETURN
  docker --config "$cfg" login --username "$USER_NAME" --password-stdin "$address" <"$DIR/password" >/dev/null 2>"$cfg/login.err" ||
    { cat "$cfg/login.err" >&2; return 1; }
  # Pushing leaves the engine's images as they were: a local copy of the
  # tag stays the image it was (tests pull the new one themselves).
  local before
  before="$(docker image inspect --format '{{.Id}}' "$address/$dest" 2>/dev/null || true)"
  docker tag "$src" "$address/$dest"
  docker --config "$cfg" push --quiet "$address/$dest" >/dev/null
  if [ -n "$before" ]; then docker tag "$before" "$address/$dest"; else docker rmi "$address/$dest" >/dev/null; fi
}

stop() {
  if ours; then
    local pid
    pid="$(cat "$DIR/pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  push) [ $# -eq 3 ] || { say "usage: $0 push SRC DEST"; exit 1; }; push "$2" "$3" ;;
  stop) stop ;;
  env) running && print_env ;;
  *) say "usage: $0 start|push SRC DEST|stop|env"; exit 1 ;;
esac
