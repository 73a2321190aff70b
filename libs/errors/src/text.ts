/*
 * The one escaping of text we did not write (a framework's ids, options,
 * paths, a server's or a child's message) before it goes into a message, a
 * log line or stderr: no control character reaches a terminal or a log
 * reader raw, where it could end a line early, move the cursor or forge a
 * line of its own.
 */

/**
 * Control characters: C0 (U+0000-U+001F, NUL, tab and the line breaks
 * included), DEL (U+007F), C1 (U+0080-U+009F: some terminals read U+009B
 * as CSI) and the Unicode line and paragraph separators (U+2028, U+2029),
 * which some log viewers break lines at.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

function escapeOne(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The index of the first control character in `text` not in `allowed`
 * (e.g. "\t\n\r"), or -1.
 */
export function controlCharacterAt(text: string, allowed = ''): number {
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m !== null; m = CONTROL.exec(text)) {
    if (!allowed.includes(m[0])) return m.index;
  }
  return -1;
}

/**
 * `text` with every control character written as JSON writes it (`\n`,
 * `\t`, `\u0000`, `\u009b`), except those in `keep`. Everything else is
 * left as it is, so text without control characters comes back unchanged.
 */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => (keep.includes(c) ? c : escapeOne(c)));
}

/**
 * `text` quoted as a JSON string (`"x\u0000y"`, `"a\"b"`), with DEL, C1
 * and the line separators escaped too; longer than `max` characters, it is
 * cut and `...` added inside the quotes.
 */
export function quoted(text: string, max = Infinity): string {
  const cut = text.length > max ? `${text.slice(0, max)}...` : text;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, escapeOne);
}
