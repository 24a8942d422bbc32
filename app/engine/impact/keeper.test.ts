import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce } from 'immer';
import { generateBenchDesign } from '../../model/generate.ts';
import type { Design } from '../../model/schema/index.ts';
import { TEMPLATES } from '../../model/templates/index.ts';
import * as ops from '../../model/ops/index.ts';
import { validate } from '../validate.ts';
import { analyseSinglePoints, buildPathModel, type PathModel } from './index.ts';
import { createPathModelKeeper } from './keeper.ts';
import { singleChanges } from './singles.ts';
import { REDUNDANCY_CASES } from '../rules/redundancy.cases.ts';
import { modernDesign } from '../../model/testing/modern-design.ts';
import { applyEdit, editArb, type Edit } from '../testing/random-edits.ts';

/** A path model as plain data (its Maps as entry lists), to compare two models field by field. */
const plain = (m: PathModel): string => JSON.stringify({ ...m, componentIndex: [...m.componentIndex], seasOfVios: [...m.seasOfVios] });

/** The model, the single failures, N-1 and the diagnostics of a design, from scratch. */
function fromScratch(d: Design) {
  const model = buildPathModel(d);
  return { model: plain(model), singles: singleChanges(model), n1: analyseSinglePoints(model), validation: validate(d) };
}

/** The same through a keeper that has followed the design's earlier versions. */
function kept(keeper: ReturnType<typeof createPathModelKeeper>, d: Design) {
  const validation = validate(d, { paths: keeper });
  const model = keeper.model(d);
  return { model: plain(model), singles: singleChanges(model), n1: analyseSinglePoints(model), validation };
}

const steps = { full: 0, partly: 0, none: 0 };

/** Follows a design through edits with one keeper, and checks every version against a fresh build. */
function follow(start: Design, edits: readonly Edit[]): void {
  const keeper = createPathModelKeeper();
  let design = start;
  expect(kept(keeper, design)).toEqual(fromScratch(design));
  for (const e of edits) {
    design = applyEdit(design, e);
    let want: ReturnType<typeof fromScratch>;
    try { want = fromScratch(design); } catch { return; } // an edit that breaks the model from scratch too: nothing to compare
    expect(kept(keeper, design)).toEqual(want);
    steps[keeper.last.full ? 'full' : keeper.last.rebuilt > 0 ? 'partly' : 'none']++;
  }
}

describe('the kept path model (keeper.ts) against a fresh build', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('gives the same model, single failures, N-1 and diagnostics on %s', (_, t) => {
    const keeper = createPathModelKeeper();
    const design = t.build();
    expect(kept(keeper, design)).toEqual(fromScratch(design));
    expect(keeper.last.full).toBe(true);
  });

  it('builds again only the client whose partition changed, with the same answer as a fresh build', () => {
    const design = generateBenchDesign(40, { maxClientsPerFrame: 20 });
    const keeper = createPathModelKeeper();
    kept(keeper, design);
    const client = Object.values(design.domain.partitions).find((p) => p.kind !== 'vios')!;
    const edited = ops.updatePartition(design, { id: client.id, patch: { tunables: { ...client.tunables, hcheckInterval: 0 } } });
    expect(kept(keeper, edited)).toEqual(fromScratch(edited));
    expect(keeper.last).toEqual({ full: false, rebuilt: 1, kept: 39 });
    // a shared record (an SEA) changes every client's network: everything is built again
    const sea = Object.values(edited.domain.seas)[0]!;
    const shared = produce(edited, (d) => { d.domain.seas[sea.id]!.haMode = 'sharing'; });
    expect(kept(keeper, shared)).toEqual(fromScratch(shared));
    expect(keeper.last.full).toBe(true);
  });

  it('follows the records a client reads through its paths: an LV renamed, a volume group disk served to no one renamed', () => {
    const red5 = REDUNDANCY_CASES.find((c) => c.rule === 'RED-5')!;
    const keeper = createPathModelKeeper();
    let design = red5.trigger();
    kept(keeper, design);
    design = produce(design, (d) => { d.domain.backingDevices['bd-lv1']!.name = 'lv_renamed'; });
    const after = kept(keeper, design);
    expect(after).toEqual(fromScratch(design));
    expect(after.model).toContain('lv_renamed');
    expect(keeper.last.full).toBe(false);
    // a LUN listed in a client's volume group but served to no one is named in the copy's label
    const lun = Object.values(design.domain.luns)[0]!;
    design = produce(design, (d) => {
      d.domain.luns['lun-zz'] = { ...lun, id: 'lun-zz', name: 'zz_spare', npivClientIds: [] };
      const client = Object.values(d.domain.partitions).find((p) => p.kind !== 'vios')!;
      d.domain.volumeGroups['vg-zz'] = { id: 'vg-zz', partitionId: client.id, name: 'sparevg', diskIds: ['lun-zz'], mirrorDiskIds: [], thirdCopyDiskIds: [] };
    });
    kept(keeper, design);
    design = produce(design, (d) => { d.domain.luns['lun-zz']!.name = 'zz_spare2'; });
    const renamed = kept(keeper, design);
    expect(keeper.last.full).toBe(false);
    expect(renamed.model).toContain('zz_spare2 (not served');
    expect(renamed).toEqual(fromScratch(design));
  });

  it('a vNIC or a client\'s own SR-IOV logical port changed builds that client again; an SR-IOV adapter or physical port, everything', () => {
    const keeper = createPathModelKeeper();
    let design = modernDesign();
    kept(keeper, design);
    design = produce(design, (d) => { d.domain.vnicBackingDevices['vnicbd-2']!.failoverPriority = 5; });
    let now = kept(keeper, design);
    expect(now).toEqual(fromScratch(design));
    expect(now.model).toContain('"priority":5');
    expect(keeper.last).toEqual({ full: false, rebuilt: 1, kept: 2 });
    design = produce(design, (d) => { d.domain.vnicAdapters['vnic-1']!.autoPriorityFailover = false; });
    expect(kept(keeper, design)).toEqual(fromScratch(design));
    expect(keeper.last).toEqual({ full: false, rebuilt: 1, kept: 2 });
    design = produce(design, (d) => { d.domain.sriovLogicalPorts['logport-3']!.capacity = 10; });
    expect(kept(keeper, design)).toEqual(fromScratch(design));
    expect(keeper.last).toEqual({ full: false, rebuilt: 1, kept: 2 });
    design = produce(design, (d) => { d.domain.sriovLogicalPorts['logport-3']!.migratable = false; });
    now = kept(keeper, design);
    expect(now).toEqual(fromScratch(design));
    expect(now.model).toContain('SR-IOV logical port ent1');
    expect(keeper.last.full).toBe(false);
    // a VIOS's logical port (a vNIC backing device) and the adapters are shared
    design = produce(design, (d) => { d.domain.sriovLogicalPorts['logport-1']!.capacity = 10; });
    expect(kept(keeper, design)).toEqual(fromScratch(design));
    expect(keeper.last.full).toBe(true);
    design = produce(design, (d) => { d.domain.sriovPhysicalPorts['sriovport-1']!.cabledToId = null; });
    expect(kept(keeper, design)).toEqual(fromScratch(design));
    expect(keeper.last.full).toBe(true);
  });

  it('the same design again (a rename, a suppression) keeps the model as it is', () => {
    const design = generateBenchDesign(10);
    const keeper = createPathModelKeeper();
    const first = keeper.model(design);
    expect(keeper.model(ops.renameDesign(design, { name: 'renamed' }))).toBe(first);
  });

  it('follows random edits of the templates and of generated designs with the same answers as fresh builds', () => {
    // the RED cases add LV-backed disks on each VIOS and a client volume group mirrored across them
    const starts = [...TEMPLATES.map((t) => t.build), modernDesign, ...REDUNDANCY_CASES.flatMap((c) => [c.trigger, c.near]), () => generateBenchDesign(9, { maxClientsPerFrame: 4 }), () => generateBenchDesign(6, { maxClientsPerFrame: 3, viosPerFrame: 1 })];
    fc.assert(fc.property(fc.nat({ max: starts.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (s, edits) => {
      follow(starts[s]!(), edits);
    }), { numRuns: 200, seed: 20261202 });
    // the edits exercise both ways: clients built again while others are kept, and everything built again
    expect(steps.partly).toBeGreaterThan(100);
    expect(steps.full).toBeGreaterThan(50);
  }, 240_000);
});
