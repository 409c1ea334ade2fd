/**
 * Phone-time quotas, their periods, incident packs and upgrade coverage (charges and invoices
 * are in `billing/`).
 * @module
 */
export type { PhoneAllowance, Contract } from './phone-allowance.js';
export { parsePhoneAllowance, safeParsePhoneAllowance, makePhoneAllowance, readPhoneAllowance } from './phone-allowance.js';
export type { PhoneCall, PhoneStatement, PhoneStatementLine, PhoneStatementPeriod } from './phone-calls.js';
export { billPhoneCalls } from './phone-calls.js';
export type { PeriodUnit, PeriodAnchor } from './periods.js';
export type { IncidentPack, Incident, IncidentAllocation, AllocateIncidentsOptions } from './incidents.js';
export { allocateIncidentsOrThrow, allocateIncidents, DEFAULT_REOPEN_WINDOW_DAYS } from './incidents.js';
export type { UpgradeScope } from './upgrades.js';
export { isUpgradeCovered } from './upgrades.js';
