import { describe, expect, it } from 'vitest';
import { lpmMatrix } from '../../engine/lpm/index.ts';
import { buildLpmPairTemplate } from '../../model/templates/lpm-pair.ts';
import { lpmSummary, visibleRows } from './rows.ts';

describe('LPM region rows', () => {
  const m = lpmMatrix(buildLpmPairTemplate());
  it('filters by name and by Blocked', () => {
    expect(visibleRows(m, '', false).map((r) => r.name)).toEqual(['aix01', 'aix02', 'lnx01']);
    expect(visibleRows(m, 'AIX', false).map((r) => r.name)).toEqual(['aix01', 'aix02']);
    expect(visibleRows(m, '', true).map((r) => r.name)).toEqual(['aix02']);
    expect(visibleRows(m, 'lnx', true)).toEqual([]);
  });
  it('sums the cells up', () => {
    expect(lpmSummary(m)).toBe('3 partitions × 2 frames: 2 Ready · 1 Blocked');
  });
});
