import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, openDesign, saveDesign } from './design-file.ts';
import { migrate2to3 } from './migrate-v3.ts';
import { MIRRORED_VG_NAME } from './migrate-v2.ts';
import { COLLECTIONS, DESIGN_VERSION } from './schema/index.ts';

/** The templates as shipped in version 2 (copied from public/templates before version 3). */
const V2 = join(__dirname, 'fixtures/v2');
const V1 = join(__dirname, 'fixtures/v1');
const NEW_COLLECTIONS = ['sriovAdapters', 'sriovPhysicalPorts', 'sriovLogicalPorts', 'vnicAdapters', 'vnicBackingDevices', 'sspClusters', 'sspLogicalUnits'] as const;

describe('migration 2 -> 3', () => {
  it('is the current version', () => expect(DESIGN_VERSION).toBe(3));

  for (const file of readdirSync(V2).filter((f) => f.endsWith('.json'))) {
    it(`opens the version-2 template ${file} with every record and field unchanged`, () => {
      const text = readFileSync(join(V2, file), 'utf8');
      const before = JSON.parse(text);
      expect(before.version).toBe(2);
      const r = openDesign(text);
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.migratedFrom).toBe(2);
      expect(r.design.version).toBe(3);
      for (const [c, records] of Object.entries(before.domain as Record<string, Record<string, object>>)) {
        expect(r.design.domain[c as 'luns'], c).toEqual(records);
      }
      for (const c of NEW_COLLECTIONS) expect(r.design.domain[c], c).toEqual({});
      expect(r.design.layout).toEqual(before.layout);
      expect(r.design.scenarios).toEqual(before.scenarios);
      expect(r.design.suppressions).toEqual(before.suppressions);
      // saved again, only the version and the new (empty) collections differ
      const again = JSON.parse(saveDesign(r.design));
      for (const c of NEW_COLLECTIONS) delete again.domain[c];
      expect({ ...again, version: 2 }).toEqual(before);
    });
  }

  const handWritten = {
    format: 'powervm-design', version: 2, name: 'NPIV client with a mirrored volume group (hand-written, version 2)',
    domain: {
      systems: { 'sys-1': { id: 'sys-1', name: 'p9', generation: 'POWER9', installedCores: 20, installedMemoryMB: 524288, lmbMB: 256 } },
      partitions: { 'lpar-1': {
        id: 'lpar-1', systemId: 'sys-1', lparId: 3, name: 'db01', kind: 'aix',
        processor: { mode: 'shared', minUnits: 0.5, desiredUnits: 1, maxUnits: 2, minVirtualProcessors: 1, desiredVirtualProcessors: 2, maxVirtualProcessors: 4, sharing: 'uncapped', weight: 128 },
        memory: { minMB: 2048, desiredMB: 8192, maxMB: 16384 }, maxVirtualSlots: 200,
      } },
      sanFabrics: { 'fabric-1': { id: 'fabric-1', name: 'A' } },
      storageArrays: { 'array-1': { id: 'array-1', name: 'ds8k', fabricIds: ['fabric-1'] } },
      luns: {
        'lun-1': { id: 'lun-1', arrayId: 'array-1', name: 'db01_a', sizeGB: 100, fabricIds: ['fabric-1'], npivClientIds: ['lpar-1'] },
        'lun-2': { id: 'lun-2', arrayId: 'array-1', name: 'db01_b', sizeGB: 100, fabricIds: ['fabric-1'], npivClientIds: ['lpar-1'] },
      },
      volumeGroups: { 'vg-1': { id: 'vg-1', partitionId: 'lpar-1', name: 'datavg', diskIds: ['lun-1'], mirrorDiskIds: ['lun-2'] } },
    },
  };

  it('migrates a hand-written version-2 file: volume groups and NPIV-visible LUNs stay, the new fields stay absent', () => {
    const r = openDesign(JSON.stringify(handWritten));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.migratedFrom).toBe(2);
    expect(r.design.domain.volumeGroups['vg-1']).toMatchObject({ diskIds: ['lun-1'], mirrorDiskIds: ['lun-2'] });
    expect(r.design.domain.luns['lun-1']!.npivClientIds).toEqual(['lpar-1']);
    const p = r.design.domain.partitions['lpar-1']!;
    for (const f of ['procCompatMode', 'msp', 'bsrArrays', 'sharedMemory', 'rmcDown', 'viosecureHigh'] as const) expect(p[f], f).toBeUndefined();
    const s = r.design.domain.systems['sys-1']!;
    for (const f of ['powervmEdition', 'compatModes', 'hmcLevel', 'hmcName'] as const) expect(s[f], f).toBeUndefined();
  });

  it('leaves malformed input for the schema to report instead of throwing', () => {
    expect(migrate2to3({ format: 'powervm-design', version: 2, domain: 'nonsense' })).toEqual({ format: 'powervm-design', version: 3, domain: 'nonsense' });
    expect(openDesign(JSON.stringify({ ...handWritten, domain: { ...handWritten.domain, sriovAdapters: 7 } })).ok).toBe(false);
  });

  it('refuses a version-2 file that already holds version-3 fields with the wrong shape, and opens correct ones', () => {
    const withMode = structuredClone(handWritten) as any;
    withMode.domain.partitions['lpar-1'].procCompatMode = 'POWER42';
    expect(openDesign(JSON.stringify(withMode)).ok).toBe(false);
    withMode.domain.partitions['lpar-1'].procCompatMode = 'POWER9_base';
    expect(openDesign(JSON.stringify(withMode)).ok).toBe(true);
  });
});

describe('migration 1 -> 3 (through 2)', () => {
  it('runs 1 -> 2, then 2 -> 3', () => {
    const steps: number[] = [];
    const saved = { 1: MIGRATIONS[1]!, 2: MIGRATIONS[2]! };
    try {
      for (const v of [1, 2] as const) MIGRATIONS[v] = (doc) => { steps.push(v); return saved[v](doc); };
      const { doc: out, from } = migrate({ format: 'powervm-design', version: 1, name: 'x', domain: {} });
      expect(from).toBe(1);
      expect(out.version).toBe(3);
      expect(steps).toEqual([1, 2]);
    } finally {
      Object.assign(MIGRATIONS, saved);
    }
  });

  for (const file of readdirSync(V1).filter((f) => f.endsWith('.json'))) {
    it(`opens the version-1 template ${file} as version 3`, () => {
      const r = openDesign(readFileSync(join(V1, file), 'utf8'));
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.migratedFrom).toBe(1);
      expect(r.design.version).toBe(3);
      for (const c of COLLECTIONS) expect(r.design.domain[c], c).toBeTypeOf('object');
    });
  }

  it('keeps what 1 -> 2 writes down (the mirrored volume group of an LV-backed dual-VIOS client)', () => {
    const v1 = JSON.parse(readFileSync(join(V1, 'sample.json'), 'utf8'));
    const r = openDesign(JSON.stringify(v1));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    // the sample has LV disks from one VIOS at most per client, so nothing is assumed; the mechanism is tested in migrate-v2.test.ts
    expect(Object.values(r.design.domain.volumeGroups).every((g) => g.name === MIRRORED_VG_NAME)).toBe(true);
  });
});
