/**
 * The worst-case time per call, by family (issue 10, "Done when"): runs the robustness cases of
 * test/robustness/cases/ (the timed searches, money parsing, SLA-layer cases and the random
 * hostile-input run over every public parser) in a worker, exactly as the suite does, and prints
 * a Markdown table: per family, how many calls were measured and the slowest one, with the date
 * and the load average (the numbers depend on the machine and its load: compare within a run).
 *
 *   npm run robustness:report          # prints the table (about a minute)
 *
 * docs/performance.md ("Worst case per call") holds a run of it.
 */
import { loadavg } from 'node:os';
import { runCases, type BudgetOutcome } from '../test/robustness/budget.js';
import type { FuzzReport } from '../test/robustness/cases/parsers.js';

interface Measure {
  readonly family: string;
  readonly calls: number;
  readonly worstMs: number;
  readonly worst: string;
}

/** The family of a parser target of the random-input run. */
const parserFamily = (target: string): string => {
  if (/^(billPlan|planIncidentPacks|allocatePlanIncidents|pricePlanWork|parseEntitlements)$/.test(target)) return 'plan billing and entitlements (hostile input)';
  if (target === 'auditTicket') return 'compliance audit: auditTicket (hostile input)';
  if (target.startsWith('freeze')) return 'freezing calendar and plan specs (hostile input)';
  if (/Plan/.test(target)) return 'plan parsers (hostile input)';
  if (/Calendar/.test(target)) return 'calendar parsers (hostile input)';
  if (/Holiday/.test(target)) return 'holiday-source parsers (hostile input)';
  if (/[Mm]oney/.test(target)) return 'money parsers (hostile input)';
  if (/evaluateTicket/.test(target)) return 'SLA clocks: evaluateTicket (hostile input)';
  if (/complianceReport/.test(target)) return 'compliance reports (hostile input, 2 tickets)';
  return 'quotas and billing (hostile input)';
};

/** The family of a timed SLA case (test/robustness/cases/sla.ts). */
const slaFamily = (name: string): string => {
  if (name.startsWith('complianceReport')) return 'compliance report of 1,000 or 10,000 tickets (one call)';
  if (name.startsWith('auditTicket')) return 'compliance audit: auditTicket (10,000 events, 1e308, 9999)';
  if (name.startsWith('parsePlan')) return 'plan parsers (targets of 1e308, 10,000 priorities)';
  if (/10,000/.test(name)) return 'SLA clocks: a 10,000-event log (one call)';
  return 'SLA clocks: edge instants (9999, 1e20, NaN), unknown priorities and statuses';
};

const run = async (file: string): Promise<BudgetOutcome[]> => {
  const url = new URL(`../test/robustness/cases/${file}`, import.meta.url);
  const mod = (await import(url.href)) as { cases: Record<string, unknown> };
  return runCases(url, Object.keys(mod.cases), { killAfterMs: 120_000 });
};

const add = (into: Map<string, Measure>, family: string, calls: number, ms: number, what: string): void => {
  const m = into.get(family) ?? { family, calls: 0, worstMs: 0, worst: '' };
  into.set(family, { family, calls: m.calls + calls, worstMs: Math.max(m.worstMs, ms), worst: ms > m.worstMs ? what : m.worst });
};

const main = async (): Promise<void> => {
  const families = new Map<string, Measure>();
  const problems: string[] = [];
  const check = (o: BudgetOutcome): boolean => {
    if (o.outcome === 'returned' || o.outcome === 'threw') return true;
    problems.push(`${o.name}: ${o.outcome}`);
    return false;
  };
  for (const o of await run('searches.ts')) {
    if (!check(o)) continue;
    const family =
      o.outcome === 'threw'
        ? 'business-time queries rejected at once (RangeError: 1e9 h, 1e308, n = 1e9, epoch ms 1e20, 2025 to 9999 spans)'
        : 'business-time queries that answer (searches over up to 19 years, 9999, year 0000)';
    add(families, family, 1, o.ms, o.name);
  }
  for (const o of await run('money.ts')) if (check(o)) add(families, 'money parsing (200,000-digit and 1,000,000-character amounts)', 1, o.ms, o.name);
  for (const o of await run('sla.ts')) if (check(o)) add(families, slaFamily(o.name), 1, o.ms, o.name);
  for (const o of await run('parsers.ts')) {
    if (!check(o)) continue;
    const r = o.report as FuzzReport;
    add(families, parserFamily(o.name), r.calls, r.maxMs, `${o.name}, hostile input ${r.slowest.split(' ')[0] ?? ''}`);
  }
  const [one, five, fifteen] = loadavg().map((x) => x.toFixed(2));
  console.log(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average ${one} / ${five} / ${fifteen}.\n`);
  console.log('| family | calls measured | worst call (ms) | the slowest call |');
  console.log('| --- | ---: | ---: | --- |');
  for (const m of [...families.values()].sort((a, b) => a.family.localeCompare(b.family))) {
    console.log(`| ${m.family} | ${m.calls} | ${m.worstMs.toFixed(1)} | ${m.worst.replace(/\|/g, '\\|')} |`);
  }
  if (problems.length > 0) {
    console.log(`\nNOT MEASURED (hung or failed): ${problems.join('; ')}`);
    process.exitCode = 1;
  }
};

await main();
