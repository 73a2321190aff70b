import { ERROR_TYPE } from './media';

export interface SimResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

export const WWW_AUTHENTICATE = 'Basic  realm="BASIC_AUTH_REALM"'; // two spaces, verbatim from MN

export function jsonResponse(status: number, contentType: string, value: unknown, headers: Record<string, string | string[]> = {}): SimResponse {
  return { status, headers: { 'Content-Type': contentType, ...headers }, body: JSON.stringify(value) };
}

export function emptyResponse(status: number, headers: Record<string, string | string[]> = {}): SimResponse {
  return { status, headers, body: '' };
}

export interface Violation {
  property: string;
  message: string;
}

/** An Error-v1 body: `{"message": ..., "code": status}`. */
export function errorResponse(status: number, message: string | null, extra: { violations?: Violation[]; headers?: Record<string, string> } = {}): SimResponse {
  const body: Record<string, unknown> = { message, code: status };
  if (extra.violations) body['violations'] = extra.violations;
  return jsonResponse(status, ERROR_TYPE, body, extra.headers);
}

/** Thrown inside a handler to answer with a response right away. */
export class SimReply extends Error {
  readonly response: SimResponse;
  constructor(response: SimResponse) {
    super(`HTTP ${response.status}`);
    this.name = 'SimReply';
    this.response = response;
  }
}

export function fail(status: number, message: string | null, extra?: { violations?: Violation[]; headers?: Record<string, string> }): never {
  throw new SimReply(errorResponse(status, message, extra));
}

export function failEmpty(status: number): never {
  throw new SimReply(emptyResponse(status));
}
