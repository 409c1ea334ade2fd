import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures/snapshot.js';

const script = fileURLToPath(new URL('./fixtures/snapshot.ts', import.meta.url));

describe('holiday data and the process time zone', () => {
  const here = snapshot();

  it.each(['UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Pago_Pago'])(
    'is identical when the process runs in %s',
    (tz) => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(out).toBe(here);
    },
  );
});
