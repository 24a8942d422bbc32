import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES } from './index.ts';
import { openDesign, saveDesign } from '../design-file.ts';

describe('shipped templates', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('public/templates/%s.json matches its builder (run npm run templates)', (file, t) => {
    const text = readFileSync(join(__dirname, '../../../public/templates', `${file}.json`), 'utf8');
    expect(openDesign(text).ok).toBe(true);
    expect(text).toBe(saveDesign(t.build()));
  });
});

describe('templates against the rules', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('%s has no error; the redundant designs no warning either', async (file, t) => {
    const { validate } = await import('../../engine/validate.ts');
    const r = validate(t.build());
    expect(r.counts.error).toBe(0);
    // Single VIOS and POWER6 HEA designs deserve their single-point-of-failure and no-LPM warnings.
    if (file === 'sample' || file === 'npiv-sharing') expect(r.diagnostics.map((x) => x.ruleId)).toEqual([]);
  });
});
