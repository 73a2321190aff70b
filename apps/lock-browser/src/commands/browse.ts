import type { KernelLock, LockQuery, LockRow, StateRoot } from '@deimos/state';
import { collectLocks } from '@deimos/state';
import { renderTable } from '../format';

export interface BrowseRequest extends LockQuery {
  json: boolean;
}

export interface BrowseContext {
  root: StateRoot;
  readLocks: () => KernelLock[];
  out: (text: string) => void;
  warn: (line: string) => void;
  procRoot?: string;
}

/** The lock table (collectLocks of @deimos/state), printed as a table or JSON. */
export async function browseCommand(ctx: BrowseContext, req: BrowseRequest): Promise<LockRow[]> {
  const { rows, hidden } = await collectLocks(ctx, req);
  if (hidden > 0 && rows.some((r) => r.flags.includes('holder-unknown'))) {
    ctx.warn(`${hidden} processes could not be inspected; run as root to see every holder`);
  }
  if (req.json) {
    ctx.out(JSON.stringify({ stateRoot: ctx.root.root, locks: rows }, null, 2) + '\n');
  } else if (rows.length === 0) {
    ctx.out(`no locks held under ${ctx.root.root}${req.container ? ` for container ${req.container}` : ''}\n`);
  } else {
    ctx.out(renderTable(rows));
  }
  return rows;
}
