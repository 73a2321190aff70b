#!/usr/bin/env node
// Turn a binary's commander `--help` output into a man page (roff, man
// macros): NAME, SYNOPSIS, DESCRIPTION, OPTIONS/COMMANDS/ARGUMENTS, any other
// help section as written, then FILES, ENVIRONMENT, EXIT STATUS and SEE ALSO
// from the table below. The help text is the single source: whatever the
// binary prints at build time ends up in the page.
//
// Usage: node help2man.mjs --bin <file> --name <program> --version <v> --date <YYYY-MM-DD>
// Writes the page to stdout.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    bin: { type: 'string' },
    name: { type: 'string' },
    version: { type: 'string' },
    date: { type: 'string' },
  },
});
for (const k of ['bin', 'name', 'version', 'date']) {
  if (!args[k]) {
    console.error(`help2man: --${k} is required`);
    process.exit(1);
  }
}

const CONFIG = [
  '/etc/deimos.cfg',
  'The configuration (a dpkg conffile, mode 0600). The first found of $DEIMOS_CONFIG, ./deimos.cfg, ~/.deimos, /etc/deimos.cfg, /usr/etc/deimos.cfg, /usr/local/etc/deimos.cfg is read.',
];
const STATE = ['/var/lib/deimos', 'The state root set in the packaged configuration ([state] root): per-container state and kernel file locks.'];
const ENV = [['DEIMOS_CONFIG', 'Read this configuration file instead of searching; it must exist.']];
const COMMON_EXIT = [
  ['0', 'Success.'],
  ['1', 'Bad arguments.'],
  ['4', 'A known failure (bad input, Docker, state, locks, MidoNet), named in one line on standard error.'],
  ['8', 'Anything unexpected.'],
  ['16', 'The configuration could not be loaded; the message names the file and line.'],
];
const ALL = ['deimos-containerizer', 'deimos-observer-executor', 'deimos-cleanup', 'deimos-lock-browser'];

/** What the help text does not say: one entry per packaged binary. */
const PAGES = {
  'deimos-containerizer': {
    summary: 'Docker external containerizer for Apache Mesos agents',
    files: [CONFIG, STATE, ['<state root>/mesos/<id>/watcher.log', 'The log of the process that watches one container.']],
    env: ENV,
    exit: COMMON_EXIT,
    extra: [
      [
        'AGENT SETUP',
        "Start mesos-agent with --containerizers=external (or the older --isolation=external) and --containerizer_path=/usr/bin/deimos-containerizer. Each call's standard error is appended to the sandbox's stderr file; set [log] syslog = INFO in /etc/deimos.cfg for syslog as well.",
      ],
    ],
    seeAlso: ['mesos-agent(8)', 'docker(1)', 'flock(1)'],
  },
  'deimos-observer-executor': {
    summary: "report a command task's container to the Mesos command executor",
    files: [CONFIG, STATE],
    env: ENV,
    exit: [
      ['0\\-255', "The task's exit code (Docker reports a death by signal n as 128+n)."],
      ['1, 4, 8, 16', 'As for deimos-containerizer(1), when the container could not be observed; the executor reports the task failed either way.'],
    ],
    seeAlso: ['mesos-executor(8)'],
  },
  'deimos-cleanup': {
    summary: 'remove the state of ended deimos containers',
    files: [
      CONFIG,
      STATE,
      [
        '/lib/systemd/system/deimos-cleanup.timer',
        'Runs deimos-cleanup.service hourly on systemd hosts: deimos-cleanup --rm --older-than 2h --quiet-if-busy. Its output is in journalctl -u deimos-cleanup.',
      ],
      ['/etc/cron.d/deimos-cleanup', 'The same command hourly from cron, only when systemd is not the init system; output goes to syslog (tag deimos-cleanup).'],
    ],
    env: ENV,
    exit: [COMMON_EXIT[0], COMMON_EXIT[1], ['3', 'Another cleanup holds the lock (0 with --quiet-if-busy).'], ...COMMON_EXIT.slice(2)],
    seeAlso: ['systemd.timer(5)', 'cron(8)'],
  },
  'deimos-lock-browser': {
    summary: 'show the locks held under the deimos state root',
    files: [CONFIG, STATE],
    env: ENV,
    exit: COMMON_EXIT,
    seeAlso: ['flock(1)', 'lslocks(8)'],
  },
};

const ENTRY_SECTIONS = new Set(['options', 'global options', 'commands', 'arguments']);

/** Escape text for roff: backslashes, and every '-' as \- so options copy and paste. */
function esc(s) {
  return s.replace(/\\/g, '\\e').replace(/-/g, '\\-');
}

/** One output line of running text; a leading . or ' would be read as a request. */
function textLine(s) {
  const e = esc(s);
  return /^[.']/.test(e) ? `\\&${e}` : e;
}

/** An option, command or usage term: flags and names bold, <args> and [args] italic. */
function term(s) {
  return s
    .split(/(\s+)/)
    .map((tok) => {
      if (tok === '') return '';
      if (/^\s+$/.test(tok)) return ' ';
      const comma = tok.endsWith(',') ? ',' : '';
      const t = comma ? tok.slice(0, -1) : tok;
      const font = /^[<[]/.test(t) || t.startsWith('...') ? 'I' : 'B';
      return `\\f${font}${esc(t)}\\fR${comma}`;
    })
    .join('');
}

/** Blank-line separated blocks; indented blocks stay as written, others are refilled. */
function prose(lines) {
  const out = [];
  const blocks = [];
  let cur = [];
  for (const l of lines) {
    if (l.trim() === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  for (const b of blocks) {
    if (b.every((l) => /^\s{2,}/.test(l))) {
      const indent = Math.min(...b.map((l) => l.match(/^\s*/)[0].length));
      out.push('.PP', '.RS 4', '.nf', ...b.map((l) => textLine(l.slice(indent))), '.fi', '.RE');
    } else {
      out.push('.PP', textLine(b.map((l) => l.trim()).join(' ')));
    }
  }
  return out;
}

/** Commander's two-column entries: "  term  description", continuation lines indented deeper. */
function entries(lines) {
  const list = [];
  for (const l of lines) {
    if (l.trim() === '') continue;
    const start = l.match(/^ {2}(\S(?:.*?\S)?)(?: {2,}(\S.*))?$/);
    if (start) list.push({ term: start[1], desc: start[2] ?? '' });
    else if (/^ {3,}\S/.test(l) && list.length) list[list.length - 1].desc += ` ${l.trim()}`;
    else return undefined;
  }
  return list;
}

function parseHelp(text) {
  const lines = text.replace(/\s+$/, '').split('\n');
  const usage = lines[0].match(/^Usage: (.*)$/);
  if (!usage) throw new Error(`--help does not start with "Usage:": ${JSON.stringify(lines[0])}`);
  const sections = [{ title: '', lines: [] }];
  for (const l of lines.slice(1)) {
    const head = l.match(/^([A-Z][A-Za-z ]*):$/);
    if (head) sections.push({ title: head[1], lines: [] });
    else sections[sections.length - 1].lines.push(l);
  }
  return { usage: usage[1], description: sections[0].lines, sections: sections.slice(1) };
}

function help(bin, argv) {
  return execFileSync(bin, argv, {
    encoding: 'utf8',
    // A pipe, so commander wraps at 80 columns whatever the terminal.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, COLUMNS: '80', NO_COLOR: '1' },
    timeout: 30_000,
  });
}

function renderEntries(list) {
  return list.flatMap((e) => ['.TP', term(e.term), textLine(e.desc)]);
}

function page() {
  const name = args.name;
  const meta = PAGES[name] ?? {};
  const parsed = parseHelp(help(args.bin, ['--help']));
  const firstSentence = parsed.description
    .join(' ')
    .trim()
    .split(/(?<=\.)\s/)[0];
  const summary = meta.summary ?? firstSentence ?? name;
  const out = [
    `.\\" Generated by tools/package/lib/help2man.mjs from \`${name} --help\`; do not edit.`,
    `.TH ${esc(name.toUpperCase())} 1 "${args.date}" "deimos ${esc(args.version)}" "User Commands"`,
    // No hyphenation: option names split across lines cannot be copied.
    '.nh',
    '.SH NAME',
    `${esc(name)} \\- ${esc(summary)}`,
    '.SH SYNOPSIS',
    '.ad l',
    term(parsed.usage),
    '.ad',
    '.SH DESCRIPTION',
    ...prose(parsed.description),
  ];
  const helpTitles = new Set();
  for (const s of parsed.sections) {
    const title = s.title.toUpperCase();
    helpTitles.add(title);
    out.push(`.SH ${esc(title)}`);
    const list = ENTRY_SECTIONS.has(s.title.toLowerCase()) ? entries(s.lines) : undefined;
    if (!list) {
      out.push(...prose(s.lines));
      continue;
    }
    out.push(...renderEntries(list));
    if (s.title.toLowerCase() === 'commands') {
      // A subcommand's own options (other than --help), under its entry.
      for (const e of list) {
        const cmd = e.term.split(/\s/)[0];
        if (cmd === 'help') continue;
        const sub = parseHelp(help(args.bin, [cmd, '--help']));
        const opts = sub.sections
          .filter((x) => x.title.toLowerCase() === 'options')
          .flatMap((x) => entries(x.lines) ?? [])
          .filter((o) => !/(^|\s)--help$/.test(o.term));
        if (opts.length === 0) continue;
        out.push('.TP', term(sub.usage), 'Options of this command:', '.RS', ...renderEntries(opts), '.RE');
      }
    }
  }
  const extra = meta.extra ?? [];
  for (const [title, text] of extra) if (!helpTitles.has(title)) out.push(`.SH ${title}`, '.PP', textLine(text));
  if (meta.files && !helpTitles.has('FILES')) {
    out.push('.SH FILES', ...meta.files.flatMap(([f, d]) => ['.TP', `\\fI${esc(f)}\\fR`, textLine(d)]));
  }
  if (meta.env && !helpTitles.has('ENVIRONMENT')) {
    out.push('.SH ENVIRONMENT', ...meta.env.flatMap(([v, d]) => ['.TP', `\\fB${esc(v)}\\fR`, textLine(d)]));
  }
  if (meta.exit && !helpTitles.has('EXIT STATUS') && !helpTitles.has('EXIT STATUSES')) {
    out.push('.SH EXIT STATUS', ...meta.exit.flatMap(([c, d]) => ['.TP', `\\fB${c}\\fR`, textLine(d)]));
  }
  const seeAlso = [...ALL.filter((n) => n !== name).map((n) => `${n}(1)`), ...(meta.seeAlso ?? [])];
  out.push(
    '.SH SEE ALSO',
    seeAlso.map((r) => `\\fB${esc(r.replace(/\(.*$/, ''))}\\fR${r.slice(r.indexOf('('))}`).join(',\n'),
    '.PP',
    textLine('/usr/share/doc/deimos/README.md, and every configuration key with its default in /etc/deimos.cfg as shipped.'),
  );
  return `${out.join('\n')}\n`;
}

try {
  process.stdout.write(page());
} catch (err) {
  console.error(`help2man: ${args.name}: ${err.message}`);
  process.exit(1);
}
