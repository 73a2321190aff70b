import { containerOfEntry, entryName, freeAddresses, macFor, pickAddress, yieldsTo } from './pool';

const SUBNET = { subnetPrefix: '198.18.7.0', subnetLength: 29, defaultGateway: '198.18.7.1', serverAddr: '198.18.7.2' };
const entry = (ipAddr: string, name: string, macAddr = macFor('h', name)) => ({ ipAddr, name, macAddr });

describe('freeAddresses', () => {
  it('leaves out network, broadcast, gateway, server and held addresses', () => {
    const free = freeAddresses(SUBNET, [entry('198.18.7.4', 'a')], []);
    expect(free.map((n) => n & 255)).toEqual([3, 5, 6]);
  });

  it('leaves out reserved ranges', () => {
    expect(freeAddresses(SUBNET, [], [{ first: 0xc6120703, last: 0xc6120705 }]).map((n) => n & 255)).toEqual([6]);
  });

  it('uses every address of a /31 and /32', () => {
    expect(freeAddresses({ subnetPrefix: '198.18.7.0', subnetLength: 31 }, [], []).length).toBe(2);
    expect(freeAddresses({ subnetPrefix: '198.18.7.9', subnetLength: 32 }, [], []).length).toBe(1);
  });
});

describe('pickAddress', () => {
  it('takes the candidate the pick hook names, and nothing from a full subnet', () => {
    expect(pickAddress(SUBNET, [], [], () => 0)).toBe('198.18.7.3');
    expect(pickAddress(SUBNET, [], [], (n) => n - 1)).toBe('198.18.7.6');
    const full = ['3', '4', '5', '6'].map((o) => entry(`198.18.7.${o}`, o));
    expect(pickAddress(SUBNET, full, [], () => 0)).toBeUndefined();
  });

  it('falls back to the first candidate when the hook answers out of range', () => {
    expect(pickAddress(SUBNET, [], [], () => 99)).toBe('198.18.7.3');
  });
});

describe('yieldsTo', () => {
  it('makes the higher name give way, and only that one', () => {
    const a = entry('198.18.7.3', 'deimos:h1:a');
    const b = entry('198.18.7.3', 'deimos:h2:b');
    expect(yieldsTo(b, [a, b])).toEqual(a);
    expect(yieldsTo(a, [a, b])).toBeUndefined();
  });

  it('breaks a tie of names on the MAC, and ignores other addresses', () => {
    const a = { ipAddr: '198.18.7.3', name: 'same', macAddr: '02:00:00:00:00:01' };
    const b = { ipAddr: '198.18.7.3', name: 'same', macAddr: '02:00:00:00:00:02' };
    expect(yieldsTo(b, [b, a])).toEqual(a);
    expect(yieldsTo(a, [b, a])).toBeUndefined();
    expect(yieldsTo(b, [entry('198.18.7.4', 'aaa'), b])).toBeUndefined();
  });
});

describe('names and MACs', () => {
  it('names entries for host and container, and reads them back only for that host', () => {
    const name = entryName('9F1C2D3E-4B5A-4C6D-8E7F-0A1B2C3D0001', 'c-1');
    expect(name).toBe('deimos:9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001:c-1');
    expect(containerOfEntry(name, '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001')).toBe('c-1');
    expect(containerOfEntry(name, '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0002')).toBeUndefined();
  });

  it('makes locally administered unicast MACs that change with the attempt', () => {
    expect(macFor('h', 'c')).toMatch(/^02(:[0-9a-f]{2}){5}$/);
    expect(macFor('h', 'c', 1)).not.toBe(macFor('h', 'c', 0));
  });
});
