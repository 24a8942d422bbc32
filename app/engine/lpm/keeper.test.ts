import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce } from 'immer';
import { generateBenchDesign } from '../../model/generate.ts';
import { COMPAT_MODES, type Design } from '../../model/schema/index.ts';
import { TEMPLATES } from '../../model/templates/index.ts';
import * as ops from '../../model/ops/index.ts';
import { indexDesign } from '../index-design.ts';
import { validate } from '../validate.ts';
import { applyEdit, editArb, type Edit } from '../testing/random-edits.ts';
import { lpmBase } from './fixture.ts';
import { withLogicalPort, withSriov, withSspLu, withVnic } from './fixture-v3.ts';
import { createLpmMatrixKeeper, type LpmMatrixKeeper } from './keeper.ts';
import { lpmMatrixOf } from './matrix.ts';

/** A fresh matrix: a new index of a copy of the domain (nothing kept anywhere). */
const fresh = (d: Design) => lpmMatrixOf(indexDesign({ ...d, domain: { ...d.domain } }));

/** Two frames with the records of document version 3: vNIC, direct and migratable logical ports, an SSP LU. */
function v3Design(): Design {
  const x = lpmBase();
  let d = withSriov(x.b.design, x.a.sys, { id: 'sa1' });
  d = withSriov(d, x.bFrame.sys, { id: 'sb1', ports: 2 });
  d = withLogicalPort(d, 'lp-a1', 'sa1-p0', x.a.vios[0]);
  d = withLogicalPort(d, 'lp-b1', 'sb1-p0', x.bFrame.vios[0]);
  d = withVnic(d, 'vnic-t', x.aix01, ['lp-a1']);
  d = withLogicalPort(d, 'lp-c', 'sa1-p0', x.aix01, { migratable: true });
  return withSspLu(d, x.aix01, [...x.a.vios, x.bFrame.vios[0]], [...x.a.vios], Object.values(d.domain.luns)[0]!.id);
}

/** The LPM edits the generic ones do not make: a partition's memory, entitlement, state or mode; a frame's memory. */
function lpmEdit(design: Design, e: Edit): Design {
  return produce(design, (d) => {
    const parts = Object.values(d.domain.partitions);
    const systems = Object.values(d.domain.systems);
    if (parts.length === 0 || systems.length === 0) return;
    const p = parts[e.pick % parts.length]!;
    switch (e.other % 6) {
      case 0: p.memory.desiredMB += 1024 * (1 + (e.ref % 600)); break;
      case 1: p.processor.desiredUnits += e.ref % 40; break;
      case 2: p.state = p.state === 'running' ? 'not-activated' : 'running'; break;
      case 3: p.procCompatMode = COMPAT_MODES[e.ref % COMPAT_MODES.length]; break;
      case 4: systems[e.ref % systems.length]!.installedMemoryMB = 1024 * (e.ref % 300); break;
      default: p.name = `${p.name}${e.ref % 2 ? 'x' : ''}`;
    }
  });
}

const steps = { full: 0, partly: 0 };

function follow(keeper: LpmMatrixKeeper, design: Design): void {
  let want;
  try { want = fresh(design); } catch { return; } // an edit that breaks the matrix from scratch too: nothing to compare
  expect(keeper.matrix(indexDesign(design))).toEqual(want);
  steps[keeper.last.full ? 'full' : 'partly']++;
}

describe('the kept LPM matrix (keeper.ts) against a fresh one', () => {
  it('computes again only the edited row and the cells towards its frame; the diagnostics are those of a fresh validation', () => {
    const design = generateBenchDesign(40, { maxClientsPerFrame: 10 });
    const keeper = createLpmMatrixKeeper();
    expect(validate(design, { lpm: keeper })).toEqual(validate(design));
    expect(keeper.last.full).toBe(true);
    const client = Object.values(design.domain.partitions).find((p) => p.kind !== 'vios')!;
    const edited = ops.updatePartition(design, { id: client.id, patch: { memory: { ...client.memory, desiredMB: client.memory.desiredMB + 256 } } });
    expect(validate(edited, { lpm: keeper })).toEqual(validate(edited));
    // its frame offers 256 MB less: the 30 clients of the other frames, which fit there before and after, keep their cell
    expect(keeper.last).toEqual({ full: false, rebuilt: 1, kept: 39, cells: 0 });
    expect(keeper.matrix(indexDesign(edited))).toEqual(fresh(edited));
    // a rename of the design keeps the matrix as it is
    const renamed = ops.renameDesign(edited, { name: 'renamed' });
    expect(keeper.matrix(indexDesign(renamed))).toBe(keeper.matrix(indexDesign(edited)));
  });

  it('follows random edits of the templates and of generated and v3 designs with the same matrix as a fresh one', () => {
    const starts = [
      ...TEMPLATES.map((t) => t.build).filter((b) => Object.keys(b().domain.systems).length >= 2),
      v3Design, () => lpmBase().b.design,
      () => generateBenchDesign(9, { maxClientsPerFrame: 3 }), () => generateBenchDesign(6, { maxClientsPerFrame: 2, viosPerFrame: 1 }),
    ];
    expect(starts.length).toBeGreaterThan(4);
    const edit = fc.oneof(editArb.map((e) => (d: Design) => applyEdit(d, e)), editArb.map((e) => (d: Design) => lpmEdit(d, e)));
    fc.assert(fc.property(fc.nat({ max: starts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (s, edits) => {
      const keeper = createLpmMatrixKeeper();
      let design = starts[s]!();
      follow(keeper, design);
      for (const e of edits) follow(keeper, (design = e(design)));
    }), { numRuns: 200, seed: 20261202 });
    // the edits exercise both ways: rows kept while others are computed again, and everything computed again
    expect(steps.partly).toBeGreaterThan(200);
    expect(steps.full).toBeGreaterThan(100);
  }, 240_000);
});
