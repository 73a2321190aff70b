import { awaitEndPolling, awaitLaunch, destroyCommand, existingState, type Runtime } from '@deimos/lifecycle';

type Handler = (signal: NodeJS.Signals) => void;

/**
 * Catch SIGTERM and SIGINT from the first moment, before the runtime is
 * ready; signals that arrive early are replayed to the handler once it is
 * set. Without this, a kill right after start would end us with the
 * container still running.
 */
export function captureSignals(): { setHandler(h: Handler): void } {
  const pending: NodeJS.Signals[] = [];
  let handler: Handler | undefined;
  const on = (signal: NodeJS.Signals) => (handler ? handler(signal) : pending.push(signal));
  process.on('SIGTERM', on);
  process.on('SIGINT', on);
  return {
    setHandler(h: Handler) {
      handler = h;
      for (const s of pending.splice(0)) h(s);
    },
  };
}

/**
 * Block until the container's end is recorded and return the task's exit
 * code (Docker reports a signal death as 128+n already). SIGTERM or SIGINT
 * (the command executor killing the task) stops the container through the
 * same path as destroy, and we keep waiting for the recorded end.
 */
export async function observe(rt: Runtime, containerId: string, signals: { setHandler(h: Handler): void }): Promise<number> {
  const st = existingState(rt, containerId);
  const log = rt.log.withContainer(st.id);
  let stopping: Promise<void> | undefined;
  signals.setHandler((signal) => {
    log.info(`observe // ${signal}: stopping the container`);
    stopping ??= destroyCommand(rt, st.id).catch((err) => log.error(`could not stop the container: ${(err as Error).message}`));
  });
  await awaitLaunch(rt, st);
  log.info('observe // waiting for the container to end');
  const end = await awaitEndPolling(rt, st);
  await stopping;
  log.info(`observe // container ended with exit ${end.exitCode}`);
  return Math.min(255, Math.max(0, end.exitCode));
}
