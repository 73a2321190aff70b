/**
 * Scalar values read the way the Docker CLI (Go) reads them, so that a value
 * means to us what it means to Docker. Each parser either returns the value
 * Docker would get or throws; a form Docker accepts but that we cannot
 * judge exactly (numbers past 2^53, exotic spellings) is refused too, which
 * errs on the side of doing less.
 *
 * Facts from Go's strconv (ParseBool, ParseInt with base 0), time
 * (ParseDuration) and docker/go-units (RAMInBytes, v0.4.0 and v0.5.0 agree on
 * the forms accepted here).
 */

/** A value Docker would refuse, or one we refuse to judge; the message says which. */
export class ValueError extends Error {}

const BOOL_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const BOOL_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool. */
export function goBool(text: string): boolean {
  if (BOOL_TRUE.has(text)) return true;
  if (BOOL_FALSE.has(text)) return false;
  throw new ValueError(`"${text}" is not a boolean (true, false, 1, 0, t, f)`);
}

const DIGITS: Record<number, RegExp> = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };

/**
 * strconv.ParseInt(text, 0, bits) (and ParseUint when `unsigned`): an
 * optional sign, then 0x/0o/0b prefixes or a leading 0 for octal, and
 * underscores between digits. Values outside the safe integer range of
 * JavaScript are refused, even where Docker's int64 would hold them.
 */
export function goInt(text: string, bits: 16 | 32 | 64, unsigned = false): number {
  let s = text;
  let negative = false;
  if (!unsigned && (s.startsWith('+') || s.startsWith('-'))) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  let body = s;
  if (/^0[xX]/.test(s)) [base, body] = [16, s.slice(2)];
  else if (/^0[oO]/.test(s)) [base, body] = [8, s.slice(2)];
  else if (/^0[bB]/.test(s)) [base, body] = [2, s.slice(2)];
  else if (s.length > 1 && s[0] === '0') [base, body] = [8, s.slice(1)];
  // Underscores: only with base 0 (always here), only between digits or
  // right after a base prefix (strconv's underscoreOK).
  if (body.includes('_')) {
    const prefixed = base !== 10;
    if (!/^_?[^_]+(_[^_]+)*$/.test(body) || (body.startsWith('_') && !prefixed)) throw new ValueError(`"${text}" is not an integer`);
    body = body.replace(/_/g, '');
  }
  if (body === '' || !DIGITS[base].test(body)) throw new ValueError(`"${text}" is not an integer`);
  const n = parseInt(body, base);
  if (!Number.isSafeInteger(n)) throw new ValueError(`"${text}" is too large for us to judge`);
  const value = negative ? -n : n;
  const max = unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
  const min = unsigned ? 0 : -(2 ** (bits - 1));
  if (bits < 64 && (value > max || value < min)) throw new ValueError(`"${text}" is out of range`);
  return value === 0 ? 0 : value; // no -0
}

/** strconv.ParseInt(text, 10, 64): an optional sign and decimal digits (leading zeros allowed). */
export function goInt10(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new ValueError(`"${text}" is not a decimal integer`);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new ValueError(`"${text}" is too large for us to judge`);
  return n === 0 ? 0 : n;
}

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, '\u00b5s': 1e3, '\u03bcs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/**
 * time.ParseDuration, in nanoseconds: `0`, or a signed sequence of decimal
 * numbers each with a unit (`1h30m`, `1.5s`, `300ms`). Results beyond 2^53
 * nanoseconds (about 104 days) are refused.
 */
export function goDuration(text: string): number {
  let s = text;
  let sign = 1;
  if (s.startsWith('+') || s.startsWith('-')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new ValueError(`"${text}" is not a duration`);
  let total = 0;
  const part = /^(\d*)(?:\.(\d*))?(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/;
  while (s.length > 0) {
    const m = part.exec(s);
    if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) throw new ValueError(`"${text}" is not a duration (e.g. 30s, 1m30s, 500ms)`);
    const unit = DURATION_UNITS[m[3]];
    const whole = m[1] === '' ? 0 : Number(m[1]);
    // Go adds whole*unit exactly, then the fraction's digits f scaled as
    // f * (unit / 10^digits), truncated.
    const frac = m[2] ? Math.trunc(Number(m[2]) * (unit / 10 ** m[2].length)) : 0;
    total += whole * unit + frac;
    if (!Number.isSafeInteger(total)) throw new ValueError(`"${text}" is too long for us to judge`);
    s = s.slice(m[0].length);
  }
  return sign * total;
}

const RAM_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/**
 * go-units RAMInBytes: `512`, `512b`, `64k`, `1.5g`, `128MB`, `2GiB`. Forms
 * where the two go-units versions in Docker CLIs differ (spaces, `1i`,
 * several dots) are refused.
 */
export function goRamBytes(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(?:([kmgtpKMGTP])([iI]?[bB])?|[bB])?$/.exec(text);
  if (!m) throw new ValueError(`"${text}" is not a size (e.g. 512m, 1g, 1024k)`);
  const mul = m[2] ? RAM_UNITS[m[2].toLowerCase()] : 1;
  const n = Math.trunc(parseFloat(m[1]) * mul);
  if (!Number.isSafeInteger(n)) throw new ValueError(`"${text}" is too large for us to judge`);
  return n;
}

/**
 * opts.ParseCPUs (--cpus): a decimal number of CPUs, in billionths. Docker
 * reads any rational (`1/2`, `5e-1`); we take plain decimals with at most
 * nine places.
 */
export function goNanoCpus(text: string): number {
  const m = /^(\d{1,7})(?:\.(\d{1,9}))?$/.exec(text);
  if (!m) throw new ValueError(`"${text}" is not a number of CPUs (e.g. 0.5, 2)`);
  return Number(m[1]) * 1e9 + Number((m[2] ?? '').padEnd(9, '0'));
}
