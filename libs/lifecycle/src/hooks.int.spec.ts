import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dockerNameFor } from '@deimos/docker';
import { createLogger, silentLogger } from '@deimos/log';
import { StateRoot, type ContainerState } from '@deimos/state';
import { hookEnvironment, startHook, TASK_ENV_PREFIX, taskVariables, type TaskEnvMode } from './hooks';
import { SANE_PATH } from './sane-path';
import { isSteeringVariable, STEERING_RULES } from './steering-env';

// The hook differential test. A hook runs as root; a task chooses its
// environment. Every variable of STEERING_RULES is put in the task's
// environment, set (where its reader lets us see it act) to something that
// visibly acts when honoured: a library ld.so fails to preload, a BASH_ENV
// script that writes a marker, a perl module, a sitecustomize.py, a
// --require for node, a gconv module list, a time zone, ... Each probe is
// first run directly with its variable, to show that it does act; then a
// real hook (startHook: the sh wrapper, timeout(1), the hook's own sh and
// the sh, bash, perl, python3 and node it starts) runs the same probes with
// that task environment, in both [hooks] task_env modes, and none acts.

const NODE = process.execPath;
const LD_SO = ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-linux-aarch64.so.1'].find((f) => fs.existsSync(f));
const PY_VERSION = execFileSync('python3', ['-c', 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")'], { env: { PATH: SANE_PATH } })
  .toString()
  .trim();

/** What a probe command printed, and the run directory (markers are under `m/`). */
interface ProbeOutput {
  stdout: string;
  stderr: string;
  dir: string;
}

/** One variable, a value that acts when honoured, a command that shows it acting (run by `shell -c`), and how to see it. */
interface Probe {
  name: string;
  value(dir: string): string;
  command(dir: string): string;
  acted(out: ProbeOutput): boolean;
  shell: string;
}

const marker = (name: string) => (out: ProbeOutput) => fs.existsSync(path.join(out.dir, 'm', name));
const stderrHas = (text: string) => (out: ProbeOutput) => out.stderr.includes(text);
const stdoutIs = (text: string) => (out: ProbeOutput) => out.stdout.trim() === text;
const tunable = (name: string) => (out: ProbeOutput) => new RegExp(`^glibc\\.${name.replace('.', '\\.')}: (0x4d|77) `, 'm').test(out.stdout);
const MARKER_SITE = (dir: string, name: string) => `open(${JSON.stringify(path.join(dir, 'm', name))}, "w").close()\n`;
const PROXIES = `python3 -c 'import json, urllib.request as u; print(json.dumps(u.getproxies()))'`;

function probe(name: string, value: string | ((d: string) => string), command: string | ((d: string) => string), acted: (out: ProbeOutput) => boolean, shell = '/bin/sh'): Probe {
  return { name, value: typeof value === 'string' ? () => value : value, command: typeof command === 'string' ? () => command : command, acted, shell };
}

const PROBES: Probe[] = [
  // ld.so (ld.so(8)): every dynamically linked program, our sh and timeout(1) included.
  probe('LD_PRELOAD', (d) => `${d}/fx/missing/deimos-probe-preload.so`, '/bin/true', stderrHas('cannot be preloaded')),
  probe('LD_AUDIT', (d) => `${d}/fx/missing/deimos-probe-audit.so`, '/bin/true', stderrHas('audit interface')),
  probe('LD_LIBRARY_PATH', (d) => `${d}/fx/ldlib`, '/bin/true', stderrHas('error while loading shared libraries')),
  probe('LD_DEBUG', 'libs', '/bin/true', stderrHas('find library=')),
  probe(
    'LD_DEBUG_OUTPUT',
    (d) => `${d}/m/ld-debug`,
    'LD_DEBUG=libs /bin/true',
    (o) => fs.readdirSync(path.join(o.dir, 'm')).some((f) => f.startsWith('ld-debug.')),
  ),
  probe('LD_SHOW_AUXV', '1', '/bin/true', (o) => o.stdout.includes('AT_PAGESZ')),
  probe('LD_TRACE_LOADED_OBJECTS', '1', '/bin/true', (o) => o.stdout.includes('libc.so.6 =>')),
  probe('LD_PROFILE', 'libc.so.6', (d) => `LD_PROFILE_OUTPUT=${d}/m /bin/true`, marker('libc.so.6.profile')),
  probe('LD_HWCAP_MASK', '77', `${LD_SO} --list-tunables`, tunable('cpu.hwcap_mask')),
  // glibc's tunables and their MALLOC_* aliases, as ld.so reads them.
  probe('GLIBC_TUNABLES', 'glibc.malloc.tcache_unsorted_limit=77', `${LD_SO} --list-tunables`, tunable('malloc.tcache_unsorted_limit')),
  ...Object.entries({
    MALLOC_ARENA_MAX: 'arena_max',
    MALLOC_ARENA_TEST: 'arena_test',
    MALLOC_MMAP_MAX_: 'mmap_max',
    MALLOC_MMAP_THRESHOLD_: 'mmap_threshold',
    MALLOC_PERTURB_: 'perturb',
    MALLOC_TOP_PAD_: 'top_pad',
    MALLOC_TRIM_THRESHOLD_: 'trim_threshold',
  }).map(([name, t]) => probe(name, '77', `${LD_SO} --list-tunables`, tunable(`malloc.${t}`))),
  // glibc's modules, data files and locale.
  probe(
    'GCONV_PATH',
    (d) => `${d}/fx/gconv`,
    'iconv -l',
    (o) => o.stdout.includes('DEIMOSPROBE'),
  ),
  probe(
    'TMPDIR',
    (d) => `${d}/fx/tmpdir`,
    'mktemp -u',
    (o) => o.stdout.includes('/fx/tmpdir/'),
  ),
  probe('TZ', 'DEIMOSPROBE-3', 'date +%Z', stdoutIs('DEIMOSPROBE')),
  probe('TZDIR', (d) => `${d}/fx/zoneinfo`, 'TZ=Deimos/Probe date +%Z', stdoutIs('DPZ')),
  ...['LANG', 'LC_ALL', 'LC_CTYPE'].map((name) => probe(name, 'C.UTF-8', "printf '\\303\\251' | wc -m", stdoutIs('1'))),
  probe('POSIXLY_CORRECT', '1', "bash -c 'shopt -oq posix && echo posix-on'", stdoutIs('posix-on')),
  // bash and dash.
  probe('BASH_ENV', (d) => `${d}/fx/bashenv.sh`, 'bash -c true', marker('BASH_ENV')),
  // dash drops names that are not identifiers: run by bash, which keeps them.
  probe('BASH_FUNC_true%%', (d) => `() { : > ${d}/m/BASH_FUNC; }`, 'bash -c true', marker('BASH_FUNC'), '/bin/bash'),
  probe('BASHOPTS', 'failglob', "bash -c 'echo /nonexistent-deimos-probe/*'", stderrHas('no match')),
  probe('SHELLOPTS', 'xtrace', "bash -c ': deimos-probe-xtrace'", stderrHas('+ : deimos-probe-xtrace')),
  probe('ENV', (d) => `${d}/fx/envrc`, 'sh -i -c true', marker('ENV')),
  probe('PS4', 'DEIMOSPROBE-PS4 ', 'sh -xc true', stderrHas('DEIMOSPROBE-PS4')),
  probe(
    'CDPATH',
    (d) => `${d}/fx/cdpath`,
    'cd deimos-probe-cd && pwd',
    (o) => o.stdout.includes('/fx/cdpath/'),
  ),
  // perl
  probe('PERL5OPT', (d) => `-I${d}/fx/perl-opt -MDeimosProbeOpt`, 'perl -e 1', marker('PERL5OPT')),
  probe('PERL5LIB', (d) => `${d}/fx/perl5lib`, "perl -e 'use strict; 1'", marker('PERL5LIB')),
  probe('PERLLIB', (d) => `${d}/fx/perllib`, "perl -e 'use strict; 1'", marker('PERLLIB')),
  // python
  probe('PYTHONPATH', (d) => `${d}/fx/pypath`, 'python3 -c pass', marker('PYTHONPATH')),
  probe('PYTHONSTARTUP', (d) => `${d}/fx/pystartup.py`, 'python3 -i', marker('PYTHONSTARTUP')),
  probe('PYTHONHOME', (d) => `${d}/fx/missing/pythonhome`, 'python3 -c pass', stderrHas('Python path configuration')),
  probe('PYTHONUSERBASE', (d) => `${d}/fx/pyuser`, 'python3 -c pass', marker('PYTHONUSERBASE')),
  probe('PYTHONVERBOSE', '1', 'python3 -c pass', stderrHas('# frozen')),
  probe('PYTHONWARNINGS', 'error', `python3 -c 'import warnings; warnings.warn("deimos-probe")'`, stderrHas('Traceback')),
  probe('PYTHONBREAKPOINT', 'faulthandler.dump_traceback', "python3 -c 'breakpoint()'", stderrHas('most recent call first')),
  ...['TMP', 'TEMP'].map((name) =>
    probe(
      name,
      (d) => `${d}/fx/tmp-${name}`,
      `python3 -c 'import tempfile; print(tempfile.gettempdir())'`,
      (o) => o.stdout.includes(`/fx/tmp-${name}`),
    ),
  ),
  // Python's urllib (and curl, OpenSSL) take a proxy from every <scheme>_proxy.
  ...['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'ftp_proxy', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY'].map((name) =>
    probe(name, `http://deimos-probe-${name}:9`, PROXIES, (o) => (JSON.parse(o.stdout || '{}') as Record<string, string>)[name.slice(0, -6).toLowerCase()] === `http://deimos-probe-${name}:9`),
  ),
  probe('OPENSSL_CONF', (d) => `${d}/fx/openssl.cnf`, "python3 -c 'import ssl; ssl.create_default_context()'", stderrHas('SSLError')),
  probe('SSL_CERT_FILE', (d) => `${d}/fx/one-ca.pem`, "python3 -c 'import ssl; print(len(ssl.create_default_context().get_ca_certs()))'", stdoutIs('1')),
  // node
  probe('NODE_OPTIONS', (d) => `--require ${d}/fx/node-opt.js`, `${NODE} -e 0`, marker('NODE_OPTIONS')),
  probe('NODE_PATH', (d) => `${d}/fx/node-path`, `${NODE} -e 'try { require("deimos-probe-mod") } catch {}'`, marker('NODE_PATH')),
  probe('NODE_DEBUG', 'module', `${NODE} -e 0`, stderrHas('MODULE')),
  probe('NODE_EXTRA_CA_CERTS', (d) => `${d}/fx/missing/ca.pem`, `${NODE} -e 0`, stderrHas('Ignoring extra certs')),
  probe('NODE_V8_COVERAGE', (d) => `${d}/m/node-coverage`, `${NODE} -e 0`, marker('node-coverage')),
  probe('NODE_REDIRECT_WARNINGS', (d) => `${d}/m/node-warnings`, `${NODE} -e 'process.emitWarning("deimos-probe")'`, marker('node-warnings')),
  // Ours, never the task's: the wrapper's timeout(1) and every program are found through our PATH; python's user site through our HOME.
  probe('PATH', (d) => `${d}/fx/evil-bin`, 'timeout 5 true', marker('PATH')),
  probe('HOME', (d) => `${d}/fx/evil-home`, 'python3 -c pass', marker('HOME')),
];

/** Every name the module's rules cover: each name rule, each documented member of a prefix or suffix rule, and one more that only the rule matches. */
const STEERING_NAMES: string[] = [
  ...new Set(
    STEERING_RULES.flatMap((r) => {
      if (r.match === 'name') return [r.text];
      const extra = r.match === 'prefix' ? `${r.text}DEIMOS_PROBE` : `deimos_probe${r.text.toLowerCase()}`;
      return [...(r.examples ?? []), extra];
    }),
  ),
];
const OURS = ['PATH', 'HOME'];
const ORDINARY: Array<[string, string]> = [
  ['APP_GREETING', 'hello world'],
  ['MESOS_TASK_ENV_APP_GREETING', 'forged by the task'],
  ['DEIMOS_CONFIG', '/tmp/forged.cfg'],
  ['DEIMOS_TEST_CRASH_AT', 'forged'],
];
const CONFIG_FILE = '/etc/deimos-probe.cfg';

let base: string;
let cert: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-hooks-'));
  cert = path.join(base, 'one-ca.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=deimos-probe', '-keyout', path.join(base, 'key.pem'), '-out', cert, '-days', '2'],
    {
      env: { PATH: SANE_PATH },
      stdio: 'ignore',
    },
  );
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

let runs = 0;
/** A fresh run directory: markers in m/, every probe's fixtures in fx/. */
function runDir(): string {
  const d = path.join(base, `run-${++runs}`);
  const write = (rel: string, text: string, mode = 0o644) => {
    fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    fs.writeFileSync(path.join(d, rel), text, { mode });
  };
  for (const sub of ['m', 'fx/tmpdir', 'fx/tmp-TMP', 'fx/tmp-TEMP', 'fx/cdpath/deimos-probe-cd', 'fx/zoneinfo']) fs.mkdirSync(path.join(d, sub), { recursive: true });
  write('fx/ldlib/libc.so.6', 'not an ELF object\n');
  write('fx/gconv/gconv-modules', 'alias DEIMOSPROBE// UTF-8//\n');
  write('fx/zone.txt', 'Zone Deimos/Probe 5:45 - DPZ\n');
  execFileSync('zic', ['-d', path.join(d, 'fx/zoneinfo'), path.join(d, 'fx/zone.txt')], { env: { PATH: SANE_PATH } });
  write('fx/bashenv.sh', `: > ${d}/m/BASH_ENV\n`);
  write('fx/envrc', `: > ${d}/m/ENV\n`);
  const perlMarker = (pkg: string, name: string, importer = '') => `package ${pkg}; open(my $f, ">", "${d}/m/${name}"); ${importer}1;\n`;
  write('fx/perl-opt/DeimosProbeOpt.pm', perlMarker('DeimosProbeOpt', 'PERL5OPT'));
  write('fx/perl5lib/strict.pm', perlMarker('strict', 'PERL5LIB', 'sub import {} '));
  write('fx/perllib/strict.pm', perlMarker('strict', 'PERLLIB', 'sub import {} '));
  write('fx/pypath/sitecustomize.py', MARKER_SITE(d, 'PYTHONPATH'));
  write('fx/pystartup.py', MARKER_SITE(d, 'PYTHONSTARTUP'));
  write(`fx/pyuser/lib/${PY_VERSION}/site-packages/usercustomize.py`, MARKER_SITE(d, 'PYTHONUSERBASE'));
  write(`fx/evil-home/.local/lib/${PY_VERSION}/site-packages/usercustomize.py`, MARKER_SITE(d, 'HOME'));
  write('fx/evil-bin/timeout', `#!/bin/sh\n: > ${d}/m/PATH\n`, 0o755);
  write('fx/node-opt.js', `require("fs").writeFileSync(${JSON.stringify(`${d}/m/NODE_OPTIONS`)}, "");\n`);
  write('fx/node-path/deimos-probe-mod/index.js', `require("fs").writeFileSync(${JSON.stringify(`${d}/m/NODE_PATH`)}, "");\n`);
  write(
    'fx/openssl.cnf',
    'openssl_conf = deimos\nnodejs_conf = deimos\n[deimos]\nproviders = deimos_providers\n[deimos_providers]\ndeimos_probe = deimos_probe_section\n[deimos_probe_section]\nmodule = /nonexistent/deimos-probe-provider.so\nactivate = 1\n',
  );
  fs.copyFileSync(cert, path.join(d, 'fx/one-ca.pem'));
  return d;
}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** NUL-separated NAME=value entries (a /proc/<pid>/environ or a DEIMOS_TASK_ENV_FILE) as pairs. */
function nulEntries(text: string): Array<[string, string]> {
  return text
    .split('\0')
    .filter((e) => e !== '')
    .map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]);
}

async function until(what: string, done: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface HookRun {
  dir: string;
  st: ContainerState;
  hooksLog: string;
  /** The hook's own environment, as its first process got it. */
  environ: Map<string, string>;
  outputs: Map<string, ProbeOutput | undefined>;
}

/**
 * The hook of the runs below: node (itself steered by NODE_*), which keeps
 * its environment exactly as it got it, records it and starts each probe's
 * shell with it.
 */
const RUNNER = `const fs = require('fs');
const { spawnSync } = require('child_process');
const [out, list] = process.argv.slice(2);
fs.writeFileSync(out + '/environ', fs.readFileSync('/proc/self/environ'));
JSON.parse(fs.readFileSync(list, 'utf8')).forEach(([shell, command], i) => {
  const o = fs.openSync(out + '/' + i + '.out', 'w');
  const e = fs.openSync(out + '/' + i + '.err', 'w');
  spawnSync(shell, ['-c', command], { stdio: ['ignore', o, e], timeout: 30000 });
  fs.writeFileSync(out + '/' + i + '.ran', '');
});
`;

/** Run a real onlaunch hook through startHook: RUNNER with the probes' commands. */
async function runHook(mode: TaskEnvMode, probes: readonly Probe[], taskEnv: (d: string) => Array<[string, string]>): Promise<HookRun> {
  const d = runDir();
  const out = path.join(d, 'out');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(d, 'runner.js'), RUNNER);
  fs.writeFileSync(path.join(d, 'probes.json'), JSON.stringify(probes.map((p) => [p.shell, p.command(d)])));
  const st = new StateRoot(path.join(d, 'state')).create(`probe-${runs}`);
  const hook = [NODE, path.join(d, 'runner.js'), out, path.join(d, 'probes.json')];
  const lines: string[] = [];
  startHook(
    { hooks: { onlaunch: hook, timeoutMs: 60_000, taskEnv: mode }, configFile: CONFIG_FILE },
    st,
    'onlaunch',
    taskEnv(d),
    createLogger({ program: 'test', console: 'DEBUG', write: (l) => lines.push(l) }),
  );
  const pid = /started \(pid (\d+)/.exec(lines.join('\n'))?.[1];
  // Until the exit line, or until the wrapper is gone without one (a wrapper a task can steer may never run the hook).
  await until('the hook to exit', () => pid === undefined || / exited \d+$/m.test(readOr(st.file('hooks.log'))) || !/^State:\s+[^Z]/m.test(readOr(`/proc/${pid}/status`)));
  const outputs = new Map<string, ProbeOutput | undefined>();
  probes.forEach((p, i) => {
    const ran = fs.existsSync(path.join(out, `${i}.ran`));
    outputs.set(p.name, ran ? { stdout: readOr(path.join(out, `${i}.out`)), stderr: readOr(path.join(out, `${i}.err`)), dir: d } : undefined);
  });
  return { dir: d, st, hooksLog: readOr(st.file('hooks.log')), environ: new Map(nulEntries(readOr(path.join(out, 'environ')))), outputs };
}

/** The task environment of the all-at-once runs: every steering name (its probe's value, or a path that does not exist), ours, and a few ordinary ones. */
function everything(d: string): Array<[string, string]> {
  const byName = new Map(PROBES.map((p) => [p.name, p.value(d)]));
  return [...[...STEERING_NAMES, ...OURS].map((n): [string, string] => [n, byName.get(n) ?? `${d}/fx/missing/${n}`]), ...ORDINARY];
}

/** A few at a time: two cores run everyone's tests. */
async function inBatches<T, R>(items: readonly T[], size: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(f))));
  return results;
}

describe('the steering list', () => {
  it('cites a source for every rule, and each documented member matches its own rule', () => {
    for (const r of STEERING_RULES) {
      expect([r.text, r.sources.length > 0]).toEqual([r.text, true]);
      for (const n of r.examples ?? []) expect([r.text, n, r.match === 'prefix' ? n.startsWith(r.text) : n.toUpperCase().endsWith(r.text)]).toEqual([r.text, n, true]);
    }
    expect(new Set(STEERING_RULES.map((r) => `${r.match} ${r.text}`)).size).toBe(STEERING_RULES.length);
  });
  it('leaves PATH and HOME out: they are ours, set for every hook', () => {
    expect(OURS.filter(isSteeringVariable)).toEqual([]);
  });
});

describe('hookEnvironment', () => {
  const facts = { hook: 'ondestroy', containerId: 'c1', dockerName: 'deimos-c1', dockerId: 'f'.repeat(64), taskEnvFile: '/state/c1/task-env', home: '/root' } as const;
  const task: Array<[string, string]> = [
    ['APP', 'x'],
    ['LD_PRELOAD', '/evil.so'],
    ['A-B', 'y'],
    ['PATH', '/task/bin'],
    ['HOME', '/task'],
    ['DEIMOS_HOOK', 'forged'],
    ['MESOS_TASK_ENV_APP', 'forged'],
  ];
  it('in compat mode adds only the ordinary identifiers by their own names; ours always win', () => {
    const env = hookEnvironment(task, { ...facts, mode: 'compat' });
    expect(env).toEqual({
      APP: 'x',
      MESOS_TASK_ENV_APP: 'x',
      MESOS_TASK_ENV_LD_PRELOAD: '/evil.so',
      MESOS_TASK_ENV_PATH: '/task/bin',
      MESOS_TASK_ENV_HOME: '/task',
      MESOS_TASK_ENV_DEIMOS_HOOK: 'forged',
      MESOS_TASK_ENV_MESOS_TASK_ENV_APP: 'forged',
      PATH: SANE_PATH,
      HOME: '/root',
      LANG: 'C',
      DEIMOS_HOOK: 'ondestroy',
      DEIMOS_CONTAINER_ID: 'c1',
      DEIMOS_DOCKER_NAME: 'deimos-c1',
      DEIMOS_DOCKER_ID: 'f'.repeat(64),
      DEIMOS_TASK_ENV: 'compat',
      DEIMOS_TASK_ENV_FILE: '/state/c1/task-env',
    });
    expect(Object.keys(hookEnvironment(task, { ...facts, mode: 'safe' })).filter((k) => !k.startsWith(TASK_ENV_PREFIX) && !k.startsWith('DEIMOS_'))).toEqual(['PATH', 'HOME', 'LANG']);
  });
  it('keeps the last of repeated names and refuses what no environment can hold', () => {
    expect(
      taskVariables([
        ['A', '1'],
        ['', 'x'],
        ['B=C', 'x'],
        ['D', 'x\0y'],
        ['A', '2'],
      ]),
    ).toEqual({ vars: [['A', '2']], refused: ['', 'B=C', 'D'] });
  });
});

describe('the probes (run directly, without startHook)', () => {
  it('cover every variable of the steering list, and only those and ours', () => {
    for (const p of PROBES) expect([p.name, isSteeringVariable(p.name) || OURS.includes(p.name)]).toEqual([p.name, true]);
    expect(new Set(PROBES.map((p) => p.name)).size).toBe(PROBES.length);
    // The list the runs below set is the module's: every rule, every documented member.
    for (const r of STEERING_RULES) for (const n of r.match === 'name' ? [r.text] : (r.examples ?? [])) expect(STEERING_NAMES).toContain(n);
    for (const n of STEERING_NAMES) expect([n, isSteeringVariable(n)]).toEqual([n, true]);
    expect(LD_SO).toBeDefined();
  });

  it.each(PROBES.map((p) => [p.name, p]))('%s acts when a process gets it', (_name, p) => {
    const d = runDir();
    const r = spawnSync(p.shell, ['-c', p.command(d)], { env: { PATH: SANE_PATH, [p.name]: p.value(d) }, cwd: '/', stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    expect([p.name, p.acted({ stdout: r.stdout, stderr: r.stderr, dir: d })]).toEqual([p.name, true]);
  });
});

describe.each(['safe', 'compat'] as const)('a real hook with task_env = %s', (mode) => {
  let all: HookRun;
  const alone = new Map<string, HookRun>();
  beforeAll(async () => {
    all = await runHook(mode, PROBES, everything);
    const each = await inBatches(PROBES, 8, (p) => runHook(mode, [p], (d) => [[p.name, p.value(d)]]));
    PROBES.forEach((p, i) => alone.set(p.name, each[i]!));
  }, 300_000);

  it('runs the wrapper sh, timeout(1) and the hook untouched: hooks.log holds only the exit line', () => {
    expect(all.hooksLog).toMatch(/^\S+Z onlaunch-hook exited 0\n$/);
    for (const [name, run] of alone) expect([name, run.hooksLog]).toEqual([name, expect.stringMatching(/^\S+Z onlaunch-hook exited 0\n$/)]);
  });

  it.each(PROBES.map((p) => [p.name, p]))('%s: no process of the hook acts on it, with every steering variable set and alone', (name, p) => {
    const status = (run: HookRun) => {
      const out = run.outputs.get(name);
      return out === undefined ? 'did not run' : p.acted(out) ? 'acted' : 'unaffected';
    };
    expect({ name, withEveryOther: status(all), alone: status(alone.get(name)!) }).toEqual({ name, withEveryOther: 'unaffected', alone: 'unaffected' });
  });

  it(`gives the hook our PATH, HOME, LANG and DEIMOS_* and none of the ${STEERING_NAMES.length} steering variables`, () => {
    const env = all.environ;
    expect(env.get('PATH')).toBe(SANE_PATH);
    expect(env.get('HOME')).toBe(os.userInfo().homedir);
    expect(env.get('LANG')).toBe('C');
    expect([...env].filter(([k]) => k.startsWith('DEIMOS_'))).toEqual(
      expect.arrayContaining([
        ['DEIMOS_HOOK', 'onlaunch'],
        ['DEIMOS_CONTAINER_ID', all.st.id],
        ['DEIMOS_DOCKER_NAME', dockerNameFor(all.st.id)],
        ['DEIMOS_TASK_ENV', mode],
        ['DEIMOS_TASK_ENV_FILE', all.st.file('task-env')],
        ['DEIMOS_CONFIG', CONFIG_FILE],
      ]),
    );
    expect(env.has('DEIMOS_TEST_CRASH_AT')).toBe(false);
    expect(env.has('DEIMOS_DOCKER_ID')).toBe(false);
    // Only ours: LANG, and the PWD the wrapper sh exports (the hook runs from /).
    expect(STEERING_NAMES.filter((n) => env.has(n)).map((n) => [n, env.get(n)])).toEqual([
      ['LANG', 'C'],
      ['PWD', '/'],
    ]);
  });

  it('hands every task variable over intact: as MESOS_TASK_ENV_<NAME> and in DEIMOS_TASK_ENV_FILE', () => {
    const task = everything(all.dir);
    expect(nulEntries(fs.readFileSync(all.st.file('task-env'), 'utf8'))).toEqual(task);
    expect(fs.statSync(all.st.file('task-env')).mode & 0o777).toBe(0o600);
    for (const [name, value] of task) {
      const exported = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? value : undefined;
      expect([name, all.environ.get(`${TASK_ENV_PREFIX}${name}`)]).toEqual([name, exported]);
    }
  });

  it(mode === 'safe' ? 'passes no task variable by its own name' : "passes the task's other variables by their own names, never ours", () => {
    const own = ORDINARY.filter(([name]) => all.environ.get(name) === ORDINARY.find(([n]) => n === name)![1]).map(([name]) => name);
    expect(own).toEqual(mode === 'safe' ? [] : ['APP_GREETING']);
    expect(all.environ.get('MESOS_TASK_ENV_APP_GREETING')).toBe('hello world');
  });
});

// The reading examples of the README (libs/lifecycle/README.md), run as a hook.
const BASH_READ = `while IFS= read -r -d '' entry; do
  name=\${entry%%=*} value=\${entry#*=}`;
const PYTHON_READ = `task_env = dict(e.split(b"=", 1) for e in open(os.environ["DEIMOS_TASK_ENV_FILE"], "rb").read().split(b"\\0") if e)`;

describe('hostile values', () => {
  it('arrive as data, byte for byte, in the file and under the prefix, and never run', async () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(BASH_READ);
    expect(readme).toContain(PYTHON_READ);
    const d = runDir();
    const out = path.join(d, 'out');
    fs.mkdirSync(out);
    const given: Array<[string, string]> = [
      ['NEWLINES', 'line 1\nline 2\n\n'],
      ['QUOTES', `it's "quoted" \\ and \\n`],
      ['SUBST', `$(: > ${d}/m/subst) \`: > ${d}/m/tick\`; : > ${d}/m/semi`],
      ['FUNC', `() { :; }; : > ${d}/m/shellshock`],
      ['EQUALS', 'a=b=c'],
      ['EMPTY', ''],
      ['UNICODE', 'é ☃'],
      ['lower_case', 'ok'],
      ['A-B', 'not an identifier'],
      ['1X', 'digit first'],
      ['SP ACE', 'space in the name'],
      ['DUP', 'first'],
      ['DUP', 'last'],
      ['PATH', '/task/bin'],
      ['MESOS_TASK_ENV_PATH', 'nested'],
      ['BAD=NAME', 'refused'],
      ['NUL', 'a\0b'],
      ['', 'no name'],
    ];
    const script = [
      'cat /proc/$$/environ > "$1/environ"',
      'printf %s "$MESOS_TASK_ENV_SUBST" > "$1/subst-by-sh"',
      `${BASH_READ}`,
      '  printf \'%s\\0%s\\0\' "$name" "$value" >> "$1/bash"',
      'done < "$DEIMOS_TASK_ENV_FILE"',
      `python3 -c 'import json, os, sys
${PYTHON_READ}
json.dump({k.decode(): v.decode() for k, v in task_env.items()}, open(sys.argv[1] + "/python", "w"))' "$1"`,
    ].join('\n');
    fs.writeFileSync(path.join(d, 'read.sh'), `${script}\n`);
    const st = new StateRoot(path.join(d, 'state')).create('hostile');
    startHook({ hooks: { onlaunch: ['/bin/bash', path.join(d, 'read.sh'), out], timeoutMs: 60_000, taskEnv: 'safe' }, configFile: undefined }, st, 'onlaunch', given, silentLogger);
    await until('the hook to exit', () => / exited \d+$/m.test(readOr(st.file('hooks.log'))));
    expect(readOr(st.file('hooks.log'))).toMatch(/^\S+Z onlaunch-hook exited 0\n$/);

    const expected: Array<[string, string]> = given.filter(([n, v]) => n !== '' && !n.includes('=') && !v.includes('\0') && !(n === 'DUP' && v === 'first'));
    expected[expected.findIndex(([n]) => n === 'DUP')] = ['DUP', 'last'];
    // bash's read loop gives back exactly what the task gave.
    const bash = readOr(path.join(out, 'bash')).split('\0').slice(0, -1);
    expect(bash.flatMap((_, i) => (i % 2 === 0 ? [[bash[i], bash[i + 1]]] : []))).toEqual(expected);
    expect(JSON.parse(readOr(path.join(out, 'python')))).toEqual(Object.fromEntries(expected));
    // Under the prefix: the shell identifiers only, and a value is a value to sh.
    const environ = new Map(nulEntries(readOr(path.join(out, 'environ'))));
    expect([...environ].filter(([k]) => k.startsWith(TASK_ENV_PREFIX))).toEqual(
      expect.arrayContaining(expected.filter(([n]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).map(([n, v]) => [`${TASK_ENV_PREFIX}${n}`, v])),
    );
    expect([...environ.keys()].filter((k) => k.startsWith(TASK_ENV_PREFIX)).length).toBe(expected.filter(([n]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).length);
    expect(environ.get('PATH')).toBe(SANE_PATH);
    expect(environ.has('DEIMOS_CONFIG')).toBe(false);
    expect(readOr(path.join(out, 'subst-by-sh'))).toBe(given.find(([n]) => n === 'SUBST')![1]);
    expect(fs.readdirSync(path.join(d, 'm'))).toEqual([]);
  });
});
