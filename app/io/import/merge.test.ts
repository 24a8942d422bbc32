import { describe, expect, it } from 'vitest';
import { checkIntegrity, designSchema, partnerOf, saveDesign, type Design } from '../../model/index.ts';
import { fixture, fixtureInputs } from './fixtures/load.ts';
import { importTexts } from './merge.ts';

const byName = (d: Design, name: string) => Object.values(d.domain.partitions).find((p) => p.name === name)!;
const adaptersOf = <T extends { partitionId: string; slot: number }>(rec: Record<string, T>, d: Design, name: string) =>
  Object.values(rec).filter((a) => a.partitionId === byName(d, name).id).sort((a, b) => a.slot - b.slot);

describe('importTexts: several sources into one design', () => {
  const { design: d, report } = importTexts(fixtureInputs());

  it('gives one whole, schema-valid design for one frame', () => {
    expect(() => designSchema.parse(d)).not.toThrow();
    expect(checkIntegrity(d)).toEqual([]);
    const systems = Object.values(d.domain.systems);
    expect(systems.map((s) => [s.name, s.typeModel, s.serial, s.generation])).toEqual([['9080-HEX*78ABCDE', '9080-HEX', '78ABCDE', 'POWER10']]);
    expect(Object.values(d.domain.partitions).map((p) => [p.lparId, p.name, p.kind])).toEqual([
      [1, 'vios1', 'vios'], [2, 'vios2', 'vios'], [3, 'aixdb01', 'aix'], [4, 'lnxapp01', 'linux'],
    ]);
  });

  it('reports every file with its kind, unparsed lines and HMC errors', () => {
    const files = Object.fromEntries(report.files.map((f) => [f.name, f]));
    expect(files['collector-vios2.txt']!.unparsed).toEqual([{ line: 15, text: 'this line lost its prefix' }]);
    expect(files['collector-vios2.txt']!.parts!.map((p) => p.kind)).toEqual(['lsmap-npiv', 'lsnports', 'lsmap-net']);
    expect(files['hmc-error-fr.txt']).toMatchObject({ kind: 'hmc-error', errors: [{ line: 1, code: 'HSCL8012' }] });
    expect(files['lssyscfg-prof.txt']!.unparsed.map((u) => u.line)).toEqual([4]);
  });

  it('joins both ends of every vSCSI and vFC pair', () => {
    for (const rec of [d.domain.vscsiAdapters, d.domain.vfcAdapters] as Record<string, Design['domain']['vscsiAdapters'][string]>[]) {
      for (const a of Object.values(rec)) {
        if (a.remotePartitionId === null) continue;
        const partner = partnerOf(rec, a);
        expect(partner, `${a.deviceName} slot ${a.slot}`).not.toBeNull();
        expect(partner!.remotePartitionId).toBe(a.partitionId);
        expect(partner!.remoteSlot).toBe(a.slot);
      }
    }
    expect(adaptersOf(d.domain.vscsiAdapters, d, 'vios1').map((a) => [a.slot, a.deviceName])).toEqual([[11, 'vhost0'], [12, 'vhost1'], [13, 'vhost2']]);
    expect(report.warnings.filter((w) => w.includes('assumed slot'))).toEqual([]);
  });

  it('maps VTDs to backing devices of the right kind', () => {
    const vtds = Object.values(d.domain.vtds).map((v) => {
      const bd = v.backingDeviceId ? d.domain.backingDevices[v.backingDeviceId]! : null;
      return [d.domain.vscsiAdapters[v.serverAdapterId]!.deviceName, v.name, v.lun, bd?.name ?? null, bd?.kind ?? null, v.optical];
    });
    expect(vtds).toEqual([
      ['vhost0', 'vtscsi0', 1, 'hdisk4', 'physical-volume', false], ['vhost0', 'vtscsi1', 2, 'hdisk5', 'physical-volume', false],
      ['vhost0', 'vtopt0', 3, 'aix73_tl2.iso', 'file-optical', true], ['vhost1', 'lnx_rootvg', 1, 'lv_lnxapp01', 'logical-volume', false],
      ['vhost1', 'vtopt1', 2, null, null, true], ['vhost0', 'vtscsi0', 1, 'hdisk2', 'physical-volume', false],
      ['vhost0', 'vtscsi1', 2, 'hdisk3', 'physical-volume', false],
    ]);
  });

  it('maps vfchosts to physical FC ports and keeps client WWPNs', () => {
    const port = (id: string | null) => (id ? d.domain.physicalPorts[id]!.deviceName : null);
    expect(adaptersOf(d.domain.vfcAdapters, d, 'vios1').map((a) => [a.deviceName, port(a.physicalPortId)])).toEqual([['vfchost0', 'fcs0'], ['vfchost1', 'fcs1'], ['vfchost2', null]]);
    expect(adaptersOf(d.domain.vfcAdapters, d, 'aixdb01').map((a) => [a.deviceName, a.wwpns])).toEqual([
      ['fcs0', ['c050760a1b2c0010', 'c050760a1b2c0011']], ['fcs1', ['c050760a1b2c0012', 'c050760a1b2c0013']],
    ]);
    const fcs2 = Object.values(d.domain.physicalPorts).find((p) => p.deviceName === 'fcs2')!;
    expect(fcs2).toMatchObject({ partitionId: byName(d, 'vios1').id, npivCapable: false, npivMaxClients: 64 });
  });

  it('builds the SEA with its trunk adapter, control channel and link aggregation', () => {
    const sea = Object.values(d.domain.seas).find((s) => s.partitionId === byName(d, 'vios1').id)!;
    const veth = (id: string | null) => d.domain.vethAdapters[id!]!;
    expect(sea).toMatchObject({ deviceName: 'ent7', haMode: 'auto', defaultPvid: 10, thread: true });
    expect(sea.trunkAdapterIds.map((id) => [veth(id).deviceName, veth(id).slot, veth(id).pvid, veth(id).additionalVlans, veth(id).trunkPriority])).toEqual([['ent5', 20, 10, [20, 30], 1]]);
    expect([veth(sea.controlChannelId).deviceName, veth(sea.controlChannelId).slot, veth(sea.controlChannelId).pvid]).toEqual(['ent6', 21, 99]);
    const lagg = d.domain.linkAggregations[sea.realAdapter!.id]!;
    expect([lagg.deviceName, lagg.memberIds.map((m) => d.domain.physicalPorts[m]!.deviceName)]).toEqual(['ent4', ['ent0', 'ent1']]);
    expect(Object.values(d.domain.vlans).map((v) => [v.vlanId, v.external])).toEqual([[10, true], [20, true], [30, true], [99, false]]);
  });

  it('takes partition settings from the HMC and the VIOS name and level from a collector file', () => {
    expect(byName(d, 'aixdb01')).toMatchObject({ processor: { mode: 'dedicated', desiredUnits: 4 }, memory: { desiredMB: 65536 }, maxVirtualSlots: 64, profileName: 'default' });
    expect(byName(d, 'lnxapp01').state).toBe('not-activated');
    expect(byName(d, 'vios2')).toMatchObject({ osLevel: 'VIOS 3.1.4.21', maxVirtualSlots: 400 });
  });

  it('marks adapters that run but are missing from the imported profile as added by DLPAR', () => {
    const { design } = importTexts([
      { name: 'prof', text: 'name=p,lpar_name=aix1,lpar_id=3,lpar_env=aixlinux,"virtual_scsi_adapters=2/client/1/vios1/11/1"' },
      { name: 'hw', text: fixture('lshwres-scsi.txt') },
    ]);
    expect(adaptersOf(design.domain.vscsiAdapters, design, 'aixdb01').map((a) => [a.slot, a.dlparOnly])).toEqual([[2, false], [3, true]]);
  });

  it('lays frames, VIOS and clients out in layers, the clients above their VIOS', () => {
    const l = d.layout.nodes;
    const sys = Object.keys(d.domain.systems)[0]!;
    expect(l[sys]).toMatchObject({ x: 0, y: 0 });
    expect(l[sys]!.w).toBeGreaterThan(0);
    expect(l[byName(d, 'vios1').id]!.y).toBeGreaterThan(l[byName(d, 'aixdb01').id]!.y);
    for (const id of [...Object.keys(d.domain.partitions), ...Object.keys(d.domain.vlans)]) expect(l[id], id).toBeDefined();
  });

  it('is deterministic and does not depend on the order of the files', () => {
    const again = importTexts(fixtureInputs());
    expect(saveDesign(again.design)).toBe(saveDesign(d));
    const reversed = importTexts(fixtureInputs().reverse());
    expect(JSON.stringify(reversed.design.domain)).toBe(JSON.stringify(d.domain));
  });
});

describe('importTexts: lshwres scsi and lsmap of one system', () => {
  it('joins the HMC slots with the VIOS device names into one design', () => {
    const { design: d, report } = importTexts([
      { name: 'lsmap-vios1', text: fixture('lsmap-all-vios1.txt') },
      { name: 'lshwres-scsi', text: fixture('lshwres-scsi.txt') },
    ]);
    expect(Object.keys(d.domain.systems)).toHaveLength(1);
    const rows = Object.values(d.domain.vscsiAdapters).filter((a) => a.role === 'client').map((c) => {
      const s = partnerOf(d.domain.vscsiAdapters, c)!;
      return [d.domain.partitions[c.partitionId]!.name, c.slot, d.domain.partitions[s.partitionId]!.name, s.slot, s.deviceName, s.remoteSlot];
    });
    expect(rows).toEqual([['aixdb01', 2, 'vios1', 11, 'vhost0', 2], ['aixdb01', 3, 'vios2', 11, 'vhost0', 3], ['lnxapp01', 2, 'vios1', 12, 'vhost1', 2]]);
    // No slot is assumed (lshwres gives them); processors and memory are (neither output shows them).
    expect(report.warnings.filter((w) => w.includes('assumed slot'))).toEqual([]);
    expect(report.warnings.filter((w) => /^(Frame|Assumed:)/.test(w))).toHaveLength(3);
  });

  it('marks the values no output gives as assumed, and the capacity rules do not judge them', () => {
    const { design: d, report } = importTexts([{ name: 'lsmap-vios1', text: fixture('lsmap-all-vios1.txt') }]);
    const sys = Object.values(d.domain.systems)[0]!;
    expect(sys.assumed).toEqual(['installedCores', 'installedMemoryMB']);
    for (const p of Object.values(d.domain.partitions)) expect(p.assumed).toEqual(['processor', 'memory']);
    expect(report.warnings.some((w) => w.startsWith('Assumed: the processor settings (entitlement, virtual processors) of 3 partition(s)'))).toBe(true);
    expect(report.warnings.some((w) => w.startsWith('Assumed: the memory of 3 partition(s)'))).toBe(true);
    expect(report.warnings.some((w) => w.startsWith(`Frame ${sys.name}: installed processors and memory are not in these outputs`))).toBe(true);
    // With the processor and memory listings nothing is assumed about the partitions they list.
    const full = importTexts(['lssyscfg-lpar.txt', 'lshwres-proc.txt', 'lshwres-mem.txt'].map((name) => ({ name, text: fixture(name) }))).design;
    for (const p of Object.values(full.domain.partitions)) {
      const listed = fixture('lshwres-proc.txt').includes(`lpar_name=${p.name},`) && fixture('lshwres-mem.txt').includes(`lpar_name=${p.name},`);
      expect(p.assumed, p.name).toEqual(listed ? undefined : ['processor', 'memory']);
    }
    expect(Object.values(full.domain.partitions).filter((p) => !p.assumed).length).toBeGreaterThan(1);
  });

  it('assumes the client slot, and says so, when only lsmap is given', () => {
    const { design: d, report } = importTexts([{ name: 'lsmap', text: fixture('lsmap-all-vios1.txt') }]);
    const vhost0 = Object.values(d.domain.vscsiAdapters).find((a) => a.deviceName === 'vhost0')!;
    const client = partnerOf(d.domain.vscsiAdapters, vhost0)!;
    expect(client.remoteSlot).toBe(11);
    expect(report.warnings.some((w) => w.includes('vhost0') && w.includes('assumed slot'))).toBe(true);
  });
});

describe('importTexts: outputs without location codes', () => {
  it('puts entstat and lsnports of a frame with one VIOS on that VIOS, even when the host name differs', () => {
    const { design: d } = importTexts([
      { name: 'scsi', text: fixture('lshwres-scsi.txt').split('\n').filter((l) => l.includes('lpar_id=1,') || l.includes('remote_lpar_id=1,')).join('\n') },
      { name: 'collector', text: `uname -n| |vioshost-a\n${fixture('lsnports-vios1.txt').split('\n').filter(Boolean).map((l) => `lsnports| |${l}`).join('\n')}\n` },
    ]);
    expect(Object.values(d.domain.partitions).filter((p) => p.kind === 'vios').map((p) => p.name)).toEqual(['vios1']);
    expect(Object.values(d.domain.physicalPorts).map((p) => [d.domain.partitions[p.partitionId!]!.name, p.deviceName])).toEqual([['vios1', 'fcs0'], ['vios1', 'fcs1'], ['vios1', 'fcs2']]);
  });
});
