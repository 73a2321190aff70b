/**
 * One injected fault. It matches requests by method and by path relative to
 * the API base ('*' or '{id}' stands for one segment, '**' for the rest), and
 * is used up after `times` matches.
 */
export interface SimFault {
  /** HTTP method; any when left out. */
  method?: string;
  /** e.g. '/hosts/{id}/ports', '/login', '/' for the root, '**' for everything. */
  path: string;
  /** Answer with this status and an Error-v1 body instead of the real answer. */
  status?: number;
  /** The Error-v1 `message`; defaults per status. */
  message?: string | null;
  /** Wait this long before answering (or dropping). */
  delayMs?: number;
  /** Close the connection without any response. */
  drop?: boolean;
  /** How many matching requests it applies to; default 1. */
  times?: number | 'always';
  /**
   * 'before' (default): the request is not processed. 'after': it is
   * processed (state changes), then the answer is replaced or dropped.
   */
  when?: 'before' | 'after';
  /**
   * Hold the answer, whatever it is, until the test releases it
   * (`MidonetSimulator.release`, `POST /_sim/paused/release`): with no
   * status or drop, the request has been applied by then. This is the window
   * between a request taking effect and its caller reading the reply, where
   * a test kills the caller.
   */
  pause?: boolean;
}

export interface ActiveFault extends SimFault {
  id: number;
  remaining: number | 'always';
  matched: number;
}

export function checkFault(value: unknown): SimFault {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('a fault must be an object');
  const f = value as Record<string, unknown>;
  const bad = (what: string): never => {
    throw new TypeError(`fault ${what}`);
  };
  if (typeof f['path'] !== 'string' || !f['path']) bad('path must be a non-empty string');
  if (f['method'] !== undefined && typeof f['method'] !== 'string') bad('method must be a string');
  const status = f['status'];
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)) {
    bad('status must be an HTTP status code');
  }
  const message = f['message'];
  if (message !== undefined && message !== null && typeof message !== 'string') bad('message must be a string or null');
  const delay = f['delayMs'];
  if (delay !== undefined && (typeof delay !== 'number' || !(delay >= 0))) bad('delayMs must be a number >= 0');
  if (f['drop'] !== undefined && typeof f['drop'] !== 'boolean') bad('drop must be true or false');
  const times = f['times'];
  if (times !== undefined && times !== 'always' && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) {
    bad("times must be a positive integer or 'always'");
  }
  if (f['when'] !== undefined && f['when'] !== 'before' && f['when'] !== 'after') bad("when must be 'before' or 'after'");
  if (f['pause'] !== undefined && typeof f['pause'] !== 'boolean') bad('pause must be true or false');
  if (status === undefined && delay === undefined && !f['drop'] && !f['pause']) bad('needs status, delayMs, drop or pause');
  if (status !== undefined && f['drop']) bad('cannot both drop and answer a status');
  return {
    method: f['method'] as string | undefined,
    path: f['path'] as string,
    status: status as number | undefined,
    message: message as string | null | undefined,
    delayMs: delay as number | undefined,
    drop: f['drop'] as boolean | undefined,
    times: times as SimFault['times'],
    when: f['when'] as SimFault['when'],
    pause: f['pause'] as boolean | undefined,
  };
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export function pathMatches(pattern: string, path: string): boolean {
  const want = segments(pattern);
  const got = segments(path);
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === '**') return true;
    const g = got[i];
    if (g === undefined) return false;
    if (w === '*' || /^\{[^}]*\}$/.test(w)) continue;
    if (w !== g) return false;
  }
  return want.length === got.length;
}

export class FaultTable {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(fault: SimFault): ActiveFault {
    const checked = checkFault(fault);
    const active: ActiveFault = { ...checked, id: this.nextId++, remaining: checked.times ?? 1, matched: 0 };
    this.faults.push(active);
    return active;
  }

  /** Uses up and returns the first fault matching the request, if any. */
  take(method: string, path: string): ActiveFault | undefined {
    const fault = this.faults.find((f) => (f.method === undefined || f.method.toUpperCase() === method.toUpperCase()) && pathMatches(f.path, path));
    if (!fault) return undefined;
    fault.matched++;
    if (fault.remaining !== 'always') {
      fault.remaining--;
      if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return { ...fault };
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }
}
