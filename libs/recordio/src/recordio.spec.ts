import { FrameError } from '@deimos/errors';
import { DEFAULT_MAX_FRAME, FrameDecoder, encodeFrame, readFrame, writeFrame, type ReadFn } from './index';

/**
 * A ReadFn over `source` that hands out at most `chunk` bytes per call and
 * records every request, like a pipe that never reaches EOF unless `eof` is
 * set: asking for bytes past the end fails the test instead of blocking.
 */
function pipeReader(source: Uint8Array, opts: { chunk?: number; eof?: boolean } = {}) {
  const requests: number[] = [];
  let pos = 0;
  const read: ReadFn = (buf, offset, length) => {
    requests.push(length);
    if (pos >= source.length) {
      if (opts.eof) return 0;
      throw new Error(`read past the data at byte ${pos}: a real pipe would block here forever`);
    }
    const n = Math.min(length, opts.chunk ?? length, source.length - pos);
    buf.set(source.subarray(pos, pos + n), offset);
    pos += n;
    return n;
  };
  return { read, requests, position: () => pos };
}

function frameErrorOf(fn: () => unknown): FrameError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FrameError);
    return err as FrameError;
  }
  throw new Error('expected a FrameError');
}

const payload = Buffer.from('hello, agent');

describe('encodeFrame', () => {
  it('puts a 4-byte little-endian length before the message', () => {
    expect([...encodeFrame(Buffer.from([0xaa, 0xbb]))]).toEqual([2, 0, 0, 0, 0xaa, 0xbb]);
    const big = encodeFrame(new Uint8Array(576));
    expect([...big.subarray(0, 4)]).toEqual([0x40, 0x02, 0x00, 0x00]);
    expect(big.length).toBe(580);
  });
  it('encodes an empty message as four zero bytes', () => {
    expect([...encodeFrame(new Uint8Array(0))]).toEqual([0, 0, 0, 0]);
  });
});

describe('readFrame', () => {
  it('round-trips a message', () => {
    expect(readFrame(pipeReader(encodeFrame(payload)).read).toString()).toBe('hello, agent');
  });

  it('reads a frame handed over one byte at a time', () => {
    const reader = pipeReader(encodeFrame(payload), { chunk: 1 });
    expect(readFrame(reader.read)).toEqual(payload);
    expect(reader.requests.length).toBe(4 + payload.length);
  });

  it('reads exactly 4 + N bytes and never asks for the bytes after the frame', () => {
    const trailing = Buffer.from('TRAILING');
    const reader = pipeReader(Buffer.concat([encodeFrame(payload), trailing]));
    expect(readFrame(reader.read)).toEqual(payload);
    expect(reader.position()).toBe(4 + payload.length);
    expect(reader.requests).toEqual([4, payload.length]);
  });

  it('returns from a zero-length frame without reading further', () => {
    const reader = pipeReader(Buffer.from([0, 0, 0, 0]));
    expect(readFrame(reader.read).length).toBe(0);
    expect(reader.requests).toEqual([4]);
  });

  it('reports no input at offset 0', () => {
    const err = frameErrorOf(() => readFrame(pipeReader(new Uint8Array(0), { eof: true }).read));
    expect(err.message).toBe('no input: expected a 4-byte length prefix (at byte offset 0)');
    expect(err.offset).toBe(0);
    expect(err.code).toBe('FRAME');
  });

  it('reports input ending inside the prefix, with the offset', () => {
    const err = frameErrorOf(() => readFrame(pipeReader(Buffer.from([5, 0]), { eof: true }).read));
    expect(err.offset).toBe(2);
    expect(err.message).toBe('input ended inside the length prefix: expected 4 bytes, got 2 (at byte offset 2)');
  });

  it('reports a truncated body with expected and received sizes', () => {
    const frame = encodeFrame(payload).subarray(0, 4 + 5);
    const err = frameErrorOf(() => readFrame(pipeReader(frame, { eof: true, chunk: 3 }).read));
    expect(err.offset).toBe(9);
    expect(err.message).toBe(`input ended early: expected ${payload.length} bytes of message, got 5 (at byte offset 9)`);
  });

  it('refuses a length over the limit before allocating or reading the body', () => {
    const reader = pipeReader(Buffer.from([0xff, 0xff, 0xff, 0xff, 1]));
    const alloc = jest.spyOn(Buffer, 'alloc');
    const err = frameErrorOf(() => readFrame(reader.read));
    const sizes = alloc.mock.calls.map((call) => call[0]);
    alloc.mockRestore();
    expect(sizes.every((size) => size <= 4)).toBe(true);
    expect(reader.requests).toEqual([4]);
    expect(err.offset).toBe(0);
    expect(err.message).toContain(`length prefix says 4294967295 bytes, over the limit of ${DEFAULT_MAX_FRAME} bytes`);
    expect(err.message).toContain('maxLength');
  });

  it('honours a custom maxLength', () => {
    expect(readFrame(pipeReader(encodeFrame(Buffer.alloc(10))).read, { maxLength: 10 }).length).toBe(10);
    expect(frameErrorOf(() => readFrame(pipeReader(encodeFrame(Buffer.alloc(11))).read, { maxLength: 10 })).message).toContain('length prefix says 11 bytes, over the limit of 10 bytes');
  });

  it('rejects a ReadFn that claims more bytes than asked for', () => {
    const err = frameErrorOf(() => readFrame(() => 5));
    expect(err.message).toContain('read returned 5 when asked for at most 4 bytes');
  });
});

describe('writeFrame', () => {
  it('loops on partial writes until the whole frame is out', () => {
    const out: number[] = [];
    const calls: number[] = [];
    writeFrame((buf, offset, length) => {
      calls.push(length);
      const n = Math.min(3, length);
      out.push(...buf.subarray(offset, offset + n));
      return n;
    }, payload);
    expect(Buffer.from(out)).toEqual(encodeFrame(payload));
    expect(calls[0]).toBe(4 + payload.length);
    expect(calls.length).toBe(Math.ceil((4 + payload.length) / 3));
  });

  it('fails instead of spinning when the sink accepts nothing', () => {
    expect(frameErrorOf(() => writeFrame(() => 0, payload)).message).toBe(`write accepted 0 of ${4 + payload.length} bytes (at byte offset 0)`);
  });

  it('round-trips through readFrame', () => {
    const chunks: Buffer[] = [];
    writeFrame((buf, offset, length) => {
      chunks.push(Buffer.from(buf.subarray(offset, offset + length)));
      return length;
    }, payload);
    expect(readFrame(pipeReader(Buffer.concat(chunks)).read)).toEqual(payload);
  });
});

describe('FrameDecoder', () => {
  it('returns every frame completed by a chunk', () => {
    const decoder = new FrameDecoder();
    const stream = Buffer.concat([encodeFrame(Buffer.from('a')), encodeFrame(Buffer.alloc(0)), encodeFrame(Buffer.from('ccc'))]);
    expect(decoder.push(stream).map(String)).toEqual(['a', '', 'ccc']);
    expect(() => decoder.end()).not.toThrow();
  });

  it('reassembles frames pushed one byte at a time', () => {
    const decoder = new FrameDecoder();
    const stream = Buffer.concat([encodeFrame(payload), encodeFrame(Buffer.from('x'))]);
    const frames: Buffer[] = [];
    for (const byte of stream) frames.push(...decoder.push(Buffer.from([byte])));
    expect(frames.map(String)).toEqual(['hello, agent', 'x']);
  });

  it('throws on end with a partial body pending, naming the stream offset', () => {
    const decoder = new FrameDecoder();
    decoder.push(encodeFrame(Buffer.from('first')));
    decoder.push(encodeFrame(payload).subarray(0, 7));
    const err = frameErrorOf(() => decoder.end());
    expect(err.offset).toBe(9 + 7);
    expect(err.message).toContain(`expected ${payload.length} bytes of message, got 3`);
  });

  it('throws on end with a partial prefix pending', () => {
    const decoder = new FrameDecoder();
    decoder.push(Buffer.from([1]));
    expect(frameErrorOf(() => decoder.end()).message).toBe('input ended inside the length prefix: expected 4 bytes, got 1 (at byte offset 1)');
  });

  it('accepts end of input with nothing pending, including no input at all', () => {
    expect(() => new FrameDecoder().end()).not.toThrow();
  });

  it('returns the frames before a bad prefix in the same chunk, then fails', () => {
    const decoder = new FrameDecoder({ maxLength: 8 });
    const chunk = Buffer.concat([encodeFrame(Buffer.from('first')), Buffer.from('TRAILING')]);
    expect(decoder.push(chunk).map(String)).toEqual(['first']);
    const err = frameErrorOf(() => decoder.end());
    expect(err.offset).toBe(9);
    expect(err.message).toContain('over the limit of 8 bytes');
  });

  it('refuses an oversize length as soon as the prefix is in, and stays failed', () => {
    const decoder = new FrameDecoder({ maxLength: 8 });
    decoder.push(encodeFrame(Buffer.from('ok')));
    const err = frameErrorOf(() => decoder.push(Buffer.from([9, 0, 0, 0])));
    expect(err.offset).toBe(6);
    expect(err.message).toContain('length prefix says 9 bytes, over the limit of 8 bytes');
    expect(() => decoder.push(Buffer.from([0]))).toThrow(err);
    expect(() => decoder.end()).toThrow(err);
  });
});
