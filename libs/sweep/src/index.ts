export type { CleanupContext, CleanupRequest, CheckRequest, LeftoverSweep, Output, SweepRequest } from './ports';
export { sweepStates, type SweepReport } from './sweep';
export { checkStates, type CheckReport, type Finding, type FindingKind } from './check';
