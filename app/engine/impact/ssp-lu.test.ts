import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { Design } from '../../model/schema/index.ts';
import { modernDesign } from '../../model/testing/modern-design.ts';
import { validate } from '../validate.ts';
import { buildPathModel, computeImpact } from './index.ts';

/** modernDesign: LU lu-1 of cluster ssp-1 (pool disk lun-8 on both fabrics) mapped to aix02 (lpar-4) through vios1 and vios2. */
const lu = (r: ReturnType<typeof computeImpact>) => r.partitions.find((p) => p.partitionId === 'lpar-4')!.services.find((s) => s.key === 'lu:lu-1')!;

describe('SSP logical unit in the impact engine (MODERN.md 7.3)', () => {
  it('is one disk with a vSCSI MPIO path through each node that maps it', () => {
    const m = buildPathModel(modernDesign());
    const s = m.services.find((x) => x.key === 'lu:lu-1')!;
    expect(s.mechanism).toBe('vscsi-mpio');
    expect(s.copies[0]![0]!.paths.map((p) => p.through).sort()).toEqual(['node vios1 (vhost1)', 'node vios2 (vhost1)']);
    expect(s.label).toBe('LU aix02_data02 of pool ssp_pool');
  });

  it('node loss: the LU stays reachable through the other node (Degraded); both nodes: Outage', () => {
    const d = modernDesign();
    const one = lu(computeImpact(d, [{ id: 'lpar-1' }]));
    expect(one.verdict).toBe('Degraded');
    expect(one.reason).toBe('LU aix02_data02 of pool ssp_pool: path through node vios1 (vhost1) lost (vios1 down), continues on node vios2 (vhost1) via vscsi1');
    expect(lu(computeImpact(d, [{ id: 'lpar-1' }, { id: 'lpar-2' }])).verdict).toBe('Outage');
  });

  it('the pool disks are needed: losing the pool LUN is an Outage of the LU, unless a mirror failure group holds', () => {
    const d = modernDesign();
    expect(lu(computeImpact(d, [{ id: 'lun-8' }])).verdict).toBe('Outage');
    const mirrored: Design = produce(d, (x) => { x.domain.sspClusters['ssp-1']!.mirrorLunIds = ['lun-6']; });
    expect(lu(computeImpact(mirrored, [{ id: 'lun-8' }])).verdict).not.toBe('Outage');
  });

  it('mapped through one node only, that node is a single point of failure (and the redundancy rule says so)', () => {
    const d = produce(modernDesign(), (x) => { delete x.domain.vtds['vtd-lu-2']; delete x.domain.backingDevices['bd-lu-2']; });
    expect(lu(computeImpact(d, [{ id: 'lpar-1' }])).verdict).toBe('Outage');
    expect(validate(modernDesign()).diagnostics.filter((x) => x.ruleId.startsWith('RED-'))).toEqual([]);
    expect(validate(d).diagnostics.some((x) => x.ruleId.startsWith('RED-') && x.elementIds.includes('lpar-1'))).toBe(true);
  });
});
