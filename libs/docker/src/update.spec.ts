import { cpuShares } from './container';
import { safeMemoryLimit, updatePlan } from './update';

describe('safeMemoryLimit', () => {
  it('applies the requested limit when usage is below it or unknown', () => {
    expect(safeMemoryLimit(128 << 20, 10 << 20)).toEqual({ bytes: 128 << 20, raised: false });
    expect(safeMemoryLimit(128 << 20, undefined)).toEqual({ bytes: 128 << 20, raised: false });
  });
  it('keeps the limit at the current usage, page-aligned, instead of going below it', () => {
    expect(safeMemoryLimit(32 << 20, 40 * 1048576 + 1)).toEqual({ bytes: 40 * 1048576 + 4096, raised: true });
  });
});

describe('updatePlan', () => {
  it('gives shares, and a hard quota only when configured', () => {
    expect(updatePlan({ cpus: 1.5 }, undefined, false).args).toEqual(['--cpu-shares', String(cpuShares(1.5))]);
    expect(updatePlan({ cpus: 1.5 }, undefined, true).args).toEqual(['--cpu-shares', String(cpuShares(1.5)), '--cpus', '1.5']);
  });
  it('moves the swap limit with the memory limit, and keeps it above the usage', () => {
    expect(updatePlan({ memMb: 64.7 }, 1 << 20, false)).toEqual({
      args: ['--memory', String(64 << 20), '--memory-swap', String(128 << 20)],
      memory: { requested: 64 << 20, bytes: 64 << 20, raised: false },
    });
    expect(updatePlan({ memMb: 16 }, 20 << 20, false).memory).toEqual({ requested: 16 << 20, bytes: 20 << 20, raised: true });
  });
  it('has nothing to do without positive cpus or mem', () => {
    expect(updatePlan({}, undefined, true)).toEqual({ args: [] });
    expect(updatePlan({ cpus: 0, memMb: -1 }, undefined, true)).toEqual({ args: [] });
  });
});
