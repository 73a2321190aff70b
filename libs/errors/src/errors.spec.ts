import { ChildProcessError, ConfigError, DeimosError, FrameError, exitCodeOf, formatError, hasErrno, isHelpOrVersion } from './errors';

describe('exitCodeOf', () => {
  it('keeps the reference meaning of 1, 4, 8 and 16', () => {
    expect(exitCodeOf(new DeimosError('USAGE', 'bad option'))).toBe(1);
    expect(exitCodeOf(new FrameError('short prefix', 2))).toBe(4);
    expect(exitCodeOf(new Error('boom'))).toBe(8);
    expect(exitCodeOf(new ConfigError('bad line', { file: '/etc/deimos.cfg', line: 3 }))).toBe(16);
  });
  it('gives a distinct status when another instance is busy', () => {
    expect(exitCodeOf(new DeimosError('BUSY', 'cleanup already running'))).toBe(3);
  });
});

describe('formatError', () => {
  it('prints one line with the hint and no stack by default', () => {
    const line = formatError(new DeimosError('INVALID_INPUT', 'container id "a/b" has a slash', { hint: 'use one path component' }));
    expect(line).toBe('container id "a/b" has a slash (use one path component)');
    expect(line).not.toContain('\n');
  });
  it('adds the stack only at debug level', () => {
    expect(formatError(new Error('x'), true)).toContain('\n    at ');
  });
  it('names the file and line of a configuration error', () => {
    expect(formatError(new ConfigError('expected key = value', { file: '/etc/deimos.cfg', line: 7 }))).toBe('/etc/deimos.cfg:7: expected key = value');
  });
  it('folds multi-line stderr of a child into the one line', () => {
    const err = new ChildProcessError('docker run failed: a\nb', { argv: ['docker'], exitCode: 125, stderr: 'a\nb' });
    expect(formatError(err)).toBe('docker run failed: a b');
  });
  it('names the offset of a frame error', () => {
    expect(new FrameError('truncated body', 7).message).toBe('truncated body (at byte offset 7)');
  });
});

describe('hasErrno', () => {
  it('matches system error codes only', () => {
    expect(hasErrno(Object.assign(new Error('x'), { code: 'ENOENT' }), 'ENOENT')).toBe(true);
    expect(hasErrno(new Error('ENOENT'), 'ENOENT')).toBe(false);
    expect(hasErrno(null, 'ENOENT')).toBe(false);
  });
});

describe('isHelpOrVersion', () => {
  it("takes commander's --help and --version endings as successes, and nothing else", () => {
    for (const code of ['commander.helpDisplayed', 'commander.version', 'commander.help']) expect(isHelpOrVersion({ code })).toBe(true);
    for (const code of ['commander.unknownOption', 'commander.missingArgument', undefined, 'ENOENT']) expect(isHelpOrVersion({ code })).toBe(false);
  });
});
