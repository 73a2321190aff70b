/**
 * The one list of environment variables that a loader, a shell or an
 * interpreter reads and acts on: a task must not hand any of them to a
 * program we run as root. `[hooks] task_env = compat` passes a task's
 * variables by their own names minus these; the default (`safe`) passes
 * none by its own name (hooks.ts). The hook differential test
 * (hooks.int.spec.ts) sets every name here and checks that none reaches a hook.
 *
 * Each rule cites where its reader documents it. Man pages are those
 * installed on Debian 12 (man-pages 6.03, bash 5.2, dash 0.5.12, python
 * 3.11, node 20, OpenSSL 3.0, ncurses 6.4); perlrun(1) is from perl 5.36
 * (Debian's perl-doc, not installed here). PATH and HOME are not here:
 * they are ours in every mode. Names a shell cannot read as `$NAME` never
 * pass by their own name either (hooks.ts), which also keeps out bash's
 * exported functions (BASH_FUNC_<name>%%).
 */
export interface SteeringRule {
  /** `name`: exactly this name; `prefix`: every name that starts with `text`; `suffix-any-case`: every name that ends with `text`, in any case. */
  readonly match: 'name' | 'prefix' | 'suffix-any-case';
  readonly text: string;
  /** Where each reader documents it. */
  readonly sources: readonly string[];
  /** For a prefix or suffix: the documented names it covers (the tests set every one of them). */
  readonly examples?: readonly string[];
}

const LD_SO = 'ld.so(8), ENVIRONMENT';
const LD_SO_SECURE = 'ld.so(8), ENVIRONMENT > Secure-execution mode (variables glibc itself strips for set-user-ID programs)';
const BASH_VARS = 'bash(1) 5.2, PARAMETERS > Shell Variables';
const DASH_ENV = 'dash(1), ENVIRONMENT';
const PERLRUN = 'perlrun(1) 5.36, ENVIRONMENT';
const PYTHON = 'python3(1) 3.11, ENVIRONMENT VARIABLES';
const NODE = 'node(1) 20, ENVIRONMENT';
const OPENSSL = 'openssl-env(7) 3.0 (the TLS library node, python and curl load)';
const LOCALE = 'locale(7), environ(7): locale handling in glibc (setlocale(3), gettext(3))';
const TERMINFO = 'terminfo(5), Fetching Compiled Descriptions (ncurses, under bash and python readline)';

function named(names: readonly string[], source: string): SteeringRule[] {
  return names.map((text) => ({ match: 'name', text, sources: [source] }));
}

/** Merge rules of the same match and text, keeping every source: one rule per name. */
function merged(rules: readonly SteeringRule[]): readonly SteeringRule[] {
  const byKey = new Map<string, SteeringRule>();
  for (const r of rules) {
    const key = `${r.match} ${r.text}`;
    const had = byKey.get(key);
    byKey.set(key, had ? { ...had, sources: [...had.sources, ...r.sources], examples: had.examples ?? r.examples } : r);
  }
  return Object.freeze([...byKey.values()]);
}

export const STEERING_RULES: readonly SteeringRule[] = merged([
  // The dynamic linker, in every dynamically linked program (the hook's sh, timeout, everything).
  {
    match: 'prefix',
    text: 'LD_',
    sources: [LD_SO, 'environ(7): "LD_LIBRARY_PATH, LD_PRELOAD, and other LD_* variables influence the behavior of the dynamic loader/linker"'],
    examples: [
      'LD_ASSUME_KERNEL',
      'LD_BIND_NOW',
      'LD_LIBRARY_PATH',
      'LD_PRELOAD',
      'LD_TRACE_LOADED_OBJECTS',
      'LD_AUDIT',
      'LD_BIND_NOT',
      'LD_DEBUG',
      'LD_DEBUG_OUTPUT',
      'LD_DYNAMIC_WEAK',
      'LD_HWCAP_MASK',
      'LD_ORIGIN_PATH',
      'LD_POINTER_GUARD',
      'LD_PROFILE',
      'LD_PROFILE_OUTPUT',
      'LD_SHOW_AUXV',
      'LD_TRACE_PRELINKING',
      'LD_USE_LOAD_BIAS',
      'LD_VERBOSE',
      'LD_WARN',
      'LD_PREFER_MAP_32BIT_EXEC',
    ],
  },
  // glibc, in every program: modules, data files and output files it loads or writes by these names.
  { match: 'name', text: 'GCONV_PATH', sources: [LD_SO_SECURE, 'iconv(1), iconv_open(3): gconv modules are loaded from GCONV_PATH'] },
  { match: 'name', text: 'GETCONF_DIR', sources: [LD_SO_SECURE] },
  { match: 'name', text: 'HOSTALIASES', sources: [LD_SO_SECURE, 'hostname(7)'] },
  { match: 'name', text: 'LOCALDOMAIN', sources: [LD_SO_SECURE, 'resolv.conf(5)'] },
  { match: 'name', text: 'LOCPATH', sources: [LD_SO_SECURE, 'locale(7), ENVIRONMENT'] },
  { match: 'name', text: 'NIS_PATH', sources: [LD_SO_SECURE] },
  { match: 'name', text: 'NLSPATH', sources: [LD_SO_SECURE, 'catopen(3)'] },
  { match: 'name', text: 'RESOLV_HOST_CONF', sources: [LD_SO_SECURE] },
  { match: 'name', text: 'RES_OPTIONS', sources: [LD_SO_SECURE, 'resolv.conf(5)'] },
  { match: 'name', text: 'TMPDIR', sources: [LD_SO_SECURE, 'tempnam(3)', BASH_VARS, 'Python library reference, tempfile.gettempdir()', 'node os.tmpdir() (lib/os.js: TMPDIR, TMP, TEMP)'] },
  { match: 'name', text: 'TZDIR', sources: [LD_SO_SECURE, 'environ(7), tzset(3)'] },
  {
    match: 'prefix',
    text: 'MALLOC_',
    sources: ['mallopt(3), ENVIRONMENT', 'mtrace(3): MALLOC_TRACE names a file malloc writes', 'environ(7): "The behavior of malloc(3) is influenced by MALLOC_* variables"'],
    examples: ['MALLOC_ARENA_MAX', 'MALLOC_ARENA_TEST', 'MALLOC_CHECK_', 'MALLOC_MMAP_MAX_', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_PERTURB_', 'MALLOC_TOP_PAD_', 'MALLOC_TRIM_THRESHOLD_', 'MALLOC_TRACE'],
  },
  { match: 'name', text: 'GLIBC_TUNABLES', sources: ['The GNU C Library manual (2.36), chapter Tunables; read by ld.so at start (CVE-2023-4911)'] },
  { match: 'name', text: 'TZ', sources: ['tzset(3): a value ":<path>" names a time zone file to read', NODE] },
  { match: 'name', text: 'LANG', sources: [LOCALE, BASH_VARS] },
  { match: 'name', text: 'LANGUAGE', sources: [LOCALE] },
  {
    match: 'prefix',
    text: 'LC_',
    sources: [LOCALE, BASH_VARS],
    examples: ['LC_ALL', 'LC_ADDRESS', 'LC_COLLATE', 'LC_CTYPE', 'LC_IDENTIFICATION', 'LC_MEASUREMENT', 'LC_MESSAGES', 'LC_MONETARY', 'LC_NAME', 'LC_NUMERIC', 'LC_PAPER', 'LC_TELEPHONE', 'LC_TIME'],
  },
  { match: 'name', text: 'POSIXLY_CORRECT', sources: ['environ(7)', BASH_VARS] },
  { match: 'name', text: 'TERMCAP', sources: ['environ(7)', TERMINFO] },
  ...named(['TERM', 'TERMINFO', 'TERMINFO_DIRS'], TERMINFO),

  // bash: the startup file, options, exported functions and every variable it reads.
  {
    match: 'prefix',
    text: 'BASH',
    sources: [BASH_VARS, 'bash(1) 5.2, FUNCTIONS and `export -f`: exported functions travel as BASH_FUNC_<name>%% (since bash 4.3 patch 25)'],
    examples: ['BASH_ENV', 'BASHOPTS', 'BASH_COMPAT', 'BASH_XTRACEFD', 'BASH_LOADABLES_PATH', 'BASH_ARGV0', 'BASH_FUNC_true%%'],
  },
  ...named(
    [
      'SHELLOPTS',
      'CDPATH',
      'CHILD_MAX',
      'COLUMNS',
      'COMPREPLY',
      'EMACS',
      'ENV',
      'EXECIGNORE',
      'FCEDIT',
      'FIGNORE',
      'FUNCNEST',
      'GLOBIGNORE',
      'HISTCONTROL',
      'HISTFILE',
      'HISTFILESIZE',
      'HISTIGNORE',
      'HISTSIZE',
      'HISTTIMEFORMAT',
      'HOSTFILE',
      'IFS',
      'IGNOREEOF',
      'INPUTRC',
      'INSIDE_EMACS',
      'LINES',
      'MAIL',
      'MAILCHECK',
      'MAILPATH',
      'OPTERR',
      'PROMPT_COMMAND',
      'PROMPT_DIRTRIM',
      'PS0',
      'PS1',
      'PS2',
      'PS3',
      'PS4',
      'SHELL',
      'TIMEFORMAT',
      'TMOUT',
    ],
    BASH_VARS,
  ),
  // dash (our /bin/sh): ENV is read by an interactive shell (dash(1), Invocation).
  ...named(['ENV'], 'dash(1), Invocation'),
  ...named(['CDPATH', 'MAIL', 'MAILCHECK', 'MAILPATH', 'PS1', 'PS2', 'PS4', 'IFS', 'TERM', 'HISTSIZE', 'PWD', 'OLDPWD', 'PPID'], DASH_ENV),

  // perl
  {
    match: 'prefix',
    text: 'PERL',
    sources: [PERLRUN],
    examples: [
      'PERL5LIB',
      'PERL5OPT',
      'PERLIO',
      'PERLIO_DEBUG',
      'PERLLIB',
      'PERL5DB',
      'PERL5DB_THREADED',
      'PERL5SHELL',
      'PERL_ALLOW_NON_IFS_LSP',
      'PERL_DEBUG_MSTATS',
      'PERL_DESTRUCT_LEVEL',
      'PERL_DL_NONLAZY',
      'PERL_ENCODING',
      'PERL_HASH_SEED',
      'PERL_PERTURB_KEYS',
      'PERL_HASH_SEED_DEBUG',
      'PERL_MEM_LOG',
      'PERL_ROOT',
      'PERL_SIGNALS',
      'PERL_UNICODE',
      'PERL_USE_UNSAFE_INC',
    ],
  },
  { match: 'name', text: 'LOGDIR', sources: [PERLRUN] },

  // python
  {
    match: 'prefix',
    text: 'PYTHON',
    sources: [PYTHON],
    examples: [
      'PYTHONSAFEPATH',
      'PYTHONHOME',
      'PYTHONPATH',
      'PYTHONPLATLIBDIR',
      'PYTHONSTARTUP',
      'PYTHONOPTIMIZE',
      'PYTHONDEBUG',
      'PYTHONDONTWRITEBYTECODE',
      'PYTHONINSPECT',
      'PYTHONIOENCODING',
      'PYTHONNOUSERSITE',
      'PYTHONUNBUFFERED',
      'PYTHONVERBOSE',
      'PYTHONWARNINGS',
      'PYTHONHASHSEED',
      'PYTHONINTMAXSTRDIGITS',
      'PYTHONMALLOC',
      'PYTHONMALLOCSTATS',
      'PYTHONASYNCIODEBUG',
      'PYTHONTRACEMALLOC',
      'PYTHONFAULTHANDLER',
      'PYTHONEXECUTABLE',
      'PYTHONUSERBASE',
      'PYTHONPROFILEIMPORTTIME',
      'PYTHONBREAKPOINT',
      'PYTHONTHREADDEBUG',
      'PYTHONDUMPREFS',
      'PYTHONCOERCECLOCALE',
      'PYTHONDEVMODE',
      'PYTHONPYCACHEPREFIX',
      'PYTHONUTF8',
      'PYTHONWARNDEFAULTENCODING',
      'PYTHONNODEBUGRANGES',
    ],
  },
  ...named(['TEMP', 'TMP'], 'Python library reference, tempfile.gettempdir(); node os.tmpdir() (lib/os.js: TMPDIR, TMP, TEMP)'),
  ...named(['TEMPDIR'], 'libuv documentation, uv_os_tmpdir(): TMPDIR, TMP, TEMP, TEMPDIR (libuv is part of node)'),
  {
    match: 'suffix-any-case',
    text: '_PROXY',
    sources: ['Python library reference, urllib.request.getproxies(): every <scheme>_proxy, in any case', 'openssl-env(7): HTTP_PROXY, HTTPS_PROXY, NO_PROXY', 'curl(1), ENVIRONMENT'],
    examples: ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'ftp_proxy', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY'],
  },

  // node
  {
    match: 'prefix',
    text: 'NODE_',
    sources: [NODE],
    examples: [
      'NODE_DEBUG',
      'NODE_DEBUG_NATIVE',
      'NODE_DISABLE_COLORS',
      'NODE_EXTRA_CA_CERTS',
      'NODE_ICU_DATA',
      'NODE_NO_WARNINGS',
      'NODE_OPTIONS',
      'NODE_PATH',
      'NODE_PENDING_DEPRECATION',
      'NODE_PRESERVE_SYMLINKS',
      'NODE_REDIRECT_WARNINGS',
      'NODE_REPL_HISTORY',
      'NODE_REPL_EXTERNAL_MODULE',
      'NODE_SKIP_PLATFORM_CHECK',
      'NODE_TLS_REJECT_UNAUTHORIZED',
      'NODE_V8_COVERAGE',
    ],
  },
  ...named(['FORCE_COLOR', 'NO_COLOR', 'SSL_CERT_DIR', 'SSL_CERT_FILE', 'UV_THREADPOOL_SIZE'], NODE),

  // OpenSSL, loaded by node, python's ssl and curl.
  {
    match: 'prefix',
    text: 'OPENSSL',
    sources: [OPENSSL, NODE],
    examples: [
      'OPENSSL',
      'OPENSSL_CONF',
      'OPENSSL_CONF_INCLUDE',
      'OPENSSL_CONFIG',
      'OPENSSL_ENGINES',
      'OPENSSL_MALLOC_FD',
      'OPENSSL_MALLOC_FAILURES',
      'OPENSSL_MODULES',
      'OPENSSL_TRACE',
      'OPENSSL_ia32cap',
    ],
  },
  ...named(['CTLOG_FILE', 'RANDFILE', 'SSL_CERT_DIR', 'SSL_CERT_FILE', 'TSGET'], OPENSSL),
]);

/** The rule that makes a variable steering, if one does. */
export function steeringRuleFor(name: string): SteeringRule | undefined {
  return STEERING_RULES.find((r) => (r.match === 'name' ? name === r.text : r.match === 'prefix' ? name.startsWith(r.text) : name.toUpperCase().endsWith(r.text)));
}

/** Whether a loader, shell or interpreter reads this variable (STEERING_RULES). */
export function isSteeringVariable(name: string): boolean {
  return steeringRuleFor(name) !== undefined;
}
