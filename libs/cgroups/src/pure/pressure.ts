// Memory pressure counters on cgroup v1 (Mesos's
// mem_{low,medium,critical}_pressure_counter). The kernel reports v1 memory
// pressure only through an eventfd registered in the memory cgroup's
// cgroup.event_control ("<eventfd> <fd of memory.pressure_level> <level>",
// Documentation/admin-guide/cgroup-v1/memory.rst, "Memory Pressure"), and
// Node.js cannot make an eventfd. So the watcher (the docker client) is
// started through a short Perl prelude (perl-base is Essential on Debian and
// Ubuntu): it makes three eventfds at descriptors 4, 5 and 6, forks a child
// that registers them once launch has written the container's memory cgroup
// directory into the state (`memcg`), and execs the docker client unchanged,
// which keeps them open for as long as the container runs. Nobody reads
// them: an eventfd is a counter that every notification adds 1 to, and
// /proc/<pid>/fdinfo/<fd> shows it without consuming it ("eventfd-count:"
// in hex, fs/eventfd.c eventfd_show_fdinfo, Linux 3.8 and later). The
// container still costs one long-lived process.
import { parseMountInfo } from './locate';

/**
 * Where our eventfds start counting ("dem\0"): a count below it is some
 * other eventfd at the same descriptor (the docker client's own, when it
 * was started without the prelude), never ours. (An idea from the helper
 * branch issue-18p.)
 */
export const PRESSURE_MARK = 0x64656d00;

/** The watcher's descriptors holding the low, medium and critical counters. */
export const PRESSURE_FDS = [4, 5, 6] as const;
const PRESSURE_LEVELS = ['low', 'medium', 'critical'] as const;

export interface PressureCounters {
  memLowPressureCounter: number;
  memMediumPressureCounter: number;
  memCriticalPressureCounter: number;
}

/** The count of an eventfd from its /proc/<pid>/fdinfo/<fd> text; undefined when it is not an eventfd. */
export function parseEventfdCount(fdinfo: string): number | undefined {
  const m = /^eventfd-count:[ \t]*([0-9a-f]+)[ \t]*$/m.exec(fdinfo);
  return m ? parseInt(m[1], 16) : undefined;
}

/** The notifications an eventfd of ours counted, or undefined when it is not one of ours (no mark). */
export function pressureCount(fdinfo: string): number | undefined {
  const n = parseEventfdCount(fdinfo);
  return n === undefined || n < PRESSURE_MARK ? undefined : n - PRESSURE_MARK;
}

/**
 * eventfd2's number by Node's `process.arch`: x64 arch/x86/entry/syscalls/
 * syscall_64.tbl; ia32 syscall_32.tbl; arm (EABI) arch/arm/tools/
 * syscall.tbl; ppc64 and s390x their syscall.tbl; arm64, riscv64 and
 * loong64 the generic table (include/uapi/asm-generic/unistd.h,
 * `#define __NR_eventfd2 19`). Another architecture gets no counters.
 */
const EVENTFD2_SYSCALL: Readonly<Record<string, number>> = {
  x64: 290,
  ia32: 328,
  arm: 356,
  arm64: 19,
  riscv64: 19,
  loong64: 19,
  ppc64: 314,
  s390x: 323,
};

/**
 * The prelude. Arguments: eventfd2's syscall number, the state's `memcg`
 * file, then the docker client's argv. It loads no Perl module (POSIX alone
 * would cost 15 ms of every launch). The eventfds take the lowest free
 * descriptors, 4, 5 and 6 after stdio and the `wait` lock; anything else,
 * or any failure (no eventfd, no fork), still execs the client: counters are
 * never worth a task. The registrar (a grandchild, so that no zombie is
 * left to the client) lets go of descriptors 0-3 (fd 3 is the `wait` lock:
 * holding it would keep the container "running" for waiters), waits up to
 * 60 s for the `memcg` file, and gives up early when the watcher is gone.
 */
export const PRESSURE_PRELUDE = `use strict;
my ($nr, $memcg, @cmd) = @ARGV;
my @fds;
for my $want (${PRESSURE_FDS.join(', ')}) {
  my $fd = syscall($nr, ${PRESSURE_MARK}, 0);
  last if $fd != $want;
  push @fds, $fd;
}
if (@fds == 3) {
  my $watcher = $$;
  my $child = fork();
  if (defined $child && $child == 0) {
    # Fork again and leave at once: the registrar is nobody's child, so the
    # docker client (which reaps only its own) is not left with a zombie.
    my $registrar = fork();
    exit 0 unless defined $registrar && $registrar == 0;
    for my $fd (0 .. 3) { if (open(my $h, '+<&=', $fd)) { close $h } }
    my $dir;
    for (1 .. 1200) {
      exit 0 unless kill(0, $watcher);
      if (open my $f, '<', $memcg) { my $t = <$f>; close $f; if (defined $t && $t =~ m{^(/\\S+)$}) { $dir = $1; last } }
      select(undef, undef, undef, 0.05);
    }
    exit 0 unless defined $dir;
    open my $pl, '<', "$dir/memory.pressure_level" or exit 0;
    open my $ec, '>', "$dir/cgroup.event_control" or exit 0;
    my $i = 0;
    for my $level (${PRESSURE_LEVELS.map((l) => `'${l}'`).join(', ')}) { syswrite($ec, "$fds[$i] " . fileno($pl) . " $level") or exit 0; $i++ }
    exit 0;
  }
  waitpid($child, 0) if defined $child;
}
exec { $cmd[0] } @cmd;
exit 127;
`;

/** The perl that runs the prelude (perl-base's). */
export const PERL = '/usr/bin/perl';

/** eventfd2's syscall number on an architecture (Node's names), or undefined when we do not know it. */
export function eventfd2Syscall(arch: string = process.arch): number | undefined {
  return EVENTFD2_SYSCALL[arch];
}

/** The watcher's argv with the prelude in front; undefined on an architecture without a known eventfd2. */
export function withPressurePrelude(argv: readonly string[], memcgFile: string, arch: string = process.arch, perl = PERL): string[] | undefined {
  const nr = eventfd2Syscall(arch);
  return nr === undefined ? undefined : [perl, '-e', PRESSURE_PRELUDE, '--', String(nr), memcgFile, ...argv];
}

/** Whether the memory controller is mounted as cgroup v1 (the only place pressure levels exist). */
export function v1MemoryMounted(mountinfo: string): boolean {
  return parseMountInfo(mountinfo).some((m) => m.fsType === 'cgroup' && m.superOptions.includes('memory'));
}
