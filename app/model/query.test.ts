import { describe, expect, it } from 'vitest';
import { frameUsage } from './query.ts';
import { buildLpmPairTemplate } from './templates/lpm-pair.ts';

describe('frameUsage', () => {
  it("sums each frame's entitled cores and memory, once per partitions object", () => {
    const d = buildLpmPairTemplate();
    const u = frameUsage(d.domain.partitions);
    for (const s of Object.values(d.domain.systems)) {
      const mine = Object.values(d.domain.partitions).filter((p) => p.systemId === s.id);
      expect(u.get(s.id)).toEqual([mine.reduce((a, p) => a + p.processor.desiredUnits, 0), mine.reduce((a, p) => a + p.memory.desiredMB, 0)]);
    }
    expect(frameUsage(d.domain.partitions)).toBe(u);
    expect(frameUsage({ ...d.domain.partitions })).not.toBe(u);
  });
});
