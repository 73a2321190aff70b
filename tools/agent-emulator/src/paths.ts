import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Directory holding the stand-in `mesos-executor`; used as
 * MESOS_LIBEXEC_DIRECTORY (the agent's --launcher_dir) by default: `bin/`
 * beside this source, or, for the bundle in dist/tools, the copy the build
 * puts in dist/tools/agent-emulator-bin.
 */
export const DEFAULT_LIBEXEC_DIR =
  [path.resolve(__dirname, '..', 'bin'), path.resolve(__dirname, 'agent-emulator-bin')].find((d) => fs.existsSync(path.join(d, 'mesos-executor'))) ?? path.resolve(__dirname, '..', 'bin');

/** The stand-in executor, as `<launcher_dir>/mesos-executor` (a 0.20 agent's). */
export const STANDIN_EXECUTOR_PATH = path.join(DEFAULT_LIBEXEC_DIR, 'mesos-executor');

/**
 * The launcher directory of an agent of `version`: `bin/<version>/`, whose
 * `mesos-executor` takes that generation's flags (bin/standin-executor.js).
 */
export function standinLibexecDir(version: string): string {
  return path.join(DEFAULT_LIBEXEC_DIR, version);
}

/** The agent's default --work_dir. */
export const DEFAULT_WORK_DIR = '/tmp/mesos';

/**
 * The executor run directory ("sandbox") the agent creates for a container:
 * `<work_dir>/slaves/<slave>/frameworks/<fw>/executors/<ex>/runs/<container>`.
 */
export function sandboxPath(ids: { workDir: string; slaveId: string; frameworkId: string; executorId: string; containerId: string }): string {
  return path.join(ids.workDir, 'slaves', ids.slaveId, 'frameworks', ids.frameworkId, 'executors', ids.executorId, 'runs', ids.containerId);
}
