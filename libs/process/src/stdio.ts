import * as fs from 'node:fs';
import { readFrame, writeFrame } from '@deimos/recordio';
import { hasErrno } from '@deimos/errors';

const shared = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms: number): void {
  Atomics.wait(shared, 0, 0, ms);
}

/**
 * Read exactly one frame from a file descriptor (stdin by default),
 * synchronously, and never wait for end-of-file: the agent keeps our stdin
 * open until we exit. A non-blocking descriptor (EAGAIN) is polled.
 */
export function readFrameFromFd(fd = 0, maxLength?: number): Buffer {
  return readFrame(
    (buf, offset, length) => {
      for (;;) {
        try {
          return fs.readSync(fd, buf, offset, length, null);
        } catch (err) {
          if (hasErrno(err, 'EAGAIN')) {
            sleepMs(5);
            continue;
          }
          if (hasErrno(err, 'EOF')) return 0;
          throw err;
        }
      }
    },
    maxLength === undefined ? undefined : { maxLength },
  );
}

/** Write one whole frame to a file descriptor (stdout by default) before returning. */
export function writeFrameToFd(payload: Uint8Array, fd = 1): void {
  writeFrame((buf, offset, length) => {
    for (;;) {
      try {
        return fs.writeSync(fd, buf, offset, length);
      } catch (err) {
        if (hasErrno(err, 'EAGAIN')) {
          sleepMs(5);
          continue;
        }
        throw err;
      }
    }
  }, payload);
}
