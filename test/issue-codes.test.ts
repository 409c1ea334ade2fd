/**
 * Issue codes are a contract: every code of `IssueCode` is produced somewhere in `src/` (a code
 * nothing produces is a promise the library does not keep) and documented in `docs/issues.md`,
 * and no code is listed there that does not exist. `Issue.code` is typed as `IssueCode`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { IssueCode, type Issue } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
const sources = listFiles(join(root, 'src'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith(join('internal', 'codes.ts')))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const doc = readFileSync(join(root, 'docs', 'issues.md'), 'utf8');
const codes = Object.keys(IssueCode);

describe('issue codes', () => {
  it('each constant is its own name (a stable string)', () => {
    for (const [k, v] of Object.entries(IssueCode)) expect(v).toBe(k);
  });

  it('every code is produced somewhere in src/', () => {
    const unused = codes.filter((c) => !new RegExp(`IssueCode\\.${c}\\b`).test(sources));
    expect(unused, `codes nothing produces: ${unused.join(', ')}`).toEqual([]);
  });

  it('every code is documented in docs/issues.md, and the page lists no other code', () => {
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1] as string);
    expect(codes.filter((c) => !documented.includes(c))).toEqual([]);
    expect(documented.filter((c) => !codes.includes(c))).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('Issue.code is typed as the union of the codes', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
  });

  it('the checks would catch a code nothing produces or documents', () => {
    expect(new RegExp('IssueCode\\.NOT_A_REAL_CODE\\b').test(sources)).toBe(false);
    expect(/^\| `NOT_A_REAL_CODE` \|/m.test(doc)).toBe(false);
  });
});
