import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce } from 'immer';
import { generateBenchDesign } from '../../model/generate.ts';
import { removeCascading } from '../../model/references.ts';
import type { CollectionName, Design } from '../../model/schema/index.ts';
import { buildPathModel, impactOf, type ImpactResult } from './index.ts';
import { VERDICT_RANK } from './types.ts';

/** Collections whose records a mutation may remove (control channels are kept: without one an SEA pair storms, see below). */
const REMOVABLE: CollectionName[] = ['vtds', 'vscsiAdapters', 'vfcAdapters', 'vethAdapters', 'backingDevices', 'seas', 'physicalPorts', 'luns', 'partitions'];

interface Mutation { collection: number; pick: number }
interface Case { n: number; perFrame: number; vios: 1 | 2; mutations: Mutation[]; failures: number[]; more: number[] }

const caseArb: fc.Arbitrary<Case> = fc.record({
  n: fc.integer({ min: 1, max: 14 }),
  perFrame: fc.integer({ min: 1, max: 8 }),
  vios: fc.constantFrom(1 as const, 2 as const),
  mutations: fc.array(fc.record({ collection: fc.nat({ max: REMOVABLE.length - 1 }), pick: fc.nat() }), { maxLength: 4 }),
  failures: fc.array(fc.nat(), { maxLength: 4 }),
  more: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});

function designOf(c: Case): Design {
  const generated = generateBenchDesign(c.n, { maxClientsPerFrame: c.perFrame, viosPerFrame: c.vios });
  return produce(generated, (d) => {
    for (const m of c.mutations) {
      const col = REMOVABLE[m.collection]!;
      const control = new Set(Object.values(d.domain.seas).map((s) => s.controlChannelId));
      const ids = Object.keys(d.domain[col]).filter((id) => !control.has(id));
      if (ids.length > 0) removeCascading(d.domain, [{ collection: col, id: ids[m.pick % ids.length]! }]);
    }
  });
}

const ranks = (r: ImpactResult): Map<string, number> => {
  const out = new Map<string, number>();
  for (const p of r.partitions) for (const s of p.services) out.set(`${p.partitionId}|${s.key}`, VERDICT_RANK[s.verdict]);
  return out;
};

describe('impact properties over generated and mutated designs', () => {
  it('failing more components never improves any verdict, and results are deterministic', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const design = designOf(c);
      const model = buildPathModel(design);
      // A failed control channel makes a storm too (the same exception): it is left out of the failures here.
      const comps = model.components.filter((x) => x.kind !== 'control-channel');
      if (comps.length === 0) return;
      // storms are the one documented exception (removing one bridging SEA ends a storm); the mutations never make one
      expect(model.services.some((s) => s.copies.some((cp) => cp.some((u) => u.stormPaths)))).toBe(false);
      const some = [...new Set(c.failures.map((i) => comps[i % comps.length]!.id))].map((id) => ({ id }));
      const more = [...some, ...[...new Set(c.more.map((i) => comps[i % comps.length]!.id))].map((id) => ({ id }))];
      const a = impactOf(model, some);
      const b = impactOf(model, more);
      const ra = ranks(a);
      for (const [k, r] of ranks(b)) expect(r, k).toBeGreaterThanOrEqual(ra.get(k)!);
      // deterministic: a fresh model of the same design gives the same answer, in the same order
      expect(JSON.stringify(impactOf(buildPathModel(design), more))).toBe(JSON.stringify(b));
    }), { numRuns: 220, seed: 20261201 });
  }, 180_000);

  it('restoring everything gives every client OK in a valid redundant design', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const model = buildPathModel(generateBenchDesign(c.n, { maxClientsPerFrame: c.perFrame, viosPerFrame: 2 }));
      const failures = c.failures.map((i) => ({ id: model.components[i % model.components.length]!.id }));
      impactOf(model, failures);
      const restored = impactOf(model, []);
      expect(restored.counts).toEqual({ OK: c.n, Degraded: 0, Outage: 0 });
      // and no single VIOS, port or fabric failure puts anyone in Outage in it
      for (const comp of model.components.filter((x) => ['vios', 'physical-port', 'san-fabric', 'sea'].includes(x.kind))) {
        expect(impactOf(model, [{ id: comp.id }]).counts.Outage, comp.name).toBe(0);
      }
    }), { numRuns: 200, seed: 7 });
  }, 180_000);
});
