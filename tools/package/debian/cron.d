# /etc/cron.d/deimos-cleanup: hourly removal of the state of ended deimos
# containers, for hosts where systemd is not the init system. Under systemd
# the deimos-cleanup.timer unit does this job and this line does nothing, so
# the two never both run. Output goes to syslog with the tag deimos-cleanup.
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin

23 * * * *	root	[ -d /run/systemd/system ] || [ ! -x /usr/bin/deimos-cleanup ] || /usr/bin/deimos-cleanup --rm --older-than 2h --quiet-if-busy 2>&1 | logger -t deimos-cleanup -p daemon.info
