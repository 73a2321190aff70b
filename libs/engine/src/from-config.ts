import { dockerGlobalArgs, type DeimosConfig } from '@deimos/config';
import type { Logger } from '@deimos/log';
import { DockerClient } from './client';
import type { Engine } from './engine';

/**
 * The engine a program talks to, from the configuration: `[docker]` global
 * options before every subcommand, `[docker.timeouts] command_seconds` on
 * every call, `[docker.index] dockercfg` for pulls. The one place a
 * DockerClient is built for the programs (the containerizer's runtime and
 * deimos-cleanup).
 */
export function engineFromConfig(config: Pick<DeimosConfig, 'docker' | 'dockerTimeouts' | 'dockerIndex'>, log: Logger): Engine {
  return new DockerClient(dockerGlobalArgs(config), config.dockerTimeouts.commandSeconds * 1000, log, { dockercfg: config.dockerIndex.dockercfg });
}
