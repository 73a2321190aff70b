import { destroyCommand, settleCommand } from '@deimos/lifecycle';
import type { Termination } from '@deimos/protocol';
import type { CallContext } from '../agent-call';
import { fullRuntime } from './runtime';
import { waitCommand } from './wait';

/** wait, destroy and settle: the shared lifecycle with this process's runtime. */
export function waitCall(ctx: CallContext, containerId: string | null | undefined): Promise<Termination> {
  return waitCommand(fullRuntime(ctx), containerId);
}

export function destroyCall(ctx: CallContext, containerId: string | null | undefined): Promise<void> {
  return destroyCommand(fullRuntime(ctx), containerId);
}

export function settleCall(ctx: CallContext, containerId: string): Promise<void> {
  return settleCommand(fullRuntime(ctx), containerId);
}
