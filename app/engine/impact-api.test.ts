import { describe, expect, it } from 'vitest';
import { createEngineApi } from './api.ts';
import { computeImpact, failableComponents } from './impact/index.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { diffDesign } from '../model/delta.ts';
import * as ops from '../model/ops/index.ts';
import type { ImpactAnswer } from './impact-api.ts';

const answer = (r: unknown): ImpactAnswer => {
  expect(r).not.toHaveProperty('stale');
  return r as ImpactAnswer;
};

describe('the engine worker\'s impact calls', () => {
  const design = buildDualViosTemplate();
  const vios1 = Object.values(design.domain.partitions).find((p) => p.name === 'vios1')!;

  it('answer about the design the worker keeps, as computeImpact does; a design it does not hold is stale', () => {
    const engine = createEngineApi();
    expect(engine.impact(1, [[]])).toEqual({ stale: true });
    engine.keep(design, 1);
    expect(engine.impact(2, [[]])).toEqual({ stale: true });
    const r = answer(engine.impact(1, [[], [{ id: vios1.id }]]));
    expect(r.results).toHaveLength(2);
    expect(r.results[0]).toEqual(computeImpact(design, []));
    expect(r.results[1]).toEqual(computeImpact(design, [{ id: vios1.id }]));
    expect(structuredClone(r)).toEqual(r);
    expect(engine.failable(1)).toEqual(failableComponents(design));
  });

  it('build the path model once per domain: Fail after Fail, or after a rename, costs one impact', () => {
    const engine = createEngineApi();
    engine.keep(design, 1);
    answer(engine.impact(1, [[]]));
    expect(answer(engine.impact(1, [[{ id: vios1.id }]])).modelMs).toBe(0);
    const renamed = ops.renameDesign(design, { name: 'renamed' });
    expect(engine.keepDelta(diffDesign(design, renamed), 1, 2)).toBe(true);
    expect(answer(engine.impact(2, [[]])).modelMs).toBe(0);
    // A domain edit is a new model, and the answer follows the edit.
    const moreMemory = ops.updatePartition(renamed, { id: vios1.id, patch: { memory: { ...vios1.memory, desiredMB: vios1.memory.desiredMB + 1024 } } });
    expect(engine.keepDelta(diffDesign(renamed, moreMemory), 2, 3)).toBe(true);
    const after = answer(engine.impact(3, [[{ id: vios1.id }]]));
    expect(after.results[0]).toEqual(computeImpact(moreMemory, [{ id: vios1.id }]));
  });

  it('list the single points of failure and rehearse a VIOS maintenance on the kept design', () => {
    const engine = createEngineApi();
    engine.keep(design, 1);
    const sp = engine.singlePoints(1);
    expect(sp).not.toHaveProperty('stale');
    const rh = engine.rehearse(1, vios1.id);
    expect(rh).not.toHaveProperty('stale');
    if ('stale' in rh) return;
    expect(rh.viosId).toBe(vios1.id);
    expect(rh.impact.counts.Outage).toBe(0);
  });
});
