#!/usr/bin/env bash
# Prepare the real Docker test bed on this machine, idempotently:
#   1. install Debian's docker.io, busybox-static, protobuf-compiler, iproute2,
#      util-linux's flock, unzip and zip (fetched zip archives), python3 and
#      openssl (the hooks' differential test) when missing;
#   2. start dockerd (no systemd here) when no engine answers;
#   3. import the local test image from a busybox-static root filesystem.
# Nothing is pulled from the internet: it is not reachable here. (The
# registry tests run their own registry: registry.sh.)
#
# Environment:
#   DEIMOS_TEST_IMAGE   image name to create (default deimos-test/busybox:latest)
#   DOCKERD_LOG         where dockerd logs (default /var/log/deimos-testbed-dockerd.log)
set -euo pipefail

IMAGE="${DEIMOS_TEST_IMAGE:-deimos-test/busybox:latest}"
DOCKERD_LOG="${DOCKERD_LOG:-/var/log/deimos-testbed-dockerd.log}"

say() { printf 'testbed: %s\n' "$*" >&2; }

need_pkgs=()
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
dpkg -s busybox-static >/dev/null 2>&1 || need_pkgs+=(busybox-static)
command -v protoc >/dev/null 2>&1 || need_pkgs+=(protobuf-compiler)
command -v ip >/dev/null 2>&1 || need_pkgs+=(iproute2)
command -v flock >/dev/null 2>&1 || need_pkgs+=(util-linux)
command -v nsenter >/dev/null 2>&1 || need_pkgs+=(util-linux)
command -v unzip >/dev/null 2>&1 || need_pkgs+=(unzip)
command -v zip >/dev/null 2>&1 || need_pkgs+=(zip)
# The hooks' differential test runs the interpreters a task could steer.
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import ssl, urllib.request' >/dev/null 2>&1 || need_pkgs+=(python3)
command -v openssl >/dev/null 2>&1 || need_pkgs+=(openssl)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  say "installing ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1 && pidof dockerd >/dev/null 2>&1; then
  # An engine is starting or stopping: give it time to answer or to go.
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && break
    pidof dockerd >/dev/null 2>&1 || break
    sleep 0.5
  done
fi

if ! docker info >/dev/null 2>&1; then
  say "starting dockerd (log: $DOCKERD_LOG)"
  mkdir -p "$(dirname "$DOCKERD_LOG")"
  # --iptables=false --bridge=none: no host firewall changes and no default
  # bridge network on this machine; tests use --net=none or their own netns.
  nohup setsid dockerd --iptables=false --ip6tables=false --bridge=none \
    >>"$DOCKERD_LOG" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  docker info >/dev/null 2>&1 || { say "dockerd did not answer within 60 s; see $DOCKERD_LOG"; tail -20 "$DOCKERD_LOG" >&2; exit 1; }
fi

if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
  say "building test image $IMAGE from busybox-static"
  rootfs="$(mktemp -d)"
  trap 'rm -rf "$rootfs"' EXIT
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,tmp,proc,sys,dev,root,var/tmp}
  chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] && continue
    [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  # EXPOSE two ports so that port pairing (allocated -> exposed) is testable.
  tar -C "$rootfs" -c . | docker import \
    --change 'ENV PATH=/bin:/sbin:/usr/bin:/usr/sbin' \
    --change 'EXPOSE 8080/tcp' --change 'EXPOSE 9090/tcp' \
    --change 'CMD ["/bin/sh"]' \
    - "$IMAGE" >/dev/null
fi
say "ready: $(docker version --format 'engine {{.Server.Version}}') image $IMAGE"
