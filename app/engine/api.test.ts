import { describe, expect, it } from 'vitest';
import * as ops from '../model/ops/index.ts';
import { createEngineApi } from './api.ts';
import { RULES } from './catalogue.ts';
import { base } from './testing/fixture.ts';
import { diffDesign } from '../model/delta.ts';

describe('createEngineApi', () => {
  const api = createEngineApi();

  it('validates and echoes the revision with the time taken', () => {
    const r = api.validate(base().design, 42);
    expect(r.revision).toBe(42);
    expect(typeof r.durationMs).toBe('number');
    expect(r.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(r.diagnostics).toEqual([]);
    expect(r.suppressed).toEqual([]);
  });

  it('returns plain, cloneable data (it crosses the worker boundary)', () => {
    const broken = ops.unmapVirtualFc(base().design, { serverAdapterId: base().id.vfchost1 });
    const r = api.validate(broken, 7);
    expect(r.counts.error).toBeGreaterThan(0);
    expect(structuredClone(r)).toEqual(r);
    expect(structuredClone(api.catalogue())).toEqual(api.catalogue());
  });

  it('lists the catalogue and applies quick fixes', () => {
    expect(api.catalogue().map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const broken = ops.unmapVirtualFc(base().design, { serverAdapterId: base().id.vfchost1 });
    const fix = api.validate(broken, 1).diagnostics.find((d) => d.ruleId === 'NPIV-4')!.fixes![0]!;
    expect(api.validate(api.applyQuickFix(broken, fix), 2).counts.error).toBe(0);
  });

  it('validates deltas against the design it keeps, and says when it does not hold their base', () => {
    const engine = createEngineApi();
    const good = base().design;
    const broken = ops.unmapVirtualFc(good, { serverAdapterId: base().id.vfchost1 });
    const delta = diffDesign(good, broken);
    // A fresh engine (a restarted worker) holds nothing: the caller must send the whole design.
    expect(engine.validateDelta(delta, 1, 2, 5)).toEqual({ stale: true });
    expect(engine.validateAndKeep(good, 1, 5).counts.error).toBe(0);
    const r = engine.validateDelta(delta, 1, 2, 6);
    expect('stale' in r).toBe(false);
    if ('stale' in r) return;
    expect(r.revision).toBe(6);
    // The same findings as validating the whole broken design.
    expect(r.diagnostics).toEqual(engine.validate(broken, 6).diagnostics);
    // Base 1 is gone: a delta taken from it is refused.
    expect(engine.validateDelta(delta, 1, 3, 7)).toEqual({ stale: true });
    const back = engine.validateDelta(diffDesign(broken, good), 2, 3, 8);
    expect('stale' in back ? -1 : back.counts.error).toBe(0);
  });
});
