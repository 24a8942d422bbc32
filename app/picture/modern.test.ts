import { describe, expect, it } from 'vitest';
import { buildPower10ModernTemplate } from '../model/templates/power10-modern.ts';
import { buildRows } from './rows.ts';
import { designConnections } from './connections.ts';
import { createPicture } from './picture.ts';
import { backingDevicesOf } from '../model/modern-query.ts';

describe('the picture of today\'s PowerVM (power10-modern)', () => {
  const design = buildPower10ModernTemplate();
  const d = design.domain;
  const rows = buildRows(design);
  const byName = (n: string) => Object.values(d.partitions).find((p) => p.name === n)!;

  it('draws each vNIC as a row of its client naming both backing devices, the preferred one active', () => {
    const aix01 = rows.get(byName('aix01').id)!;
    const vnic = aix01.find((r) => r.kind === 'vnic')!;
    expect(vnic.name).toMatch(/^ent\d+$/);
    expect(vnic.detail).toContain('vios1 prio 10 active');
    expect(vnic.detail).toContain('vios2 prio 20');
    expect(vnic.detail).not.toContain('vios2 prio 20 active');
  });

  it('draws the logical ports of each VIOS as rows with their capacity and the vNIC they back', () => {
    const lps = rows.get(byName('vios1').id)!.filter((r) => r.kind === 'sriov-lport');
    expect(lps).toHaveLength(3);
    for (const r of lps) expect(r.detail).toMatch(/^→ (aix01|aix02|lnx03) ent\d+ prio (10 active|20) · sriov\d port \d · 20 % · vnicserver\d+$/);
  });

  it('draws an LU mapped through both VIOS as backing rows of both, linked to one pool box', () => {
    const lines = designConnections(design);
    const ssp = lines.filter((c) => c.id.startsWith('ssp:'));
    const cluster = Object.values(d.sspClusters)[0]!;
    expect(ssp).toHaveLength(6);
    expect(new Set(ssp.map((c) => c.target))).toEqual(new Set([cluster.id]));
    expect(new Set(ssp.map((c) => c.source))).toEqual(new Set(cluster.nodeIds));
    const backing = rows.get(byName('vios2').id)!.find((r) => r.name === 'aix01_rootvg')!;
    expect(backing.detail).toBe('SSP LU · p10_pool · 100 GB thin');
    // The pool's disks: the repository and the two pool LUNs.
    expect(lines.filter((c) => c.id.startsWith('ssp-disk:')).map((c) => d.luns[c.target]!.name).sort()).toEqual(['ssp_pool01', 'ssp_pool02', 'ssp_repo']);
  });

  it('draws each backing device as a line from the vNIC to the VIOS logical port, active solid and standby apart', () => {
    const lines = designConnections(design).filter((c) => c.kind === 'vnic' || c.kind === 'vnic-standby');
    expect(lines).toHaveLength(6);
    for (const v of Object.values(d.vnicAdapters)) {
      const [first, second] = backingDevicesOf(design, v.id);
      expect(lines.find((c) => c.id === `vnic:${first!.id}`)!.kind).toBe('vnic');
      const standby = lines.find((c) => c.id === `vnic:${second!.id}`)!;
      expect(standby.kind).toBe('vnic-standby');
      expect(standby.sourceRow).toBe(v.id);
      expect(standby.targetRow).toBe(second!.logicalPortId);
      expect(standby.label).toMatch(/priority \d+ · standby$/);
    }
  });

  it('places every SR-IOV port in its frame and the pool outside, with routes for every new line', () => {
    const picture = createPicture(design, (id) => rows.get(id)?.length ?? 0);
    const frame = Object.values(d.systems)[0]!;
    const f = picture.boxes.get(frame.id)!;
    for (const p of Object.values(d.sriovPhysicalPorts)) {
      const b = picture.boxes.get(p.id)!;
      expect(b.kind).toBe('sriovPort');
      expect(b.parent).toBe(frame.id);
      expect(b.x >= f.x && b.y >= f.y && b.x + b.w <= f.x + f.w && b.y + b.h <= f.y + f.h).toBe(true);
    }
    const pool = picture.boxes.get(Object.keys(d.sspClusters)[0]!)!;
    expect(pool.kind).toBe('sspPool');
    expect(pool.y).toBeGreaterThan(f.y + f.h);
    for (const c of picture.connections.filter((x) => /^(sriov|vnic|ssp)/.test(x.id))) {
      const r = picture.route(c.id);
      expect(r, c.id).not.toBeNull();
      expect(r!.points.length).toBeGreaterThanOrEqual(2);
    }
    // A vNIC leaves its client by the bottom edge and reaches the VIOS logical port on its top edge.
    const vnicLine = picture.connections.find((c) => c.kind === 'vnic')!;
    expect(picture.port(vnicLine.id, 'source')!.side).toBe('bottom');
    expect(picture.port(vnicLine.id, 'target')!.side).toBe('top');
  });
});
