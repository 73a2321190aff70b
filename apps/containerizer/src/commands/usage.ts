import { DeimosError } from '@deimos/errors';
import type { ResourceStatistics, Usage } from '@deimos/protocol';
import { existingState, type Runtime } from '@deimos/lifecycle';

/** usage: statistics of a running container. Placeholder until the cgroups reader is wired in. */
export async function usageCommand(rt: Runtime, msg: Usage): Promise<ResourceStatistics> {
  const st = existingState(rt, msg.containerId?.value);
  if (st.exitCode() !== undefined) throw new DeimosError('NOT_RUNNING', `container ${st.id} has ended; no usage to report`);
  return { timestamp: Date.now() / 1000 };
}
