import { destroyCommand, launchContainer, settleCommand, waitContainer } from '@deimos/lifecycle';
import type { Launch, Termination } from '@deimos/protocol';
import type { CallContext } from '../agent-call';
import { fullRuntime } from './runtime';

/** launch, wait, destroy and settle: calls into @deimos/lifecycle with this process's runtime. */
export function launchCall(ctx: CallContext, msg: Launch): Promise<void> {
  return launchContainer(fullRuntime(ctx), msg);
}

export function waitCall(ctx: CallContext, containerId: string | null | undefined): Promise<Termination> {
  return waitContainer(fullRuntime(ctx), containerId);
}

export function destroyCall(ctx: CallContext, containerId: string | null | undefined): Promise<void> {
  return destroyCommand(fullRuntime(ctx), containerId);
}

export function settleCall(ctx: CallContext, containerId: string): Promise<void> {
  return settleCommand(fullRuntime(ctx), containerId);
}
