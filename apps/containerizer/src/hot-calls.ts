/**
 * The hot agent calls, `usage` and `containers`: configuration, logger,
 * state root, cgroup readers and the small codec of their three messages,
 * nothing else. They are bundled on their own too (hot-main.ts): the binary
 * starts that bundle for these two calls, which old agents make once a
 * second per container.
 */
import { loadConfig } from '@deimos/config';
import { createLogger, type Logger, type MainState } from '@deimos/log';
import { readFrameFromFd, writeFrameToFd } from '@deimos/process';
import { decodeHot, encodeHot } from '@deimos/protocol/hot';
import { StateRoot, liveIds } from '@deimos/state';
import { usageCommand } from './commands/usage';
import { PROGRAM } from './program';

export const HOT_SUBCOMMANDS = ['usage', 'containers'] as const;
export type HotSubcommand = (typeof HOT_SUBCOMMANDS)[number];

export function isHotSubcommand(s: string | undefined): s is HotSubcommand {
  return (HOT_SUBCOMMANDS as readonly string[]).includes(s ?? '');
}

/** Configuration, logger and state root only. */
function lightRoot(ctx: MainState): { root: StateRoot; log: Logger } {
  const { config } = loadConfig();
  const log = createLogger({ program: PROGRAM, console: ctx.debug ? 'DEBUG' : config.log.console, syslog: config.log.syslog });
  ctx.log = log;
  return { root: new StateRoot(config.state.root), log };
}

/** Run one hot call. Reads stdin first (before any slow work), as the agent's write may block on it. */
export function runHotCall(sub: HotSubcommand, ctx: MainState): void {
  if (sub === 'usage') {
    const msg = decodeHot('Usage', readFrameFromFd(0));
    const { root, log } = lightRoot(ctx);
    writeFrameToFd(encodeHot('ResourceStatistics', usageCommand(root, msg, log)));
  } else {
    const ids = liveIds(lightRoot(ctx).root);
    writeFrameToFd(encodeHot('Containers', { containers: ids.map((value) => ({ value })) }));
  }
}
