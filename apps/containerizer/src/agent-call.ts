/**
 * The agent's calls: `<program> <subcommand>` with nothing else on the
 * command line. Every call is a fresh process, so this path loads only what
 * the subcommand needs (no command-line parser; `usage` and `containers`
 * load neither the Docker client nor execa).
 */
import { loadConfig } from '@deimos/config';
import { createLogger, type Logger, type MainState } from '@deimos/log';
import { readFrameFromFd, writeFrameToFd } from '@deimos/process';
import { decode, encode } from '@deimos/protocol';
import { StateRoot } from '@deimos/state';
import { PROGRAM } from './program';

export const AGENT_SUBCOMMANDS = ['launch', 'update', 'usage', 'wait', 'destroy', 'containers', 'recover'] as const;
export type AgentSubcommand = (typeof AGENT_SUBCOMMANDS)[number];

export function isAgentSubcommand(s: string | undefined): s is AgentSubcommand {
  return (AGENT_SUBCOMMANDS as readonly string[]).includes(s ?? '');
}

/** A logger for errors before (or without) a runtime (runMain's state). */
export type CallContext = MainState;

/** Configuration, logger and state root only: enough for the hot paths. */
function lightContext(ctx: CallContext): { root: StateRoot; log: Logger } {
  const { config } = loadConfig();
  const log = createLogger({ program: PROGRAM, console: ctx.debug ? 'DEBUG' : config.log.console, syslog: config.log.syslog });
  ctx.log = log;
  return { root: new StateRoot(config.state.root), log };
}

/** Run one agent call. Reads stdin first (before any slow work), as the agent's write may block on it. */
export async function runAgentCall(sub: AgentSubcommand, ctx: CallContext): Promise<void> {
  switch (sub) {
    case 'usage': {
      const msg = decode('Usage', readFrameFromFd(0));
      const { usageCommand } = await import('./commands/usage');
      writeFrameToFd(encode('ResourceStatistics', usageCommand(lightContext(ctx).root, msg)));
      return;
    }
    case 'containers': {
      const ids = lightContext(ctx).root.liveIds();
      writeFrameToFd(encode('Containers', { containers: ids.map((value) => ({ value })) }));
      return;
    }
    case 'launch': {
      const msg = decode('Launch', readFrameFromFd(0));
      const [{ launchCommand }, { fullRuntime }] = await Promise.all([import('./commands/launch'), import('./commands/runtime')]);
      await launchCommand(fullRuntime(ctx), msg);
      return;
    }
    case 'update': {
      const msg = decode('Update', readFrameFromFd(0));
      const [{ updateCommand }, { fullRuntime }] = await Promise.all([import('./commands/update'), import('./commands/runtime')]);
      await updateCommand(fullRuntime(ctx), msg);
      return;
    }
    case 'wait': {
      const msg = decode('Wait', readFrameFromFd(0));
      const { waitCall } = await import('./commands/lifecycle-calls');
      writeFrameToFd(encode('Termination', await waitCall(ctx, msg.containerId?.value)));
      return;
    }
    case 'destroy': {
      const msg = decode('Destroy', readFrameFromFd(0));
      const { destroyCall } = await import('./commands/lifecycle-calls');
      await destroyCall(ctx, msg.containerId?.value);
      return;
    }
    case 'recover': {
      const [{ recoverCommand }, { fullRuntime }] = await Promise.all([import('./commands/recover'), import('./commands/runtime')]);
      const rt = fullRuntime(ctx);
      await recoverCommand(rt, rt.config.recover.removeOrphans);
      return;
    }
  }
}
