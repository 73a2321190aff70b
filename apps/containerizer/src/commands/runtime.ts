import { makeRuntime, type Runtime } from '@deimos/lifecycle';
import type { CallContext } from '../agent-call';
import { PROGRAM } from '../program';

/** The full runtime (Docker client, configuration, state) for calls that need it. */
export function fullRuntime(ctx: CallContext): Runtime {
  const rt = makeRuntime({ program: PROGRAM, debug: ctx.debug });
  ctx.log = rt.log;
  return rt;
}
