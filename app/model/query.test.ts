import { describe, expect, it } from 'vitest';
import { frameCounts, frameUsage } from './query.ts';
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

describe('frameCounts', () => {
  it("counts each frame's client partitions and VIOS, once per partitions object", () => {
    const d = buildLpmPairTemplate();
    const c = frameCounts(d.domain.partitions);
    for (const s of Object.values(d.domain.systems)) {
      const mine = Object.values(d.domain.partitions).filter((p) => p.systemId === s.id);
      expect(c.get(s.id)).toEqual({ clients: mine.filter((p) => p.kind !== 'vios').length, vios: mine.filter((p) => p.kind === 'vios').length });
      expect(c.get(s.id)!.vios).toBeGreaterThan(0);
    }
    expect(frameCounts(d.domain.partitions)).toBe(c);
  });
});
