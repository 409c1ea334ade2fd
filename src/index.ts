/**
 * support-sla: support contracts as exact, testable rules.
 *
 * Everything is importable from the package root.
 * @packageDocumentation
 */
export type { Issue, IssuePath, SafeParseResult } from './internal/issues.js';
export { InvalidInputError } from './internal/issues.js';
export { IssueCode } from './internal/codes.js';
export type { InstantInput, DurationInput } from './time/instant.js';
export type { Weekday } from './time/civil.js';
export * from './holidays/index.js';
export * from './calendar/index.js';
export * from './business-time/index.js';
export * from './money/index.js';
export * from './quota/index.js';
export * from './billing/index.js';
export * from './plan/index.js';
export * from './ticket/index.js';
export * from './clocks/index.js';
export * from './compliance/index.js';
export * from './explain/index.js';
