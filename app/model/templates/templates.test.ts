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
