export {
  DeimosError,
  FrameError,
  LockTimeout,
  ConfigError,
  ChildProcessError,
  MidonetHttpError,
  EXIT_CODES,
  UNEXPECTED_EXIT,
  exitCodeOf,
  formatError,
  hasErrno,
  isHelpOrVersion,
} from './errors';
export type { ErrorCode, DeimosErrorOptions } from './errors';
