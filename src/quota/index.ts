/**
 * Phone-time quotas, incident packs, upgrade coverage, and charges for work.
 * @module
 */
export type {
  PhoneAllowance,
  Contract,
  PhoneCall,
  PhoneStatement,
  PhoneStatementLine,
  PhoneStatementPeriod,
} from './phone.js';
export type { PeriodUnit, PeriodAnchor } from './periods.js';
export { billPhoneCalls } from './phone.js';
export type { IncidentPack, Incident, IncidentAllocation, AllocateIncidentsOptions } from './incidents.js';
export { allocateIncidentsOrThrow, allocateIncidents, DEFAULT_REOPEN_WINDOW_DAYS } from './incidents.js';
export type { UpgradeScope } from './upgrades.js';
export { isUpgradeCovered } from './upgrades.js';
export type { ChargeKind, ChargeLine, WorkCharge, PercentFee, FixedFee, InvoiceItem, Invoice, BuildInvoiceOptions } from './charges.js';
export { priceWork, maintenanceFee, fixedFee, phoneOverageCharge, buildInvoice } from './charges.js';
