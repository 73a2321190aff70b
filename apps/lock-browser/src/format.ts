import type { LockRow } from '@deimos/state';

function pids(row: LockRow): string {
  if (row.holders.length === 0) return row.pid === null ? '?' : String(row.pid);
  // The primary holder first, then any other process sharing the lock.
  const sorted = [...row.holders].sort((a, b) => (a.pid === row.pid ? -1 : b.pid === row.pid ? 1 : a.pid - b.pid));
  const seen = new Set<number>();
  return sorted
    .filter((h) => !seen.has(h.pid) && seen.add(h.pid))
    .map((h) => `${h.pid}(${h.command})`)
    .join(',');
}

function since(row: LockRow): string {
  if (row.since) return row.since;
  if (row.sinceAtLeast) return `>=${row.sinceAtLeast}`;
  return '?';
}

/** A readable table, one lock per line. */
export function renderTable(rows: readonly LockRow[]): string {
  const header = ['CONTAINER', 'LOCK', 'MODE', 'PID', 'ALIVE', 'SINCE', 'WAITING', 'FLAGS'];
  const lines = rows.map((r) => [
    r.containerId ?? '-',
    r.lock,
    r.held ? (r.mode ?? '?') : 'free',
    pids(r),
    r.alive ? 'yes' : 'no',
    since(r),
    String(r.waiting.length),
    r.flags.length > 0 ? r.flags.join(',') : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [header, ...lines].map((cols) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}
