import { describe, expect, it } from 'vitest';
import * as ops from '../model/ops/index.ts';
import { createEngineApi } from './api.ts';
import { RULES } from './catalogue.ts';
import { base } from './testing/fixture.ts';

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
});
