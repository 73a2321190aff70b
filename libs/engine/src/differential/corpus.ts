/**
 * Option lists for the differential test against Docker's own parser: every
 * form by hand (the bypasses of the old tokenizer among them, repeated
 * scalar options, values equal to the engine's defaults), and a seeded
 * generator that mixes bundles, `=` forms, separate values, boolean values,
 * repeats, aliases and values with spaces, commas and colons, valid and not.
 */

/** A small, repeatable pseudo-random source (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Fixture {
  /** A directory that exists on the host, for bind sources. */
  dir: string;
  /** The engine's default runtime (`docker info` DefaultRuntime). */
  runtime: string;
  /** The engine's own platform as the CLI writes it (linux/amd64). */
  platform: string;
  /** The engine's platform in the kernel's words (linux/x86_64): the CLI normalises it. */
  machinePlatform: string;
}

/**
 * Repeated scalar options, each harmless then hostile and hostile then
 * harmless: Docker keeps the last value (pflag's Set replaces it), and the
 * policy must judge that one.
 */
export function repeatCases(f: Fixture): Array<{ name: string; words: string[]; last: 'harmless' | 'hostile' }> {
  const pairs: Array<[string, string[], string[]]> = [
    ['privileged', ['--privileged'], ['--privileged=false']],
    ['ipc', ['--ipc', 'host'], ['--ipc', 'private']],
    ['ipc container', ['--ipc=container:deimos-diff-none'], ['--ipc=shareable']],
    ['pid', ['--pid=host'], ['--pid=']],
    ['uts', ['--uts', 'host'], ['--uts', '']],
    ['userns', ['--userns', 'host'], ['--userns', '']],
    ['volume driver', ['--volume-driver', 'deimos-diff-nodriver'], ['--volume-driver', 'local']],
    ['cgroup parent', ['--cgroup-parent=/deimos-diff'], ['--cgroup-parent=']],
    ['oom score', ['--oom-score-adj=-500'], ['--oom-score-adj=0']],
    ['publish all', ['-P'], ['--publish-all=false']],
    ['runtime', ['--runtime=io.containerd.runc.v2'], ['--runtime', f.runtime]],
    ['log driver', ['--log-driver=none'], ['--log-driver=']],
    ['platform', ['--platform=linux/s390x'], ['--platform', f.platform]],
  ];
  return pairs.flatMap(([name, hostile, harmless]) => [
    { name: `repeat ${name}, harmless last`, words: [...hostile, ...harmless], last: 'harmless' as const },
    { name: `repeat ${name}, hostile last`, words: [...harmless, ...hostile], last: 'hostile' as const },
  ]);
}

/** Values equal to what the engine does anyway: the policy must accept them. */
export function defaultCases(f: Fixture): Array<{ name: string; words: string[] }> {
  return [
    { name: 'default runtime', words: ['--runtime', f.runtime] },
    { name: 'host platform', words: ['--platform', f.platform] },
    { name: 'host platform in the kernel words', words: [`--platform=${f.machinePlatform}`] },
    { name: 'host platform by architecture only', words: [`--platform=${f.platform.split('/').slice(1).join('/')}`] },
    { name: 'host gateway', words: ['--add-host', 'host.docker.internal:host-gateway'] },
    { name: 'local volume driver', words: ['--volume-driver=local'] },
  ];
}

/** Hand-written cases: each form of the grammar and each class of the old bypass. */
export function handCases(f: Fixture): Array<{ name: string; words: string[] }> {
  const d = f.dir;
  return [
    { name: 'bundle ending in -v (the bypass)', words: ['-itv/:/host'] },
    { name: 'bundle with -v= (bypass)', words: ['-tiPv=/:/host'] },
    { name: '-v= form (bypass: the engine socket)', words: ['-v=/var/run/docker.sock:/s'] },
    { name: 'bundle with a read-only bind (bypass)', words: ['-Pv/etc:/x:ro'] },
    { name: 'separate value', words: ['-v', `${d}:/data`] },
    { name: 'attached value', words: [`-v${d}:/data:ro`] },
    { name: 'long = form', words: [`--volume=${d}:/data:rw`] },
    { name: 'long separate form', words: ['--volume', `${d}:/data`] },
    { name: 'anonymous volume', words: ['-v', '/scratch'] },
    { name: 'named volume', words: ['-v', 'deimos-diff-vol:/vol'] },
    { name: 'boolean values', words: ['--privileged=false', '-t=1', '-i=false', '--read-only=T'] },
    { name: 'boolean alone then a word (the word is the image)', words: ['--privileged', 'false'] },
    { name: 'alias --net', words: ['--net=none'] },
    { name: 'alias --network', words: ['--network', 'none'] },
    { name: 'alias --dns-opt', words: ['--dns-opt', 'ndots:2', '--dns-option=timeout:1'] },
    { name: 'repeats accumulate', words: ['-e', 'A=1', '-eB=2', '--env=C=3 with spaces', '-e', 'A=4'] },
    { name: 'labels with = and empty values', words: ['-l', 'a=b=c', '--label=empty=', '-lk=v'] },
    { name: 'a label without =', words: ['--label', 'flag'] },
    { name: 'memory units', words: ['-m', '64m', '--memory-reservation=32MB', '--memory-swap=-1', '--shm-size=1.5m'] },
    { name: 'memory in plain bytes and KiB', words: ['--memory=67108864', '--kernel-memory', '65536k'] },
    { name: 'integers with bases', words: ['--cpu-shares=0x200', '--pids-limit=0o100', '--blkio-weight', '0b1100100', '--oom-score-adj=+5'] },
    { name: 'octal by a leading zero', words: ['-c', '0777'] },
    { name: 'underscore digits', words: ['--cpu-shares=1_024'] },
    { name: 'cpus', words: ['--cpus=1.5', '--cpu-period', '100000'] },
    { name: 'cpu quota', words: ['--cpu-quota=50000', '--cpu-period=100000', '--cpuset-cpus=0', '--cpuset-mems=0'] },
    { name: 'publish forms', words: ['-p', '8080:80', '-p127.0.0.1:8081:81/udp', '--publish=82', '-p', '198.18.0.1::83'] },
    { name: 'expose forms', words: ['--expose=90', '--expose', '91-93/udp'] },
    { name: 'publish all', words: ['-P', '--expose=94'] },
    { name: 'dns and hosts', words: ['--dns', '198.18.0.53', '--dns-search=example.org', '--add-host', 'db.local:198.18.0.9'] },
    { name: 'capabilities', words: ['--cap-add', 'NET_ADMIN', '--cap-drop=MKNOD', '--cap-drop', 'ALL'] },
    { name: 'device with permissions', words: ['--device=/dev/null:/dev/mynull:r'] },
    { name: 'device alone', words: ['--device', '/dev/zero'] },
    { name: 'security options', words: ['--security-opt', 'no-new-privileges', '--security-opt=label=disable'] },
    { name: 'seccomp unconfined and systempaths', words: ['--security-opt=seccomp=unconfined', '--security-opt', 'systempaths=unconfined'] },
    { name: 'namespaces host', words: ['--pid=host', '--ipc=host', '--uts=host', '--userns=host'] },
    { name: 'cgroupns private', words: ['--cgroupns=private'] },
    { name: 'cgroup parent', words: ['--cgroup-parent=/deimos-diff'] },
    { name: 'sysctls', words: ['--sysctl', 'net.ipv4.ip_forward=1', '--sysctl=kernel.shmmax=100000'] },
    { name: 'ulimits', words: ['--ulimit', 'nofile=1024:2048', '--ulimit=nproc=100', '--ulimit', 'nofile=512'] },
    { name: 'ulimit soft above hard', words: ['--ulimit', 'nofile=2048:1024'] },
    { name: 'tmpfs', words: ['--tmpfs', '/run', '--tmpfs=/cache:rw,size=1m'] },
    { name: 'mount bind', words: ['--mount', `type=bind,source=${d},target=/m,readonly`] },
    { name: 'mount volume and tmpfs', words: ['--mount=type=volume,target=/anon', '--mount', 'type=tmpfs,dst=/t,tmpfs-size=1048576,tmpfs-mode=1770'] },
    { name: 'mount with an unknown field', words: ['--mount', 'type=bind,source=/,target=/x,bogus=1'] },
    { name: 'entrypoint cleared', words: ['--entrypoint='] },
    { name: 'entrypoint set', words: ['--entrypoint', '/bin/sh'] },
    { name: 'user, workdir, hostname', words: ['-u', '1000:1000', '-w/work', '-h', 'box', '--domainname=example.org'] },
    { name: 'init and stop settings', words: ['--init', '--stop-signal=SIGUSR1', '--stop-timeout', '7'] },
    { name: 'healthcheck', words: ['--health-cmd', 'true', '--health-interval=1m30s', '--health-timeout=1.5s', '--health-retries=3', '--health-start-period', '500ms'] },
    { name: 'no healthcheck', words: ['--no-healthcheck'] },
    { name: 'no healthcheck with settings', words: ['--no-healthcheck', '--health-retries=2'] },
    { name: 'log driver and options', words: ['--log-driver=json-file', '--log-opt', 'max-size=1m', '--log-opt=max-file=2'] },
    { name: 'restart no', words: ['--restart=no'] },
    { name: 'group add', words: ['--group-add', '100', '--group-add=users'] },
    { name: 'swappiness and oom', words: ['--memory-swappiness=10', '--oom-kill-disable', '--oom-score-adj=-500'] },
    { name: 'volumes from', words: ['--volumes-from', 'deimos-diff-none:ro'] },
    { name: 'end of options', words: ['-t', '--'] },
    { name: 'word after --', words: ['--', 'busybox'] },
    { name: 'unknown long', words: ['--bogus-option=1'] },
    { name: 'unknown shorthand in a bundle', words: ['-itz'] },
    { name: 'bad syntax', words: ['---v=/:/x'] },
    { name: 'missing value', words: ['-v'] },
    { name: 'empty shorthand value', words: ['-v='] },
    { name: '-d= in a bundle', words: ['-t='] },
    { name: 'env without =', words: ['-e', 'HOME'] },
    { name: 'env with empty name', words: ['-e', '=x'] },
    { name: 'swappiness out of range', words: ['--memory-swappiness=101'] },
    { name: 'bad boolean', words: ['--privileged=yes'] },
    { name: 'bad duration', words: ['--health-interval=10'] },
    { name: 'bad memory', words: ['-m', '12q'] },
    { name: 'bad port', words: ['-p', '70000:80'] },
    { name: 'cpus too precise', words: ['--cpus=0.0000000001'] },
    { name: 'replaced string value not validated', words: ['--ipc=bogus', '--ipc=private', '--restart=always', '--restart=no'] },
    { name: 'replaced boolean value parsed', words: ['--privileged=yes', '--privileged=false'] },
    { name: 'replaced size parsed', words: ['-m', '12q', '-m', '64m'] },
    { name: 'replaced swappiness out of range', words: ['--memory-swappiness=101', '--memory-swappiness=50'] },
    { name: 'cgroupns host', words: ['--cgroupns', 'host'] },
    { name: 'cgroupns private then host', words: ['--cgroupns=private', '--cgroupns=host'] },
    { name: 'platform naming only the OS', words: ['--platform=linux'] },
    { name: 'platform with a variant CLIs read differently', words: ['--platform=linux/x86_64/v2'] },
    { name: 'platform wildcard', words: ['--platform=linux/*'] },
    ...defaultCases(f),
    ...repeatCases(f).map(({ name, words }) => ({ name, words })),
  ];
}

type Gen = (r: () => number, f: Fixture) => string;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Value generators per option: mostly valid values, some that Docker refuses. */
const VALUES: Record<string, Gen> = {
  env: (r) => pick(r, ['A=1', 'B=two words', 'C=x,y:z', 'D=', 'E=a=b', 'NOEQ', '=bad', 'F=$HOME']),
  label: (r) => pick(r, ['a=1', 'b=x y', 'c=', 'd', 'e=f=g', ' sp=1', 'x,y=z']),
  volume: (r, f) =>
    pick(r, [`${f.dir}:/d1`, `${f.dir}:/d2:ro`, `${f.dir}:/d3:rw,z`, '/anon1', '/:/host', `${f.dir}/../:/up`, 'relative:/r', 'vol-a:/va', `${f.dir}:/d4:bogus`, `${f.dir}:/a:/b:c`, `${f.dir}:d5`]),
  memory: (r) => pick(r, ['64m', '128MB', '1g', '67108864', '100000k', '1.5g', '64 m', '12q', '-1', '0.5m']),
  'memory-swap': (r) => pick(r, ['-1', '256m', '1g', 'x']),
  'cpu-shares': (r) => pick(r, ['512', '0x100', '010', '1_000', '-2', '1e3', '99999999999999999999']),
  cpus: (r) => pick(r, ['0.5', '1', '1.25', '.5', '1/2', 'x']),
  'pids-limit': (r) => pick(r, ['100', '-1', '0', '+7', 'ten']),
  'oom-score-adj': (r) => pick(r, ['100', '-100', '0x10', '2000']),
  'blkio-weight': (r) => pick(r, ['10', '500', '70000', '-1']),
  publish: (r) => pick(r, ['8080:80', '81', '127.0.0.1:8082:82', '8083:83/udp', ':84', '8085:85/tcp', '198.18.0.1::86', '1.2.3:87:87', '88:88/http', 'target=89,published=8089']),
  expose: (r) => pick(r, ['90', '91/udp', '92-94', '95:95', '96-95']),
  network: (r) => pick(r, ['none', 'host', 'default', 'container:nothere', 'name=x,alias=y']),
  dns: (r) => pick(r, ['198.18.0.53', '8.8.8.8', '::1', 'not-an-ip', '198.18.0.053']),
  'dns-search': (r) => pick(r, ['example.org', '.', 'a..b', '-x.org']),
  'add-host': (r) => pick(r, ['h:198.18.0.1', 'h2:not-ip', ':198.18.0.2', 'a.b:198.18.0.3', 'gw:host-gateway', 'gw2:host-gateway2']),
  'cap-add': (r) => pick(r, ['NET_ADMIN', 'SYS_ADMIN', 'ALL', 'cap_chown']),
  'cap-drop': (r) => pick(r, ['MKNOD', 'ALL', 'NET_RAW']),
  'security-opt': (r) => pick(r, ['no-new-privileges', 'no-new-privileges=true', 'label=disable', 'apparmor=unconfined', 'seccomp=unconfined', 'bogus', 'label:disable']),
  tmpfs: (r) => pick(r, ['/run', '/cache:rw,size=1m', 'rel', '/t:mode=1777']),
  ulimit: (r) => pick(r, ['nofile=1024:2048', 'nproc=10', 'nofile=10:5', 'bogus=1', 'core=-1']),
  sysctl: (r) => pick(r, ['net.ipv4.ip_forward=1', 'kernel.shmmax=1000', 'vm.swappiness=1', 'net.core.somaxconn']),
  user: (r) => pick(r, ['1000', '1000:1000', 'nobody', '']),
  workdir: (r) => pick(r, ['/w', '/a b', 'relative', '']),
  hostname: (r) => pick(r, ['box', 'a.b', 'x_y']),
  'health-interval': (r) => pick(r, ['1s', '1m30s', '500ms', '10', '-1s', '1.5h']),
  'health-retries': (r) => pick(r, ['1', '3', '-1']),
  'stop-timeout': (r) => pick(r, ['5', '0x5', 'x']),
  'stop-signal': (r) => pick(r, ['SIGKILL', 'SIGUSR1', '9']),
  'log-opt': (r) => pick(r, ['max-size=1m', 'max-file=2', 'bogus']),
  entrypoint: (r) => pick(r, ['', '/bin/sh', 'true']),
  pid: (r) => pick(r, ['host', '', 'container:nothere', 'bogus']),
  ipc: (r) => pick(r, ['host', 'private', 'shareable', 'none', 'bogus']),
  uts: (r) => pick(r, ['host', '', 'bogus']),
  userns: (r) => pick(r, ['host', '', 'bogus']),
  cgroupns: (r) => pick(r, ['host', 'private', '', 'bogus']),
  // No missing driver here: with a volume in the same list the engine would
  // wait 30 s for its plugin (moby pkg/plugins loadWithRetry).
  'volume-driver': (r) => pick(r, ['local', '']),
  runtime: (r, f) => pick(r, [f.runtime, 'io.containerd.runc.v2', 'deimos-diff-noruntime']),
  platform: (r, f) => pick(r, [f.platform, f.machinePlatform, 'linux', 'linux/s390x', `${f.platform}/v2`, 'linux/arm', 'bogus/amd64', 'linux/x86_64/v1', '']),
  'cgroup-parent': (r) => pick(r, ['', '/deimos-diff']),
  'log-driver': (r) => pick(r, ['', 'none', 'json-file']),
  mount: (r, f) =>
    pick(r, [
      `type=bind,source=${f.dir},target=/mb`,
      `type=bind,src=${f.dir},dst=/mb2,ro`,
      'type=volume,target=/mv',
      'type=tmpfs,target=/mt,tmpfs-size=1m',
      'target=/nv',
      'type=bind,target=/nosrc',
      `type=bind,source=${f.dir},target=/mb3,readonly=false`,
    ]),
  'group-add': (r) => pick(r, ['100', 'users', 'a b']),
  'memory-swappiness': (r) => pick(r, ['0', '60', '100', '101', '-1']),
};

/** Options and their short forms; booleans take no generated value. */
const SHORT: Record<string, string> = { env: 'e', label: 'l', volume: 'v', memory: 'm', 'cpu-shares': 'c', publish: 'p', user: 'u', workdir: 'w', hostname: 'h' };
const BOOLS = ['privileged', 'read-only', 'init', 'tty', 'interactive', 'publish-all', 'oom-kill-disable', 'no-healthcheck'];
const BOOL_SHORT: Record<string, string> = { tty: 't', interactive: 'i', 'publish-all': 'P' };
const BOOL_VALUES = ['true', 'false', '1', '0', 't', 'F', 'TRUE', 'yes'];
const ALIASES: Record<string, string> = { network: 'net', 'dns-option': 'dns-opt' };

/** One generated list of option words. */
export function generateCase(r: () => number, f: Fixture): string[] {
  const words: string[] = [];
  const n = 1 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    if (r() < 0.1) {
      // A scalar option twice, harmless and hostile in either order (not the
      // missing volume driver: see VALUES).
      words.push(
        ...pick(
          r,
          repeatCases(f).filter((c) => !c.name.startsWith('repeat volume driver')),
        ).words,
      );
      continue;
    }
    if (r() < 0.25) {
      const b = pick(r, BOOLS);
      const form = r();
      if (BOOL_SHORT[b] && form < 0.3) {
        // A bundle: booleans, maybe ending in a shorthand that takes a value.
        const letters = [BOOL_SHORT[b], ...(r() < 0.5 ? [pick(r, Object.values(BOOL_SHORT))] : [])].join('');
        if (r() < 0.5) {
          const o = pick(r, Object.keys(SHORT));
          const v = VALUES[o](r, f);
          const glue = r();
          if (glue < 0.4) words.push(`-${letters}${SHORT[o]}${v}`);
          else if (glue < 0.7) words.push(`-${letters}${SHORT[o]}=${v}`);
          else words.push(`-${letters}${SHORT[o]}`, v);
        } else words.push(`-${letters}`);
      } else if (form < 0.6) words.push(`--${b}`);
      else words.push(`--${b}=${pick(r, BOOL_VALUES)}`);
      continue;
    }
    const o = pick(r, Object.keys(VALUES));
    const v = VALUES[o](r, f);
    const name = ALIASES[o] && r() < 0.5 ? ALIASES[o] : o;
    const form = r();
    if (SHORT[o] && form < 0.2) words.push(`-${SHORT[o]}`, v);
    else if (SHORT[o] && form < 0.35) words.push(`-${SHORT[o]}${v}`);
    else if (SHORT[o] && form < 0.45) words.push(`-${SHORT[o]}=${v}`);
    else if (form < 0.75) words.push(`--${name}=${v}`);
    else words.push(`--${name}`, v);
  }
  if (r() < 0.03) words.push('--');
  return words;
}
