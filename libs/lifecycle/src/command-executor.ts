import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { DeimosError } from '@deimos/errors';
import type { Logger } from '@deimos/log';
import { run } from '@deimos/process';
import { mkdirp, writeFileAtomic, type StateRoot } from '@deimos/state';

/*
 * How the agent's command executor (`mesos-executor`) is told to run our
 * observer instead of the task's command. That changed between generations
 * (apache/mesos src/launcher/executor.cpp, class Flags):
 *
 *   0.20.1-0.27.x  only `--override`: the rest of argv is exec'd.
 *   0.28.x         `--override` and `--task_command=<CommandInfo JSON>`.
 *   1.0.x          only `--task_command`, beside `--launcher_dir` (where
 *                  it finds `mesos-containerizer`, which 1.0 forks the
 *                  command through: src/launcher/posix/executor.cpp) and
 *                  the rootfs flags; an unknown flag such as `--override`
 *                  makes it print "Failed to load unknown flag" and exit.
 *
 * The answer is read from the binary we are about to run (its `--help`,
 * which every generation prints in stout's flag format "  --name=VALUE" or
 * "  --[no-]name"), never guessed from a version, and kept per binary path,
 * size, mtime and inode under the state root.
 */

/** How a given mesos-executor takes our observer. */
export type ExecutorStyle =
  /** `--task_command=<json>`; `launcherDir` when it also takes `--launcher_dir` (1.0). */
  | { kind: 'task_command'; launcherDir: boolean }
  /** `--override <argv...>` (0.20-0.27, and 0.28 where it is not the first choice). */
  | { kind: 'override' };

/** A mesos-executor found for a command task, and how it takes our observer. */
export interface CommandExecutor {
  path: string;
  style: ExecutorStyle;
}

/**
 * The flag names a stout `--help` text lists: each flag's line starts with
 * two spaces and "--[no-]name" (a boolean) or "--name=VALUE"; its
 * description's further lines are indented deeper.
 */
export function parseExecutorHelp(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^ {2}--(?:\[no-\]([a-z][a-z0-9_]*)|([a-z][a-z0-9_]*)=VALUE)(?:\s|$)/.exec(line);
    if (m) names.add(m[1] ?? m[2]);
  }
  return names;
}

/** The style a set of flags allows: `--task_command` where it exists, else `--override`, else none. */
export function styleOf(flags: ReadonlySet<string>): ExecutorStyle | undefined {
  if (flags.has('task_command')) return { kind: 'task_command', launcherDir: flags.has('launcher_dir') };
  if (flags.has('override')) return { kind: 'override' };
  return undefined;
}

/**
 * The argv that starts `executor` running `observer <container id>`. The
 * CommandInfo for `--task_command` is not a shell command (`shell: false`),
 * and its `arguments` are the whole argv, argv[0] included, as both 0.28
 * (execvp of `value` with `arguments`) and 1.0 (mesos-containerizer launch)
 * read it. `--launcher_dir` gets the agent's own launcher directory, which
 * the agent hands every external containerizer call as
 * MESOS_LIBEXEC_DIRECTORY (external_containerizer.cpp@1.0.4:1084) and its
 * generated executor as `--launcher_dir=` (slave.cpp@1.0.4 getExecutorInfo).
 * The rootfs flags (`--rootfs`, `--sandbox_directory`, `--working_directory`,
 * `--user`) are the agent's only for Mesos-containerizer images; a Docker
 * task has none, so none are passed.
 */
export function observerArgv(executor: string, style: ExecutorStyle, observer: string, containerId: string, launcherDir: string | undefined): string[] {
  if (style.kind === 'override') return [executor, '--override', observer, containerId];
  const command = { shell: false, value: observer, arguments: ['deimos-observer-executor', containerId] };
  const argv = [executor];
  if (style.launcherDir && launcherDir) argv.push(`--launcher_dir=${launcherDir}`);
  argv.push(`--task_command=${JSON.stringify(command)}`);
  return argv;
}

/** How a style is shown in launch's log line. */
export function describeStyle(style: ExecutorStyle): string {
  return style.kind === 'override' ? '--override' : style.launcherDir ? '--launcher_dir --task_command' : '--task_command';
}

interface ProbeRecord {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
  flags: string[];
}

const PROBE_TIMEOUT_MS = 10_000;

function readProbe(file: string, executor: string, st: fs.Stats): Set<string> | undefined {
  let record: Partial<ProbeRecord>;
  try {
    record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ProbeRecord>;
  } catch {
    return undefined; // none yet, or unreadable: ask the binary again
  }
  if (record.path !== executor || record.size !== st.size || record.mtimeMs !== st.mtimeMs || record.ino !== st.ino) return undefined;
  if (!Array.isArray(record.flags) || !record.flags.every((f) => typeof f === 'string')) return undefined;
  return new Set(record.flags);
}

/**
 * The style of the mesos-executor at `executor`: from the kept answer when
 * the binary is unchanged, else from its `--help` (run with the agent's
 * environment, as the executor itself will be; 0.20-0.22 print it on stderr
 * and exit 255, later ones on stdout with 0, so neither stream nor status is
 * trusted alone). A binary that offers neither flag is refused in one line.
 */
export async function executorStyle(root: StateRoot, executor: string, env: Record<string, string | undefined>, log: Logger): Promise<ExecutorStyle> {
  const st = fs.statSync(executor);
  const file = root.executorFlagsFile(createHash('sha256').update(executor).digest('hex').slice(0, 32));
  let flags = readProbe(file, executor, st);
  if (!flags) {
    const r = await run([executor, '--help'], { env, extendEnv: false, timeoutMs: PROBE_TIMEOUT_MS, okExitCodes: [0, 1, 255], log }).catch((err: Error) => {
      throw new DeimosError('CHILD_PROCESS', `could not ask ${executor} for its flags (--help): ${err.message}`, {
        hint: "point the agent's --launcher_dir (MESOS_LIBEXEC_DIRECTORY) at a working mesos-executor",
        cause: err,
      });
    });
    flags = parseExecutorHelp(`${r.stdout}\n${r.stderr}`);
    const record: ProbeRecord = { path: executor, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, flags: [...flags].sort() };
    try {
      mkdirp(root.executorFlagsDir);
      writeFileAtomic(file, `${JSON.stringify(record)}\n`);
    } catch (err) {
      log.warn(`launch // could not keep the flags of ${executor} in ${file}: ${(err as Error).message}`);
    }
    log.debug(`launch // ${executor} --help lists ${record.flags.map((f) => `--${f}`).join(' ') || 'no flags'}`);
  }
  const style = styleOf(flags);
  if (!style) {
    throw new DeimosError('INVALID_INPUT', `mesos-executor ${executor} offers neither --override nor --task_command, so it cannot run the task's observer`, {
      hint: "use the mesos-executor of a Mesos 0.20-1.0 agent (the agent's --launcher_dir)",
    });
  }
  return style;
}
