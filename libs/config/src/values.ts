import path from 'node:path';
import { formatIpv4, parseIpv4 } from './ipv4';
import { UUID_PATTERN } from './uuid';
import type { LogLevel, MidonetAttach, MidonetReservedRange } from './types';

export type ListItem = string | number | boolean;

/** A value as written, before the key's type is applied. */
export type RawValue =
  | { readonly kind: 'string'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (reason: string): Parsed<never> => ({ ok: false, reason });

/**
 * Read the text after the separator: a leading `[` means a JSON list, `true`
 * and `false` are booleans (any case: the reference's own example wrote
 * `True`), anything else is a string with optional surrounding quotes.
 */
export function scanValue(text: string): Parsed<RawValue> {
  const t = text.trim();
  if (t.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(t);
    } catch {
      // V8's message quotes the whole text, which may hold a credential.
      return no('bad JSON list; expected a JSON array on one line, e.g. ["a", "b"]');
    }
    if (!Array.isArray(data)) return no('bad JSON list; expected a JSON array on one line');
    for (const [i, item] of data.entries()) {
      const fine = typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item));
      if (!fine) return no(`bad JSON list: item ${i + 1} is ${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item}; items must be strings, numbers or booleans`);
    }
    return ok({ kind: 'list', items: data as ListItem[] });
  }
  const lower = t.toLowerCase();
  if (lower === 'true' || lower === 'false') return ok({ kind: 'bool', value: lower === 'true' });
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0])) {
    return ok({ kind: 'string', text: t.slice(1, -1), quoted: true });
  }
  return ok({ kind: 'string', text: t, quoted: false });
}

/** How one key's value is read, checked and printed back. */
export interface ValueType<T> {
  /** What the key accepts, for error messages and docs: "true or false". */
  readonly expected: string;
  /** The reason never quotes the value; the caller adds it, redacted when secret. */
  parse(raw: RawValue): Parsed<T>;
  /** Text that reads back as the same value. */
  render(value: T): string;
}

/**
 * A value written as text: anything else (a JSON list, a number) is
 * refused with `expected`; `read` judges the text, given `expected` for its
 * own messages.
 */
function textValue<T>(expected: string, read: (text: string, expected: string) => Parsed<T>, render: (value: T) => string): ValueType<T> {
  return {
    expected,
    parse: (raw) => (raw.kind === 'string' ? read(raw.text, expected) : no(`expected ${expected}`)),
    render,
  };
}

/** Quote a string when it would otherwise read back as something else. */
export function renderString(s: string): string {
  const lower = s.toLowerCase();
  const ambiguous = s === '' || s !== s.trim() || s.startsWith('[') || s.startsWith('"') || s.startsWith("'") || lower === 'true' || lower === 'false';
  return ambiguous ? `"${s}"` : s;
}

/** A non-empty string, optionally checked further. */
export function text(expected = 'a non-empty string', check?: (s: string) => string | undefined): ValueType<string> {
  return {
    expected,
    parse(raw) {
      if (raw.kind !== 'string' || raw.text === '') return no(`expected ${expected}`);
      const problem = check?.(raw.text);
      return problem ? no(problem) : ok(raw.text);
    },
    render: renderString,
  };
}

export function bool(): ValueType<boolean> {
  return {
    expected: 'true or false',
    parse: (raw) => (raw.kind === 'bool' ? ok(raw.value) : no('expected true or false (unquoted)')),
    render: (v) => String(v),
  };
}

/** Node's timers overflow past 2^31-1 ms and then fire at once. */
const MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** A number of seconds. */
export function seconds(opts: { min: 0 | 'positive'; integer?: boolean }): ValueType<number> {
  const floor = opts.min === 'positive' ? '> 0' : '>= 0';
  const expected = `${opts.integer ? 'a whole number of seconds' : 'a number of seconds'} ${floor} and <= ${MAX_SECONDS}`;
  return {
    expected,
    parse(raw) {
      if (raw.kind !== 'string' || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw.text)) return no(`expected ${expected}`);
      const n = Number(raw.text);
      const low = opts.min === 'positive' ? n <= 0 : n < 0;
      if (low || n > MAX_SECONDS || (opts.integer && !Number.isInteger(n))) return no(`expected ${expected}`);
      return ok(n);
    },
    render: (v) => String(v),
  };
}

const LEVELS: readonly LogLevel[] = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'];

export function logLevel(): ValueType<LogLevel> {
  return textValue(
    'a log level: DEBUG, INFO, WARNING, ERROR or CRITICAL',
    (text, expected) => {
      const upper = text.toUpperCase();
      // WARN is Python logging's alias; @deimos/log accepts it too.
      const level = upper === 'WARN' ? 'WARNING' : upper;
      return (LEVELS as readonly string[]).includes(level) ? ok(level as LogLevel) : no(`expected ${expected}`);
    },
    (v) => v,
  );
}

/** A JSON list of strings (numbers are taken as their decimal text). */
export function stringList(example: string): ValueType<readonly string[]> {
  const expected = `a JSON list of strings, e.g. ${example}`;
  return {
    expected,
    parse(raw) {
      if (raw.kind !== 'list') return no(`expected ${expected}`);
      const out: string[] = [];
      for (const [i, item] of raw.items.entries()) {
        if (typeof item === 'boolean') return no(`item ${i + 1} is a boolean; expected ${expected}`);
        out.push(String(item));
      }
      return ok(out);
    },
    render: (v) => JSON.stringify(v),
  };
}

/** An argv: a list of strings whose first item, when there is one, names a program. */
export function argv(): ValueType<readonly string[]> {
  const list = stringList('["/usr/local/bin/hook", "--flag"]');
  return {
    expected: list.expected,
    parse(raw) {
      const r = list.parse(raw);
      if (r.ok && r.value.length > 0 && r.value[0] === '') return no('the program (item 1) is empty; expected a program path');
      return r;
    },
    render: list.render,
  };
}

/**
 * An absolute path, normalized (no trailing slash, no `.` or `..`).
 * `noColon` for paths that end up in `docker run -v a:b`, which splits on `:`.
 */
export function absolutePath(opts: { noColon?: boolean; notRoot?: boolean } = {}): ValueType<string> {
  const expected = `an absolute path${opts.noColon ? ' without ":"' : ''}${opts.notRoot ? ' other than /' : ''}`;
  const base = text(expected, (s) => {
    if (!path.posix.isAbsolute(s)) return `expected ${expected}`;
    if (opts.noColon && s.includes(':')) return `must not contain ":" (docker run -v splits on it); expected ${expected}`;
    if (opts.notRoot && path.posix.normalize(s).replace(/\/+$/, '') === '') return `must not be /; expected ${expected}`;
    return undefined;
  });
  return {
    expected,
    parse(raw) {
      const r = base.parse(raw);
      if (!r.ok) return r;
      const normal = path.posix.normalize(r.value);
      return ok(normal.length > 1 ? normal.replace(/\/+$/, '') : normal);
    },
    render: base.render,
  };
}

export function oneOf<T extends string>(choices: readonly T[]): ValueType<T> {
  const expected = `one of: ${choices.join(', ')}`;
  return {
    expected,
    parse: (raw) => (raw.kind === 'string' && (choices as readonly string[]).includes(raw.text) ? ok(raw.text as T) : no(`expected ${expected}`)),
    render: (v) => v,
  };
}

export function httpUrl(): ValueType<string> {
  const expected = 'an http:// or https:// URL, e.g. http://midonet-api:8080/midonet-api';
  return text(expected, (s) => checkHttpUrl(s));
}

/** The reason an api_url is unusable, or undefined. Shared with the ~/.midonetrc fallback. */
export function checkHttpUrl(s: string): string | undefined {
  const expected = 'an http:// or https:// URL, e.g. http://midonet-api:8080/midonet-api';
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return `not a URL; expected ${expected}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme "${url.protocol.replace(/:$/, '')}" is not http or https; expected ${expected}`;
  if (url.hostname === '') return `no host; expected ${expected}`;
  return undefined;
}

/**
 * A Linux network interface name, as the kernel's dev_valid_name() accepts
 * it: 1 to 15 bytes (IFNAMSIZ 16 with the NUL), not "." or "..", no "/",
 * ":" or whitespace.
 */
function interfaceNameProblem(name: string): string | undefined {
  if (name === '' || Buffer.byteLength(name) > 15) return `interface name "${name}" must be 1 to 15 bytes`;
  if (name === '.' || name === '..') return `"${name}" is not a valid interface name`;
  if (/[/:\s]/.test(name)) return `interface name "${name}" must not contain "/", ":" or whitespace`;
  return undefined;
}

export function interfaceName(what: string): ValueType<string> {
  return text(`a ${what} (a Linux interface name, 1 to 15 characters)`, interfaceNameProblem);
}

export function uuid(): ValueType<string> {
  const expected = 'a UUID, e.g. 5c0a1bc4-2d9f-4c1e-9a73-6f0e1d2c3b4a';
  return text(expected, (s) => (UUID_PATTERN.test(s) ? undefined : `expected ${expected}`));
}

/** An image as `docker:///name[:tag]`, `docker://name[:tag]` or a bare reference. */
export function image(): ValueType<string> {
  const expected = 'an image such as docker:///ubuntu:14.04 or ubuntu:14.04';
  return text(expected, (s) => {
    if (/\s/.test(s)) return `must not contain whitespace; expected ${expected}`;
    if (s.startsWith('docker:') && !/^docker:\/\/\/?[^/]/.test(s)) return `expected ${expected}`;
    return undefined;
  });
}

/** `agent`, `mm-dpctl` or `bridge:<interface>`. */
export function attach(): ValueType<MidonetAttach> {
  return textValue<MidonetAttach>(
    'agent, mm-dpctl or bridge:<interface name>',
    (text, expected) => {
      if (text === 'agent' || text === 'mm-dpctl') return ok({ mode: text });
      const m = /^bridge:(.*)$/.exec(text);
      if (!m) return no(`expected ${expected}`);
      const problem = interfaceNameProblem(m[1]);
      return problem ? no(`${problem}; expected ${expected}`) : ok({ mode: 'bridge', bridge: m[1] });
    },
    (v) => (v.mode === 'bridge' ? `bridge:${v.bridge}` : v.mode),
  );
}

/**
 * `[docker.index] index`: a registry host, optionally with a port. Docker
 * reads `x/name` as a registry only when `x` has a "." or ":" or is
 * "localhost" (distribution/reference splitDockerDomain); anything else
 * would silently become a Docker Hub namespace, so it is refused.
 */
export function registryHost(): ValueType<string> {
  const expected = 'a registry host[:port], e.g. quay.io or registry.example:5000';
  return text(expected, (s) => {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?$/.test(s)) return `expected ${expected} (no scheme, no path)`;
    if (!/[.:]/.test(s) && s !== 'localhost') return `Docker would read it as a Docker Hub account, not a host; expected ${expected}`;
    return undefined;
  });
}

/** `[docker.index] account`: one repository path component (distribution/reference grammar). */
export function accountName(): ValueType<string> {
  const expected = 'an account name on the index: lower-case letters, digits, and . _ - between them';
  return text(expected, (s) => (/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(s) ? undefined : `expected ${expected}`));
}

/** A whole number of bytes > 0 (a size limit). */
export function byteCount(): ValueType<number> {
  const expected = `a whole number of bytes > 0 and <= ${Number.MAX_SAFE_INTEGER}`;
  return {
    expected,
    parse(raw) {
      if (raw.kind !== 'string' || !/^\d+$/.test(raw.text)) return no(`expected ${expected}`);
      const n = Number(raw.text);
      return n > 0 && Number.isSafeInteger(n) ? ok(n) : no(`expected ${expected}`);
    },
    render: (v) => String(v),
  };
}

/** A JSON list of absolute paths, each normalized (no trailing slash, no `.` or `..`). */
export function absolutePathList(example: string, opts: { notRoot?: boolean } = {}): ValueType<readonly string[]> {
  const list = stringList(example);
  const expected = `a JSON list of absolute paths${opts.notRoot ? ' other than /' : ''}, e.g. ${example}`;
  return {
    expected,
    parse(raw) {
      const r = list.parse(raw);
      if (!r.ok) return r;
      const out: string[] = [];
      for (const [i, s] of r.value.entries()) {
        if (!path.posix.isAbsolute(s)) return no(`item ${i + 1} ("${s}") is not absolute; expected ${expected}`);
        const normal = path.posix.normalize(s);
        if (opts.notRoot && normal.replace(/\/+$/, '') === '') return no(`item ${i + 1} ("${s}") is /; expected ${expected}`);
        out.push(normal.length > 1 ? normal.replace(/\/+$/, '') : normal);
      }
      return ok(out);
    },
    render: list.render,
  };
}

/**
 * `[midonet] reserved`: IPv4 addresses and `first-last` ranges, separated by
 * commas, e.g. `198.18.7.1-198.18.7.20, 198.18.7.99`. The pool never hands
 * them out.
 */
export function addressRanges(): ValueType<readonly MidonetReservedRange[]> {
  return textValue<readonly MidonetReservedRange[]>(
    'IPv4 addresses or ranges first-last, separated by commas, e.g. 198.18.7.1-198.18.7.20, 198.18.7.99',
    (text, expected) => {
      const out: MidonetReservedRange[] = [];
      for (const part of text.split(',')) {
        const item = part.trim();
        if (item === '') continue;
        const ends = item.split('-').map((e) => e.trim());
        const first = ends[0] ?? '';
        const last = ends[1] ?? first;
        const a = parseIpv4(first);
        const b = parseIpv4(last);
        if (ends.length > 2 || a === undefined || b === undefined) return no(`"${item}" is not an address or range; expected ${expected}`);
        if (b < a) return no(`"${item}" ends before it starts; write the lower address first`);
        out.push({ first: a, last: b });
      }
      return ok(out);
    },
    (v) => (v.length === 0 ? '""' : v.map((r) => (r.first === r.last ? formatIpv4(r.first) : `${formatIpv4(r.first)}-${formatIpv4(r.last)}`)).join(', ')),
  );
}
