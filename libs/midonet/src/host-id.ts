/**
 * Reads `host_uuid` from the text of a MidoNet host-id file
 * (`/etc/midonet_host_id.properties`, spec §5) with Java `Properties.load`
 * rules: `#`/`!` comment lines, `=`, `:` or whitespace between key and value,
 * backslash escapes and line continuations. The value is trimmed; a missing
 * key or an empty value gives `undefined`. The last occurrence wins, as in Java.
 *
 * MCP took "whatever follows the first `=` on the last line", which breaks on
 * a trailing blank line, extra keys or `key: value` syntax; this does not.
 */
export function parseHostIdProperties(text: string): string | undefined {
  let found: string | undefined;
  for (const line of logicalLines(text)) {
    const { key, value } = splitKeyValue(line);
    if (key === 'host_uuid') found = value.trim();
  }
  return found === undefined || found === '' ? undefined : found;
}

const WHITESPACE = new Set([' ', '\t', '\f']);

/** Natural lines joined at odd trailing backslashes; comments and blanks dropped. */
function logicalLines(text: string): string[] {
  const natural = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let pending: string | undefined;
  for (const raw of natural) {
    const line = pending === undefined ? raw : stripLeading(raw);
    if (pending === undefined) {
      const start = stripLeading(line);
      if (start === '' || start[0] === '#' || start[0] === '!') continue;
    }
    const joined = (pending ?? '') + line;
    if (endsWithOddBackslashes(joined)) {
      pending = joined.slice(0, -1);
      continue;
    }
    pending = undefined;
    out.push(stripLeading(joined));
  }
  if (pending !== undefined) out.push(stripLeading(pending));
  return out;
}

function stripLeading(s: string): string {
  let i = 0;
  while (i < s.length && WHITESPACE.has(s[i] as string)) i++;
  return s.slice(i);
}

function endsWithOddBackslashes(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function splitKeyValue(line: string): { key: string; value: string } {
  let i = 0;
  let keyEnd = line.length;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || WHITESPACE.has(c)) {
      keyEnd = i;
      break;
    }
    i++;
  }
  let j = keyEnd;
  while (j < line.length && WHITESPACE.has(line[j] as string)) j++;
  if (j < line.length && (line[j] === '=' || line[j] === ':')) j++;
  while (j < line.length && WHITESPACE.has(line[j] as string)) j++;
  return { key: unescape(line.slice(0, keyEnd)), value: unescape(line.slice(j)) };
}

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, esc: string) => {
    if (esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    switch (esc) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      default:
        return esc;
    }
  });
}
