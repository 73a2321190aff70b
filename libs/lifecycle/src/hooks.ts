import * as fs from 'node:fs';
import * as os from 'node:os';
import { dockerNameFor } from '@deimos/docker';
import type { Logger } from '@deimos/log';
import { spawnDetached } from '@deimos/process';
import type { ContainerState } from '@deimos/state';
import type { Runtime } from './runtime';
import { SANE_PATH } from './sane-path';
import { isSteeringVariable } from './steering-env';

/** `[hooks] task_env`: how a hook gets the task's variables (see hookEnvironment). */
export type TaskEnvMode = 'safe' | 'compat';
export type HookName = 'onlaunch' | 'ondestroy';

/** A task variable NAME reaches a hook as `MESOS_TASK_ENV_NAME` (when NAME is a shell identifier). */
export const TASK_ENV_PREFIX = 'MESOS_TASK_ENV_';

/** What a shell can read as `$NAME`: every name we export under its own name or under the prefix. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What a hook is told about its container, as `DEIMOS_*` variables. */
export interface HookFacts {
  hook: HookName;
  mode: TaskEnvMode;
  /** The Mesos container id. */
  containerId: string;
  dockerName: string;
  /** Known once the container was created (always for ondestroy after a created container; never for onlaunch). */
  dockerId?: string;
  /** The configuration file this process read, when it read one. */
  configFile?: string;
  /** The task's variables as data (the state's `task-env`). */
  taskEnvFile: string;
  /** Our user's home directory. */
  home: string;
}

/**
 * The task's variables as a hook gets them: one value per name (the last
 * given, as Docker's `-e`), in the order first given. Names an environment
 * cannot hold (empty, with `=` or NUL) and values with NUL are left out and
 * named in `refused`.
 */
export function taskVariables(env: ReadonlyArray<readonly [string, string]>): { vars: Array<[string, string]>; refused: string[] } {
  const byName = new Map<string, string>();
  const refused: string[] = [];
  for (const [name, value] of env) {
    if (name === '' || name.includes('=') || name.includes('\0') || value.includes('\0')) refused.push(name);
    else byName.set(name, value);
  }
  return { vars: [...byName], refused };
}

/**
 * The whole environment of a hook (and of the sh and timeout(1) that run
 * it): built here, never inherited. Ours: `PATH` (SANE_PATH), `HOME`,
 * `LANG=C`, the `DEIMOS_*` facts. The task's variables as data: each NAME
 * that is a shell identifier as `MESOS_TASK_ENV_NAME`, and every one in the
 * file `DEIMOS_TASK_ENV_FILE`. In `compat` mode also by their own names,
 * except what we set (`PATH`, `HOME`, `DEIMOS_*`, `MESOS_TASK_ENV_*`),
 * names that are not shell identifiers (bash reads functions from such
 * names), and every variable of STEERING_RULES.
 */
export function hookEnvironment(vars: ReadonlyArray<readonly [string, string]>, facts: HookFacts): Record<string, string> {
  const env: Record<string, string> = {};
  if (facts.mode === 'compat') {
    for (const [name, value] of vars) if (compatPasses(name)) env[name] = value;
  }
  for (const [name, value] of vars) if (IDENTIFIER.test(name)) env[`${TASK_ENV_PREFIX}${name}`] = value;
  Object.assign(env, {
    PATH: SANE_PATH,
    HOME: facts.home,
    // The POSIX locale, spelt out: what a program does without LANG, and what the task cannot change.
    LANG: 'C',
    DEIMOS_HOOK: facts.hook,
    DEIMOS_CONTAINER_ID: facts.containerId,
    DEIMOS_DOCKER_NAME: facts.dockerName,
    DEIMOS_TASK_ENV: facts.mode,
    DEIMOS_TASK_ENV_FILE: facts.taskEnvFile,
  });
  if (facts.dockerId) env.DEIMOS_DOCKER_ID = facts.dockerId;
  if (facts.configFile) env.DEIMOS_CONFIG = facts.configFile;
  return env;
}

function compatPasses(name: string): boolean {
  if (!IDENTIFIER.test(name) || isSteeringVariable(name)) return false;
  return name !== 'PATH' && name !== 'HOME' && !name.startsWith('DEIMOS_') && !name.startsWith(TASK_ENV_PREFIX);
}

function ourHome(): string {
  try {
    return os.userInfo().homedir || '/';
  } catch {
    return '/';
  }
}

function recordedDockerId(st: ContainerState): string | undefined {
  try {
    return st.dockerId();
  } catch {
    return undefined;
  }
}

/**
 * Start a hook (fire and forget, through libs/process) when `[hooks]`
 * names one: with the environment of hookEnvironment (the task's
 * variables written first to the state's `task-env`), from `/` (not the
 * agent's working directory, which may be the task's sandbox), a time
 * limit through timeout(1), in its own session so it outlives us. Its start
 * is logged here; its output and a line with its exit status (`<time>
 * <hook>-hook exited N`) go to the state's `hooks.log`, as we do not wait
 * for it.
 */
export function startHook(rt: Pick<Runtime, 'hooks' | 'configFile'>, st: ContainerState, hook: HookName, taskEnv: ReadonlyArray<readonly [string, string]>, log: Logger): void {
  const argv = rt.hooks[hook];
  if (!argv || argv.length === 0) return;
  const what = `${hook}-hook`;
  const logFile = st.file('hooks.log');
  const { vars, refused } = taskVariables(taskEnv);
  if (refused.length > 0) log.warn(`${what} gets no task variable named ${refused.map((n) => JSON.stringify(n)).join(', ')}: an environment cannot hold it`);
  let env: Record<string, string>;
  let out: number;
  try {
    const taskEnvFile = st.writeTaskEnvFile(vars);
    env = hookEnvironment(vars, {
      hook,
      mode: rt.hooks.taskEnv,
      containerId: st.id,
      dockerName: dockerNameFor(st.id),
      dockerId: recordedDockerId(st),
      configFile: rt.configFile,
      taskEnvFile,
      home: ourHome(),
    });
    out = fs.openSync(logFile, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
  } catch (err) {
    log.warn(`${what} not started: ${(err as Error).message}`);
    return;
  }
  try {
    const limit = String(Math.max(1, Math.ceil(rt.hooks.timeoutMs / 1000)));
    // sh reports the exit ("$0" is the hook's name for the line).
    const script = '"$@"; s=$?; echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $0 exited $s"';
    const pid = spawnDetached({ argv: ['/bin/sh', '-c', script, what, 'timeout', '-k', '5', limit, ...argv], stdout: out, stderr: out, env, cwd: '/', what });
    log.info(`${what} started (pid ${pid}, at most ${limit} s, task environment ${rt.hooks.taskEnv}) // ${argv.join(' ')}`);
  } catch (err) {
    log.warn(`${what} could not start: ${(err as Error).message}`);
  } finally {
    fs.closeSync(out);
  }
}
