import { describe, expect, it } from 'vitest';
import * as ops from './index.ts';
import { checkIntegrity } from '../references.ts';
import { buildDualViosTemplate } from '../templates/sample.ts';

const sample = () => {
  const d = buildDualViosTemplate();
  const aix01 = Object.values(d.domain.partitions).find((p) => p.name === 'aix01')!;
  const vios1 = Object.values(d.domain.partitions).find((p) => p.name === 'vios1')!;
  const root = Object.values(d.domain.luns).find((l) => l.name === 'aix01_rootvg')!;
  const data = Object.values(d.domain.luns).find((l) => l.name === 'aix01_data01')!;
  return { d, aix01, vios1, root, data };
};

describe('volume groups and NPIV zoning', () => {
  it('the sample has rootvg over the vSCSI LUN and datavg over the NPIV LUN', () => {
    const { d, aix01, root, data } = sample();
    const vgs = Object.values(d.domain.volumeGroups).filter((g) => g.partitionId === aix01.id);
    expect(vgs.map((g) => [g.name, g.diskIds])).toEqual([['rootvg', [root.id]], ['datavg', [data.id]]]);
    expect(data.npivClientIds).toEqual([aix01.id]);
  });

  it('adds a mirrored volume group, refuses a VIOS, a disk in two groups, a name taken and a non-disk', () => {
    const { d, aix01, vios1, root, data } = sample();
    const clean = ops.removeElements(d, { ids: Object.values(d.domain.volumeGroups).filter((g) => g.partitionId === aix01.id).map((g) => g.id) });
    const m = ops.addVolumeGroup(clean, { partitionId: aix01.id, name: 'rootvg', diskIds: [root.id], mirrorDiskIds: [data.id] });
    expect(Object.values(m.domain.volumeGroups).find((g) => g.partitionId === aix01.id)).toMatchObject({ name: 'rootvg', diskIds: [root.id], mirrorDiskIds: [data.id] });
    expect(() => ops.addVolumeGroup(m, { partitionId: vios1.id })).toThrow(/is a VIOS/);
    expect(() => ops.addVolumeGroup(m, { partitionId: aix01.id, name: 'datavg', diskIds: [root.id] })).toThrow(/already in volume group rootvg/);
    expect(() => ops.addVolumeGroup(m, { partitionId: aix01.id, name: 'rootvg' })).toThrow(/already has a volume group rootvg/);
    expect(() => ops.addVolumeGroup(m, { partitionId: aix01.id, diskIds: [aix01.id] })).toThrow(/SAN LUN or a backing device/);
    const vg = Object.values(m.domain.volumeGroups).find((g) => g.partitionId === aix01.id)!;
    const unmirrored = ops.updateVolumeGroup(m, { id: vg.id, patch: { mirrorDiskIds: [] } });
    expect(unmirrored.domain.volumeGroups[vg.id]!.mirrorDiskIds).toEqual([]);
  });

  it('zones and unzones a LUN; removing a LUN or the client keeps the document whole', () => {
    const { d, aix01, root, data } = sample();
    const z = ops.zoneLunToPartition(d, { lunId: root.id, partitionId: aix01.id });
    expect(z.domain.luns[root.id]!.npivClientIds).toEqual([aix01.id]);
    expect(ops.unzoneLunFromPartition(z, { lunId: root.id, partitionId: aix01.id }).domain.luns[root.id]!.npivClientIds).toEqual([]);
    const noData = ops.removeElements(d, { ids: [data.id] });
    expect(checkIntegrity(noData)).toEqual([]);
    expect(Object.values(noData.domain.volumeGroups).find((g) => g.partitionId === aix01.id && g.name === 'datavg')!.diskIds).toEqual([]);
    const noClient = ops.removeElements(d, { ids: [aix01.id] });
    expect(checkIntegrity(noClient)).toEqual([]);
    expect(Object.values(noClient.domain.volumeGroups).some((g) => g.partitionId === aix01.id)).toBe(false);
    expect(Object.values(noClient.domain.luns).every((l) => !l.npivClientIds.includes(aix01.id))).toBe(true);
  });
});
