import { awaitEnd, awaitLaunch, destroyCommand, existingState, type Runtime } from '@deimos/lifecycle';

/**
 * Block until the container's end is recorded and return the task's exit
 * code (Docker reports a signal death as 128+n already). SIGTERM or SIGINT
 * (the command executor killing the task) stops the container through the
 * same path as destroy, and we keep waiting for the recorded end.
 */
export async function observe(rt: Runtime, containerId: string): Promise<number> {
  const st = existingState(rt, containerId);
  const log = rt.log.withContainer(st.id);
  let stopping: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    log.info(`observe // ${signal}: stopping the container`);
    stopping ??= destroyCommand(rt, st.id).catch((err) => log.error(`could not stop the container: ${(err as Error).message}`));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    await awaitLaunch(rt, st);
    const end = await awaitEnd(rt, st);
    await stopping;
    log.info(`observe // container ended with exit ${end.exitCode}`);
    return Math.min(255, Math.max(0, end.exitCode));
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
