#!/bin/bash
# Runs inside the clean Debian 12 container of install-test.sh, with no
# network: installs the .deb with apt from what the root filesystem already
# holds, then checks what an administrator would. One "PASS: ..." or
# "FAIL: ..." line per check; install-test.sh counts them.
#
# Environment: DEB (the .deb inside the container), NPM_VERSION (what
# --version must print), DEB_VERSION (the package version).
# shellcheck disable=SC2016 # single-quoted sh -c scripts expand in the child, as meant
set -u
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8

BINARIES=(deimos-containerizer deimos-observer-executor deimos-cleanup deimos-lock-browser)
log=/tmp/check.log

# check <description> <command...>: run it, PASS on exit 0; on failure show its output.
check() {
  local what="$1"
  shift
  if "$@" >"$log" 2>&1; then
    echo "PASS: $what"
  else
    echo "FAIL: $what (exit $?)"
    sed 's/^/    | /' "$log" | tail -25
  fi
}
# same <description> <expected> <command...>: PASS when stdout equals expected.
same() {
  local what="$1" want="$2" got
  shift 2
  got="$("$@" 2>"$log")"
  if [ "$got" = "$want" ]; then
    echo "PASS: $what"
  else
    echo "FAIL: $what: expected '$want', got '$got'"
    sed 's/^/    | /' "$log" | tail -10
  fi
}
section() { printf '\n--- %s\n' "$*"; }

section "the clean Debian 12 system"
same "Debian release" "12" sh -c '. /etc/os-release; echo "$VERSION_ID"'
check "node is Debian's Node.js 18 ($(node --version 2>&1))" sh -c 'node --version | grep -q "^v18\."'
check "no network: only the loopback interface" sh -c '[ "$(ls /sys/class/net)" = lo ]'
check "deimos is not installed yet" sh -c '! dpkg -s deimos'

section "installation (apt, offline)"
# Offline: --net=none. (apt's --no-download cannot install a local .deb:
# "Pathname to install is not absolute", apt 2.6.) With no network, a
# dependency missing from the root filesystem would fail the install.
check "apt-get install ./$(basename "$DEB"): only deimos is new" \
  sh -c "apt-get install -y '$DEB' >/tmp/apt.out 2>&1 </dev/null; s=\$?; cat /tmp/apt.out; [ \$s = 0 ] && grep -q '^0 upgraded, 1 newly installed, 0 to remove' /tmp/apt.out"
same "dpkg status" "install ok installed $DEB_VERSION" dpkg-query -W -f='${Status} ${Version}' deimos
check "dependencies satisfied (apt-get check)" apt-get check

section "binaries on Node.js 18"
for b in "${BINARIES[@]}"; do
  same "$b --version" "$NPM_VERSION" "$b" --version
  check "/usr/bin/$b links to /usr/lib/deimos/bin/$b" \
    sh -c "test -L /usr/bin/$b && [ \"\$(readlink -f /usr/bin/$b)\" = /usr/lib/deimos/bin/$b ] && [ \"\$(stat -c %a /usr/lib/deimos/bin/$b)\" = 755 ]"
  same "/usr/lib/deimos/bin/$b starts the packaged node directly" '#!/usr/bin/node' head -n 1 "/usr/lib/deimos/bin/$b"
  check "$b --help" "$b" --help
  same "/usr/lib/deimos/lib/$b.js: its program, root, 0644" "root 644" stat -c '%U %a' "/usr/lib/deimos/lib/$b.js"
done
same "/usr/lib/deimos/lib/deimos-containerizer.hot.js: the hot calls' bundle, root, 0644" "root 644" stat -c '%U %a' /usr/lib/deimos/lib/deimos-containerizer.hot.js
same "/usr/lib/deimos/lib/deimos-containerizer.recover.js: recover's bundle, root, 0644" "root 644" stat -c '%U %a' /usr/lib/deimos/lib/deimos-containerizer.recover.js
check "deimos-containerizer config: exit 0, [state] root /var/lib/deimos from /etc/deimos.cfg" \
  sh -c 'deimos-containerizer config >/tmp/config.out && grep -qx "\[state\]" /tmp/config.out && grep -qx "root: /var/lib/deimos" /tmp/config.out && grep -q "/etc/deimos.cfg" /tmp/config.out'
if [ -S /var/run/docker.sock ]; then
  # The test engine's socket: Debian's docker.io client and our binaries
  # against a real engine. Only containers labelled with the state root
  # /var/lib/deimos are ours to clean, and this test starts none.
  check "Debian's docker client reaches the engine" docker version
  check "deimos-cleanup --rm --older-than 2h --quiet-if-busy (the timer's command)" \
    deimos-cleanup --rm --older-than 2h --quiet-if-busy
  check "deimos-containerizer containers: one frame on stdout" \
    sh -c 'deimos-containerizer containers </dev/null >/tmp/containers.bin && [ "$(stat -c %s /tmp/containers.bin)" -ge 4 ]'
else
  echo "FAIL: no /var/run/docker.sock in the container: the engine checks did not run"
fi
check "deimos-lock-browser on the empty state root" deimos-lock-browser
check "the first calls left V8 code caches in /var/cache/deimos (0700, files 0600), none from --help" \
  sh -c '[ "$(stat -c %a /var/cache/deimos)" = 700 ] && ls /var/cache/deimos/deimos-lock-browser-other-*.v8cache && ! ls /var/cache/deimos/deimos-observer-executor-* 2>/dev/null && [ -z "$(find /var/cache/deimos -name "*.v8cache" ! -perm 600)" ]'

section "files"
same "/var/lib/deimos: directory, root, 0700" "directory root 700" stat -c '%F %U %a' /var/lib/deimos
same "/etc/deimos.cfg: root, 0600" "root 600" stat -c '%U %a' /etc/deimos.cfg
check "/etc/deimos.cfg and /etc/cron.d/deimos-cleanup are conffiles" \
  sh -c "dpkg-query -W -f='\${Conffiles}\n' deimos >/tmp/conffiles && grep -q '^ /etc/deimos.cfg [0-9a-f]\{32\}\$' /tmp/conffiles && grep -q '^ /etc/cron.d/deimos-cleanup ' /tmp/conffiles"
for b in "${BINARIES[@]}"; do
  check "man -w $b" sh -c "[ \"\$(man -w $b)\" = /usr/share/man/man1/$b.1.gz ]"
  check "man $b renders without warnings" sh -c "out=\$(MANWIDTH=80 man --warnings $b 2>&1 >/dev/null); [ -z \"\$out\" ] || { echo \"\$out\"; false; }"
done
check "the systemd units are installed" test -f /lib/systemd/system/deimos-cleanup.service -a -f /lib/systemd/system/deimos-cleanup.timer
check "timer: hourly, Persistent, RandomizedDelaySec, WantedBy=timers.target" \
  sh -c 'f=/lib/systemd/system/deimos-cleanup.timer; grep -qx OnCalendar=hourly $f && grep -qx Persistent=true $f && grep -q "^RandomizedDelaySec=" $f && grep -qx WantedBy=timers.target $f'
check "service: oneshot deimos-cleanup --rm --older-than 2h --quiet-if-busy" \
  sh -c 'f=/lib/systemd/system/deimos-cleanup.service; grep -qx Type=oneshot $f && grep -qx "ExecStart=/usr/bin/deimos-cleanup --rm --older-than 2h --quiet-if-busy" $f'
check "timer enabled without a running systemd (timers.target.wants link)" \
  test -L /etc/systemd/system/timers.target.wants/deimos-cleanup.timer
check "/usr/share/doc/deimos: README.md and an Apache-2.0 copyright" \
  sh -c 'test -s /usr/share/doc/deimos/README.md && grep -q "^License: Apache-2.0" /usr/share/doc/deimos/copyright'

section "cron (systemd is not the init here)"
# logger stand-in: this container has no syslog daemon to receive the lines.
mkdir -p /usr/local/bin
printf '#!/bin/sh\necho "logger $*" >>/tmp/logger.out\ncat >>/tmp/logger.out\n' >/usr/local/bin/logger
chmod 755 /usr/local/bin/logger
cronline="$(grep -v '^#' /etc/cron.d/deimos-cleanup | grep -E '^[0-9*]' )"
check "one hourly line for root" sh -c "echo '$cronline' | awk '{ exit !(NF > 7 && \$1 ~ /^[0-9]+\$/ && \$2 == \"*\" && \$3 == \"*\" && \$6 == \"root\") }'"
croncmd="$(echo "$cronline" | cut -f3-)"
check "its command runs the cleanup and sends the output to syslog" \
  sh -c "$croncmd; grep -q '^logger -t deimos-cleanup' /tmp/logger.out && grep -q 'cleanup: removed' /tmp/logger.out"
rm -f /tmp/logger.out
mkdir -p /run/systemd/system
check "under systemd the same line does nothing" sh -c "$croncmd; test ! -e /tmp/logger.out"
rmdir /run/systemd/system

section "reinstall keeps a changed /etc/deimos.cfg"
echo '# changed by the administrator' >>/etc/deimos.cfg
check "dpkg -i the same package again" dpkg -i "$DEB"
check "the administrator's change is kept" grep -qx '# changed by the administrator' /etc/deimos.cfg
check "the code caches of the replaced binaries are gone" sh -c '[ -z "$(ls /var/cache/deimos)" ]'

section "with systemd running (systemctl stand-in that records its calls)"
mkdir -p /run/systemd/system
# In /usr/bin: apt runs dpkg with PATH=/usr/sbin:/usr/bin:/sbin:/bin (DPkg::Path).
cat >/usr/bin/systemctl <<'EOF'
#!/bin/sh
echo "systemctl $*" >>/tmp/systemctl.calls
quiet=0
for a in "$@"; do [ "$a" = --quiet ] && quiet=1; done
case " $* " in
  *" is-enabled "*) [ $quiet = 1 ] || echo enabled; exit 0 ;;
  *" is-active "*) exit 3 ;;
esac
exit 0
EOF
chmod 755 /usr/bin/systemctl
check "dpkg -i (upgrade path)" dpkg -i "$DEB"
check "postinst: daemon-reload, then restart of the timer" \
  sh -c 'grep -q "daemon-reload" /tmp/systemctl.calls && grep -q "restart deimos-cleanup.timer" /tmp/systemctl.calls'
: >/tmp/systemctl.calls
check "apt-get remove deimos" apt-get remove -y deimos
check "prerm stops timer and service; postrm reloads" \
  sh -c 'grep -q "stop deimos-cleanup.timer deimos-cleanup.service" /tmp/systemctl.calls && grep -q daemon-reload /tmp/systemctl.calls'
rm -f /usr/bin/systemctl /tmp/systemctl.calls
rmdir /run/systemd/system

section "after remove"
same "dpkg status" "deinstall ok config-files" dpkg-query -W -f='${Status}' deimos
check "binaries, links and code caches are gone" sh -c '! ls /usr/bin/deimos-* /usr/lib/deimos /var/cache/deimos 2>/dev/null'
check "/etc/deimos.cfg is kept (conffile)" grep -qx '# changed by the administrator' /etc/deimos.cfg
check "the timer is masked" sh -c '[ "$(readlink /etc/systemd/system/deimos-cleanup.timer)" = /dev/null ]'
check "reinstall from config-files state, offline" apt-get install -y "$DEB"
check "the timer is enabled again, no longer masked" \
  sh -c 'test -L /etc/systemd/system/timers.target.wants/deimos-cleanup.timer && test ! -L /etc/systemd/system/deimos-cleanup.timer'

section "purge"
check "apt-get purge deimos" apt-get purge -y deimos
check "dpkg no longer knows deimos" sh -c '! dpkg -s deimos'
check "conffiles, timer links and the empty /var/lib/deimos are gone" \
  sh -c 'test ! -e /etc/deimos.cfg && test ! -e /etc/cron.d/deimos-cleanup && test ! -e /etc/systemd/system/timers.target.wants/deimos-cleanup.timer && test ! -L /etc/systemd/system/deimos-cleanup.timer && test ! -e /var/lib/deimos'
