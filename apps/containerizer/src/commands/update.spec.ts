import { safeMemoryLimit } from './update';

describe('safeMemoryLimit', () => {
  it('applies the requested limit when usage is below it or unknown', () => {
    expect(safeMemoryLimit(128 << 20, 10 << 20)).toEqual({ bytes: 128 << 20, raised: false });
    expect(safeMemoryLimit(128 << 20, undefined)).toEqual({ bytes: 128 << 20, raised: false });
  });
  it('keeps the limit at the current usage, page-aligned, instead of going below it', () => {
    expect(safeMemoryLimit(32 << 20, 40 * 1048576 + 1)).toEqual({ bytes: 40 * 1048576 + 4096, raised: true });
  });
});
