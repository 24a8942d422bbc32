import { describe, expect, it } from 'vitest';
import { checkIntegrity, designSchema, saveDesign } from '../../model/index.ts';
import * as ops from '../../model/ops/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { fixtureInputs } from '../import/fixtures/load.ts';
import { importTexts } from '../import/merge.ts';
import { sanitizeDesign } from './sanitize.ts';

describe('sanitizeDesign', () => {
  const original = importTexts(fixtureInputs()).design;
  const clean = sanitizeDesign(original);
  const text = saveDesign(clean);

  it('leaves nothing identifying: names, serials, WWPNs, MACs, location serials, custom VTD and LV names', () => {
    for (const secret of ['aixdb01', 'lnxapp01', '78ABCDE', 'WZS00AB', 'c050760a1b2c0010', '0AF122334405', 'lv_lnxapp01', 'lnx_rootvg', 'aix73_tl2', '500507680C11AB12']) {
      expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
  });

  it('keeps the topology, device names and ids, and stays a valid design', () => {
    expect(() => designSchema.parse(clean)).not.toThrow();
    expect(checkIntegrity(clean)).toEqual([]);
    const devices = (d: typeof clean) => [...Object.values(d.domain.vscsiAdapters), ...Object.values(d.domain.vfcAdapters), ...Object.values(d.domain.vethAdapters)].map((x) => `${x.id}:${x.deviceName}:${x.slot}:${'remotePartitionId' in x ? x.remotePartitionId : ''}`);
    expect(devices(clean)).toEqual(devices(original));
    expect(Object.values(clean.domain.backingDevices).map((b) => b.name).filter((n) => n.startsWith('hdisk'))).toEqual(['hdisk4', 'hdisk5', 'hdisk2', 'hdisk3']);
    expect(Object.values(clean.domain.partitions).map((p) => [p.lparId, p.name])).toEqual([[1, 'vios1'], [2, 'vios2'], [3, 'lpar01'], [4, 'lpar02']]);
    expect(Object.values(clean.domain.systems)[0]).toMatchObject({ name: 'frame1', serial: 'SN00001', typeModel: '9080-HEX' });
  });

  it('replaces consistently: the same WWPN or serial gets the same stand-in everywhere', () => {
    const wwpns = Object.values(clean.domain.vfcAdapters).flatMap((v) => v.wwpns ?? []);
    expect(new Set(wwpns).size).toBe(wwpns.length);
    expect(wwpns.every((w) => /^c05076[0-9a-f]{10}$/.test(w))).toBe(true);
    const locations = Object.values(clean.domain.physicalPorts).map((p) => p.location).filter(Boolean) as string[];
    expect(new Set(locations.map((l) => l.split('-')[0])).size).toBe(1);
    expect(sanitizeDesign(original)).toEqual(clean);
  });

  it('renames fabrics, arrays, LUNs, switches and VLAN names of the sample and scrubs free text', () => {
    const s = sanitizeDesign({ ...buildDualViosTemplate(), description: 'aix01 and aix02 on p9-frame1' });
    expect(Object.values(s.domain.sanFabrics).map((f) => f.name)).toEqual(['fabric1', 'fabric2']);
    expect(Object.values(s.domain.storageArrays).map((f) => f.name)).toEqual(['array1']);
    expect(Object.values(s.domain.luns).map((f) => f.name)).toEqual(['lun001', 'lun002', 'lun003', 'lun004', 'lun005', 'lun006']);
    expect(Object.values(s.domain.ethernetSwitches).map((f) => f.name)).toEqual(['switch1']);
    expect(Object.values(s.domain.vlans).map((v) => v.name)).toEqual(['vlan-name1']);
    expect(s.description).toBe('lpar01 and lpar02 on frame1');
    const b = new DesignBuilder(buildDualViosTemplate());
    const [v1, v2] = Object.values(b.design.domain.partitions).filter((p) => p.kind === 'vios').map((p) => p.id) as [string, string];
    b.apply(ops.updatePartition, { id: v1, patch: { name: 'tmp' } }).apply(ops.updatePartition, { id: v2, patch: { name: 'vios1' } }).apply(ops.updatePartition, { id: v1, patch: { name: 'vios2' } });
    const swapped = sanitizeDesign({ ...b.design, description: 'vios2 backs up vios1' });
    expect(swapped.description).toBe('vios1 backs up vios2');
  });
});
