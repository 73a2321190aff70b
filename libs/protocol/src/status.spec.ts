import { DeimosError } from '@deimos/errors';
import { waitStatus } from './index';

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
