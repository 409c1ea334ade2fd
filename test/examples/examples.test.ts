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
  it('prints the ClickMedia deadlines across Greek Easter 2026', () => {
    expect(output).toContain('2026-04-10  Good Friday');
    // first priority received on Good Friday: end of the next business day (Tue 14 Apr)
    expect(output).toMatch(/CM-103\s+first\s+Fri 2026-04-10 11:00\s+Fri 2026-04-17 11:00\s+Tue 2026-04-14 17:30/);
  });
  it('prints the KliK 48-hour clock across the Russian New Year holidays', () => {
    expect(output).toMatch(/Tue 2025-12-30 15:00\s+New Year holidays 2026\s+Tue 2026-01-13 15:00\s+Mon 2026-01-12 15:00/);
  });
  it('prints a month of phone calls billed in 15-minute increments', () => {
    expect(output).toMatch(/call-1\s+Mon 2026-03-02 10:05\s+7\.0\s+15\s+15\s+0/);
    expect(output).toContain('total overage charge €45.00');
  });
});

describe('examples/billing.ts', () => {
  it.runIf(existsSync(`${root}/examples/billing.ts`))('runs and prints a statement', () => {
    expect(run('examples/billing.ts').length).toBeGreaterThan(100);
  });
});

describe('examples/audit-export.ts', () => {
  const output = run('examples/audit-export.ts');
  it('prints the helpdesk bugs it finds, each with the cause that reproduces the figure', () => {
    expect(output).toContain('#4101 Invoice PDF shows the wrong VAT number: agrees');
    expect(output).toMatch(/#4102 .*: 2 finding\(s\)[\s\S]*resolution dueAt: helpdesk 2026-03-20T04:00:00\+02:00, contract 2026-03-17T12:00:00\+02:00 {2}\[cause: pausesInWallTime\]/);
    expect(output).toMatch(/#4103 [\s\S]*\[cause: dstIgnored\]/);
    expect(output).toMatch(/#4104 [\s\S]*pausesLostOnPriorityChange/);
    expect(output).toContain('7 tickets audited: 2 agree, 5 disagree (10 findings).');
  });
});

describe('examples/parallel-compliance.ts (small N: the bench runs 200,000)', () => {
  it('merges the workers’ reports into the one-thread report', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/parallel-compliance.ts', '1000'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(output).toContain('compliance report over 1,000 generated tickets');
    expect(output).toMatch(/merged report of \d+ shard\(s\) equals the one-thread report: true/);
    expect(output).toMatch(/^firstResponse\s+high\s+\d+/m);
    expect(output).toMatch(/speed-up\s+: \d+\.\d\d×/);
  });
});
