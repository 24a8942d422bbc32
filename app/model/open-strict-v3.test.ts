import { describe, expect, it } from 'vitest';
import { openDesign, saveDesign } from './design-file.ts';
import { checkIntegrity, REFERENCES, readField } from './references.ts';
import { modernDesign } from './testing/modern-design.ts';

const NEW = new Set(['sriovAdapters', 'sriovPhysicalPorts', 'sriovLogicalPorts', 'vnicAdapters', 'vnicBackingDevices', 'sspClusters', 'sspLogicalUnits']);
/** Every reference a version-3 element holds (plus the new targets of older records). */
const v3References = REFERENCES.filter((r) => NEW.has(r.from) || r.field === 'logicalUnitId');

const doc = () => JSON.parse(saveDesign(modernDesign())) as Record<string, any>;

describe('opening a version-3 design strictly', () => {
  it('opens the design with every new element, whole, and saves it back unchanged', () => {
    const d = modernDesign();
    expect(checkIntegrity(d)).toEqual([]);
    const text = saveDesign(d);
    const r = openDesign(text);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(saveDesign(r.design)).toBe(text);
    for (const c of NEW) expect(Object.keys(r.design.domain[c as 'sspClusters']).length, c).toBeGreaterThan(0);
  });

  it.each([...NEW])('refuses an unknown field in a record of %s, naming it', (collection) => {
    const d = doc();
    const [key] = Object.keys(d.domain[collection]);
    d.domain[collection][key!].colour = 'red';
    const r = openDesign(JSON.stringify(d, null, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(new RegExp(`domain\\.${collection}\\.${key}\\.colour \\(line \\d+, column \\d+\\): "colour" is not a field`));
  });

  it('refuses an unknown field inside a nested object (the backup device of a logical port)', () => {
    const d = doc();
    d.domain.sriovLogicalPorts['logport-3'].backupDevice.vlan = 5;
    const r = openDesign(JSON.stringify(d));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/sriovLogicalPorts\.logport-3\.backupDevice\.vlan/);
  });

  it('declares a reference for every id a version-3 element holds', () => {
    const fields = v3References.map((r) => `${r.from}.${r.field}`).sort();
    expect(fields).toEqual([
      'backingDevices.logicalUnitId',
      'sriovAdapters.ownerPartitionId', 'sriovAdapters.systemId',
      'sriovLogicalPorts.backupDevice.id', 'sriovLogicalPorts.partitionId', 'sriovLogicalPorts.physicalPortId',
      'sriovPhysicalPorts.adapterId', 'sriovPhysicalPorts.cabledToId',
      'sspClusters.mirrorLunIds', 'sspClusters.nodeIds', 'sspClusters.poolLunIds', 'sspClusters.repositoryLunId',
      'sspLogicalUnits.clusterId',
      'vnicAdapters.partitionId',
      'vnicBackingDevices.logicalPortId', 'vnicBackingDevices.vnicId',
    ]);
  });

  it.each(v3References.map((r) => [`${r.from}.${r.field}`, r] as const))('refuses a dangling %s, with the place', (_label, ref) => {
    const d = doc();
    const table = d.domain[ref.from] as Record<string, Record<string, unknown>>;
    // a record that holds the reference (for optional ones, the first record; the field is set)
    const key = Object.keys(table).find((k) => readField(table[k], ref.field) !== null) ?? Object.keys(table)[0]!;
    const rec = table[key]!;
    const parts = ref.field.split('.');
    let at: Record<string, unknown> = rec;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= { kind: 'veth' }) as Record<string, unknown>;
    at[parts.at(-1)!] = ref.many ? ['nowhere'] : 'nowhere';
    const r = openDesign(JSON.stringify(d, null, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(new RegExp(`domain\\.${ref.from}\\.${key}\\.${ref.field.replace('.', '\\.')}[^\\n]*refers to "nowhere"`));
  });

  it('refuses values outside the schema of the new elements', () => {
    const cases: [string, (d: Record<string, any>) => void][] = [
      ['mode', (d) => { d.domain.sriovAdapters['sriov-1'].mode = 'exclusive'; }],
      ['switchMode', (d) => { d.domain.sriovPhysicalPorts['sriovport-1'].switchMode = 'vepa2'; }],
      ['capacity', (d) => { d.domain.sriovLogicalPorts['logport-1'].capacity = 120; }],
      ['logicalPortId', (d) => { d.domain.sriovLogicalPorts['logport-1'].logicalPortId = 'xyz'; }],
      ['provisioning', (d) => { d.domain.sspLogicalUnits['lu-1'].provisioning = 'sparse'; }],
      ['sizeGB', (d) => { d.domain.sspLogicalUnits['lu-1'].sizeGB = 0; }],
      ['procCompatMode', (d) => { d.domain.partitions['lpar-3'].procCompatMode = 'POWER4'; }],
      ['powervmEdition', (d) => { d.domain.systems['sys-1'].powervmEdition = 'gold'; }],
      ['kind', (d) => { d.domain.backingDevices['bd-lu-1'].kind = 'ssp'; }],
      ['failoverPriority', (d) => { d.domain.vnicBackingDevices['vnicbd-1'].failoverPriority = 1.5; }],
    ];
    for (const [field, edit] of cases) {
      const d = doc();
      edit(d);
      const r = openDesign(JSON.stringify(d));
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.errors.join('\n'), field).toMatch(new RegExp(field));
    }
  });
});
