/**
 * Audit a helpdesk's own SLA figures against the contract: read a helpdesk export
 * (examples/data/helpdesk-export.json), replay every ticket with the plan
 * (examples/data/acme-plan.json), and print each disagreement with both values, our reason, and
 * the way of computing that reproduces the helpdesk's number.
 *
 *   npx tsx examples/audit-export.ts
 *
 * The helpdesk stores due dates to the minute, so the audit tolerates one minute of rounding.
 */
import { readFileSync } from 'node:fs';
import { auditTicket, makePlan, type AuditFinding } from '../src/index.js';
import { auditCasesOf, type HelpdeskExport } from './data/helpdesk-adapter.js';

const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));

const plan = makePlan(readJson('acme-plan.json'));
const file = readJson('helpdesk-export.json') as HelpdeskExport;
const asOf = file.export.generated_at;

const value = (f: AuditFinding, which: 'claimed' | 'ours'): string => {
  const v = f[which as 'claimed'];
  if (v === null) return 'none';
  if (typeof v === 'object') return v.toISO({ suppressMilliseconds: true }) ?? '';
  return String(v);
};

console.log(`# Audit of ${file.export.source} export, as of ${asOf}, plan '${plan.id}', tolerance 1 min\n`);
let disagreeing = 0;
let findingsCount = 0;
for (const c of auditCasesOf(file)) {
  const r = auditTicket(plan, c.ticket, c.claims, asOf, { tolerance: { minutes: 1 } });
  if (r._tag === 'Left') {
    console.log(`#${c.id} ${c.subject}: cannot audit: ${r.left.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    continue;
  }
  const findings = r.right;
  if (findings.length === 0) {
    console.log(`#${c.id} ${c.subject}: agrees`);
    continue;
  }
  disagreeing++;
  findingsCount += findings.length;
  console.log(`#${c.id} ${c.subject}: ${findings.length} finding(s)`);
  for (const f of findings) {
    console.log(`  - ${f.clock} ${f.field}: helpdesk ${value(f, 'claimed')}, contract ${value(f, 'ours')}${f.causes.length > 0 ? `  [cause: ${f.causes.join(', ')}]` : ''}`);
    console.log(`    ${f.message}`);
  }
}
console.log(`\n${file.tickets.length} tickets audited: ${file.tickets.length - disagreeing} agree, ${disagreeing} disagree (${findingsCount} findings).`);
