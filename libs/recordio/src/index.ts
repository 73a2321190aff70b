export { DEFAULT_MAX_FRAME, encodeFrame, readFrame, writeFrame, FrameDecoder } from './recordio';
export type { ReadFn, WriteFn, FrameOptions } from './recordio';
