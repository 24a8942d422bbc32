import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const APP = join(__dirname, '..', '..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
});

describe('zod through model/schema/z.ts', () => {
  it('no module of the app imports zod directly (z.ts configures it jitless first: the CSP forbids eval)', () => {
    const direct = files(APP).filter((p) => !p.endsWith(join('schema', 'z.ts')) && /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(p, 'utf8')));
    expect(direct.map((p) => p.slice(APP.length + 1))).toEqual([]);
  });
});
