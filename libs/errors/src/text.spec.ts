import { ChildProcessError, DeimosError, formatError } from './errors';
import { controlCharacterAt, escapeControls, quoted } from './text';

/** Every control character the escaping knows, one string. */
const ALL_CONTROLS = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i), 0x2028, 0x2029].map((c) => String.fromCharCode(c)).join('');
const RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe('escapeControls', () => {
  it('writes each control character as JSON does, and leaves other text alone', () => {
    expect(escapeControls('x\u0000y')).toBe('x\\u0000y');
    expect(escapeControls('a\tb\nc\rd\u001b[31m')).toBe('a\\tb\\nc\\rd\\u001b[31m');
    expect(escapeControls('del\u007f csi\u009b ls\u2028')).toBe('del\\u007f csi\\u009b ls\\u2028');
    expect(escapeControls('plain "quoted" \\ text, ünïcödé')).toBe('plain "quoted" \\ text, ünïcödé');
  });
  it('leaves no control character, save those it is told to keep', () => {
    expect(escapeControls(ALL_CONTROLS)).not.toMatch(RAW);
    expect(escapeControls(`a\n${ALL_CONTROLS}`, '\n').replace(/\n/g, '')).not.toMatch(RAW);
    expect(escapeControls('a\nb\tc', '\n')).toBe('a\nb\\tc');
  });
});

describe('quoted', () => {
  it('quotes as JSON, escaping DEL, C1 and the line separators too', () => {
    expect(quoted('x\u0000y')).toBe('"x\\u0000y"');
    expect(quoted('a"b')).toBe('"a\\"b"');
    expect(quoted('\u009b\u2029')).toBe('"\\u009b\\u2029"');
    expect(quoted(ALL_CONTROLS)).not.toMatch(RAW);
  });
  it('cuts long text inside the quotes', () => {
    expect(quoted('abcdef', 3)).toBe('"abc..."');
    expect(quoted('abc', 3)).toBe('"abc"');
  });
});

describe('controlCharacterAt', () => {
  it('finds the first control character not allowed', () => {
    expect(controlCharacterAt('plain')).toBe(-1);
    expect(controlCharacterAt('a\tb\u0000')).toBe(1);
    expect(controlCharacterAt('a\tb\u0000', '\t\n\r')).toBe(3);
    expect(controlCharacterAt('a\tb\nc', '\t\n\r')).toBe(-1);
    expect(controlCharacterAt('x\u0085', '\t\n\r')).toBe(1);
  });
  it('answers the same when called again (no state kept between calls)', () => {
    expect(controlCharacterAt('ab\u0001')).toBe(2);
    expect(controlCharacterAt('\u0001')).toBe(0);
  });
});

describe('no error message carries a raw control character', () => {
  it('DeimosError escapes its message and hint, keeping line breaks for formatError to fold', () => {
    const err = new DeimosError('INVALID_INPUT', 'value "x\u0000y\u001b[2J"\nnext', { hint: 'see \u009b' });
    expect(err.message).toBe('value "x\\u0000y\\u001b[2J"\nnext');
    expect(err.hint).toBe('see \\u009b');
    expect(formatError(err)).toBe('value "x\\u0000y\\u001b[2J" next (see \\u009b)');
  });
  it('formatError escapes the message of an error that is not ours, and a lone carriage return', () => {
    expect(formatError(new Error('spawn failed: a\u0000b\rc'))).toBe('unexpected error: spawn failed: a\\u0000b\\rc');
    expect(formatError(new ChildProcessError('docker run failed: a\r\nb', { argv: ['docker'] }))).toBe('docker run failed: a b');
    expect(formatError(`odd ${ALL_CONTROLS}`)).not.toMatch(RAW);
  });
  it('keeps the stack of --debug on lines of its own, escaped', () => {
    const text = formatError(new Error('x\u0007'), true);
    expect(text.split('\n')[0]).toBe('unexpected error: x\\u0007');
    expect(text).toContain('\n    at ');
    expect(text.replace(/\n/g, '')).not.toMatch(RAW);
  });
});
