import { DeimosError, controlCharacterAt, quoted } from '@deimos/errors';
import type { Launch } from '@deimos/protocol';

/*
 * Every text of a Launch is judged here, once, as it is read, before any
 * of it is used: control characters are refused by field. The kernel
 * cannot carry NUL in an argv word or an environment string (Docker's CLI
 * path failed late on it, with our state already made), and no id, path,
 * name or image has a use for any control character; they only forge log
 * lines or move a terminal's cursor.
 *
 * Two kinds of field:
 *   - text: a shell script, a program's argument, an environment value, a
 *     word of `docker create` options or a DockerInfo parameter's value
 *     (they carry environment values, labels, health-check scripts): tab,
 *     newline and carriage return are kept, as programs and scripts use
 *     them; every other control character is refused.
 *   - line (every other field: ids, names, the directory, the user, images,
 *     URIs, volume paths, parameter keys, environment names, resources):
 *     no control character at all.
 * "Control character" is U+0000-U+001F, U+007F-U+009F, U+2028 and U+2029
 * (@deimos/errors controlCharacterAt).
 */

/** What a text field may hold besides printable text. */
const TEXT_ALLOWS = '\t\n\r';

/** The text fields, by their path without indexes (`command` stands for every CommandInfo). */
const TEXT_FIELDS: readonly RegExp[] = [
  /(^|\.)command\.value$/,
  /(^|\.)command\.arguments$/,
  /(^|\.)command\.environment\.variables\.value$/,
  /(^|\.)command\.container\.options$/,
  /(^|\.)docker\.parameters\.value$/,
];

/** camelCase (protobufjs) to snake_case (the .proto, as operators read it). */
function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Whether a field (its path without indexes) is a text field. */
export function isTextField(path: string): boolean {
  return TEXT_FIELDS.some((re) => re.test(path));
}

/** At most this many characters of a value are shown, around the refused character. */
const SHOWN = 120;

function excerpt(value: string, at: number): string {
  if (value.length <= SHOWN) return quoted(value);
  const from = Math.max(0, at - SHOWN / 2);
  const body = quoted(value.slice(from, from + SHOWN));
  return `${from > 0 ? '...' : ''}${body}${from + SHOWN < value.length ? '...' : ''}`;
}

function check(value: string, shown: string, bare: string): void {
  const allows = isTextField(bare) ? TEXT_ALLOWS : '';
  const at = controlCharacterAt(value, allows);
  if (at < 0) return;
  const code = `U+${value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new DeimosError('INVALID_INPUT', `Launch.${shown} ${excerpt(value, at)} has a control character (${code} at offset ${at})`, {
    hint: allows
      ? 'no text of a Launch may hold NUL or other control characters; environment values, commands, their arguments and Docker options may hold tab, newline and carriage return'
      : 'no text of a Launch may hold NUL or other control characters; ids, names, paths, images and URIs none at all',
  });
}

function walk(node: unknown, shown: string, bare: string): void {
  if (typeof node === 'string') {
    check(node, shown, bare);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${shown}[${i}]`, bare));
    return;
  }
  // Bytes (TaskInfo.data, unknown fields) are not text; numbers and booleans have no characters.
  if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) return;
  for (const key of Object.keys(node)) {
    if (key.startsWith('$')) continue; // protobufjs bookkeeping ($unknowns)
    const field = snake(key);
    walk((node as Record<string, unknown>)[key], shown ? `${shown}.${field}` : field, bare ? `${bare}.${field}` : field);
  }
}

/**
 * Refuse a Launch any text of which holds a control character its field
 * may not hold (see above), naming the field and showing the value
 * escaped: `Launch.task_info.command.environment.variables[0].value
 * "x\u0000y" has a control character (U+0000 at offset 1)`.
 */
export function checkLaunchText(launch: Launch): void {
  walk(launch, '', '');
}
