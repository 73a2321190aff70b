export { run, present, redact } from './run';
export type { RunOptions, RunResult } from './run';
export { readFrameFromFd, writeFrameToFd } from './stdio';
export { spawnDetached, runWithDescriptors } from './spawn';
export type { DetachedSpec } from './spawn';
export { startLineSink } from './line-sink';
export type { LineSink } from './line-sink';
