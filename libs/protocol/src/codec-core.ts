import { DeimosError } from '@deimos/errors';

// The codec's rules, for any table of generated message classes: the full
// one (codec.ts) and the small one of the hot calls (hot.ts) share them, so
// that both read and refuse messages alike. This file loads no generated code.

/** The slice of a generated message class that the codec uses. */
export interface GeneratedType {
  decode(bytes: Uint8Array): object;
  encode(message: object): { finish(): Uint8Array };
  verify(message: object): string | null;
}

/** decode and encode over one table of message classes, by name. */
export interface Codec<Types> {
  /**
   * Decodes one message (the payload of one frame, without its length prefix).
   * Unknown fields, and known field numbers that arrive with an unexpected wire
   * type (the 0.19 `CommandInfo.health_check` in field 6), are skipped.
   *
   * @throws DeimosError code DECODE naming the message type and the problem,
   *   e.g. `cannot decode Launch: missing required field container_id`.
   */
  decode<N extends keyof Types & string>(name: N, bytes: Uint8Array): Types[N];
  /**
   * Checks `message` against the schema, then encodes it (without a frame).
   * Enums are given as numbers, 64-bit integers as numbers.
   *
   * @throws DeimosError code DECODE naming the message type and the field,
   *   e.g. `cannot encode Termination: field status: integer expected`.
   */
  encode<N extends keyof Types & string>(name: N, message: Types[N]): Uint8Array;
}

export function makeCodec<Types>(table: Readonly<Record<keyof Types & string, GeneratedType>>): Codec<Types> {
  function typeOf(name: string): GeneratedType {
    // Guards against untyped callers (the name often comes from a CLI argument).
    if (!Object.prototype.hasOwnProperty.call(table, name)) {
      throw new DeimosError('DECODE', `unknown message type "${String(name)}"`, {
        hint: `use one of ${Object.keys(table).join(', ')}`,
      });
    }
    return table[name as keyof Types & string];
  }
  return {
    decode(name, bytes) {
      const type = typeOf(name);
      try {
        return type.decode(bytes) as Types[typeof name];
      } catch (err) {
        throw new DeimosError('DECODE', `cannot decode ${name}: ${describeDecodeFailure(name, err)}`, { cause: err });
      }
    },
    encode(name, message) {
      const type = typeOf(name);
      const problem = type.verify(message as object);
      if (problem !== null) {
        throw new DeimosError('DECODE', `cannot encode ${name}: ${describeVerifyProblem(message, problem)}`);
      }
      return type.encode(message as object).finish();
    },
  };
}

/** camelCase (protobufjs) to snake_case (the .proto and the Mesos docs). */
function snake(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function describeDecodeFailure(name: string, err: unknown): string {
  if (!(err instanceof Error)) return `malformed input (${String(err)})`;
  if (err.name === 'ProtocolError') {
    // protobufjs: "missing required 'containerId'", with the partly decoded
    // (possibly nested) message attached as `instance`.
    const field = /missing required '([^']+)'/.exec(err.message)?.[1];
    const owner = (err as Error & { instance?: object }).instance?.constructor?.name;
    const where = owner && owner !== name ? ` in ${owner}` : '';
    return field ? `missing required field ${snake(field)}${where}` : `${err.message}${where}`;
  }
  if (err instanceof RangeError) return `truncated or malformed input (${err.message})`;
  return `malformed input (${err.message})`;
}

// protobufjs verify() answers "containerId.value: string expected" or, for a
// message field, "containerId.object expected".
function describeVerifyProblem(message: unknown, problem: string): string {
  let path: string;
  let what: string;
  const colon = problem.indexOf(': ');
  if (colon >= 0) {
    path = problem.slice(0, colon);
    what = problem.slice(colon + 2);
  } else if (problem.endsWith('.object expected')) {
    path = problem.slice(0, -'.object expected'.length);
    what = 'object expected';
  } else {
    return problem;
  }
  if (isMissing(message, path.split('.'))) return `missing required field ${snake(path)}`;
  return `field ${snake(path)}: ${what}`;
}

/** True when walking `segments` (no arrays on the way) ends at null/undefined. */
function isMissing(root: unknown, segments: string[]): boolean {
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return node === undefined || node === null;
}
