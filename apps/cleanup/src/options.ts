import { DeimosError } from '@deimos/errors';
import type { CleanupRequest } from '@deimos/sweep';

/** Raw commander options (all optional strings/booleans). */
export interface RawCleanupOptions {
  before?: string;
  olderThan?: string;
  rm?: boolean;
  dryRun?: boolean;
  json?: boolean;
  quietIfBusy?: boolean;
  check?: boolean;
  repair?: boolean;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `90s`, `15m`, `2h`, `7d`, `1w`, or sums such as `1h30m`; milliseconds. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
  let total = 0;
  let consumed = 0;
  for (const m of trimmed.matchAll(part)) {
    if (m.index !== consumed) break;
    total += Number(m[1]) * UNIT_MS[m[2]];
    consumed += m[0].length;
  }
  if (trimmed === '' || consumed !== trimmed.length) {
    throw new DeimosError('USAGE', `--older-than "${text}" is not a duration`, { hint: 'use a number and a unit: 90s, 15m, 2h, 7d, 1w, or a sum like 1h30m' });
  }
  return total;
}

/** An ISO 8601 date or date-time (`2026-01-02`, `2026-01-02T03:04:05Z`, with an offset or fraction). */
export function parseIsoTime(text: string): Date {
  const iso = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/i;
  const t = iso.test(text.trim()) ? Date.parse(text.trim().replace(' ', 'T')) : NaN;
  if (Number.isNaN(t)) {
    throw new DeimosError('USAGE', `--before "${text}" is not an ISO 8601 time`, { hint: 'e.g. 2026-01-02T03:04:05Z or 2026-01-02' });
  }
  return new Date(t);
}

/** Turn commander's options into one request; conflicting options are a usage error. */
export function toRequest(raw: RawCleanupOptions, now: Date): CleanupRequest {
  const json = Boolean(raw.json);
  const quietIfBusy = Boolean(raw.quietIfBusy);
  if (raw.repair && !raw.check) throw new DeimosError('USAGE', '--repair needs --check', { hint: 'deimos-cleanup --check --repair' });
  if (raw.check) {
    const extra = (['rm', 'dryRun', 'before', 'olderThan'] as const).filter((k) => raw[k] !== undefined && raw[k] !== false);
    if (extra.length > 0) {
      const names = extra.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ');
      throw new DeimosError('USAGE', `--check does not take ${names}`, { hint: 'run the check and the removal separately' });
    }
    return { kind: 'check', repair: Boolean(raw.repair), json, quietIfBusy };
  }
  if (raw.before !== undefined && raw.olderThan !== undefined) {
    throw new DeimosError('USAGE', 'give either --before or --older-than, not both');
  }
  const before = raw.before !== undefined ? parseIsoTime(raw.before) : raw.olderThan !== undefined ? new Date(now.getTime() - parseDuration(raw.olderThan)) : now;
  const mode = raw.dryRun ? 'dry-run' : raw.rm ? 'rm' : 'list';
  return { kind: 'sweep', before, mode, json, quietIfBusy };
}
