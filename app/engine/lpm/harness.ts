import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { aixToB, lpmBase, type LpmBase } from './fixture.ts';
import type { LpmReason } from './types.ts';

/**
 * One case per reason: `trigger` makes aix01's move from p9-a to p9-b fail (or warn) under `rule`; `near` is the
 * closest design that does not. Both start from lpmBase (p9-b bridging VLANs 10 and 20 unless `destVlans` says).
 */
export interface LpmCase {
  name: string;
  rule: string;
  severity?: 'error' | 'warning';
  trigger: (x: LpmBase) => Design;
  near: (x: LpmBase) => Design;
  text?: RegExp;
  destVlans?: number[];
  nearDestVlans?: number[];
}

const reasonsOf = (c: LpmCase, design: Design, x: LpmBase): LpmReason[] => aixToB(design, x).reasons.filter((r) => r.ruleId === c.rule);

export function runLpmCases(cases: readonly LpmCase[]): void {
  describe.each(cases)('LPM readiness: $rule $name', (c) => {
    it('reports the trigger with its rule id', () => {
      const x = lpmBase({ destVlans: c.destVlans ?? [10, 20] });
      const design = c.trigger(x);
      const found = reasonsOf(c, design, x);
      expect(found.length, `expected ${c.rule}`).toBeGreaterThan(0);
      const severity = c.severity ?? 'error';
      expect(found.some((r) => r.severity === severity)).toBe(true);
      if (process.env.LPM_PRINT) console.log(c.rule, c.name, '\n  ', aixToB(design, x).reasons.map((r) => `${r.ruleId} ${r.severity} [${r.short}] ${r.message}`).join('\n   '));
      if (c.text) expect(found.map((r) => r.message).join('\n')).toMatch(c.text);
      const { cell } = aixToB(design, x);
      if (severity === 'error') expect(cell.status).toBe('blocked');
      const text = JSON.stringify(design.domain);
      for (const r of found) for (const id of r.elementIds) expect(text, `element ${id} of ${r.message}`).toContain(`"${id}"`);
    });
    it('stays quiet on the near variant', () => {
      const x = lpmBase({ destVlans: c.nearDestVlans ?? c.destVlans ?? [10, 20] });
      expect(reasonsOf(c, c.near(x), x).map((r) => r.message)).toEqual([]);
    });
  });
}
