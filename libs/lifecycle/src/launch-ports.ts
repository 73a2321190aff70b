import * as fs from 'node:fs';
import { pressureCountingAvailable } from '@deimos/cgroups';
import { dockerNameFor } from '@deimos/docker';
import type { Launch } from '@deimos/protocol';
import type { HeldLock } from '@deimos/state';
import { executorStyle } from './command-executor';
import { findMesosExecutor, processStartTime, spawnObserver } from './observer';
import { containerModelFor, planLaunch, type PlannedLaunch } from './plan';
import { runLaunch, type LaunchPorts } from './launch';
import type { Runtime } from './runtime';
import { fetchUris } from './fetch';
import { startHook } from './hooks';
import { finishEnd } from './after-end';
import { recordCgroups, spawnWatcher } from './watcher';

/** How long launch waits for Docker to report the container running. */
const START_TIMEOUT_MS = 60_000;

/**
 * Write a file into the sandbox without following a link someone planted
 * there: the name is unlinked first and created exclusively.
 */
function writeSandboxFile(file: string, content: string | Buffer, mode: number): void {
  removeQuietly(file);
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, mode);
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    /* not there */
  }
}

/** An environment without DEIMOS_TEST_CRASH_AT and DEIMOS_TEST_CRASH_TRACE (crashPoint in @deimos/log). */
function withoutCrashPoints(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const rest = { ...env };
  delete rest['DEIMOS_TEST_CRASH_AT'];
  delete rest['DEIMOS_TEST_CRASH_TRACE'];
  return rest;
}

/** The real ports of a launch: this process's runtime, a fresh state directory, the engine, the host. */
export function launchPortsFor(rt: Runtime, spec: PlannedLaunch): LaunchPorts<HeldLock> {
  const st = rt.root.create(spec.containerId);
  const log = rt.log.withContainer(spec.containerId);
  // Decided once: the watcher's prelude and the memcg record go together.
  const memcg = pressureCountingAvailable() ? st.file('memcg') : undefined;
  return {
    log,
    state: st,
    engine: rt.docker.withLog(log),
    sandbox: {
      writeFile: writeSandboxFile,
      removeFile: removeQuietly,
      dockercfg: () => (rt.dockercfg ? fs.readFileSync(rt.dockercfg) : undefined),
      fetch: (uris, dir) =>
        fetchUris(uris, dir, {
          unpack: rt.uris.unpack,
          timeoutMs: rt.uris.timeoutMs,
          maxBytes: rt.uris.maxBytes,
          localPaths: rt.uris.localPaths,
          // The same user the container runs as: every fetch step runs as it.
          user: spec.runAs,
          log,
        }),
    },
    processes: {
      mesosExecutor: async (s) => {
        const found = findMesosExecutor(s, rt.env);
        return found ? { path: found, style: await executorStyle(rt.root, found, rt.env, log) } : undefined;
      },
      startHook: (env) => startHook(rt, st, 'onlaunch', env, log),
      spawnWatcher: (dockerId, waitLock, output) => spawnWatcher(rt, dockerId, waitLock, output, 'start', memcg),
      recordCgroups: (initPid) => recordCgroups(st, initPid, memcg !== undefined, log),
      // The crash-test variables are for this call only: the observer, which
      // also records ends, runs without them.
      spawnObserver: (executor, lock) => spawnObserver({ ...rt, env: withoutCrashPoints(rt.env) }, st, executor, lock),
      startTime: processStartTime,
    },
    network: {
      async wire(plan, initPid) {
        const { wireNetwork } = await import('./network');
        await wireNetwork(rt, st, plan, initPid, log);
      },
    },
    clock: { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    afterEnd: () => finishEnd(rt, st, log),
    settings: {
      recordHookEnv: rt.hooks.ondestroy !== undefined,
      startTimeoutMs: START_TIMEOUT_MS,
      model: (facts, sandboxLink) => containerModelFor(rt, spec, facts, sandboxLink),
      name: dockerNameFor(spec.containerId),
    },
  };
}

/** launch, as the agent calls it: plan and check (nothing is created on bad input), then run. */
export async function launchContainer(rt: Runtime, launch: Launch): Promise<void> {
  const spec = await planLaunch(rt, launch);
  await runLaunch(launchPortsFor(rt, spec), spec);
}
