import { formatIpv4, parseIpv4 } from './ipv4';

describe('IPv4 addresses', () => {
  it('reads dotted quads strictly', () => {
    expect(parseIpv4('198.18.7.1')).toBe(0xc6120701);
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    for (const bad of ['198.18.7', '198.18.7.256', '198.18.07.1', ' 198.18.7.1', '198.18.7.1/24', '198.18.7.1.1', '0x7f.0.0.1', '198.18.7.']) {
      expect(parseIpv4(bad)).toBeUndefined();
    }
  });

  it('writes back what it read', () => {
    for (const text of ['198.18.7.1', '0.0.0.0', '255.255.255.255', '198.19.255.254']) expect(formatIpv4(parseIpv4(text) as number)).toBe(text);
  });
});
