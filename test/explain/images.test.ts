/**
 * The pictures in docs/images/ are what `scripts/render-images.ts` makes today: a change to the
 * timeline, the clocks or the example plans that changes a picture fails here until the images
 * are regenerated (`npx tsx scripts/render-images.ts`). The docs show every picture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGES_DIR, SCENARIOS, evaluateScenario, renderImages } from '../../scripts/render-images.js';
import { explainClock } from '../../src/index.js';
import { parseSvg } from './svg.js';

const root = join(IMAGES_DIR, '..', '..');

describe('docs/images: the committed pictures are current', () => {
  const fresh = renderImages();

  it.each([...fresh.keys()])('%s matches what renderTimeline draws now (run npx tsx scripts/render-images.ts)', (file) => {
    const path = join(IMAGES_DIR, file);
    expect(existsSync(path), `${file} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(fresh.get(file));
    parseSvg(fresh.get(file) as string);
  });

  it('holds no stale picture of a scenario that is gone', () => {
    const svgs = readdirSync(IMAGES_DIR).filter((f) => f.endsWith('.svg'));
    expect(svgs.sort()).toEqual([...fresh.keys()].sort());
  });

  it('the README shows a picture, docs/explanations.md and docs/sla-clocks.md every picture', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/\]\(docs\/images\/[a-z-]+\.svg\)/);
    for (const doc of ['explanations.md', 'sla-clocks.md']) {
      const page = readFileSync(join(root, 'docs', doc), 'utf8');
      for (const s of SCENARIOS) expect(page, doc).toContain(`](images/${s.name}.svg)`);
    }
  });
});

describe('README: the explanation it shows is what explainClock says today', () => {
  it('every <!-- explainClock: scenario clock locale --> block matches', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/<!-- explainClock: ([a-z-]+) ([A-Za-z]+) ([a-z]+) -->\n```text\n([\s\S]*?)\n```/g)];
    expect(blocks.length).toBeGreaterThan(0);
    for (const [, name, clock, locale, text] of blocks) {
      const s = SCENARIOS.find((x) => x.name === name);
      expect(s, `no scenario ${name}`).toBeDefined();
      const c = evaluateScenario(s!).sla.clocks.find((k) => k.clock === clock);
      expect(c, `no clock ${clock} in ${name}`).toBeDefined();
      expect(text).toBe(explainClock(c!, { locale }));
    }
  });
});
