export { DeimosError, FrameError, LockTimeout, ConfigError, ChildProcessError, MidonetHttpError, exitCodeOf, formatError, hasErrno, isHelpOrVersion } from './errors';
export type { ErrorCode, DeimosErrorOptions } from './errors';
export { controlCharacterAt, escapeControls, quoted } from './text';
