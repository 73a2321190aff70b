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

/** `docker ps` filter arguments that select our containers under one state root. */
export function ownedFilterArgs(stateRoot: string): string[] {
  return ['--filter', `label=${LABELS.managed}=true`, '--filter', `label=${LABELS.stateRoot}=${stateRoot}`];
}
