import type { DeimosConfig } from '@deimos/config';
import { loadNetwork } from '@deimos/lifecycle';
import type { Logger } from '@deimos/log';
import type { StateRoot } from '@deimos/state';

/**
 * Removes what MidoNet wiring left behind for containers that no longer
 * exist (bridge ports, veth pairs, interface bindings) and says what it did.
 * `failed` entries read `<item>: <reason>`.
 */
export type LeftoverSweep = (log: Logger) => Promise<{ removed: string[]; failed: string[] }>;

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
