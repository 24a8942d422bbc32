import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesign } from './design-file.ts';
import { MIRRORED_VG_NAME, migrate1to2 } from './migrate-v2.ts';
import { DESIGN_VERSION } from './schema/index.ts';

/** The templates as shipped in version 1 (copied from public/templates before version 2). */
const V1 = join(__dirname, 'fixtures/v1');

describe('migration 1 -> 2', () => {
  for (const file of readdirSync(V1).filter((f) => f.endsWith('.json'))) {
    it(`opens the version-1 template ${file} unchanged in meaning`, () => {
      const text = readFileSync(join(V1, file), 'utf8');
      const before = JSON.parse(text);
      expect(before.version).toBe(1);
      const r = openDesign(text);
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.migratedFrom).toBe(1);
      expect(r.design.version).toBe(DESIGN_VERSION);
      // every record of version 1 is there with the same fields; the new ones are empty
      for (const [c, records] of Object.entries(before.domain as Record<string, Record<string, object>>)) {
        for (const [id, rec] of Object.entries(records)) expect(r.design.domain[c as 'luns'][id], `${c}.${id}`).toMatchObject(rec);
      }
      expect(Object.values(r.design.domain.luns).every((l) => l.npivClientIds.length === 0)).toBe(true);
      expect(r.design.domain.volumeGroups).toEqual({});
      expect(r.design.layout).toEqual(before.layout);
    });
  }

  const handWritten = {
    format: 'powervm-design', version: 1, name: 'LV-backed dual VIOS (hand-written, version 1)',
    domain: {
      systems: { 'sys-1': { id: 'sys-1', name: 'p8', generation: 'POWER8', installedCores: 16, installedMemoryMB: 262144 } },
      partitions: Object.fromEntries([['lpar-1', 'vios1', 'vios', 1], ['lpar-2', 'vios2', 'vios', 2], ['lpar-3', 'aix01', 'aix', 3], ['lpar-4', 'aix02', 'aix', 4]].map(([id, name, kind, lparId]) => [id, {
        id, systemId: 'sys-1', lparId, name, kind,
        processor: { mode: 'shared', minUnits: 0.1, desiredUnits: 0.5, maxUnits: 1, minVirtualProcessors: 1, desiredVirtualProcessors: 1, maxVirtualProcessors: 2, sharing: 'uncapped', weight: 128 },
        memory: { minMB: 1024, desiredMB: 4096, maxMB: 8192 }, maxVirtualSlots: 100,
      }])),
      vscsiAdapters: {
        'vscsi-1': { id: 'vscsi-1', partitionId: 'lpar-1', slot: 11, role: 'server', remotePartitionId: 'lpar-3', remoteSlot: 2, deviceName: 'vhost0' },
        'vscsi-2': { id: 'vscsi-2', partitionId: 'lpar-3', slot: 2, role: 'client', remotePartitionId: 'lpar-1', remoteSlot: 11, deviceName: 'vscsi0' },
        'vscsi-3': { id: 'vscsi-3', partitionId: 'lpar-2', slot: 11, role: 'server', remotePartitionId: 'lpar-3', remoteSlot: 3, deviceName: 'vhost0' },
        'vscsi-4': { id: 'vscsi-4', partitionId: 'lpar-3', slot: 3, role: 'client', remotePartitionId: 'lpar-2', remoteSlot: 11, deviceName: 'vscsi1' },
        'vscsi-5': { id: 'vscsi-5', partitionId: 'lpar-1', slot: 12, role: 'server', remotePartitionId: 'lpar-4', remoteSlot: 2, deviceName: 'vhost1' },
        'vscsi-6': { id: 'vscsi-6', partitionId: 'lpar-4', slot: 2, role: 'client', remotePartitionId: 'lpar-1', remoteSlot: 12, deviceName: 'vscsi0' },
      },
      backingDevices: {
        'bd-1': { id: 'bd-1', partitionId: 'lpar-1', kind: 'logical-volume', name: 'aix01_rvg', volumeGroup: 'clientvg' },
        'bd-2': { id: 'bd-2', partitionId: 'lpar-2', kind: 'logical-volume', name: 'aix01_rvg', volumeGroup: 'clientvg' },
        'bd-3': { id: 'bd-3', partitionId: 'lpar-1', kind: 'file-disk', name: '/var/vio/aix02.img' },
      },
      vtds: {
        'vtd-1': { id: 'vtd-1', serverAdapterId: 'vscsi-1', backingDeviceId: 'bd-1', name: 'vtscsi0', lun: 1 },
        'vtd-2': { id: 'vtd-2', serverAdapterId: 'vscsi-3', backingDeviceId: 'bd-2', name: 'vtscsi0', lun: 1 },
        'vtd-3': { id: 'vtd-3', serverAdapterId: 'vscsi-5', backingDeviceId: 'bd-3', name: 'vtscsi1', lun: 1 },
      },
    },
  };

  it('writes down the mirroring version 1 assumed: LV disks of one client from two VIOS become a mirrored volume group', () => {
    const r = openDesign(JSON.stringify(handWritten));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.migratedFrom).toBe(1);
    expect(Object.values(r.design.domain.volumeGroups)).toEqual([
      { id: 'vg-1', partitionId: 'lpar-3', name: MIRRORED_VG_NAME, diskIds: ['bd-1'], mirrorDiskIds: ['bd-2'], thirdCopyDiskIds: [] },
    ]);
    // aix02's file disk comes from one VIOS only: nothing is assumed for it
    expect(Object.values(r.design.domain.volumeGroups).some((g) => g.partitionId === 'lpar-4')).toBe(false);
  });

  it('leaves malformed input for the schema to report instead of throwing', () => {
    expect(migrate1to2({ format: 'powervm-design', version: 1, domain: 'nonsense' })).toMatchObject({ version: 2, domain: 'nonsense' });
    expect(migrate1to2({ format: 'powervm-design', version: 1, domain: { vtds: { x: null, y: { serverAdapterId: 42 } } } })).toMatchObject({ version: 2 });
    expect(openDesign(JSON.stringify({ ...handWritten, domain: { ...handWritten.domain, vtds: { v: 7 } } })).ok).toBe(false);
  });
});
