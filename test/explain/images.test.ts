/**
 * The pictures in docs/images/ are what `scripts/render-images.ts` makes today: a change to the
 * timeline, the clocks or the example plans that changes a picture fails here until the images
 * are regenerated (`npx tsx scripts/render-images.ts`). The docs show every picture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGES_DIR, SCENARIOS, renderImages } from '../../scripts/render-images.js';
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

  it('the README and docs/sla-clocks.md show the pictures', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const clocksDoc = readFileSync(join(root, 'docs', 'sla-clocks.md'), 'utf8');
    expect(readme).toMatch(/\]\(docs\/images\/[a-z-]+\.svg\)/);
    for (const s of SCENARIOS) expect(clocksDoc).toContain(`](images/${s.name}.svg)`);
  });
});
