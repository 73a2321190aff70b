import { DeimosError } from '@deimos/errors';
import { exitCodeFromDockerWait, waitStatus } from './index';

describe('waitStatus', () => {
  it('reports exit 3 as wait status 768', () => {
    expect(waitStatus({ code: 3 })).toBe(768);
  });
  it('reports exit 0 as 0 and exit 255 as 65280', () => {
    expect(waitStatus({ code: 0 })).toBe(0);
    expect(waitStatus({ code: 255 })).toBe(65280);
  });
  it('keeps only the low 8 bits of an exit code, as WEXITSTATUS does', () => {
    expect(waitStatus({ code: 256 + 2 })).toBe(2 << 8);
  });
  it('reports death by SIGKILL as 9', () => {
    expect(waitStatus({ signal: 9 })).toBe(9);
  });
  it('prefers the signal when both are given', () => {
    expect(waitStatus({ code: 1, signal: 15 })).toBe(15);
  });
  it('refuses an exit with neither code nor signal', () => {
    expect(() => waitStatus({})).toThrow(DeimosError);
  });
  it('refuses a non-signal number', () => {
    expect(() => waitStatus({ signal: 0 })).toThrow('signal 0 is not a signal number');
  });
});

describe('exitCodeFromDockerWait', () => {
  it('reads the number docker wait prints', () => {
    expect(exitCodeFromDockerWait('0\n')).toBe(0);
    expect(exitCodeFromDockerWait(' 137 \n')).toBe(137);
  });
  it('maps a negative code -n to 128+n', () => {
    expect(exitCodeFromDockerWait('-1')).toBe(129);
    expect(exitCodeFromDockerWait('-9\n')).toBe(137);
  });
  it('wraps codes above 255 modulo 256', () => {
    expect(exitCodeFromDockerWait('300')).toBe(44);
    expect(exitCodeFromDockerWait('-200')).toBe(72);
  });
  it('gives 111 for text that is not a number', () => {
    expect(exitCodeFromDockerWait('')).toBe(111);
    expect(exitCodeFromDockerWait('Error: No such container: abc')).toBe(111);
    expect(exitCodeFromDockerWait('1.5')).toBe(111);
  });
});
