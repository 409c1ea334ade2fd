/**
 * Billing: charges for work and fees as itemised lines, and invoices.
 * @module
 */
export type { ChargeKind, ChargeLine, WorkCharge, PercentFee, FixedFee } from './charges.js';
export { priceWork, maintenanceFee, fixedFee, phoneOverageCharge } from './charges.js';
export type { InvoiceItem, Invoice, BuildInvoiceOptions } from './invoice.js';
export { buildInvoice } from './invoice.js';
