import { DeimosError, FrameError } from '@deimos/errors';

/**
 * Default upper bound for one frame's length. The agent itself has no limit;
 * we have one so a garbled prefix cannot make us allocate gigabytes.
 */
export const DEFAULT_MAX_FRAME = 16 * 1024 * 1024;

/** Size of the length prefix. */
const PREFIX = 4;

/** The largest length a 4-byte unsigned prefix can carry. */
const MAX_U32 = 0xffffffff;

export interface FrameOptions {
  /** Largest message length accepted; default DEFAULT_MAX_FRAME. */
  maxLength?: number;
}

/**
 * Reads up to `length` bytes into `buf` at `offset`, blocking until at least
 * one byte is there; returns how many it read, 0 at end of input. A thin
 * wrapper around `fs.readSync(fd, buf, offset, length, null)` fits.
 */
export type ReadFn = (buf: Buffer, offset: number, length: number) => number;

/**
 * Writes up to `length` bytes of `buf` from `offset`; returns how many it
 * wrote. `fs.writeSync(fd, buf, offset, length)` fits.
 */
export type WriteFn = (buf: Buffer, offset: number, length: number) => number;

/**
 * One frame: the payload length as a 4-byte unsigned little-endian integer
 * (the agent's native order on x86-64 and ARM64), then the payload.
 */
export function encodeFrame(payload: Uint8Array): Buffer {
  if (payload.length > MAX_U32) {
    throw new FrameError(`a message of ${payload.length} bytes does not fit a 4-byte length prefix`, 0);
  }
  const frame = Buffer.allocUnsafe(PREFIX + payload.length);
  frame.writeUInt32LE(payload.length, 0);
  frame.set(payload, PREFIX);
  return frame;
}

/**
 * Reads exactly one frame through `read` and returns its payload. It asks for
 * no byte past the frame and never waits for end of input after it: the agent
 * keeps the pipe open, so waiting for EOF would block forever.
 *
 * @throws FrameError (with the byte offset) on end of input before or inside
 *   the prefix, a length over `maxLength` (checked before allocating), or a
 *   payload shorter than its prefix says.
 */
export function readFrame(read: ReadFn, opts: FrameOptions = {}): Buffer {
  const maxLength = maxLengthOf(opts);
  const prefix = Buffer.alloc(PREFIX);
  const gotPrefix = readFully(read, prefix, PREFIX, 0);
  if (gotPrefix === 0) {
    throw new FrameError('no input: expected a 4-byte length prefix', 0);
  }
  if (gotPrefix < PREFIX) {
    throw new FrameError(`input ended inside the length prefix: expected 4 bytes, got ${gotPrefix}`, gotPrefix);
  }
  const length = prefix.readUInt32LE(0);
  checkLength(length, maxLength, 0);
  const body = Buffer.alloc(length);
  const gotBody = readFully(read, body, length, PREFIX);
  if (gotBody < length) {
    throw new FrameError(`input ended early: expected ${length} bytes of message, got ${gotBody}`, PREFIX + gotBody);
  }
  return body;
}

/** Writes one frame through `write`, looping on partial writes. */
export function writeFrame(write: WriteFn, payload: Uint8Array): void {
  const frame = encodeFrame(payload);
  let offset = 0;
  while (offset < frame.length) {
    const wrote = write(frame, offset, frame.length - offset);
    if (!Number.isInteger(wrote) || wrote <= 0 || wrote > frame.length - offset) {
      throw new FrameError(`write accepted ${String(wrote)} of ${frame.length - offset} bytes`, offset);
    }
    offset += wrote;
  }
}

/**
 * Splits a byte stream that arrives in arbitrary chunks into frame payloads.
 * Nothing is allocated for a frame until all of it has arrived.
 */
export class FrameDecoder {
  private readonly maxLength: number;
  private parts: Buffer[] = [];
  private buffered = 0;
  /** Stream offset of the first buffered byte. */
  private offset = 0;
  /** Payload length of the frame in progress, once its prefix is read. */
  private pendingLength: number | undefined;
  private failure: FrameError | undefined;

  constructor(opts: FrameOptions = {}) {
    this.maxLength = maxLengthOf(opts);
  }

  /**
   * Adds a chunk; returns the payloads it completed, in order. A bad length
   * prefix throws FrameError; when frames were completed before it in the
   * same chunk they are returned first and the error is thrown by the next
   * push() or end().
   */
  push(chunk: Buffer): Buffer[] {
    if (this.failure) throw this.failure;
    if (chunk.length > 0) {
      this.parts.push(chunk);
      this.buffered += chunk.length;
    }
    const frames: Buffer[] = [];
    for (;;) {
      if (this.pendingLength === undefined) {
        if (this.buffered < PREFIX) break;
        const length = this.take(PREFIX).readUInt32LE(0);
        try {
          checkLength(length, this.maxLength, this.offset - PREFIX);
        } catch (err) {
          this.failure = err as FrameError;
          if (frames.length > 0) return frames;
          throw err;
        }
        this.pendingLength = length;
      }
      if (this.buffered < this.pendingLength) break;
      frames.push(this.take(this.pendingLength));
      this.pendingLength = undefined;
    }
    return frames;
  }

  /** Call at end of input: throws FrameError if a frame is incomplete. */
  end(): void {
    if (this.failure) throw this.failure;
    if (this.pendingLength !== undefined) {
      throw new FrameError(`input ended early: expected ${this.pendingLength} bytes of message, got ${this.buffered}`, this.offset + this.buffered);
    }
    if (this.buffered > 0) {
      throw new FrameError(`input ended inside the length prefix: expected 4 bytes, got ${this.buffered}`, this.offset + this.buffered);
    }
  }

  /** Removes and returns the first `n` buffered bytes (n <= buffered). */
  private take(n: number): Buffer {
    let out: Buffer;
    const first = this.parts[0];
    if (n === 0) {
      out = Buffer.alloc(0);
    } else if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.parts.shift();
      else this.parts[0] = first.subarray(n);
    } else {
      out = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const part = this.parts[0];
        const used = Math.min(part.length, n - filled);
        part.copy(out, filled, 0, used);
        filled += used;
        if (used === part.length) this.parts.shift();
        else this.parts[0] = part.subarray(used);
      }
    }
    this.buffered -= n;
    this.offset += n;
    return out;
  }
}

function maxLengthOf(opts: FrameOptions): number {
  const max = opts.maxLength ?? DEFAULT_MAX_FRAME;
  if (!Number.isInteger(max) || max < 0) {
    throw new DeimosError('INVALID_INPUT', `maxLength must be a non-negative integer, got ${String(max)}`);
  }
  return max;
}

function checkLength(length: number, maxLength: number, offset: number): void {
  if (length > maxLength) {
    throw new FrameError(`length prefix says ${length} bytes, over the limit of ${maxLength} bytes ` + '(raise it with the maxLength option if such messages are expected)', offset);
  }
}

/**
 * Calls `read` until `length` bytes are in `buf` or it reports end of input.
 * `base` is the stream offset of buf[0], for error messages.
 */
function readFully(read: ReadFn, buf: Buffer, length: number, base: number): number {
  let got = 0;
  while (got < length) {
    const n = read(buf, got, length - got);
    if (!Number.isInteger(n) || n < 0 || n > length - got) {
      throw new FrameError(`read returned ${String(n)} when asked for at most ${length - got} bytes`, base + got);
    }
    if (n === 0) break;
    got += n;
  }
  return got;
}
