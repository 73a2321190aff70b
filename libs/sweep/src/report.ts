import { DeimosError } from '@deimos/errors';
import type { CleanupContext, SweepRequest } from './ports';

// What a cleanup run reports, item by item, and how it is told: the summary
// line on stderr, or the whole report as JSON on stdout.

export interface StateItem {
  id: string;
  dir: string;
  startTime: string;
  /** The recorded exit code (the file's text when it is not a number). */
  exitCode?: number | string;
  action: 'listed' | 'removed' | 'would-remove' | 'kept' | 'failed';
  reason?: string;
}

export interface LinkItem {
  link: string;
  action: 'removed' | 'would-remove' | 'failed';
  reason: string;
}

export interface DockerItem {
  dockerId: string;
  containerId?: string;
  status: string;
  action: 'removed' | 'would-remove' | 'kept' | 'failed';
  reason: string;
}

/** A container a call that died left owing work (owedWork in @deimos/state), and what this run did for it. */
export interface EndItem {
  id: string;
  dir: string;
  /** finish: an end whose after-end work was not done; reclaim: a launch that died before it answered. */
  work: 'finish' | 'reclaim';
  action: 'done' | 'would-do' | 'left' | 'failed';
  note: string;
}

export interface Failure {
  item: string;
  reason: string;
}

export interface SweepReport {
  mode: SweepRequest['mode'];
  stateRoot: string;
  before: string;
  /** Another cleanup held the lock and --quiet-if-busy was given: nothing was done. */
  busy: boolean;
  /**
   * States before the threshold that were kept (with the reason) or failed;
   * under --json also every one listed, removed or to be removed (only then
   * are they all held in memory; otherwise they are counted).
   */
  states: StateItem[];
  /** start-time/ entries whose state directory is gone (an interrupted removal). */
  links: LinkItem[];
  docker: DockerItem[];
  /** Work owed by calls that died, done first (--rm) or announced (--dry-run). */
  ends: EndItem[];
  /** null: MidoNet not configured, or not swept in this mode. */
  midonet: { removed: string[]; failed: string[] } | null;
  failures: Failure[];
  summary: {
    removed: number;
    kept: number;
    failed: number;
    keptRunning: number;
    keptHeld: number;
    keptNewer: number;
    keptWired: number;
    /** Ended states whose after-end work is not done (kept until it is). */
    keptUnfinished: number;
    /** Ends finished and dead launches reclaimed (or, --dry-run, to be). */
    ends: number;
  };
}

/** States listed, and removed (or, --dry-run, to be): counted as they go, not held. */
export interface StateCounts {
  listed: number;
  gone: number;
}

/** A report with nothing in it yet. */
export function emptyReport(stateRoot: string, req: SweepRequest): SweepReport {
  return {
    mode: req.mode,
    stateRoot,
    before: req.before.toISOString(),
    busy: false,
    states: [],
    links: [],
    docker: [],
    ends: [],
    midonet: null,
    failures: [],
    summary: { removed: 0, kept: 0, failed: 0, keptRunning: 0, keptHeld: 0, keptNewer: 0, keptWired: 0, keptUnfinished: 0, ends: 0 },
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Summary and failures on stderr (or the JSON on stdout); then the error when anything failed. */
export function finish(ctx: CleanupContext, req: SweepRequest, report: SweepReport, counts: StateCounts = { listed: 0, gone: 0 }): SweepReport {
  const s = report.summary;
  const gone = req.mode === 'rm' ? 'removed' : 'would-remove';
  const states = counts.gone;
  const links = report.links.filter((l) => l.action === gone).length;
  const containers = report.docker.filter((d) => d.action === gone).length;
  const mido = report.midonet?.removed.length ?? 0;
  s.removed = req.mode === 'list' ? 0 : states + links + containers + mido;
  s.failed = report.failures.length;
  s.ends = report.ends.filter((e) => e.action === (req.mode === 'rm' ? 'done' : 'would-do')).length;
  if (req.json) {
    ctx.output.out(JSON.stringify(report, null, 2));
  } else {
    for (const f of report.failures) ctx.output.err(`failed: ${f.item}: ${f.reason}`);
    const unfinished = s.keptUnfinished ? `, ${s.keptUnfinished} unfinished` : '';
    const kept = `kept ${s.kept} (${s.keptRunning} not ended, ${s.keptHeld} locked, ${s.keptNewer} newer${s.keptWired ? `, ${s.keptWired} still wired` : ''}${unfinished})`;
    const parts = `${plural(states, 'state')}, ${plural(containers, 'Docker container')}, ${plural(links, 'dangling link')}${mido ? `, ${mido} MidoNet` : ''}`;
    const ends = s.ends ? `${req.mode === 'rm' ? 'finished' : 'would finish'} ${plural(s.ends, 'end')}, ` : '';
    if (req.mode === 'list') ctx.output.err(`cleanup: ${plural(counts.listed, 'ended state')} before ${report.before}, ${kept}, failed ${s.failed}`);
    else if (req.mode === 'dry-run') ctx.output.err(`cleanup (dry run): ${ends}would remove ${s.removed} (${parts}), ${kept}, failed ${s.failed}`);
    else ctx.output.err(`cleanup: ${ends}removed ${s.removed} (${parts}), ${kept}, failed ${s.failed}`);
  }
  if (s.failed > 0) {
    throw new DeimosError('STATE', `${plural(s.failed, 'item')} could not be cleaned up under ${report.stateRoot}`, {
      hint: req.json ? 'see "failures" in the output' : 'see the failed: lines above',
    });
  }
  return report;
}
