import * as path from 'node:path';
import { loadConfig, type DeimosConfig, type LoadedConfig } from '@deimos/config';
import type { ContainerSettings } from '@deimos/docker';
import { createLogger, type Logger, type LogLevel } from '@deimos/log';
import { StateRoot } from '@deimos/state';
import { engineFromConfig, type Engine } from '@deimos/engine';

/** Everything a subcommand needs, built once per process from the configuration. */
export interface Runtime {
  log: Logger;
  root: StateRoot;
  docker: Engine;
  containers: ContainerSettings & {
    stopGraceSeconds: number;
    executorGraceSeconds: number;
    removeOnExit: boolean;
    hardCpuLimits: boolean;
    runAsUser: boolean;
  };
  /** `[hooks]`; `taskEnv`: how a hook gets the task's variables (hooks.ts). */
  hooks: { onlaunch?: readonly string[]; ondestroy?: readonly string[]; timeoutMs: number; taskEnv: 'safe' | 'compat' };
  uris: { unpack: boolean; timeoutMs: number; maxBytes: number; localPaths: readonly string[] };
  dockercfg?: string;
  /** How to run this program again (the watcher's tail runs `settle`). */
  self: { node: string; script: string };
  /** The whole effective configuration (MidoNet, recovery, ...). */
  config: DeimosConfig;
  /** The configuration file read, when one was (hooks get it as DEIMOS_CONFIG). */
  configFile?: string;
  /** Environment of this invocation (the agent's). */
  env: Record<string, string | undefined>;
}

/** Exit code recorded when a container's end cannot be known (it vanished). */
export const EXIT_LOST = 64;
/** Exit code recorded when launch itself failed before the container ran. */
export const EXIT_LAUNCH_FAILED = 125;

/** Load the configuration and build the runtime a subcommand works with. */
export function makeRuntime(opts: { program: string; debug?: boolean; loaded?: LoadedConfig }): Runtime {
  const loaded = opts.loaded ?? loadConfig();
  const c = loaded.config;
  const consoleLevel: LogLevel = opts.debug ? 'DEBUG' : c.log.console;
  const log: Logger = createLogger({ program: opts.program, console: consoleLevel, syslog: c.log.syslog });
  return {
    log,
    root: new StateRoot(c.state.root),
    docker: engineFromConfig(c, log),
    containers: {
      defaultImage: c.containersImage.default,
      ignoreTaskImage: c.containersImage.ignore,
      defaultOptions: [...c.containersOptions.default],
      appendOptions: [...c.containersOptions.append],
      ignoreTaskOptions: c.containersOptions.ignore,
      workdir: c.containers.workdir,
      bridgeNetwork: c.containers.bridgeNetwork,
      index: c.dockerIndex.index,
      account: c.dockerIndex.account,
      stopGraceSeconds: c.containers.stopGraceSeconds,
      executorGraceSeconds: c.containers.executorGraceSeconds,
      removeOnExit: c.containers.removeOnExit,
      hardCpuLimits: c.containers.hardCpuLimits,
      runAsUser: c.containers.runAsUser,
    },
    hooks: {
      onlaunch: c.hooks.onlaunch.length > 0 ? c.hooks.onlaunch : undefined,
      ondestroy: c.hooks.ondestroy.length > 0 ? c.hooks.ondestroy : undefined,
      timeoutMs: c.hooks.timeoutSeconds * 1000,
      taskEnv: c.hooks.taskEnv,
    },
    uris: { unpack: c.uris.unpack, timeoutMs: c.uris.timeoutSeconds * 1000, maxBytes: c.uris.maxBytes, localPaths: c.uris.localPaths },
    dockercfg: c.dockerIndex.dockercfg,
    self: { node: process.execPath, script: path.resolve(process.argv[1] ?? '') },
    config: c,
    ...(loaded.source ? { configFile: loaded.source } : {}),
    env: { ...process.env },
  };
}
