import * as fs from 'node:fs';
import { DeimosError } from '@deimos/errors';
import { readFrame } from '@deimos/recordio';
import { explainLaunch, renderExplanation, type Runtime } from '@deimos/lifecycle';
import { decode, type Launch } from '@deimos/protocol';

/** explain: what launch would do (@deimos/lifecycle's explainLaunch), as text or JSON. */
export async function explainCommand(rt: Runtime, launch: Launch, json: boolean): Promise<string> {
  const plan = await explainLaunch(rt, launch);
  return json ? `${JSON.stringify(plan, null, 2)}\n` : renderExplanation(plan);
}

/** Read a Launch from a file (a frame, or the bare message) or from stdin (a frame). */
export function readLaunchInput(file: string | undefined, readStdinFrame: () => Buffer): Launch {
  if (!file) return decode('Launch', readStdinFrame());
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new DeimosError('INVALID_INPUT', `cannot read ${file}: ${(err as Error).message}`);
  }
  // A frame when the first 4 bytes give exactly the rest's length.
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === bytes.length - 4) {
    let pos = 0;
    const framed = readFrame((buf, off, len) => {
      const n = Math.min(len, bytes.length - pos);
      bytes.copy(buf, off, pos, pos + n);
      pos += n;
      return n;
    });
    return decode('Launch', framed);
  }
  return decode('Launch', bytes);
}
