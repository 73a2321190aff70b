import { DeimosError } from '@deimos/errors';
import { ContainerInfoType, DockerNetwork, TaskState, TaskStatusReason, ValueType, VolumeMode, decode, encode, type MessageName, type ResourceStatistics } from './index';
import { sampleLaunch, samples } from './fixtures/samples';

// --- a tiny independent wire writer, for bytes our schema would never emit ---
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}
const key = (field: number, wireType: number) => varint(field * 8 + wireType);
const lenField = (field: number, payload: number[]) => [...key(field, 2), ...varint(payload.length), ...payload];
const strField = (field: number, s: string) => lenField(field, [...Buffer.from(s, 'utf8')]);
const varintField = (field: number, n: number) => [...key(field, 0), ...varint(n)];
const doubleField = (field: number, d: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(d);
  return [...key(field, 1), ...b];
};

// Decoded messages are class instances with defaults on the prototype (and a
// toJSON that turns 64-bit numbers into strings); compare their own data.
// An empty repeated field is the same as an absent one on the wire.
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return [...value];
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

describe('encode/decode', () => {
  for (const name of Object.keys(samples) as MessageName[]) {
    it(`round-trips a ${name}`, () => {
      const bytes = encode(name, samples[name]);
      expect(bytes.length).toBeGreaterThan(0);
      expect(plain(decode(name, bytes))).toEqual(plain(samples[name]));
    });
  }

  it('keeps TaskInfo.data bytes exactly', () => {
    const launch = decode('Launch', encode('Launch', sampleLaunch));
    expect([...(launch.taskInfo!.data as Uint8Array)]).toEqual([0, 1, 2, 255]);
  });

  it('encodes a Containers without ids to zero bytes, and decodes zero bytes back', () => {
    expect(encode('Containers', { containers: [] }).length).toBe(0);
    expect(encode('Containers', {}).length).toBe(0);
    expect(decode('Containers', new Uint8Array(0)).containers).toEqual([]);
  });

  it('decodes an empty Termination (valid for 0.26+ agents) with proto2 defaults', () => {
    const t = decode('Termination', new Uint8Array(0));
    expect(t.status).toBe(0);
    expect(Object.prototype.hasOwnProperty.call(t, 'status')).toBe(false);
  });

  it('writes killed=false and message="" explicitly, as 0.19-0.25 agents require', () => {
    const bytes = encode('Termination', { killed: false, message: '', status: 9 });
    expect([...bytes]).toEqual([0x08, 0x00, 0x12, 0x00, 0x18, 0x09]);
  });

  it('reads absent optional fields as their proto2 defaults', () => {
    const launch = decode(
      'Launch',
      encode('Launch', {
        containerId: { value: 'c' },
        executorInfo: { executorId: { value: 'e' }, command: { value: 'x' }, resources: [{ name: 'cpus', type: ValueType.SCALAR, scalar: { value: 1 } }] },
      }),
    );
    expect(launch.executorInfo!.command.shell).toBe(true);
    expect(launch.executorInfo!.resources![0].role).toBe('*');
    expect(launch.user).toBe('');
    expect(launch.taskInfo).toBeNull();
  });
});

describe('uint64 fields', () => {
  it('decode as plain numbers, not Long objects', () => {
    const stats: ResourceStatistics = { timestamp: 1, memRssBytes: 2 ** 40 + 5, netTxBytes: 2 ** 33 };
    const decoded = decode('ResourceStatistics', encode('ResourceStatistics', stats));
    expect(typeof decoded.memRssBytes).toBe('number');
    expect(decoded.memRssBytes).toBe(2 ** 40 + 5);
    expect(decoded.netTxBytes).toBe(2 ** 33);
    const range = decode('Launch', encode('Launch', sampleLaunch)).taskInfo!.resources![2].ranges!.range![0];
    expect(range.begin).toBe(31000);
    expect(typeof range.end).toBe('number');
  });
  it('decode to 0, a number, when absent', () => {
    expect(decode('ResourceStatistics', encode('ResourceStatistics', { timestamp: 1 })).memLimitBytes).toBe(0);
  });
});

describe('tolerance of other agent generations', () => {
  it('skips unknown fields of every wire type', () => {
    const bytes = Buffer.from([...varintField(99, 7), ...lenField(100, [1, 2, 3]), ...doubleField(101, 1.5), ...key(102, 5), 1, 2, 3, 4]);
    const valid = Buffer.concat([bytes, Buffer.from(lenField(1, strField(1, 'c9')))]);
    expect(decode('Wait', valid).containerId.value).toBe('c9');
  });

  it('decodes a 0.27 Resource with disk, reservation and revocable (fields 7-9)', () => {
    const resource = [
      ...strField(1, 'disk'),
      ...varintField(2, ValueType.SCALAR),
      ...lenField(3, doubleField(1, 100)),
      ...strField(6, 'web'),
      ...lenField(7, lenField(1, strField(1, 'vol'))),
      ...lenField(8, strField(1, 'principal')),
      ...lenField(9, []),
    ];
    const update = decode('Update', Buffer.from([...lenField(1, strField(1, 'c1')), ...lenField(2, resource)]));
    expect(update.resources![0]).toMatchObject({ name: 'disk', role: 'web', scalar: { value: 100 } });
  });

  it('decodes a 0.19 CommandInfo whose field 6 is a HealthCheck message, keeping the fields around it', () => {
    const healthCheck = [...doubleField(2, 15), ...lenField(7, strField(3, 'curl -f localhost'))];
    const command = [...strField(3, 'echo hi'), ...lenField(6, healthCheck), ...strField(5, 'nobody')];
    const executorInfo = [...lenField(1, strField(1, 'e1')), ...lenField(7, command), ...strField(9, 'ex')];
    const bytes = Buffer.from([...lenField(1, strField(1, 'c1')), ...lenField(3, executorInfo), ...strField(4, '/sandbox')]);

    const launch = decode('Launch', bytes);
    const cmd = launch.executorInfo!.command;
    expect(cmd.value).toBe('echo hi');
    expect(cmd.user).toBe('nobody');
    expect(Object.prototype.hasOwnProperty.call(cmd, 'shell')).toBe(false);
    expect(cmd.shell).toBe(true);
    expect(launch.executorInfo!.name).toBe('ex');
    expect(launch.directory).toBe('/sandbox');
  });

  it('decodes Termination.reasons both unpacked and packed', () => {
    const unpacked = Buffer.from([...varintField(5, 8), ...varintField(5, 1)]);
    const packed = Buffer.from(lenField(5, [8, 1]));
    expect(decode('Termination', unpacked).reasons).toEqual([8, 1]);
    expect(decode('Termination', packed).reasons).toEqual([8, 1]);
  });
});

describe('errors', () => {
  function decodeError(fn: () => unknown): DeimosError {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(DeimosError);
      return err as DeimosError;
    }
    throw new Error('expected an error');
  }

  it('names the message and the missing required field', () => {
    const err = decodeError(() => decode('Launch', new Uint8Array(0)));
    expect(err.code).toBe('DECODE');
    expect(err.message).toBe('cannot decode Launch: missing required field container_id');
  });

  it('names the nested message that lacks a required field', () => {
    const err = decodeError(() => decode('Wait', Buffer.from(lenField(1, []))));
    expect(err.message).toBe('cannot decode Wait: missing required field value in ContainerID');
  });

  it('rejects a ResourceStatistics without timestamp', () => {
    expect(decodeError(() => decode('ResourceStatistics', new Uint8Array(0))).message).toBe('cannot decode ResourceStatistics: missing required field timestamp');
  });

  it('reports truncated input', () => {
    const bytes = encode('Launch', sampleLaunch);
    const err = decodeError(() => decode('Launch', bytes.subarray(0, bytes.length - 3)));
    expect(err.code).toBe('DECODE');
    expect(err.message).toMatch(/^cannot decode Launch: truncated or malformed input/);
  });

  it('reports an invalid wire type', () => {
    const err = decodeError(() => decode('Wait', Buffer.from([0x0f])));
    expect(err.message).toMatch(/^cannot decode Wait: malformed input \(invalid wire type 7/);
  });

  it('refuses to encode a message missing a required field, naming it', () => {
    const err = decodeError(() => encode('Wait', {} as never));
    expect(err.code).toBe('DECODE');
    expect(err.message).toBe('cannot encode Wait: missing required field container_id');
    expect(decodeError(() => encode('Usage', { containerId: {} } as never)).message).toBe('cannot encode Usage: missing required field container_id.value');
  });

  it('refuses to encode a field of the wrong type, naming it in snake_case', () => {
    const err = decodeError(() => encode('Termination', { killed: false, message: '', status: 'nine' as never }));
    expect(err.message).toBe('cannot encode Termination: field status: integer expected');
    const stats = decodeError(() => encode('ResourceStatistics', { timestamp: 1, memRssBytes: 1.5 }));
    expect(stats.message).toBe('cannot encode ResourceStatistics: field mem_rss_bytes: integer|Long expected');
  });

  it('refuses an enum value that does not exist', () => {
    const err = decodeError(() => encode('Termination', { status: 0, reasons: [99 as never] }));
    expect(err.message).toBe('cannot encode Termination: field reasons: enum value[] expected');
  });

  it('rejects an unknown message name from an untyped caller', () => {
    const err = decodeError(() => decode('Launch2' as MessageName, new Uint8Array(0)));
    expect(err.message).toBe('unknown message type "Launch2"');
  });
});

describe('enums', () => {
  it('carry the Mesos numbers', () => {
    expect(TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY).toBe(8);
    expect(TaskStatusReason.REASON_EXECUTOR_REREGISTRATION_TIMEOUT).toBe(24);
    expect(TaskState.TASK_STAGING).toBe(6);
    expect(TaskState.TASK_STARTING).toBe(0);
    expect(TaskState.TASK_ERROR).toBe(7);
    expect(ValueType.RANGES).toBe(1);
    expect(DockerNetwork.HOST).toBe(1);
    expect(DockerNetwork.NONE).toBe(3);
    expect(VolumeMode.RO).toBe(2);
    expect(ContainerInfoType.MESOS).toBe(2);
    expect(TaskState[TaskState.TASK_RUNNING]).toBe('TASK_RUNNING');
  });
});
