import * as path from 'node:path';
import { dockerGlobalArgs, loadConfig, type DeimosConfig } from '@deimos/config';
import type { ContainerStatus } from '@deimos/docker';
import { DockerClient } from '@deimos/engine';
import { createLogger, type Logger } from '@deimos/log';
import { readKernelLocks, StateRoot, type KernelLock } from '@deimos/state';
import { midonetSweepFor, type LeftoverSweep } from './midonet';

export const PROGRAM = 'deimos-cleanup';

/** The slice of DockerClient that cleanup uses (tests pass a stand-in for the scale test). */
export interface DockerPort {
  ps(filters: readonly string[], all?: boolean): Promise<string[]>;
  inspect(id: string): Promise<ContainerStatus | undefined>;
  remove(id: string, force?: boolean): Promise<void>;
}

/** Where results (stdout) and the human summary and failures (stderr) go. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface CleanupContext {
  root: StateRoot;
  docker: DockerPort;
  log: Logger;
  /** The MidoNet leftovers sweep, or undefined when MidoNet is not configured. May throw (a broken ~/.midonetrc). */
  midonetSweep: () => LeftoverSweep | undefined;
  output: Output;
  readLocks: () => KernelLock[];
}

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
    docker: new DockerClient(dockerGlobalArgs(config), config.dockerTimeouts.commandSeconds * 1000, log),
    log,
    midonetSweep: () => midonetSweepFor(config, root),
    output: stdio,
    readLocks: () => readKernelLocks(),
  };
}
