import { DeimosError, FrameError } from '@deimos/errors';
import { FrameDecoder, encodeFrame, readFrame } from '@deimos/recordio';
import { decode, encode, type MessageName } from './codec';
import { samples } from './fixtures/samples';

// Fuzzing the agent-facing input path: frame reader + protobuf decoder.
// Every case must end in a valid message or a clean one-line DeimosError:
// no other exception, no hang, no allocation of what a length prefix claims.
// DEIMOS_FUZZ_CASES raises the count (the long `fuzz` target sets 1,000,000).

const CASES = Number(process.env.DEIMOS_FUZZ_CASES ?? 12_000);
const NAMES: MessageName[] = ['Launch', 'Update', 'Wait', 'Destroy', 'Usage', 'Termination', 'Containers', 'ResourceStatistics'];
const MAX_FRAME = 1 << 20;

/** xorshift32: deterministic, so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const validFrames = NAMES.map((n) => ({ name: n, frame: encodeFrame(encode(n, samples[n] as never)) }));
/** What each valid frame decodes to before any fuzzing, to compare with after it. */
const decodedBefore = validFrames.map(({ name, frame }) => JSON.stringify(decode(name, readAll(frame, false))));

function mutate(buf: Buffer, r: () => number): Buffer {
  const out = Buffer.from(buf);
  const edits = 1 + Math.floor(r() * 4);
  let b = out;
  for (let i = 0; i < edits; i++) {
    const kind = Math.floor(r() * 5);
    const at = Math.floor(r() * Math.max(1, b.length));
    if (kind === 0 && b.length > 0) b[at] = Math.floor(r() * 256);
    else if (kind === 1 && b.length > 0) b[at] ^= 1 << Math.floor(r() * 8);
    else if (kind === 2) b = Buffer.concat([b.subarray(0, at), Buffer.from([Math.floor(r() * 256)]), b.subarray(at)]);
    else if (kind === 3) b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
    else b = b.subarray(0, at);
  }
  return b;
}

function lengthCase(r: () => number): Buffer {
  const lengths = [0, 1, 0x7fffffff, 0xffffffff, 0x80000000, MAX_FRAME, MAX_FRAME + 1, Math.floor(r() * 0xffffffff)];
  const head = Buffer.alloc(4);
  head.writeUInt32LE(lengths[Math.floor(r() * lengths.length)] >>> 0);
  return Buffer.concat([head, Buffer.from(Array.from({ length: Math.floor(r() * 16) }, () => Math.floor(r() * 256)))]);
}

/** Read one frame out of `input` the way the containerizer reads stdin. */
function readAll(input: Buffer, oneByte: boolean): Buffer {
  let pos = 0;
  return readFrame(
    (buf, offset, length) => {
      const n = Math.min(oneByte ? 1 : length, input.length - pos);
      input.copy(buf, offset, pos, pos + n);
      pos += n;
      return n;
    },
    { maxLength: MAX_FRAME },
  );
}

function expectClean(err: unknown, seed: number): void {
  if (!(err instanceof DeimosError)) throw new Error(`case ${seed}: ${String(err)} is not a DeimosError`);
  if (err.message.includes('\n')) throw new Error(`case ${seed}: multi-line message ${JSON.stringify(err.message)}`);
  if (!(err instanceof FrameError) && err.code !== 'DECODE') throw new Error(`case ${seed}: unexpected code ${err.code}`);
}

describe('fuzzed frames and messages', () => {
  let ran = 0;
  let decodedOk = 0;
  afterAll(() => {
    process.stdout.write(`fuzz: ${ran} cases, ${decodedOk} decoded as valid messages, every other one a clean one-line error\n`);
  });

  it(`survives ${CASES} random, mutated and length-corrupted inputs`, () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    for (let seed = 1; seed <= CASES; seed++) {
      const r = rng(seed);
      const kind = seed % 3;
      const input =
        kind === 0 ? Buffer.from(Array.from({ length: Math.floor(r() * 96) }, () => Math.floor(r() * 256))) : kind === 1 ? mutate(validFrames[seed % validFrames.length].frame, r) : lengthCase(r);
      const name = NAMES[Math.floor(r() * NAMES.length)];
      try {
        const payload = readAll(input, seed % 7 === 0);
        decode(name, payload);
        decodedOk++;
      } catch (err) {
        expectClean(err, seed);
      }
      ran++;
    }
    // Nothing the prefixes claimed (up to 4 GiB) was allocated.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    expect(ran).toBe(CASES);
    expect(Date.now() - started).toBeLessThan(Math.max(60_000, CASES / 10));
  });

  it('decodes every valid sample again after the fuzzing to exactly what it decoded to before (no shared state was damaged)', () => {
    const after = validFrames.map(({ name, frame }) => JSON.stringify(decode(name, readAll(frame, false))));
    expect(after).toEqual(decodedBefore);
  });

  it('splits streams of mutated frames with the incremental decoder without throwing anything else', () => {
    const r = rng(4242);
    for (let i = 0; i < 2000; i++) {
      const dec = new FrameDecoder({ maxLength: MAX_FRAME });
      const bytes = mutate(Buffer.concat(validFrames.map((v) => v.frame)), r);
      try {
        for (let at = 0; at < bytes.length; at += 1 + Math.floor(r() * 9)) dec.push(bytes.subarray(at, at + 1 + Math.floor(r() * 9)));
        dec.end();
      } catch (err) {
        expectClean(err, i);
      }
    }
  });
});
