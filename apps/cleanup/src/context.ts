import * as path from 'node:path';
import { loadConfig, type DeimosConfig } from '@deimos/config';
import { engineFromConfig } from '@deimos/engine';
import { createLogger, type Logger } from '@deimos/log';
import { finishUnfinished, makeRuntime, reclaimLaunch, settleUnwatched, type Runtime } from '@deimos/lifecycle';
import { readKernelLocks, StateRoot } from '@deimos/state';
import type { CleanupContext, EndWork, Output } from '@deimos/sweep';
import { midonetSweepFor } from './midonet';

export const PROGRAM = 'deimos-cleanup';

export const stdio: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Build the context from the configuration; `stateRoot` overrides `[state] root`. */
export function makeContext(opts: { stateRoot?: string; debug?: boolean; config?: DeimosConfig }): CleanupContext {
  const config = opts.config ?? loadConfig().config;
  const log = createLogger({ program: PROGRAM, console: opts.debug ? 'DEBUG' : config.log.console, syslog: config.log.syslog });
  const root = new StateRoot(opts.stateRoot !== undefined ? path.resolve(opts.stateRoot) : config.state.root);
  return {
    root,
    docker: engineFromConfig(config, log),
    log,
    midonetSweep: () => midonetSweepFor(config, root),
    output: stdio,
    readLocks: () => readKernelLocks(),
    ends: endWorkFor(config, root, log),
    // Progress only on a terminal: silent under cron and when redirected.
    progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
  };
}

/**
 * The containerizer's own end work (@deimos/lifecycle), with this run's
 * state root and logger, built on first use: the same rules as destroy,
 * wait and recover, so a hook or an unwiring is done the same way.
 */
function endWorkFor(config: DeimosConfig, root: StateRoot, log: Logger): () => EndWork {
  let work: EndWork | undefined;
  return () => {
    if (work) return work;
    // Our logger (its syslog helper, if any), not a second one.
    const loaded = { config: { ...config, log: { ...config.log, syslog: undefined } }, source: undefined, searched: [] };
    const rt: Runtime = { ...makeRuntime({ program: PROGRAM, loaded }), log, root };
    work = {
      finish: async (st) => {
        const progress = await finishUnfinished(rt, st, log.withContainer(st.id), 'now');
        return progress === 'finished'
          ? { done: true, note: 'after-end work done' }
          : { done: false, note: 'its after-end work is not done yet (held by another call, or a step failed: see the log)' };
      },
      reclaim: (st) => reclaimLaunch(rt, st),
      settle: (st) => settleUnwatched(rt, st),
    };
    return work;
  };
}
