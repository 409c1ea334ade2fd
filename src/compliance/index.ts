/**
 * Compliance: reports over many tickets (mergeable), and audits of another system's figures.
 * @module
 */
export type {
  ComplianceGroupKey,
  ComplianceReportOptions,
  ComplianceReport,
  ComplianceRow,
  ElapsedSummary,
  RejectedTicket,
} from './accumulator.js';
export { mergeComplianceReports } from './accumulator.js';
export { complianceReport } from './report.js';
export type { DurationSketch } from './sketch.js';
export {
  durationSketchOf,
  mergeDurationSketches,
  sketchQuantileMs,
  sketchMedianMs,
  sketchP90Ms,
  EMPTY_DURATION_SKETCH,
  SKETCH_RELATIVE_ERROR,
} from './sketch.js';
export type {
  AuditClaim,
  AuditTicketOptions,
  AuditCause,
  AuditFinding,
  AuditFindingBase,
  AuditInstantFinding,
  AuditBreachFinding,
  AuditStateFinding,
  AuditMissingClockFinding,
} from './audit.js';
export { auditTicket } from './audit.js';
