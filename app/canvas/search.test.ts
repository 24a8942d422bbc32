import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { searchDesign } from './search.ts';

describe('search', () => {
  const d = buildDualViosTemplate();
  const dom = d.domain;
  it('finds partitions by name, exact match first', () => {
    const hits = searchDesign(d, 'aix01');
    expect(hits[0]!.label).toBe('AIX aix01');
    expect(hits[0]!.nodeId).toBe(Object.values(dom.partitions).find((p) => p.name === 'aix01')!.id);
    expect(hits[0]!.rowId).toBeUndefined();
  });
  it('finds devices and leads to their row in their partition; VLANs by id', () => {
    expect(searchDesign(d, 'vhost0').map((h) => h.label)).toEqual(['vhost0 on vios1', 'vhost0 on vios2']);
    const [hit] = searchDesign(d, 'vfchost1');
    const vfchost1 = Object.values(dom.vfcAdapters).find((a) => a.deviceName === 'vfchost1' && dom.partitions[a.partitionId]!.name === 'vios1')!;
    expect(hit).toEqual({ nodeId: vfchost1.partitionId, rowId: vfchost1.id, label: 'vfchost1 on vios1' });
    expect(searchDesign(d, 'vlan 10')[0]!.label).toMatch(/^VLAN 10/);
    expect(searchDesign(d, '   ')).toEqual([]);
  });
  it('finds a virtual FC client adapter by either WWPN, with or without colons, in any case', () => {
    const fcs = Object.values(dom.vfcAdapters).find((a) => a.role === 'client' && a.wwpns)!;
    const [w0, w1] = fcs.wwpns!;
    const colons = w1.toUpperCase().match(/.{2}/g)!.join(':');
    for (const q of [w0, w0.toUpperCase(), colons]) {
      const [hit] = searchDesign(d, q);
      expect(hit).toMatchObject({ nodeId: fcs.partitionId, rowId: fcs.id });
      expect(hit!.label).toContain('WWPN');
    }
    // a part of a WWPN finds it too; text that is not hex finds no WWPN
    expect(searchDesign(d, w0.slice(-6)).some((h) => h.rowId === fcs.id)).toBe(true);
    expect(searchDesign(d, 'zz:zz').length).toBe(0);
  });
});
