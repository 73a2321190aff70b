export { createLogger, silentLogger } from './log';
export type { Logger, LoggerOptions, LogLevel } from './log';
export { mainExitCode, runMain, VERSION, type MainState } from './main';
export { crashPoint, resetCrashPoints } from './crash';
