import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { TEMPLATES } from '../../model/templates/index.ts';
import { LPM_RULES } from '../catalogue.ts';
import { indexDesign } from '../index-design.ts';
import { lpmBase } from '../lpm/fixture.ts';
import { patch } from '../lpm/fixture-v3.ts';
import { lpmMatrix } from '../lpm/matrix.ts';
import { ownFrameCompat } from '../lpm/modern-destination.ts';
import { LPM_RULE_INFO } from '../lpm/rules.ts';
import { cellReasons, type LpmReason } from '../lpm/types.ts';
import { twoFrames } from '../testing/modern-fixture.ts';
import { validate } from '../validate.ts';
import { LPM_CASES } from './lpm.cases.ts';
import { PHYS_CASES } from './phys.cases.ts';
import { diagnosticKey } from './types.ts';
import { isPhysicalPortReason } from './lpm-partition.ts';

/** Rules that are not views of the matrix: a setting on a VIOS (LPM-2) and the planning of an evacuation (LPM-20). */
const NOT_VIEWS = new Set(['LPM-2', 'LPM-20']);
const VIEWS = LPM_RULES.filter((r) => !NOT_VIEWS.has(r.id));

/**
 * Every reason of the matrix (rows and cells) of a design with two frames or more, plus LPM-13 on the VIOS' own frames,
 * which have no row; with one frame (nothing to move to) only LPM-13 on every partition's own frame.
 */
function matrixReasons(design: Design): LpmReason[] {
  const m = lpmMatrix(design);
  const out: LpmReason[] = [];
  const several = m.frames.length >= 2;
  if (several) for (const row of m.rows) for (const cell of row.cells) out.push(...(cell.status === 'source' ? row.everywhere : cellReasons(row, cell)));
  const ix = indexDesign(design);
  for (const p of ix.partitions) {
    const r = p.kind === 'vios' || !several ? ownFrameCompat(p, ix.systemOf(p.id)!) : null;
    if (r) out.push(r);
  }
  return out;
}

function expectAgreement(design: Design): number {
  const reasons = matrixReasons(design);
  const diags = validate(design).diagnostics.filter((d) => d.ruleId.startsWith('LPM-') && !NOT_VIEWS.has(d.ruleId));
  const ix = indexDesign(design);
  // a client's physical ports: the matrix's LPM-3 reason is PHYS-2's diagnostic (the same fact, said once)
  const all = validate(design).diagnostics;
  for (const r of reasons.filter((x) => isPhysicalPortReason(x, ix))) expect(all.map((d) => d.key)).toContain(diagnosticKey('PHYS-2', r.elementIds));
  for (const rule of VIEWS) {
    const fromMatrix = new Set(reasons.filter((r) => r.ruleId === rule.id && !isPhysicalPortReason(r, ix)).map((r) => diagnosticKey(rule.id, r.elementIds)));
    const fromRule = new Set(diags.filter((d) => d.ruleId === rule.id).map((d) => d.key));
    expect([...fromRule].sort(), rule.id).toEqual([...fromMatrix].sort());
  }
  // every matrix reason under an LPM id has its rule in the catalogue (the SR-IOV and vNIC ids are their own rules)
  for (const r of reasons) if (r.ruleId.startsWith('LPM-')) expect(VIEWS.map((x) => x.id), r.ruleId).toContain(r.ruleId);
  return reasons.length;
}

describe('the LPM rules are a view of the readiness matrix', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('template %s', (_, t) => { expectAgreement(t.build()); });

  it('on the two-frame rule fixture, and on every trigger and near variant of the LPM rule cases', () => {
    expectAgreement(twoFrames());
    for (const c of [...LPM_CASES, ...PHYS_CASES.filter((x) => x.rule === 'PHYS-2')]) { expectAgreement(c.trigger()); expectAgreement(c.near()); }
  });

  it('on the matrix fixture, with mover service partitions not recorded, not allowed and RMC down', () => {
    const x = lpmBase();
    const design = x.b.design;
    expectAgreement(design);
    const unrecorded = [...x.a.vios, ...x.bFrame.vios].reduce((d, v) => patch(d, 'partitions', v, { msp: undefined }), design);
    expect(expectAgreement(unrecorded)).toBeGreaterThan(0);
    const diags = validate(unrecorded).diagnostics.filter((d) => d.ruleId === 'LPM-11');
    expect(diags.map((d) => d.message).join('\n')).toMatch(/recorded as mover service partition \(msp=1\)/);
    expectAgreement(patch(unrecorded, 'partitions', x.bFrame.vios[0], { msp: false }));
    expectAgreement(patch(design, 'partitions', x.bFrame.vios[1], { rmcDown: true }));
    expectAgreement(patch(patch(design, 'partitions', x.bFrame.vios[0], { msp: false }), 'partitions', x.bFrame.vios[1], { msp: false }));
  });

  it('keeps each rule\'s severity and tag from the matrix\'s rule list, destinations of LPM-13 as information', () => {
    for (const rule of VIEWS) expect(LPM_RULE_INFO.get(rule.id)?.tag, rule.id).toBe(rule.tag);
    const c = LPM_CASES.find((x) => x.rule === 'LPM-13')!;
    const own = validate(c.trigger()).diagnostics.filter((d) => d.ruleId === 'LPM-13');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.severity === 'error')).toBe(true);
    const x = lpmBase();
    const p10 = patch(x.b.design, 'systems', x.a.sys, { generation: 'POWER10' });
    const dest = validate(p10).diagnostics.filter((d) => d.ruleId === 'LPM-13');
    expect(dest.length).toBeGreaterThan(0);
    expect(dest.every((d) => d.severity === 'info')).toBe(true);
  });
});
