/**
 * Platforms (`--platform os/arch[/variant]`) read as the Docker CLI reads
 * them, and the engine's own platform from `docker info`.
 *
 * The CLI parses the text with containerd's `platforms.Parse` and sends
 * `os/arch[/variant]` as the create request's `platform` query (docker/cli
 * v20.10.24 cli/command/container/create.go createContainer, client
 * container_create.go formatPlatform). The parser is vendored twice over
 * the CLIs we test with: containerd v1.5.0-dev in docker/cli v20.10.24
 * (vendor/github.com/containerd/containerd/platforms/platforms.go Parse,
 * database.go normalizeArch) and github.com/containerd/platforms in v28.2.2.
 * Where the two read a text differently we refuse it, so that the value we
 * send is the one either CLI would send.
 */
import { ValueError } from './go';

export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

/** A component of a specifier (platforms.go specifierRe). */
const COMPONENT = /^[A-Za-z0-9_-]+$/;

/** database.go isKnownOS (Go's syslist). */
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos']);

/** database.go isKnownArch. */
const KNOWN_ARCH = new Set([
  '386',
  'amd64',
  'amd64p32',
  'arm',
  'armbe',
  'arm64',
  'arm64be',
  'ppc64',
  'ppc64le',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'mips64p32',
  'mips64p32le',
  'ppc',
  'riscv',
  'riscv64',
  's390',
  's390x',
  'sparc',
  'sparc64',
  'wasm',
]);

const normalizeOs = (os: string) => (os.toLowerCase() === 'macos' ? 'darwin' : os.toLowerCase());

/** database.go normalizeArch as one vendored copy has it ('20.10': containerd v1.5.0-dev; '28': containerd/platforms v0.2). */
function normalizeArchAs(cli: '20.10' | '28', arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  switch (a) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
      return ['amd64', cli === '20.10' || v === 'v1' ? '' : v];
    case 'amd64':
      return ['amd64', cli === '28' && v === 'v1' ? '' : v];
    case 'aarch64':
    case 'arm64':
      if (v === '8' || v === 'v8' || (cli === '28' && v === 'v8.0')) return ['arm64', ''];
      if (cli === '28' && (v === '9' || v === '9.0' || v === 'v9.0')) return ['arm64', 'v9'];
      return ['arm64', v];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      if (v === '' || v === '7') return ['arm', 'v7'];
      if (v === '5' || v === '6' || v === '8') return ['arm', `v${v}`];
      return ['arm', v];
    default:
      return [a, v];
  }
}

function normalizeArch(text: string, arch: string, variant: string): [string, string] {
  const old = normalizeArchAs('20.10', arch, variant);
  const now = normalizeArchAs('28', arch, variant);
  if (old[0] !== now[0] || old[1] !== now[1]) {
    throw new ValueError(`platform "${text}": Docker CLI 20.10 reads it as ${old.filter(Boolean).join('/')} and later CLIs as ${now.filter(Boolean).join('/')}; name the variant as both read it`);
  }
  return old;
}

/**
 * `--platform` as the CLI parses it (platforms.Parse), as the text it
 * sends. The OS-only form (`linux`) takes the CLI's own architecture,
 * which we cannot know here, so it is refused; the architecture-only form
 * (`amd64`) takes the CLI's OS, Linux wherever the containerizer runs.
 */
export function parsePlatform(text: string): Platform {
  must(!text.includes('*'), `platform "${text}": wildcards are not supported`);
  const parts = text.split('/');
  for (const p of parts) must(COMPONENT.test(p), `platform "${text}": "${p}" is not a platform component ([A-Za-z0-9_-]+)`);
  if (parts.length === 1) {
    must(!KNOWN_OS.has(normalizeOs(parts[0])), `platform "${text}" names only an operating system: Docker would add the architecture of the CLI's own build; write os/arch (e.g. linux/amd64)`);
    const [architecture, variant] = normalizeArch(text, parts[0], '');
    must(KNOWN_ARCH.has(architecture), `platform "${text}": unknown operating system or architecture`);
    return { os: 'linux', architecture, variant: architecture === 'arm' && variant === 'v7' ? '' : variant };
  }
  if (parts.length === 2) {
    const [architecture, variant] = normalizeArch(text, parts[1], '');
    return { os: normalizeOs(parts[0]), architecture, variant: architecture === 'arm' && variant === 'v7' ? '' : variant };
  }
  must(parts.length === 3, `platform "${text}" is not os/arch[/variant]`);
  const [architecture, variant] = normalizeArch(text, parts[1], parts[2]);
  return { os: normalizeOs(parts[0]), architecture, variant: architecture === 'arm64' && variant === '' ? 'v8' : variant };
}

/** The text the CLI sends for a platform (client container_create.go formatPlatform: path.Join). */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Whether two platforms are the same machine: Parse leaves `arm` for arm/v7 and `arm64/v8` for arm64. */
export function samePlatform(a: Platform, b: Platform): boolean {
  const canon = (p: Platform) => {
    const [arch, variant] = normalizeArchAs('20.10', p.architecture, p.variant);
    return `${normalizeOs(p.os)}/${arch}/${arch === 'amd64' && variant === 'v1' ? '' : variant}`;
  };
  return canon(a) === canon(b);
}

/**
 * The engine's platform from `docker info`: OSType, and Architecture as the
 * kernel names the machine (uname -m; moby v20.10.24
 * pkg/platform/architecture_unix.go runtimeArchitecture). Undefined for
 * a machine name not listed here, so that no platform is taken for it.
 */
export function enginePlatform(osType: string, machine: string): Platform | undefined {
  const byMachine: Record<string, [string, string]> = {
    x86_64: ['amd64', ''],
    amd64: ['amd64', ''],
    aarch64: ['arm64', ''],
    arm64: ['arm64', ''],
    armv7l: ['arm', 'v7'],
    armv6l: ['arm', 'v6'],
    armv5tel: ['arm', 'v5'],
    i386: ['386', ''],
    i486: ['386', ''],
    i586: ['386', ''],
    i686: ['386', ''],
    ppc64le: ['ppc64le', ''],
    s390x: ['s390x', ''],
    riscv64: ['riscv64', ''],
  };
  const m = byMachine[machine];
  if (!m || !/^[a-z]+$/.test(osType)) return undefined;
  return { os: osType, architecture: m[0], variant: m[1] };
}

function must(ok: boolean, why: string): void {
  if (!ok) throw new ValueError(why);
}
