import * as path from 'node:path';
import { loadConfig, type DeimosConfig } from '@deimos/config';
import { engineFromConfig } from '@deimos/engine';
import { createLogger } from '@deimos/log';
import { readKernelLocks, StateRoot } from '@deimos/state';
import type { CleanupContext, Output } from '@deimos/sweep';
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
  };
}
