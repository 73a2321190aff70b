import { resourceTotals, ValueType, type Resource } from './index';

const scalar = (name: string, value: number, role = '*'): Resource => ({ name, type: ValueType.SCALAR, scalar: { value }, role });
const ports = (...ranges: Array<[number, number]>): Resource => ({
  name: 'ports',
  type: ValueType.RANGES,
  ranges: { range: ranges.map(([begin, end]) => ({ begin, end })) },
});

describe('resourceTotals', () => {
  it('sums cpus, mem and disk across roles', () => {
    expect(resourceTotals([scalar('cpus', 0.1), scalar('mem', 32), scalar('cpus', 2, 'web'), scalar('mem', 1024, 'web'), scalar('disk', 10)])).toEqual({
      cpus: 2.1,
      memMb: 1056,
      diskMb: 10,
      ports: [],
    });
  });
  it('rounds sums to three decimals', () => {
    expect(resourceTotals([scalar('cpus', 0.1), scalar('cpus', 0.2)]).cpus).toBe(0.3);
  });
  it('collects port ranges in order', () => {
    expect(resourceTotals([ports([31000, 31001], [31005, 31005]), scalar('cpus', 1), ports([30000, 30000])]).ports).toEqual([
      { begin: 31000, end: 31001 },
      { begin: 31005, end: 31005 },
      { begin: 30000, end: 30000 },
    ]);
  });
  it('leaves out what was not asked for and ignores unknown names', () => {
    const totals = resourceTotals([scalar('gpus', 1), { name: 'disks', type: ValueType.SET, set: { item: ['a'] } }]);
    expect(totals).toEqual({ ports: [] });
    expect('cpus' in totals).toBe(false);
  });
});
