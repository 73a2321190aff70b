export type { CleanupContext, CleanupRequest, CheckRequest, EndWork, EndWorkOutcome, LeftoverSweep, Output, SweepRequest } from './ports';
export { sweepStates } from './sweep';
export type { SweepReport } from './report';
export { checkStates, type CheckReport, type Finding, type FindingKind } from './check';
