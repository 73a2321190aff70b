/**
 * Option words read with the grammar of spf13/pflag, the parser of the Docker
 * CLI (`docker create` sets interspersed=false). Facts from pflag's
 * flag.go (parseArgs, parseLongArg, parseSingleShortArg), v1.0.5 and v1.0.6:
 *
 * - `--name=value`; `--name value` unless the flag is boolean; a boolean
 *   `--name` alone means true, and takes a value only after `=`.
 * - `-x` shorthands bundle: `-itv/x` is `-i -t -v /x`. Each boolean takes
 *   true and the next letter is read as another shorthand; `-x=value` gives
 *   the value after `=`; a shorthand that takes a value takes the rest of
 *   the word, or the next word when nothing is left.
 * - `--` ends the options; a word that does not start with `-` (or is `-`)
 *   is the first positional argument, the image.
 * - `--` followed by `-` or `=` is bad syntax; unknown names are errors;
 *   a word starting with `-test.` is skipped whole.
 */
import { DeimosError } from '@deimos/errors';

/** How pflag needs to know an option: its names and whether it is boolean. */
export interface FlagShape {
  /** Every long name it answers to, without dashes (aliases included). */
  readonly names: readonly string[];
  readonly short?: string;
  readonly bool: boolean;
}

/** One option as it was written, before its value is interpreted. */
export interface Occurrence<F extends FlagShape = FlagShape> {
  readonly flag: F;
  /** The name as written: `-v`, `--volume`, `--net`. */
  readonly name: string;
  /** The value pflag hands to the flag (`true` for a boolean given alone). */
  readonly value: string;
  /** What the framework wrote for this option, for messages. */
  readonly written: string;
  /** Where the words came from (a Launch field or a configuration key). */
  readonly source: string;
}

export interface FlagTable<F extends FlagShape> {
  readonly byName: ReadonlyMap<string, F>;
  readonly byShort: ReadonlyMap<string, F>;
}

export function flagTable<F extends FlagShape>(flags: readonly F[]): FlagTable<F> {
  const byName = new Map<string, F>();
  const byShort = new Map<string, F>();
  for (const f of flags) {
    for (const n of f.names) byName.set(n, f);
    if (f.short) byShort.set(f.short, f);
  }
  return { byName, byShort };
}

function show(word: string): string {
  return JSON.stringify(word.length > 120 ? `${word.slice(0, 120)}...` : word);
}

function optionError(source: string, message: string, hint?: string): DeimosError {
  return new DeimosError('POLICY', `${source}: ${message}`, hint ? { hint } : {});
}

/**
 * Read option words as `docker create` would. Throws, naming the word, for
 * anything Docker would refuse and for positional words (the image and the
 * command never come from the options).
 */
export function readOptions<F extends FlagShape>(words: readonly string[], table: FlagTable<F>, source: string): Array<Occurrence<F>> {
  const out: Array<Occurrence<F>> = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i++];
    if (word.length < 2 || word[0] !== '-') {
      throw optionError(source, `${show(word)} is not an option: Docker would read it as the image`, 'options are -x or --name[=value]; the command goes after "//"');
    }
    if (word === '--') {
      if (i < words.length) {
        throw optionError(source, `${show(words[i])} follows "--": Docker would read it as the image`, 'remove "--" and what follows, or put the command after "//"');
      }
      break;
    }
    if (word[1] === '-') {
      const body = word.slice(2);
      if (body[0] === '-' || body[0] === '=') throw optionError(source, `${show(word)} is bad option syntax`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const flag = table.byName.get(name);
      if (!flag) throw optionError(source, `unknown option --${name} (in ${show(word)})`, 'check the spelling against `docker create --help`');
      let value: string;
      let written = word;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (flag.bool) value = 'true';
      else if (i < words.length) {
        value = words[i++];
        written = `${word} ${value}`;
      } else throw optionError(source, `${word} needs a value`);
      out.push({ flag, name: `--${name}`, value, written, source });
      continue;
    }
    // Shorthands, possibly bundled. pflag skips a word that starts with
    // `-test.` (Go test flags) without reading it; we refuse it instead.
    if (word.startsWith('-test.')) throw optionError(source, `${show(word)} would be ignored by Docker (words starting with -test. are skipped)`);
    let rest = word.slice(1);
    while (rest.length > 0) {
      const c = rest[0];
      const flag = table.byShort.get(c);
      if (!flag) throw optionError(source, `unknown shorthand -${c} (in ${show(word)})`, 'check the spelling against `docker create --help`');
      let value: string;
      let written = word;
      if (rest.length > 2 && rest[1] === '=') {
        value = rest.slice(2);
        rest = '';
      } else if (flag.bool) {
        value = 'true';
        rest = rest.slice(1);
      } else if (rest.length > 1) {
        value = rest.slice(1);
        rest = '';
      } else if (i < words.length) {
        value = words[i++];
        written = `${word} ${value}`;
        rest = '';
      } else throw optionError(source, `-${c} needs a value (in ${show(word)})`);
      out.push({ flag, name: `-${c}`, value, written, source });
    }
  }
  return out;
}
