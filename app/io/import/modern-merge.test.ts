import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, designSchema, type Design } from '../../model/index.ts';
import { detectKind } from './detect.ts';
import { fixtureInputs, modernFixture, modernFixtureInputs } from './fixtures/load.ts';
import { hardWrap, mailWrap } from './fixtures/wrap.ts';
import { parseLshwresSriov } from './lshwres-sriov.ts';
import { parseLshwresVnic } from './lshwres-vnic.ts';
import { parseLsmapVnic } from './lsmap-vnic.ts';
import { importTexts } from './merge.ts';
import { readSource } from './sources.ts';

const valid = (d: Design) => {
  expect(() => designSchema.parse(d)).not.toThrow();
  expect(checkIntegrity(d)).toEqual([]);
};
const withoutLines = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v) => (k === 'line' ? undefined : v)));
const name = (d: Design, id: string | null | undefined) => (id ? d.domain.partitions[id]?.name : undefined);

/** vNICs as a PowerVM person reads them: client, slot, device, and per backing device VIOS, entN, adapter, port, priority. */
function vnicsOf(d: Design): string[] {
  const dom = d.domain;
  return Object.values(dom.vnicAdapters).map((v) => {
    const backs = Object.values(dom.vnicBackingDevices).filter((b) => b.vnicId === v.id).map((b) => {
      const lp = dom.sriovLogicalPorts[b.logicalPortId]!;
      const port = dom.sriovPhysicalPorts[lp.physicalPortId]!;
      return `${name(d, lp.partitionId)}:${lp.deviceName}@${dom.sriovAdapters[port.adapterId]!.adapterId}/${port.portIndex} prio ${b.failoverPriority} ${b.serverDeviceName}`;
    });
    return `${name(d, v.partitionId)} slot ${v.slot} ${v.deviceName} auto=${v.autoPriorityFailover}: ${backs.join(', ')}`;
  }).sort();
}

describe('importing SR-IOV, vNIC and SSP outputs with the others', () => {
  const { design: d, report } = importTexts([...fixtureInputs(), ...modernFixtureInputs()]);

  it('understands every line of every new output and gives a whole design', () => {
    valid(d);
    for (const f of report.files.filter((x) => modernFixtureInputs().some((m) => m.name === x.name))) expect(f.unparsed, f.name).toEqual([]);
    expect(Object.values(d.domain.systems)).toHaveLength(1);
  });

  it('builds the adapters with their ports, the logical ports with their owners', () => {
    const dom = d.domain;
    expect(Object.values(dom.sriovAdapters).map((a) => [a.adapterId, a.location, a.mode, a.maxLogicalPorts])).toEqual([
      [1, 'U78D3.ND1.WZS00AB-P1-C7', 'shared', 64], [2, 'U78D3.ND1.WZS00AB-P1-C8', 'shared', 64],
    ]);
    expect(Object.values(dom.sriovPhysicalPorts).map((p) => [dom.sriovAdapters[p.adapterId]!.adapterId, p.portIndex, p.maxLogicalPorts, p.switchMode, p.speedGbps])).toEqual([
      [1, 0, 40, 'veb', 25], [1, 1, 40, 'veb', 25], [2, 0, 40, 'veb', 25], [2, 1, 40, 'vepa', 10],
    ]);
    expect(Object.values(dom.sriovLogicalPorts).map((l) => [name(d, l.partitionId), l.deviceName, l.logicalPortId, l.capacity])).toEqual([
      ['vios1', 'ent8', '27004003', 20], ['vios1', 'ent9', '27004005', 10], ['vios2', 'ent8', '27008003', 20], ['lnxapp01', 'ent1', '27008006', 4],
    ]);
    expect(report.warnings).toContain('The device names of 1 SR-IOV logical port(s) are not in these outputs (lshwres does not print them); named in order as the next free entN (import lsmap -all -vnic from each VIOS for the real ones)');
    expect(report.warnings.some((w) => w.includes('P1-C9 is in dedicated mode'))).toBe(true);
  });

  it('builds each vNIC with its backing devices on both VIOS, priorities from lshwres, names from lsmap', () => {
    expect(vnicsOf(d)).toEqual([
      'aixdb01 slot 5 ent2 auto=true: vios1:ent8@1/0 prio 10 vnicserver0, vios2:ent8@2/0 prio 20 vnicserver0',
      'lnxapp01 slot 6 ent2 auto=false: vios1:ent9@1/1 prio 50 vnicserver1',
    ]);
    expect(Object.values(d.domain.vnicBackingDevices).map((b) => b.serverSlot)).toEqual([32897, 32897, 32898]);
  });

  it('builds the SSP cluster with its nodes and pool, its LUs, and the LU mappings lsmap -all shows', () => {
    const dom = d.domain;
    expect(Object.values(dom.sspClusters).map((c) => [c.name, c.poolName, c.nodeIds.map((n) => name(d, n))])).toEqual([['ssp_clu1', 'ssp_pool1', ['vios1', 'vios2']]]);
    expect(Object.values(dom.sspLogicalUnits).map((u) => [u.name, u.sizeGB, u.provisioning])).toEqual([
      ['aixdb01_rootvg', 100, 'thin'], ['golden_aix73', 100, 'thin'], ['lnxapp01_rootvg', 100, 'thin'],
    ]);
    const mapped = Object.values(dom.vtds).filter((v) => v.backingDeviceId && dom.backingDevices[v.backingDeviceId]!.kind === 'ssp-lu').map((v) => {
      const bd = dom.backingDevices[v.backingDeviceId!]!;
      return `${name(d, bd.partitionId)}:${dom.vscsiAdapters[v.serverAdapterId]!.deviceName}:${v.name} -> ${dom.sspLogicalUnits[bd.logicalUnitId!]!.name}`;
    });
    expect(mapped).toEqual(['vios1:vhost5:vtscsi5 -> aixdb01_rootvg', 'vios1:vhost6:vtscsi6 -> lnxapp01_rootvg']);
    expect(report.warnings.some((w) => w.startsWith('Assumed: thin or thick provisioning of 3 logical unit(s)'))).toBe(true);
  });

  it('gives the same design whatever the order of the files', () => {
    const reversed = importTexts([...fixtureInputs(), ...modernFixtureInputs()].reverse()).design;
    expect(vnicsOf(reversed)).toEqual(vnicsOf(d));
    expect(Object.values(reversed.domain.sspLogicalUnits).map((u) => u.name)).toEqual(Object.values(d.domain.sspLogicalUnits).map((u) => u.name));
  });

  it('lsmap -all -vnic alone: the vNIC and its logical port, the rest assumed and said so', () => {
    const r = importTexts([{ name: 'vnic.txt', text: modernFixture('lsmap-vnic-vios1.txt') }]);
    valid(r.design);
    expect(vnicsOf(r.design)).toEqual(['aixdb01 slot 5 ent2 auto=true: vios-1:ent8@1/0 prio 50 vnicserver0', 'lpar-4 slot 6 ent0 auto=true: vios-1:ent9@1/1 prio 50 vnicserver1']);
    const w = r.report.warnings.join('\n');
    expect(w).toMatch(/SR-IOV adapter at U78D3\.ND1\.WZS00AB-P1-C7: its adapter id is not in these outputs .*assumed 1/);
    expect(w).toMatch(/Assumed: the failover priority of 2 vNIC backing device\(s\)/);
    expect(w).toMatch(/Assumed: the capacity of 2 SR-IOV logical port\(s\)/);
  });

  it('lshwres vnic (logical-port ids) with lsmap -all -vnic of both VIOS (locations), without the logport listing: one logical port each, linked', () => {
    const names = ['lshwres-vnic.txt', 'lsmap-vnic-vios1.txt', 'lsmap-vnic-fmt-vios2.txt'];
    const r = importTexts(names.map((n) => ({ name: n, text: modernFixture(n) })));
    valid(r.design);
    expect(vnicsOf(r.design)).toEqual([
      'aixdb01 slot 5 ent2 auto=true: vios1:ent8@1/0 prio 10 vnicserver0, vios2:ent8@2/0 prio 20 vnicserver0',
      'lnxapp01 slot 6 ent0 auto=false: vios1:ent9@1/1 prio 50 vnicserver1',
    ]);
    expect(Object.values(r.design.domain.sriovAdapters).map((a) => [a.adapterId, a.location])).toEqual([[1, 'U78D3.ND1.WZS00AB-P1-C7'], [2, 'U78D3.ND1.WZS00AB-P1-C8']]);
    expect(Object.keys(r.design.domain.sriovLogicalPorts)).toHaveLength(3);
    expect(r.report.warnings.join('\n')).not.toMatch(/device names of .* SR-IOV logical port/);
  });

  it('lu -list alone: a cluster named after its pool, said so', () => {
    const r = importTexts([{ name: 'lu.txt', text: modernFixture('lu-list.txt') }]);
    expect(Object.values(r.design.domain.sspClusters).map((c) => [c.name, c.poolName])).toEqual([['ssp_pool1', 'ssp_pool1']]);
    expect(r.report.warnings).toContain('Pool ssp_pool1 is listed, but no output names its cluster (import cluster -status); imported as a cluster named ssp_pool1');
  });
});

describe('pasted, wrapped, truncated and hostile variants', () => {
  it('a logport listing and lsmap -all -vnic pasted together are read as two outputs', () => {
    const text = `${modernFixture('lshwres-sriov-logport.txt')}\n${modernFixture('lsmap-vnic-vios1.txt')}`;
    const src = readSource({ name: 'paste', text });
    expect(src.kind).toBe('several');
    expect(src.partKinds!.map((p) => p.kind)).toEqual(['lshwres-sriov-logport', 'lsmap-vnic']);
    expect(src.unparsed).toEqual([]);
    // The shared lsmap header goes with the vNIC listing, after lsmap -all -npiv as well.
    const npiv = readSource({ name: 'p2', text: `${fixtureInputs(['lsmap-npiv-vios1.txt'])[0]!.text}\n${modernFixture('lsmap-vnic-vios1.txt')}` });
    expect(npiv.partKinds!.map((p) => p.kind)).toEqual(['lsmap-npiv', 'lsmap-vnic']);
    expect(npiv.unparsed).toEqual([]);
    const ssp = readSource({ name: 'p3', text: `${modernFixture('lssp-clustername.txt')}\n${modernFixture('lu-list.txt')}\n${modernFixture('cluster-status.txt')}` });
    expect(ssp.partKinds!.map((p) => p.kind)).toEqual(['lssp', 'lu-list', 'cluster-status']);
    expect(ssp.unparsed).toEqual([]);
  });

  const cases: [string, string, (t: string) => { facts: unknown; unparsed: unknown[] }][] = [
    ['lshwres logport', modernFixture('lshwres-sriov-logport.txt'), (t) => parseLshwresSriov(t, 'logport')],
    ['lshwres physport', modernFixture('lshwres-sriov-physport.txt'), (t) => parseLshwresSriov(t, 'physport')],
    ['lshwres vnic', modernFixture('lshwres-vnic.txt'), parseLshwresVnic],
    ['lsmap -vnic -fmt', modernFixture('lsmap-vnic-fmt-vios2.txt'), parseLsmapVnic],
  ];
  for (const [what, text, parse] of cases) {
    it(`${what}, wrapped at 80 columns by a terminal (and at words by mail), reads the same facts`, () => {
      for (const wrap of [hardWrap, mailWrap]) {
        const wrapped = wrap(text);
        const again = parse(wrapped);
        expect(again.unparsed, wrap.name).toEqual([]);
        expect(withoutLines(again.facts)).toEqual(withoutLines(parse(text).facts));
      }
      expect(hardWrap(text).split('\n').length).toBeGreaterThan(text.split('\n').length);
    });
  }

  it('a -F header wrapped by a terminal is joined again', () => {
    const header = 'config_id,lpar_name,lpar_id,lpar_state,adapter_id,logical_port_id,logical_port_type,phys_port_id,functional_state,capacity,max_capacity';
    const text = `${header}\n16384,vios1,1,Running,1,27004003,eth,0,1,20.0,100.0\n`;
    const r = parseLshwresSriov(hardWrap(text), 'logport');
    expect(r.unparsed).toEqual([]);
    expect(r.facts.rsubtype === 'logport' && r.facts.logicalPorts.map((l) => l.logicalPortId)).toEqual(['27004003']);
  });

  it('a truncated output: what is complete is read, the cut line is reported with where and why', () => {
    const full = modernFixture('lshwres-vnic.txt');
    const cut = full.slice(0, full.indexOf('sriov/vios2/2/2/0/2700') + 18);
    const r = importTexts([{ name: 'cut.txt', text: cut }]);
    valid(r.design);
    expect(r.report.files[0]!.unparsed).toHaveLength(1);
    expect(r.report.files[0]!.unparsed[0]!.reason).toMatch(/double quote is left open|backing device 2/);
    const lsmap = modernFixture('lsmap-vnic-vios1.txt');
    const r2 = importTexts([{ name: 'cut2.txt', text: lsmap.slice(0, lsmap.indexOf('Client device physloc:U9080.HEX.78ABCDE-V3')) }]);
    valid(r2.design);
    expect(r2.report.warnings.some((w) => /cut2\.txt:3: vnicserver0 .* has no client slot/.test(w))).toBe(true);
  });

  it('never lets prototype keys, absurd numbers or binary garbage into the design', () => {
    const files = [
      '__proto__=1,lpar_name=vios1,lpar_id=1,adapter_id=1,logical_port_id=27004003,phys_port_id=0',
      'lpar_name=constructor,lpar_id=99999999999,adapter_id=1,logical_port_id=27004003,logical_port_type=eth,phys_port_id=0',
      'lpar_name=vios1,lpar_id=1,adapter_id=999,logical_port_id=27004003,logical_port_type=eth,phys_port_id=0,capacity=NaN',
      'vnicserver0:U9080.HEX.78ABCDE-V1-C99999999:3:x:AIX:ent8:Available:U78D3.ND1.WZS00AB-P1-C7-T1-S3:ent2:U9080.HEX.78ABCDE-V3-C5',
      '\u0000\u0001 Node Name: x',
      'LU_NAME SIZE(MB) UDID\nlu1 -5 aa\nlu2 1e309 bb',
      'Cluster Name State\nc OK\nNode Name MTM Partition Num State Pool State\nn1 9080-HEX0278ABCDE 0 OK OK\n',
    ];
    const r = importTexts(files.map((text, i) => ({ name: `hostile${i}.txt`, text })));
    valid(r.design);
    expect(({} as Record<string, unknown>).lpar_name).toBeUndefined();
    expect(Object.values(r.design.domain.sspLogicalUnits)).toEqual([]);
    expect(Object.values(r.design.domain.partitions).every((p) => p.lparId < 100000)).toBe(true);
    const unparsed = r.report.files.flatMap((f) => f.unparsed);
    expect(r.report.files.map((f) => f.unparsed.length)).toEqual([1, 0, 1, 0, 1, 2, 1]);
    expect(unparsed.find((u) => u.text.includes('capacity=NaN'))?.reason).toBe('capacity=NaN: not a percentage from 0 to 100');
    expect(r.report.warnings.some((w) => w.includes('constructor') && w.includes('left out'))).toBe(true);
    expect(Object.values(r.design.domain.vnicBackingDevices)).toEqual([]);
    expect(unparsed.find((u) => u.text.startsWith('n1'))?.reason).toBe('partition number 0 is not a partition id');
  });
});

describe('size', () => {
  it('2,000 LUs mapped through 4,000 vhosts and 2,000 vNICs import in seconds (no quadratic matching)', { timeout: 60_000 }, () => {
    const lus = ['POOL_NAME: big', 'LU_NAME SIZE(MB) UNUSED(MB) UDID', ...Array.from({ length: 2000 }, (_, i) => `lu${i} 10240 10000 ${i.toString(16).padStart(32, '0')}`)].join('\n');
    const lsmap = Array.from({ length: 4000 }, (_, i) => `vhost${i} U9080.HEX.78ABCDE-V${1 + (i % 2)}-C${100 + i} 0x${(3 + (i % 500)).toString(16).padStart(8, '0')}\n\nVTD vtscsi${i}\nLUN 0x8100000000000000\nBacking device lu${i % 2000}.${(i % 2000).toString(16).padStart(32, '0')}\n`).join('\n');
    const vnic = Array.from({ length: 2000 }, (_, i) => `lpar_name=c${i % 500},lpar_id=${3 + (i % 500)},slot_num=${10 + Math.floor(i / 500)},auto_priority_failover=1,backing_devices=sriov/vios1/1/1/${i % 4}/${(0x27004000 + i).toString(16)}/2.0/2.0/50/100.0/100.0`).join('\n');
    const t = Date.now();
    const r = importTexts([{ name: 'lu', text: lus }, { name: 'lsmap', text: `SVSA Physloc Client Partition ID\n${lsmap}` }, { name: 'vnic', text: vnic }]);
    expect(Date.now() - t).toBeLessThan(30_000);
    // Each LU is mapped twice on one node: one backing device per node and LU, one VTD per mapping.
    const bds = new Set(Object.values(r.design.domain.backingDevices).filter((b) => b.kind === 'ssp-lu').map((b) => b.id));
    expect(bds.size).toBe(2000);
    expect(Object.values(r.design.domain.vtds).filter((v) => v.backingDeviceId && bds.has(v.backingDeviceId))).toHaveLength(4000);
    expect(Object.keys(r.design.domain.vnicAdapters)).toHaveLength(2000);
  });
});

describe('the real outputs of ../shared/powervm/outputs', () => {
  const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/powervm/outputs');
  it('none is taken for one of the new kinds, and importing each still gives a whole design', (ctx) => {
    if (!existsSync(DIR)) ctx.skip('../shared/powervm/outputs is absent: the real outputs were not read');
    const modern = new Set(['lsmap-vnic', 'lshwres-sriov-adapter', 'lshwres-sriov-physport', 'lshwres-sriov-logport', 'lshwres-vnic', 'cluster-status', 'lssp', 'lu-list']);
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(path.join(DIR, f), 'utf8');
      expect(modern.has(detectKind(text)), f).toBe(false);
      const src = readSource({ name: f, text });
      for (const k of src.partKinds ?? []) expect(modern.has(k.kind), `${f}: ${k.command}`).toBe(false);
      valid(importTexts([{ name: f, text }]).design);
    }
  });
});
