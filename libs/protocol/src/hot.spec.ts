import { decode, encode } from './codec';
import { decodeHot, encodeHot } from './hot';

// The hot codec (usage, containers) is generated from proto/ pruned to its
// messages: it must read and write exactly what the full codec does.

const stats = {
  timestamp: 1764915000.25,
  cpusUserTimeSecs: 1.5,
  cpusSystemTimeSecs: 0.25,
  cpusLimit: 0.5,
  memRssBytes: 41_943_040,
  memLimitBytes: 134_217_728,
  memTotalBytes: 2 ** 40 + 3, // above 2^32: a 64-bit varint, read back as a number
  processes: 3,
  threads: 7,
  netRxBytes: 1234,
  netTxPackets: 9,
};

describe('the hot codec', () => {
  it('encodes ResourceStatistics byte for byte as the full codec does, and both read it back', () => {
    const hot = encodeHot('ResourceStatistics', stats);
    expect(Buffer.from(hot)).toEqual(Buffer.from(encode('ResourceStatistics', stats)));
    expect(decode('ResourceStatistics', hot)).toMatchObject(stats);
  });

  it('encodes Containers as the full codec does', () => {
    const msg = { containers: [{ value: 'a' }, { value: 'b-2' }] };
    expect(Buffer.from(encodeHot('Containers', msg))).toEqual(Buffer.from(encode('Containers', msg)));
  });

  it('decodes a Usage the full codec wrote, and refuses a broken one with the same line', () => {
    expect(decodeHot('Usage', encode('Usage', { containerId: { value: 'c-1' } }))).toMatchObject({ containerId: { value: 'c-1' } });
    const broken = Uint8Array.from([0x0a, 0x05, 0x0a, 0x03, 0x61]);
    expect(() => decodeHot('Usage', broken)).toThrow(/^cannot decode Usage: /);
    expect(() => decodeHot('Usage', broken)).toThrow(
      ((): string => {
        try {
          decode('Usage', broken);
        } catch (err) {
          return (err as Error).message;
        }
        return 'no error';
      })(),
    );
    expect(() => decodeHot('Usage', new Uint8Array(0))).toThrow('cannot decode Usage: missing required field container_id');
  });

  it('refuses a message that is not its own, naming the ones it has', () => {
    expect(() => decodeHot('Launch' as 'Usage', new Uint8Array(0))).toThrow('unknown message type "Launch"');
  });
});
