import type { DeimosConfig } from '@deimos/config';
import { loadNetwork } from '@deimos/lifecycle';
import type { StateRoot } from '@deimos/state';
import type { LeftoverSweep } from '@deimos/sweep';

/**
 * The sweep for this configuration, or undefined when MidoNet is not
 * configured. Reading `config.midonet` may throw (a broken ~/.midonetrc).
 * The MidoNet code is loaded only here, when it is configured.
 */
export function midonetSweepFor(config: DeimosConfig, root: StateRoot): LeftoverSweep | undefined {
  if (!config.midonet) return undefined;
  return async (log) => {
    const { sweepNetwork } = await loadNetwork();
    return (await sweepNetwork({ config, root }, log)) ?? { removed: [], failed: [] };
  };
}
