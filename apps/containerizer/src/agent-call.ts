/**
 * The agent's calls: `<program> <subcommand>` with nothing else on the
 * command line. Every call is a fresh process, so this path loads only what
 * the subcommand needs (no command-line parser). `usage` and `containers`
 * are hot-calls.ts, which the binary also carries as a bundle of its own.
 */
import type { MainState } from '@deimos/log';
import { readFrameFromFd, writeFrameToFd } from '@deimos/process';
import { decode, encode } from '@deimos/protocol';

export const AGENT_SUBCOMMANDS = ['launch', 'update', 'usage', 'wait', 'destroy', 'containers', 'recover'] as const;
export type AgentSubcommand = (typeof AGENT_SUBCOMMANDS)[number];

export function isAgentSubcommand(s: string | undefined): s is AgentSubcommand {
  return (AGENT_SUBCOMMANDS as readonly string[]).includes(s ?? '');
}

/** A logger for errors before (or without) a runtime (runMain's state). */
export type CallContext = MainState;

/** Run one agent call. Reads stdin first (before any slow work), as the agent's write may block on it. */
export async function runAgentCall(sub: AgentSubcommand, ctx: CallContext): Promise<void> {
  switch (sub) {
    case 'usage':
    case 'containers': {
      const { runHotCall } = await import('./hot-calls');
      runHotCall(sub, ctx);
      return;
    }
    case 'launch': {
      const msg = decode('Launch', readFrameFromFd(0));
      const { launchCall } = await import('./commands/lifecycle-calls');
      await launchCall(ctx, msg);
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
      // The binary starts recover-main.ts's bundle for this call; this path
      // serves the whole program when run directly (tests, --debug).
      const [{ recoverCommand }, { fullRuntime }] = await Promise.all([import('./commands/recover'), import('./commands/runtime')]);
      const rt = fullRuntime(ctx);
      await recoverCommand(rt, rt.config.recover.removeOrphans);
      return;
    }
  }
}
