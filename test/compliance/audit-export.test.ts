/**
 * How a user's own test suite asserts that its helpdesk computes the contract's deadlines: read
 * the export, audit every ticket, and pin what must agree and what is a known, explained bug.
 * Here the export (examples/data/helpdesk-export.json) has the helpdesk bugs the examples show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditTicket, makePlan, type AuditFinding } from '../../src/index.js';
import { auditCasesOf, type HelpdeskExport } from '../../examples/data/helpdesk-adapter.js';

const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));
const plan = makePlan(readJson('acme-plan.json'));
const file = readJson('helpdesk-export.json') as HelpdeskExport;
const asOf = file.export.generated_at;

/** Findings per ticket id, with the helpdesk's rounding to the minute tolerated. */
const audit = (tolerance = { minutes: 1 }): Map<string, AuditFinding[]> =>
  new Map(
    auditCasesOf(file).map((c) => {
      const r = auditTicket(plan, c.ticket, c.claims, asOf, { tolerance });
      if (r._tag === 'Left') throw new Error(`ticket ${c.id} cannot be audited: ${JSON.stringify(r.left)}`);
      return [c.id, r.right];
    }),
  );
const summary = (findings: AuditFinding[] | undefined): string[] => (findings ?? []).map((f) => `${f.clock}.${f.field}${f.causes.length > 0 ? ` (${f.causes.join(', ')})` : ''}`);

describe('the helpdesk export agrees with the contract, except for known bugs', () => {
  const findings = audit();

  it('every ticket can be audited', () => {
    expect(findings.size).toBe(file.tickets.length);
  });

  it('tickets the helpdesk gets right have no findings (minutes rounding tolerated)', () => {
    expect(findings.get('4101')).toEqual([]);
    expect(findings.get('4105')).toEqual([]);
  });

  it('bug: a pause over a weekend added in wall-clock time', () => {
    expect(summary(findings.get('4102'))).toEqual(['resolution.dueAt (pausesInWallTime)', 'resolution.breached']);
  });

  it('bug: the DST change ignored', () => {
    expect(summary(findings.get('4103'))).toEqual(['resolution.dueAt (dstIgnored)', 'resolution.breached']);
    const due = findings.get('4103')?.[0];
    expect(due?.field === 'dueAt' && due.differenceMs).toBe(3_600_000);
  });

  it('bug: the pause lost when the priority changed', () => {
    expect(summary(findings.get('4104'))).toEqual(['resolution.dueAt (pausesIgnored, pausesLostOnPriorityChange)', 'resolution.breached']);
  });

  it('bug: an internal note taken for the first reply', () => {
    expect(summary(findings.get('4106'))).toEqual(['firstResponse.completedAt', 'firstResponse.breached']);
  });

  it('bug: business hours ignored for the first reply', () => {
    expect(summary(findings.get('4107'))).toEqual(['firstResponse.dueAt (calendarIgnored)', 'firstResponse.breached']);
  });

  it('without the tolerance, the helpdesk rounding to minutes shows', () => {
    expect(summary(audit({ minutes: 0 }).get('4105'))).toEqual(['firstResponse.dueAt', 'resolution.dueAt']);
  });
});
