export { invoke, startInvocation, killProcessGroup, REPLYING_SUBCOMMANDS } from './invoke';
export type { Subcommand, InvokeOptions, InvokeResult, Invocation } from './invoke';
export {
  commandTaskLaunch,
  sandboxedCommandTask,
  customExecutorLaunch,
  commandExecutorName,
  launchEnv,
  launchEnvOf,
  resourcesOf,
  addResources,
  COMMAND_EXECUTOR_RESOURCES,
  DEFAULT_SLAVE_PID,
  DEFAULT_RECOVERY_TIMEOUT,
} from './launch';
export type { ResourceSpec, CommonLaunchSpec, CommandTaskSpec, CustomExecutorSpec, LaunchEnvSpec } from './launch';
export { Agent, AgentCallError, NotRunningError } from './agent';
export type { AgentOptions, CallRecord, CheckpointedRun, StartupResult, TaskStatusRecord } from './agent';
export { AGENT_SOCKET_VARIABLE } from './channel';
export { sandboxPath, standinLibexecDir, DEFAULT_LIBEXEC_DIR, DEFAULT_WORK_DIR, STANDIN_EXECUTOR_PATH } from './paths';
export { runCli } from './cli';
export type { CliIo } from './cli';
export {
  MESOS_VERSIONS,
  atLeast,
  parseMesosVersion,
  laterExecutorEnv,
  containerInfoFor,
  terminationProblem,
  taskEndAsSeenBy,
  registrationWaitsForUpdate,
  onRegistrationUpdateFailure,
  onTerminalUpdateFailure,
} from './versions';
export type { MesosVersion, UpdateFailureRule } from './versions';
