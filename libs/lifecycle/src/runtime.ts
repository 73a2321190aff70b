import type { DeimosConfig } from '@deimos/config';
import type { ContainerSettings } from '@deimos/docker';
import type { Logger } from '@deimos/log';
import type { StateRoot } from '@deimos/state';
import type { Engine } from '@deimos/engine';

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
  hooks: { onlaunch?: readonly string[]; ondestroy?: readonly string[]; timeoutMs: number };
  uris: { unpack: boolean; timeoutMs: number; maxBytes: number; localPaths: readonly string[] };
  dockercfg?: string;
  /** How to run this program again (the watcher's tail runs `settle`). */
  self: { node: string; script: string };
  /** The whole effective configuration (MidoNet, recovery, ...). */
  config: DeimosConfig;
  /** Environment of this invocation (the agent's). */
  env: Record<string, string | undefined>;
}

/** Exit code recorded when a container's end cannot be known (it vanished). */
export const EXIT_LOST = 64;
/** Exit code recorded when launch itself failed before the container ran. */
export const EXIT_LAUNCH_FAILED = 125;
