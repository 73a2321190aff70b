import { DeimosError } from '@deimos/errors';
import type { ContainerStatus } from '@deimos/docker';
import { crashPoint } from '@deimos/log';
import { recordAfterEndOwed, type ContainerState } from '@deimos/state';
import { engineDown } from '@deimos/engine';
import { containerByName } from './after-end';
import { EXIT_LOST, type Runtime } from './runtime';

/** How a container ended, as recorded in the state's `termination` file. */
export interface EndRecord {
  exitCode: number;
  oomKilled: boolean;
  message: string;
  /** Who recorded it: the watcher, wait, recover, launch. */
  source: string;
  finishedAt?: string;
  memoryLimit?: number;
}

/**
 * Write the end: details first, then that the after-end work is owed
 * (`after-end`, see after-end.ts), then `exit`, whose presence means
 * "ended". So an end always carries its owed work; the caller (who holds
 * the `wait` lock) then does it with finishEnd.
 */
export function recordEnd(st: Pick<ContainerState, 'write'>, end: EndRecord): void {
  st.write('termination', JSON.stringify(end));
  recordAfterEndOwed(st);
  st.write('exit', String(end.exitCode));
  crashPoint('end:recorded');
}

export function readEnd(st: ContainerState): EndRecord | undefined {
  const code = st.exitCode();
  if (code === undefined) return undefined;
  const text = st.read('termination');
  if (text) {
    try {
      const rec = JSON.parse(text) as EndRecord;
      return { ...rec, exitCode: code };
    } catch {
      /* fall through: exit alone is enough */
    }
  }
  return { exitCode: code, oomKilled: false, message: '', source: 'unknown' };
}

/**
 * What an inspection of a container says about its end: `wait` while it may
 * still run, else the end to record. A container Docker no longer knows, or
 * one created and never started (its watcher died before `docker start`),
 * is recorded as EXIT_LOST: nothing will run it now.
 */
export function endFromInspect(s: ContainerStatus | undefined, source: string): EndRecord | 'wait' {
  if (!s) return { exitCode: EXIT_LOST, oomKilled: false, message: 'the container vanished from Docker before its end was recorded', source };
  if (s.status === 'created') return { exitCode: EXIT_LOST, oomKilled: false, message: 'the container was created but never started', source };
  if (s.running || s.status === 'restarting' || s.status === 'paused') return 'wait';
  const message = s.oomKilled ? `container killed for exceeding its memory limit${s.memoryLimit ? ` of ${Math.round(s.memoryLimit / 1048576)} MiB` : ''}` : '';
  return { exitCode: s.exitCode, oomKilled: s.oomKilled, message, source, finishedAt: s.finishedAt, memoryLimit: s.memoryLimit };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface SettleOptions {
  source: string;
  /** Retry while the engine is down for at most this long (0 = for ever). */
  engineRetryMs: number;
}

/**
 * Find out how a container ended and record it, once. Waits for a running
 * container to end. Survives an engine restart by retrying while the engine
 * does not answer. Idempotent: a recorded end is left as it is.
 */
export async function settleContainer(rt: Runtime, st: ContainerState, opts: SettleOptions): Promise<EndRecord> {
  const log = rt.log.withContainer(st.id);
  const docker = rt.docker.withLog(log);
  const known = readEnd(st);
  if (known) return known;
  let dockerId = st.dockerId();
  const started = Date.now();
  for (let delay = 250; ; ) {
    try {
      // No id recorded: launch may have died before recording the engine's
      // answer; the name it recorded before asking finds the container.
      dockerId ??= await containerByName(rt, st, log);
      if (!dockerId) {
        const end = { exitCode: EXIT_LOST, oomKilled: false, message: 'the container was never created', source: opts.source };
        recordEnd(st, end);
        return end;
      }
      const s = await docker.inspect(dockerId);
      const end = endFromInspect(s, opts.source);
      if (end === 'wait') {
        try {
          await docker.wait(dockerId);
        } catch (err) {
          // docker wait breaks off when the engine stops or restarts
          // ("unexpected EOF", "context canceled"): ask again.
          log.warn(`docker wait broke off (${(err as Error).message}); asking the engine again`);
          await sleep(delay);
          delay = Math.min(delay * 2, 5000);
        }
        continue;
      }
      if (!s) log.warn(`container ${dockerId.slice(0, 12)} is gone from Docker; recording exit ${EXIT_LOST}`);
      recordEnd(st, end);
      log.info(`ended // exit ${end.exitCode}${end.oomKilled ? ' (out of memory)' : ''}`);
      return end;
    } catch (err) {
      if (!engineDown(err)) throw err;
      if (opts.engineRetryMs > 0 && Date.now() - started > opts.engineRetryMs) {
        throw new DeimosError('DOCKER', `the Docker engine did not answer for ${Math.round(opts.engineRetryMs / 1000)} s while recording the end of ${st.id}`, {
          hint: 'start the engine; the next wait or recover records the end',
          cause: err,
        });
      }
      log.warn(`docker engine not answering; retrying in ${delay} ms`);
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}
