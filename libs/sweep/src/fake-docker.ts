/** Test-only: Docker as cleanup sees it (ps, inspect, rm), for unit tests without an engine. */
import type { ContainerStatus } from '@deimos/docker';
import { LABELS } from '@deimos/docker';
import type { DockerPort } from './ports';

export class FakeDocker implements DockerPort {
  removed: string[] = [];
  failRemove = new Set<string>();
  constructor(public containers: ContainerStatus[] = []) {}
  async ps(): Promise<string[]> {
    return this.containers.map((c) => c.id);
  }
  async inspect(id: string): Promise<ContainerStatus | undefined> {
    return this.containers.find((c) => c.id === id);
  }
  async remove(id: string): Promise<void> {
    if (this.failRemove.has(id)) throw new Error(`Error response from daemon: cannot remove ${id}: device busy`);
    this.removed.push(id);
    this.containers = this.containers.filter((c) => c.id !== id);
  }
}

/** A container with our labels (`mesosId` undefined: without the container id label). */
export function ourContainer(id: string, mesosId: string | undefined, status: string): ContainerStatus {
  return {
    id,
    status,
    running: status === 'running',
    pid: 0,
    exitCode: 0,
    oomKilled: false,
    error: '',
    labels: { [LABELS.managed]: 'true', ...(mesosId ? { [LABELS.containerId]: mesosId } : {}) },
  };
}
