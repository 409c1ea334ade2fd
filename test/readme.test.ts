/**
 * The README's 30-second example is real: its code block is `examples/quickstart.ts` (importing
 * `'support-sla'` instead of the source), running that file prints exactly the output the README
 * shows, and the README's local links point at files that exist.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const quickstartPath = join(root, 'examples', 'quickstart.ts');
const quickstart = readFileSync(quickstartPath, 'utf8');

/** The fenced block that follows an HTML comment starting with `marker`. */
const blockAfter = (marker: string): string => {
  const at = readme.indexOf(`<!-- ${marker}`);
  if (at < 0) throw new Error(`README.md has no <!-- ${marker} … --> marker`);
  const m = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at));
  if (m === null) throw new Error(`README.md has no fenced block after <!-- ${marker} -->`);
  return m[1] as string;
};

/** The quickstart as a user writes it: importing the package, not the source tree. */
const asUserCode = (source: string): string => source.replace(/from '\.\.\/src\/index\.js'/g, "from 'support-sla'");

describe('README: the 30-second example', () => {
  it('is examples/quickstart.ts, importing from support-sla', () => {
    expect(quickstart).toContain("from '../src/index.js'");
    expect(blockAfter('examples/quickstart.ts')).toBe(asUserCode(quickstart));
  });

  it('prints what the README says it prints', () => {
    // run the file the way a user would (`npx tsx examples/quickstart.ts`), in a process of its own
    const out = execFileSync(process.execPath, ['--import', 'tsx', quickstartPath], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe(blockAfter('output of examples/quickstart.ts'));
  });

  it('computes the ClickMedia deadlines across Greek Easter 2025', () => {
    // the same numbers, stated independently of the README: Good Friday (18 April) and Easter
    // Monday (21 April) are Greek public holidays; 1½ business hours remain on Thursday
    const out = blockAfter('output of examples/quickstart.ts');
    expect(out).toContain('same-day target : 2025-04-17T17:30:00.000+03:00');
    expect(out).toContain('4 business hours: 2025-04-22T12:00:00.000+03:00');
    expect(out).toContain('4 business days : 2025-04-25T16:00:00.000+03:00');
    expect(out).toContain('open Good Friday: false');
    expect(out).toContain('reply Tue 10:00 : 120 business minutes');
  });
});

describe('README: links', () => {
  it('every relative link points at a file in the repository', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] as string)
      .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
      .map((href) => href.split('#')[0] as string);
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter((t) => !existsSync(join(root, t)));
    expect(missing, `README links to missing files: ${missing.join(', ')}`).toEqual([]);
  });

  it('docs pages link only to files that exist', () => {
    const docs = readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`);
    expect(docs).toContain('docs/business-time.md');
    const missing = docs.flatMap((doc) =>
      [...readFileSync(join(root, doc), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1] as string)
        .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
        .map((href) => join(dirname(doc), href.split('#')[0] as string))
        .filter((target) => !existsSync(join(root, target)))
        .map((target) => `${doc} → ${target}`),
    );
    expect(missing).toEqual([]);
  });
});
