import { describe, expect, it } from 'vitest';
import { applyQuickFix } from '../fixes.ts';
import { validate } from '../validate.ts';
import { diagnosticsOf, type RuleCase } from './fixture.ts';

/**
 * Runs rule cases: the trigger design yields at least one diagnostic of the rule, the near variant none, and every
 * quick fix offered removes the diagnostic it was offered for.
 */
export function runCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(`${c.rule}: ${c.name}`, () => {
      it('reports the trigger design', () => {
        const design = c.trigger();
        const text = JSON.stringify(design.domain);
        const found = diagnosticsOf(design, c.rule, c.opts);
        expect(found.length, `expected ${c.rule}`).toBeGreaterThan(0);
        for (const d of found) {
          expect(d.ruleId).toBe(c.rule);
          expect(d.elementIds.length).toBeGreaterThan(0);
          expect(d.key).toBe(`${c.rule}|${[...d.elementIds].sort().join(',')}`);
          for (const id of d.elementIds) expect(text, `element ${id} of ${d.message}`).toContain(`"${id}"`);
        }
      });
      it('stays quiet on the near variant', () => {
        expect(diagnosticsOf(c.near(), c.rule, c.opts).map((d) => d.message)).toEqual([]);
      });
      it('removes the diagnostic with each quick fix', () => {
        const design = c.trigger();
        for (const d of diagnosticsOf(design, c.rule, c.opts)) {
          for (const fix of d.fixes ?? []) {
            const next = applyQuickFix(design, JSON.parse(JSON.stringify(fix)));
            const after = validate(next, { ...c.opts, rules: [c.rule] }).diagnostics.map((x) => x.key);
            expect(after, fix.label).not.toContain(d.key);
          }
        }
      });
    });
  }
}
