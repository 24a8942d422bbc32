import { describe, expect, it } from 'vitest';
import { bigLsmapAll } from './big-outputs.ts';
import { importTexts } from './merge.ts';
import { PASSES, linesIn, progressOf } from './progress.ts';
import { listenToLines } from './report.ts';

describe('import progress', () => {
  it('counts lines like the parsers do', () => {
    expect(linesIn('')).toBe(0);
    expect(linesIn('a')).toBe(1);
    expect(linesIn('a\nb\n')).toBe(2);
    expect(linesIn('a\n\nb')).toBe(3);
  });

  it('rises steadily to 80 % while the lines are walked, then merging and assembling', { timeout: 60_000 }, () => {
    const text = bigLsmapAll(50_000);
    const total = PASSES * linesIn(text);
    const seen: number[] = [];
    let walked = 0;
    const stages: string[] = [];
    listenToLines((n) => { walked += n; seen.push(progressOf('parsing', walked, total).fraction); });
    try {
      importTexts([{ name: 'big', text }], (s) => stages.push(s));
    } finally { listenToLines(null); }
    expect(walked).toBe(total);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBeCloseTo(0.8);
    expect(stages).toEqual(['merging', 'assembling']);
  });
});
