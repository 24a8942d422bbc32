import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { modernDesign } from '../../model/testing/modern-design.ts';
import { buildPathModel, impactOf } from './index.ts';

/** modernDesign: LU aix02_data02 of cluster ssp-1 (nodes vios1 = lpar-1, vios2 = lpar-2) mapped to aix02 through both. */
const luOf = (r: ReturnType<typeof impactOf>) => r.partitions.find((p) => p.partitionId === 'lpar-4')!.services.find((s) => s.key === 'lu:lu-1');

describe('Shared Storage Pool logical units in the impact engine', () => {
  it('an LU mapped through two nodes is one disk with two paths: a node lost is Degraded, not Outage', () => {
    const m = buildPathModel(modernDesign());
    expect(luOf(impactOf(m, []))).toMatchObject({ verdict: 'OK', label: 'LU aix02_data02 of pool ssp_pool' });
    const one = luOf(impactOf(m, [{ id: 'lpar-1' }]))!;
    expect(one.verdict).toBe('Degraded');
    expect(one.reason).toMatch(/path through node vios1 \(vhost1\) lost \(vios1 down\), continues on node vios2/);
    expect(luOf(impactOf(m, [{ id: 'lpar-1' }, { id: 'lpar-2' }]))!.verdict).toBe('Outage');
  });
  it('the pool disks carry every LU: a pool disk lost is an Outage of the LU', () => {
    const m = buildPathModel(modernDesign());
    expect(luOf(impactOf(m, [{ id: 'lun-8' }]))!.verdict).toBe('Outage');
  });
  it('an LU mapped through one node only has that node as a single point of failure', () => {
    const d = produce(modernDesign(), (x) => { delete x.domain.vtds['vtd-lu-2']; delete x.domain.backingDevices['bd-lu-2']; });
    const r = impactOf(buildPathModel(d), [{ id: 'lpar-1' }]);
    expect(luOf(r)!.verdict).toBe('Outage');
  });
});
