import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { searchDesign } from './search.ts';

describe('search', () => {
  const d = buildDualViosTemplate();
  it('finds partitions by name, exact match first', () => {
    const hits = searchDesign(d, 'aix01');
    expect(hits[0]!.label).toBe('AIX aix01');
    expect(hits[0]!.nodeId).toBe(Object.values(d.domain.partitions).find((p) => p.name === 'aix01')!.id);
  });
  it('finds devices and leads to their partition; VLANs by id', () => {
    expect(searchDesign(d, 'vhost0').map((h) => h.label)).toEqual(['vhost0 on vios1', 'vhost0 on vios2']);
    expect(searchDesign(d, 'vlan 10')[0]!.label).toMatch(/^VLAN 10/);
    expect(searchDesign(d, '   ')).toEqual([]);
  });
});
