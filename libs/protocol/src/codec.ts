import { DeimosError } from '@deimos/errors';
import { mesos } from './root';
import type {
  Containers,
  Destroy,
  Launch,
  ResourceStatistics,
  Termination,
  Update,
  Usage,
  Wait,
} from './types';

/** The messages that cross the containerizer's stdin and stdout. */
export type MessageName =
  | 'Launch'
  | 'Update'
  | 'Wait'
  | 'Destroy'
  | 'Usage'
  | 'Termination'
  | 'Containers'
  | 'ResourceStatistics';

interface MessageTypes {
  Launch: Launch;
  Update: Update;
  Wait: Wait;
  Destroy: Destroy;
  Usage: Usage;
  Termination: Termination;
  Containers: Containers;
  ResourceStatistics: ResourceStatistics;
}

/** The decoded shape of message `N`. */
export type MessageOf<N extends MessageName> = MessageTypes[N];

// The slice of a generated message class that the codec uses.
interface GeneratedType {
  decode(bytes: Uint8Array): object;
  encode(message: object): { finish(): Uint8Array };
  verify(message: object): string | null;
}

const TYPES: Readonly<Record<MessageName, GeneratedType>> = {
  Launch: mesos.containerizer.Launch,
  Update: mesos.containerizer.Update,
  Wait: mesos.containerizer.Wait,
  Destroy: mesos.containerizer.Destroy,
  Usage: mesos.containerizer.Usage,
  Termination: mesos.containerizer.Termination,
  Containers: mesos.containerizer.Containers,
  ResourceStatistics: mesos.ResourceStatistics,
};

/**
 * Decodes one message (the payload of one frame, without its length prefix).
 * Unknown fields, and known field numbers that arrive with an unexpected wire
 * type (the 0.19 `CommandInfo.health_check` in field 6), are skipped.
 *
 * @throws DeimosError code DECODE naming the message type and the problem,
 *   e.g. `cannot decode Launch: missing required field container_id`.
 */
export function decode<N extends MessageName>(name: N, bytes: Uint8Array): MessageOf<N> {
  const type = typeOf(name);
  try {
    return type.decode(bytes) as MessageOf<N>;
  } catch (err) {
    throw new DeimosError('DECODE', `cannot decode ${name}: ${describeDecodeFailure(name, err)}`, { cause: err });
  }
}

/**
 * Checks `message` against the schema, then encodes it (without a frame).
 * Enums are given as numbers, 64-bit integers as numbers.
 *
 * @throws DeimosError code DECODE naming the message type and the field,
 *   e.g. `cannot encode Termination: field status: integer expected`.
 */
export function encode<N extends MessageName>(name: N, message: MessageOf<N>): Uint8Array {
  const type = typeOf(name);
  const problem = type.verify(message as object);
  if (problem !== null) {
    throw new DeimosError('DECODE', `cannot encode ${name}: ${describeVerifyProblem(message, problem)}`);
  }
  return type.encode(message as object).finish();
}

function typeOf(name: MessageName): GeneratedType {
  // Guards against untyped callers (the name often comes from a CLI argument).
  if (!Object.prototype.hasOwnProperty.call(TYPES, name)) {
    throw new DeimosError('DECODE', `unknown message type "${String(name)}"`, {
      hint: `use one of ${Object.keys(TYPES).join(', ')}`,
    });
  }
  return TYPES[name];
}

/** camelCase (protobufjs) to snake_case (the .proto and the Mesos docs). */
function snake(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function describeDecodeFailure(name: MessageName, err: unknown): string {
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
