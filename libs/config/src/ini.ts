import { ConfigError } from '@deimos/errors';

/** One `key: value` line, before any typing. */
export interface IniEntry {
  readonly key: string;
  /** Everything after the separator, trimmed. */
  readonly text: string;
  readonly line: number;
}

export interface IniSection {
  readonly name: string;
  /** Line of the `[name]` header. */
  readonly line: number;
  readonly entries: readonly IniEntry[];
}

export interface IniDocument {
  readonly file: string;
  readonly sections: ReadonlyMap<string, IniSection>;
}

const SECTION_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Split INI text into sections and raw entries. Only syntax is checked here
 * (headers, separators, placement, repeated headers); what a section or key
 * means is the schema's business.
 */
export function parseIni(text: string, file: string): IniDocument {
  const sections = new Map<string, { name: string; line: number; entries: IniEntry[] }>();
  let current: { name: string; line: number; entries: IniEntry[] } | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  lines.forEach((raw, index) => {
    const line = index + 1;
    const bad = (reason: string) => new ConfigError(reason, { file, line });
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;

    // configparser read an indented line as the continuation of the previous
    // value; we do not support continuations, and silently reading it as a
    // new key would change the meaning of files written for the reference.
    if (/^\s/.test(raw)) {
      throw bad('indented line: continuation lines are not supported; write the whole value on one line and start keys at column 1');
    }

    if (trimmed.startsWith('[')) {
      if (!trimmed.endsWith(']')) throw bad(`malformed section header "${clip(trimmed)}"; expected [name]`);
      const name = trimmed.slice(1, -1).trim();
      if (!SECTION_NAME.test(name)) {
        throw bad(`malformed section name "${clip(name)}"; expected letters, digits, ".", "_" or "-", e.g. [containers.image]`);
      }
      const earlier = sections.get(name);
      if (earlier) throw bad(`section [${name}] appears again (first at line ${earlier.line}); keep each section in one place`);
      current = { name, line, entries: [] };
      sections.set(name, current);
      return;
    }

    const at = separatorIndex(trimmed);
    // Only the first word is quoted: the rest may be a secret.
    if (at < 0) throw bad(`no ":" or "=" after "${clip(trimmed.split(/\s/)[0])}"; expected "key: value" or "key = value"`);
    const key = trimmed.slice(0, at).trim();
    if (key === '') throw bad(`missing key before "${trimmed[at]}"; expected "key: value"`);
    if (!current) throw bad(`"${clip(key)}" appears before any [section] header; put it under a section such as [containers]`);
    current.entries.push({ key, text: trimmed.slice(at + 1).trim(), line });
  });

  return { file, sections };
}

/** An empty document: what a missing configuration file amounts to. */
export function emptyIni(file = '(defaults)'): IniDocument {
  return { file, sections: new Map() };
}

function separatorIndex(s: string): number {
  const colon = s.indexOf(':');
  const equals = s.indexOf('=');
  if (colon < 0) return equals;
  if (equals < 0) return colon;
  return Math.min(colon, equals);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
