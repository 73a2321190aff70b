import type { Engine } from '@deimos/engine';
import type { Logger } from '@deimos/log';
import type { ContainerState, KernelLock, StateRoot } from '@deimos/state';

/** What deimos-cleanup was asked for, checked and typed (the app parses the command line into it). */
export type CleanupRequest =
  | {
      kind: 'sweep';
      /** States that started strictly before this instant are eligible. */
      before: Date;
      /** list: print eligible state directories; rm: remove; dry-run: say what rm would do. */
      mode: 'list' | 'rm' | 'dry-run';
      json: boolean;
      quietIfBusy: boolean;
    }
  | { kind: 'check'; repair: boolean; json: boolean; quietIfBusy: boolean };

export type SweepRequest = Extract<CleanupRequest, { kind: 'sweep' }>;
export type CheckRequest = Extract<CleanupRequest, { kind: 'check' }>;

/** Where results (stdout) and the human summary and failures (stderr) go. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Removes what MidoNet wiring left behind for containers that no longer
 * exist (bridge ports, veth pairs, interface bindings) and says what it did.
 * `failed` entries read `<item>: <reason>`.
 */
export type LeftoverSweep = (log: Logger) => Promise<{ removed: string[]; failed: string[] }>;

/** What one piece of work on a container did: done, or left (with why). */
export interface EndWorkOutcome {
  done: boolean;
  note: string;
}

/**
 * The lifecycle's work for what a call that died left (`owedWork` in
 * @deimos/state says which is owed): the app passes @deimos/lifecycle's,
 * the unit tests fakes. Each takes the container's lock and asks again
 * before it acts.
 */
export interface EndWork {
  /** Finish an end whose after-end work is not done (unwire, ondestroy hook, removal): finishUnfinished. */
  finish(st: ContainerState): Promise<EndWorkOutcome>;
  /** Destroy the container of a launch that died before it answered, and finish its end: reclaimLaunch. */
  reclaim(st: ContainerState): Promise<EndWorkOutcome>;
  /** Record the end of a container nobody watches and nothing will start (no Docker id), and finish it: settleUnwatched. */
  settle(st: ContainerState): Promise<EndWorkOutcome>;
}

/** Everything the sweep and the check touch, as ports: the app builds the real ones. */
export interface CleanupContext {
  root: StateRoot;
  /** The engine calls the sweep and the check make (tests pass FakeEngine from @deimos/testing). */
  docker: Pick<Engine, 'ps' | 'inspect' | 'remove'>;
  log: Logger;
  /** The MidoNet leftovers sweep, or undefined when MidoNet is not configured. May throw (a broken ~/.midonetrc). */
  midonetSweep: () => LeftoverSweep | undefined;
  output: Output;
  readLocks: () => KernelLock[];
  /** The lifecycle's end work, built when first needed (it loads the containerizer's runtime). */
  ends: () => EndWork;
  /**
   * Where the progress line goes (raw text with `\r`): given only when
   * stderr is a terminal, so nothing is written under cron. Not used under --json.
   */
  progress?: (text: string) => void;
  /**
   * Called once each chunk of states (CHUNK) is done, when nothing of it is
   * held any more: the cleanup program collects its garbage there
   * (apps/cleanup/src/memory.ts), so memory stays flat however many states
   * a root keeps.
   */
  betweenChunks?: () => void;
}
