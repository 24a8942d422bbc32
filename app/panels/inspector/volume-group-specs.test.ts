import { describe, expect, it } from 'vitest';
import * as ops from '../../model/index.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { ADD_VOLUME_GROUP_SPEC, NPIV_CLIENTS_SPEC, VOLUME_GROUP_SPECS, parseDisk } from './volume-group-specs.ts';

describe('inspector fields of volume groups and NPIV clients', () => {
  const d = buildDualViosTemplate();
  const aix02 = Object.values(d.domain.partitions).find((p) => p.name === 'aix02')!;
  const data = Object.values(d.domain.luns).find((l) => l.name === 'aix01_data01')!;
  const [name, copy1, mirror] = VOLUME_GROUP_SPECS;

  it('creates a volume group on a client and sets its disks and mirror copy by name', () => {
    const bare = ops.removeElements(d, { ids: Object.values(d.domain.volumeGroups).filter((g) => g.partitionId === aix02.id && g.name === 'datavg').map((g) => g.id) });
    let next = ADD_VOLUME_GROUP_SPEC.set(bare, aix02.id, 'appvg');
    const vg = Object.values(next.domain.volumeGroups).find((g) => g.partitionId === aix02.id && g.name === 'appvg')!;
    next = copy1!.set(next, vg.id, 'aix02_data01');
    expect(copy1!.get(next, vg.id)).toBe('aix02_data01');
    next = name!.set(next, vg.id, 'app2vg');
    expect(next.domain.volumeGroups[vg.id]!.name).toBe('app2vg');
    expect(() => mirror!.set(next, vg.id, 'hdisk0')).toThrow(/several VIOS: write it as hdisk0@vios/);
    expect(() => copy1!.set(next, vg.id, 'nothing')).toThrow(/No LUN or backing device is named nothing/);
    const hd = parseDisk(next, 'hdisk0@vios1');
    expect(next.domain.backingDevices[hd]!.name).toBe('hdisk0');
  });

  it('zones a LUN to clients by name and unzones the ones left out', () => {
    expect(NPIV_CLIENTS_SPEC.get(d, data.id)).toBe('aix01');
    const next = NPIV_CLIENTS_SPEC.set(d, data.id, 'aix02, lnx03');
    expect(NPIV_CLIENTS_SPEC.get(next, data.id)).toBe('aix02, lnx03');
    expect(() => NPIV_CLIENTS_SPEC.set(d, data.id, 'vios1')).toThrow(/is a VIOS/);
  });
});
