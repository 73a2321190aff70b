/**
 * Every Docker object we create carries these labels, so cleanup and
 * recovery find exactly what is ours without our state. One file, so that
 * nothing spells them twice.
 */
export const LABELS = {
  managed: 'org.deimos.managed',
  containerId: 'org.deimos.mesos-container-id',
  stateRoot: 'org.deimos.state-root',
} as const;

/** Docker name of the container for a Mesos container id. */
export function dockerNameFor(mesosContainerId: string): string {
  return `deimos-${mesosContainerId}`;
}

/** The label filters that select our containers under one state root (`key=value`, all must match). */
function ownedLabelFilters(stateRoot: string): string[] {
  return [`${LABELS.managed}=true`, `${LABELS.stateRoot}=${stateRoot}`];
}

/** `docker ps` filter arguments that select our containers under one state root. */
export function ownedFilterArgs(stateRoot: string): string[] {
  return ownedLabelFilters(stateRoot).flatMap((f) => ['--filter', `label=${f}`]);
}

/** The Engine API's `filters` query value for the same selection (GET /containers/json). */
export function ownedApiFilters(stateRoot: string): string {
  return JSON.stringify({ label: ownedLabelFilters(stateRoot) });
}
