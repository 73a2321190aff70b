/**
 * The hot agent calls, `usage` and `containers`: configuration, logger,
 * state root, cgroup readers and the small codec of their three messages,
 * nothing else. They are bundled on their own too (hot-main.ts): the binary
 * starts that bundle for these two calls, which old agents make once a
 * second per container.
 */
import { loadConfig } from '@deimos/config';
import { createLogger, type MainState } from '@deimos/log';
import { readFrameFromFd, writeFrameToFd } from '@deimos/process';
import { decodeHot, encodeHot } from '@deimos/protocol/hot';
import { StateRoot } from '@deimos/state';
import { usageCommand } from './commands/usage';
import { PROGRAM } from './program';

export const HOT_SUBCOMMANDS = ['usage', 'containers'] as const;
export type HotSubcommand = (typeof HOT_SUBCOMMANDS)[number];

export function isHotSubcommand(s: string | undefined): s is HotSubcommand {
  return (HOT_SUBCOMMANDS as readonly string[]).includes(s ?? '');
}

/** Configuration, logger and state root only. */
function lightRoot(ctx: MainState): StateRoot {
  const { config } = loadConfig();
  ctx.log = createLogger({ program: PROGRAM, console: ctx.debug ? 'DEBUG' : config.log.console, syslog: config.log.syslog });
  return new StateRoot(config.state.root);
}

/** Run one hot call. Reads stdin first (before any slow work), as the agent's write may block on it. */
export function runHotCall(sub: HotSubcommand, ctx: MainState): void {
  if (sub === 'usage') {
    const msg = decodeHot('Usage', readFrameFromFd(0));
    writeFrameToFd(encodeHot('ResourceStatistics', usageCommand(lightRoot(ctx), msg)));
  } else {
    const ids = lightRoot(ctx).liveIds();
    writeFrameToFd(encodeHot('Containers', { containers: ids.map((value) => ({ value })) }));
  }
}
