import { describe, expect, it } from 'vitest';
import * as ops from '../model/index.ts';
import { checkIntegrity } from '../model/references.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { PALETTE_ITEMS, createdIds, planAdd, planDrop, type PaletteItem } from './palette-actions.ts';
import type { Design } from '../model/index.ts';

const run = (d: Design, p: ReturnType<typeof planDrop>) => { if (!p.ok) throw new Error(p.reason); return p.run(d); };
const byName = (d: Design, n: string) => Object.values(d.domain.partitions).find((p) => p.name === n)!;

describe('palette drops', () => {
  it('builds a frame, partitions inside it at the drop point, ports on a partition', () => {
    let d = ops.emptyDesign();
    d = run(d, planDrop(d, 'Frame', null, { x: 100, y: 50 }));
    const sys = Object.keys(d.domain.systems)[0]!;
    expect(d.layout.nodes[sys]).toMatchObject({ x: 100, y: 50 });
    d = run(d, planDrop(d, 'VIOS pair', sys, { x: 400, y: 200 }));
    d = run(d, planDrop(d, 'AIX LPAR', sys, { x: 400, y: 500 }));
    const aix = byName(d, 'aix01');
    expect(aix.systemId).toBe(sys);
    expect(d.layout.nodes[aix.id]!.y).toBe(500 - 50 - 20);
    d = run(d, planDrop(d, 'FC port', aix.id, { x: 0, y: 0 }));
    expect(Object.values(d.domain.physicalPorts).filter((p) => p.partitionId === aix.id)).toHaveLength(1);
    expect(checkIntegrity(d)).toEqual([]);
  });
  it('refuses what does not fit where it is dropped, with the reason', () => {
    const d = buildDualViosTemplate();
    const sys = Object.keys(d.domain.systems)[0]!;
    expect(planDrop(d, 'AIX LPAR', null, { x: 0, y: 0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/only be placed inside a frame/) });
    expect(planDrop(d, 'FC port', sys, { x: 0, y: 0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/belongs to a partition/) });
    expect(planDrop(d, 'Logical volume', byName(d, 'aix01').id, { x: 0, y: 0 })).toMatchObject({ ok: false, ruleId: 'PAIR-3' });
    expect(planDrop(d, 'HEA port', sys, { x: 0, y: 0 })).toMatchObject({ ok: false, ruleId: 'HEA-1' });
    expect(planDrop(d, 'SAN fabric', sys, { x: 0, y: 0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the frames/) });
    expect(planDrop(d, 'Frame', sys, { x: 0, y: 0 }).ok).toBe(false);
    expect(planDrop(ops.emptyDesign(), 'SAN LUN', null, { x: 0, y: 0 }).ok).toBe(false);
  });
  it('an SEA dropped on a VIOS bridges a VLAN of the frame with a free Ethernet port', () => {
    let d = ops.emptyDesign();
    d = run(d, planAdd(d, 'Frame', []));
    d = run(d, planAdd(d, 'VIOS pair', []));
    expect(planAdd(d, 'SEA', [])).toMatchObject({ ok: false, reason: expect.stringMatching(/add a VLAN/) });
    d = run(d, planAdd(d, 'VLAN', []));
    d = run(d, planDrop(d, 'SEA', byName(d, 'vios1').id, { x: 0, y: 0 }));
    d = run(d, planDrop(d, 'SEA', byName(d, 'vios2').id, { x: 0, y: 0 }));
    expect(Object.values(d.domain.seas).map((s) => s.haMode)).toEqual(['auto', 'auto']);
    expect(planDrop(d, 'SEA', byName(d, 'vios2').id, { x: 0, y: 0 }).ok).toBe(false);
  });
  it('Enter adds every item somewhere sensible in a design that has room for it', () => {
    let d = buildDualViosTemplate();
    d = ops.updateSystem(d, { id: Object.keys(d.domain.systems)[0]!, patch: { generation: 'POWER7', hea: { type: '2x10G', portGroups: [{ index: 0, mcs: 4 }, { index: 1, mcs: 4 }] } } });
    for (const item of PALETTE_ITEMS as readonly PaletteItem[]) {
      const p = planAdd(d, item, []);
      expect(p, item).toMatchObject({ ok: true });
      const next = run(d, p);
      expect(checkIntegrity(next), item).toEqual([]);
      d = next;
    }
  });
  it('new partitions added with Enter do not overlap the ones already there', () => {
    let d = buildDualViosTemplate();
    const before = d;
    d = run(d, planAdd(d, 'AIX LPAR', []));
    const [id] = createdIds(before, d);
    const l = d.layout.nodes[id!]!;
    for (const p of Object.values(before.domain.partitions)) {
      const o = before.layout.nodes[p.id]!;
      expect(Math.abs(o.x - l.x) >= 270 || Math.abs(o.y - l.y) >= 60).toBe(true);
    }
  });
});
