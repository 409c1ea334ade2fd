/**
 * The runnable examples are part of the documentation: run them and check what they print.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (file: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('examples/demo.ts (npm run demo)', () => {
  const output = run('examples/demo.ts');
  const row = (text: string): RegExp => new RegExp(text.trim().split(/\s*\|\s*/).map((c) => c.replace(/[.*+?^${}()[\]\\]/g, '\\$&')).join('\\s+'));

  it('loads the nine plan files', () => {
    for (const id of ['civiltech-premium', 'civiltech-professional', 'clickmedia', 'cloudempiere', 'klik-basic', 'klik-extended', 'klik-free', 'webarting-free', 'webarting-plus']) {
      expect(output).toMatch(new RegExp(`^${id}\\s`, 'm'));
    }
    expect(output).toMatch(row('clickmedia | email, phone (office) | critical > first > second | response, resolution | phone time, €60.00/h'));
  });

  it('evaluates ClickMedia tickets across Greek Easter 2026 through the plan', () => {
    // first priority received on Good Friday: the close of the next business day (Tue 14 Apr)
    expect(output).toMatch(row('CM-103 | clickmedia | email | first | Fri 2026-04-10 11:00 | resolution | Tue 2026-04-14 17:30 | running'));
    expect(output).toMatch(row('CM-101 | clickmedia | email | critical | Thu 2026-04-09 16:45 | resolution | Thu 2026-04-09 17:45 | breached (late)'));
    expect(output).toMatch(row('CM-104 | clickmedia | email | second | Thu 2026-04-09 12:00 | resolution | Thu 2026-04-16 12:00'));
    expect(output).toMatch(row('CM-105 | clickmedia | phone | critical | Fri 2026-04-10 11:00 | - | - | not entitled | outsideChannelHours'));
  });

  it('evaluates the KliK 48-hour clock across the Russian New Year holidays and the working Saturday', () => {
    expect(output).toMatch(row('KL-1 | klik-basic | email | normal | Tue 2025-12-30 15:00 | reaction | Tue 2026-01-13 15:00 | running'));
    expect(output).toMatch(row('KL-2 | klik-extended | email | normal | Fri 2025-10-31 17:00 | reaction | Sat 2025-11-01 17:00 | met'));
  });

  it('prioritises cloudempiere tickets by the matrix and refuses outages by phone at WebARTing', () => {
    expect(output).toMatch(row('CE-1 | cloudempiere | portal | high | Thu 2026-05-07 15:00 | resolution | Fri 2026-05-08 16:30 | running | 9 hours of business time, paused 1 hr, 30 min'));
    expect(output).toMatch(row('CE-2 | cloudempiere | phone | planning'));
    expect(output).toMatch(row('WA-2 | webarting-plus | phone | critical | Tue 2026-04-14 10:00 | - | - | not entitled | priorityNotOnChannel'));
  });

  it('explains a deadline in words, from the clock explanation', () => {
    expect(output).toContain(
      'CM-102 response: due Fri 17 Apr 16:45: 4 business days from Thu 9 Apr 16:45, skipping Good Friday, Easter Sunday and Easter Monday.',
    );
    expect(output).toContain("target: 4 business days on calendar 'office' (Europe/Athens) = 32 h of its open time");
    // and the library's own sentence for the same clock (explainClock), in English and Greek
    const en = output.split('\n').find((l) => l.startsWith('  en: ') && l.includes('“response”')) ?? '';
    expect(en).toContain('Good Friday');
    expect(en).toContain('17 April 2026 at 16:45');
    expect(output).toMatch(/^  el: «response»/m);
    // one explanation per vendor in the vendor's language: KliK in Russian, WebARTing in Greek
    const ru = output.split('\n').find((l) => l.startsWith('  ru: ')) ?? '';
    expect(ru).toContain('«reaction»');
    expect(ru).toContain('13 января 2026 г. в 15:00');
    expect(output).toMatch(/^  el: «response» \(πρώτη απάντηση, προτεραιότητα normal\): προθεσμία Τετ 15 Απριλίου 2026/m);
  });

  it('bills a month of phone calls from the plan, in 15-minute increments', () => {
    expect(output).toMatch(row('call-1 | Mon 2026-03-02 10:05 | 7.0 | 15 | 15 | 0'));
    expect(output).toMatch(row('call-4 | Thu 2026-03-19 15:10 | 22.0 | 30 | 0 | 30 | €30.00'));
    expect(output).toContain('total overage charge €45.00');
  });

  it('allocates Civiltech incidents to the plan packs and prints an invoice from the plan rates', () => {
    expect(output).toMatch(row('INC-4 phone | pack-4 (2026)'));
    expect(output).toMatch(row('pack-4 (2026) | 4 | 2 | 2'));
    expect(output).toMatch(row('SLA surcharge +50 % on Site down on Saturday: restore | surcharge | €52.50'));
    expect(output).toContain("ClickMedia invoice from the plan's rates (total €1,402.50)");
  });
});

describe('examples/billing.ts', () => {
  it.runIf(existsSync(`${root}/examples/billing.ts`))('runs and prints a statement', () => {
    expect(run('examples/billing.ts').length).toBeGreaterThan(100);
  });
});
