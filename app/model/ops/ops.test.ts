import { describe, expect, it } from 'vitest';
import * as ops from './index.ts';
import { OpError } from '../errors.ts';
import { checkIntegrity } from '../references.ts';
import { DesignBuilder } from '../templates/build.ts';
import { buildDualViosTemplate } from '../templates/sample.ts';
import { partnerOf } from '../query.ts';

function frameWithPair() {
  const b = new DesignBuilder(ops.emptyDesign('t'));
  b.apply(ops.addSystem, { name: 'f1', generation: 'POWER9' });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys });
  const [v1, v2] = Object.keys(b.design.domain.partitions) as [string, string];
  b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
  const c1 = b.last('partitions');
  return { b, sys, v1, v2, c1 };
}

describe('partitions', () => {
  it('allocates partition ids and unique names per frame', () => {
    const { b, sys } = frameWithPair();
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
    const ps = Object.values(b.design.domain.partitions);
    expect(ps.map((p) => p.lparId)).toEqual([1, 2, 3, 4]);
    expect(ps.map((p) => p.name)).toEqual(['vios1', 'vios2', 'aix01', 'aix02']);
  });
  it('refuses a partition outside a frame', () => {
    expect(() => ops.addPartition(ops.emptyDesign(), { systemId: 'nope', kind: 'aix' })).toThrow(/inside a frame/);
  });
  it('refuses out-of-range values and keeps the design', () => {
    const { b, c1 } = frameWithPair();
    const before = b.design;
    expect(() => ops.updatePartition(before, { id: c1, patch: { processor: { ...before.domain.partitions[c1]!.processor, weight: 300 } } })).toThrow(OpError);
    expect(b.design).toBe(before);
  });
  it('removing a partition removes its adapters and clears its partners', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    const d = ops.removeElements(b.design, { ids: [c1] });
    expect(Object.values(d.domain.vscsiAdapters).filter((a) => a.partitionId === c1)).toHaveLength(0);
    const server = Object.values(d.domain.vscsiAdapters).find((a) => a.partitionId === v1)!;
    expect(server.remotePartitionId).toBeNull();
    expect(server.remoteSlot).toBeNull();
    expect(checkIntegrity(d)).toEqual([]);
  });
  it('removing an element drops the scenario steps, suppressions and layout that name it, so the design stays whole', () => {
    const { b, v1, c1 } = frameWithPair();
    const withRefs = { ...b.design,
      scenarios: { 'sc-1': { id: 'sc-1', name: 'VIOS down', description: '', events: [{ at: 0, action: 'fail' as const, targetId: c1 }, { at: 5, action: 'fail' as const, targetId: v1 }] } },
      suppressions: [{ ruleId: 'PAIR-1', elementIds: [c1], reason: 'known' }] };
    const d = ops.removeElements(withRefs, { ids: [c1] });
    expect(d.scenarios['sc-1']!.events).toEqual([{ at: 5, action: 'fail', targetId: v1 }]);
    expect(d.suppressions).toEqual([]);
    expect(d.layout.nodes[c1]).toBeUndefined();
    expect(checkIntegrity(d)).toEqual([]);
  });
  it('refuses to lower max virtual slots under a used slot', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, serverSlot: 40, clientSlot: 30 });
    expect(() => ops.updatePartition(b.design, { id: c1, patch: { maxVirtualSlots: 30 } })).toThrow(/SLOT|highest slot/);
  });
});

describe('virtual SCSI', () => {
  it('creates both ends pointing at each other with PowerVM names', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    const [s, c] = Object.values(b.design.domain.vscsiAdapters);
    expect(s).toMatchObject({ role: 'server', partitionId: v1, deviceName: 'vhost0', remotePartitionId: c1 });
    expect(c).toMatchObject({ role: 'client', partitionId: c1, deviceName: 'vscsi0', remotePartitionId: v1 });
    expect(s!.remoteSlot).toBe(c!.slot);
    expect(c!.remoteSlot).toBe(s!.slot);
    expect(partnerOf(b.design.domain.vscsiAdapters, s!)).toBe(c);
  });
  it('same-slot preset uses one slot on both sides when both have room', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, preset: 'same-slot' });
    const [s, c] = Object.values(b.design.domain.vscsiAdapters);
    expect(s!.slot).toBe(11);
    expect(c!.slot).toBe(11);
  });
  it('next-free starts at 11 on a VIOS and 2 on a client', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, preset: 'next-free' });
    const [s, c] = Object.values(b.design.domain.vscsiAdapters);
    expect([s!.slot, c!.slot]).toEqual([11, 2]);
  });
  it('refuses a server adapter in a client partition (PAIR-3)', () => {
    const { b, sys, c1 } = frameWithPair();
    b.apply(ops.addPartition, { systemId: sys, kind: 'linux' });
    const c2 = b.last('partitions');
    const r = ops.tryOp(b.design, ops.connectVirtualScsi, { serverPartitionId: c2, clientPartitionId: c1 });
    expect(r).toMatchObject({ ok: false, ruleId: 'PAIR-3' });
  });
  it('refuses a second client on one vhost (PAIR-2)', () => {
    const { b, sys, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
    const c2 = b.last('partitions');
    const vhost = Object.values(b.design.domain.vscsiAdapters).find((a) => a.role === 'server')!;
    const r = ops.tryOp(b.design, ops.attachVirtualScsiClient, { serverAdapterId: vhost.id, clientPartitionId: c2 });
    expect(r).toMatchObject({ ok: false, ruleId: 'PAIR-2' });
  });
  it('attaches a client to a free any/any vhost', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    const client = Object.values(b.design.domain.vscsiAdapters).find((a) => a.role === 'client')!;
    let d = ops.removeElements(b.design, { ids: [c1] });
    d = ops.addPartition(d, { systemId: client.partitionId === c1 ? Object.keys(d.domain.systems)[0]! : '', kind: 'aix', id: 'lpar-9' });
    const vhost = Object.values(d.domain.vscsiAdapters).find((a) => a.role === 'server')!;
    d = ops.attachVirtualScsiClient(d, { serverAdapterId: vhost.id, clientPartitionId: 'lpar-9' });
    const newClient = Object.values(d.domain.vscsiAdapters).find((a) => a.role === 'client')!;
    expect(partnerOf(d.domain.vscsiAdapters, newClient)?.id).toBe(vhost.id);
  });
  it('refuses a used or out-of-range slot (SLOT-1)', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, serverSlot: 20, clientSlot: 5 });
    expect(ops.tryOp(b.design, ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, serverSlot: 20, clientSlot: 6 })).toMatchObject({ ok: false, ruleId: 'SLOT-1' });
    expect(ops.tryOp(b.design, ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, serverSlot: 21, clientSlot: 64 })).toMatchObject({ ok: false, ruleId: 'SLOT-1' });
    expect(ops.tryOp(b.design, ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1, serverSlot: 1, clientSlot: 7 })).toMatchObject({ ok: false, ruleId: 'SLOT-1' });
  });
  it('moving a slot keeps the partner in step', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    const s = Object.values(b.design.domain.vscsiAdapters).find((a) => a.role === 'server')!;
    const d = ops.setVirtualScsiSlot(b.design, { adapterId: s.id, slot: 55 });
    const c = Object.values(d.domain.vscsiAdapters).find((a) => a.role === 'client')!;
    expect(c.remoteSlot).toBe(55);
  });
  it('maps backing devices to VTDs with LUN numbers in order, and removing the vhost removes its VTDs', () => {
    const { b, v1, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    const vhost = Object.values(b.design.domain.vscsiAdapters).find((a) => a.role === 'server')!;
    b.apply(ops.addBackingDevice, { partitionId: v1, kind: 'physical-volume' });
    b.apply(ops.addBackingDevice, { partitionId: v1, kind: 'logical-volume' });
    for (const bd of Object.values(b.design.domain.backingDevices)) b.apply(ops.mapBackingDevice, { serverAdapterId: vhost.id, backingDeviceId: bd.id });
    const vtds = Object.values(b.design.domain.vtds);
    expect(vtds.map((v) => [v.name, v.lun])).toEqual([['vtscsi0', 1], ['vtscsi1', 2]]);
    expect(() => ops.mapBackingDevice(b.design, { serverAdapterId: vhost.id, backingDeviceId: vtds[0]!.backingDeviceId })).toThrow(/already mapped/);
    const d = ops.removeElements(b.design, { ids: [vhost.id] });
    expect(Object.keys(d.domain.vtds)).toHaveLength(0);
    expect(Object.keys(d.domain.vscsiAdapters)).toHaveLength(0);
    expect(checkIntegrity(d)).toEqual([]);
  });
  it('refuses a backing device of another VIOS', () => {
    const { b, v1, v2, c1 } = frameWithPair();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    b.apply(ops.addBackingDevice, { partitionId: v2, kind: 'physical-volume' });
    const vhost = Object.values(b.design.domain.vscsiAdapters).find((a) => a.role === 'server')!;
    expect(() => ops.mapBackingDevice(b.design, { serverAdapterId: vhost.id, backingDeviceId: b.last('backingDevices') })).toThrow(/own VIOS/);
  });
});

describe('virtual Fibre Channel', () => {
  it('creates vfchost/fcs with unique WWPN pairs and maps to an FC port of the same VIOS', () => {
    const { b, v1, v2, c1 } = frameWithPair();
    const fcs = Object.values(b.design.domain.physicalPorts).find((p) => p.partitionId === v1 && p.kind === 'fc')!;
    b.apply(ops.connectVirtualFc, { serverPartitionId: v1, clientPartitionId: c1, physicalPortId: fcs.id });
    b.apply(ops.connectVirtualFc, { serverPartitionId: v2, clientPartitionId: c1 });
    const all = Object.values(b.design.domain.vfcAdapters);
    expect(all.map((a) => a.deviceName)).toEqual(['vfchost0', 'fcs0', 'vfchost0', 'fcs1']);
    const wwpns = all.flatMap((a) => a.wwpns ?? []);
    expect(new Set(wwpns).size).toBe(4);
    expect(wwpns.every((w) => /^c05076[0-9a-f]{10}$/.test(w))).toBe(true);
    expect(all[0]!.physicalPortId).toBe(fcs.id);
    const other = Object.values(b.design.domain.physicalPorts).find((p) => p.partitionId === v2 && p.kind === 'fc')!;
    expect(ops.tryOp(b.design, ops.mapVirtualFc, { serverAdapterId: all[0]!.id, physicalPortId: other.id })).toMatchObject({ ok: false, ruleId: 'NPIV-4' });
  });
  it('refuses a vFC server in a client partition and NPIV on POWER5', () => {
    const { b, c1, sys } = frameWithPair();
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
    expect(ops.tryOp(b.design, ops.connectVirtualFc, { serverPartitionId: c1, clientPartitionId: b.last('partitions') })).toMatchObject({ ok: false, ruleId: 'PAIR-3' });
    const p5 = ops.updateSystem(b.design, { id: sys, patch: { generation: 'POWER5' } });
    const [v1] = Object.keys(p5.domain.partitions);
    expect(ops.tryOp(p5, ops.connectVirtualFc, { serverPartitionId: v1!, clientPartitionId: c1 })).toMatchObject({ ok: false, ruleId: 'NPIV-1' });
  });
});

describe('network', () => {
  it('creates an SEA failover pair with trunk priorities 1 and 2 and control channels', () => {
    const d = buildDualViosTemplate();
    const seas = Object.values(d.domain.seas);
    expect(seas).toHaveLength(2);
    const prios = seas.map((s) => d.domain.vethAdapters[s.defaultAdapterId!]!.trunkPriority);
    expect(prios).toEqual([1, 2]);
    for (const s of seas) {
      expect(s.haMode).toBe('auto');
      expect(d.domain.vethAdapters[s.controlChannelId!]).toMatchObject({ trunk: false, pvid: 99 });
      expect(s.defaultPvid).toBe(10);
    }
  });
  it('checks VLAN ranges, 802.1Q and trunk priorities', () => {
    const { b, sys, c1 } = frameWithPair();
    expect(ops.tryOp(b.design, ops.addVlan, { systemId: sys, vlanId: 4095 })).toMatchObject({ ok: false, ruleId: 'VLAN-1' });
    expect(ops.tryOp(b.design, ops.addVlan, { systemId: sys, vlanId: 0 })).toMatchObject({ ok: false, ruleId: 'VLAN-1' });
    b.apply(ops.addVirtualEthernet, { partitionId: c1, pvid: 10 });
    const id = b.last('vethAdapters');
    expect(ops.tryOp(b.design, ops.updateVirtualEthernet, { id, patch: { additionalVlans: [20] } })).toMatchObject({ ok: false, ruleId: 'VLAN-2' });
    expect(ops.tryOp(b.design, ops.updateVirtualEthernet, { id, patch: { additionalVlans: Array.from({ length: 21 }, (_, i) => i + 100), ieee8021q: true } })).toMatchObject({ ok: false, ruleId: 'VLAN-2' });
    expect(ops.tryOp(b.design, ops.updateVirtualEthernet, { id, patch: { trunk: true } })).toMatchObject({ ok: false, ruleId: 'SEA-1' });
  });
  it('joins a partition to a VLAN with a new adapter on that PVID', () => {
    const { b, sys, c1 } = frameWithPair();
    b.apply(ops.addVlan, { systemId: sys, vlanId: 42 });
    b.apply(ops.connectPartitionToVlan, { partitionId: c1, vlanId: b.last('vlans') });
    expect(b.find('vethAdapters', (a) => a.partitionId === c1)).toMatchObject({ pvid: 42, deviceName: 'ent0', slot: 2 });
  });
  it('refuses an SEA in a client and a real adapter of another VIOS', () => {
    const { b, c1, v1, v2 } = frameWithPair();
    expect(ops.tryOp(b.design, ops.createSharedEthernet, { partitionId: c1, realAdapter: null, pvid: 1 })).toMatchObject({ ok: false, ruleId: 'SEA-1' });
    const ent = b.find('physicalPorts', (p) => p.partitionId === v2 && p.kind === 'ethernet');
    expect(ops.tryOp(b.design, ops.createSharedEthernet, { partitionId: v1, realAdapter: { kind: 'physical-port', id: ent.id }, pvid: 1 })).toMatchObject({ ok: false, ruleId: 'SEA-2' });
  });
  it('removing a trunk adapter takes it out of its SEA', () => {
    const d = buildDualViosTemplate();
    const sea = Object.values(d.domain.seas)[0]!;
    const d2 = ops.removeElements(d, { ids: [sea.defaultAdapterId!] });
    expect(d2.domain.seas[sea.id]).toMatchObject({ trunkAdapterIds: [], defaultAdapterId: null });
    expect(checkIntegrity(d2)).toEqual([]);
  });
});

describe('HEA', () => {
  it('refuses an HEA on a POWER8 frame and an HEA port on a frame without HEA', () => {
    const d = ops.emptyDesign();
    expect(ops.tryOp(d, ops.addSystem, { generation: 'POWER8', hea: { type: '2x10G', portGroups: [{ index: 0, mcs: 4 }, { index: 1, mcs: 4 }] } })).toMatchObject({ ok: false, ruleId: 'HEA-1' });
    const d2 = ops.addSystem(d, { generation: 'POWER8' });
    expect(ops.tryOp(d2, ops.addHeaPort, { systemId: 'sys-1' })).toMatchObject({ ok: false, ruleId: 'HEA-1' });
  });
  it('gives one logical port per physical port to a partition (HEA-5)', () => {
    let d = ops.addSystem(ops.emptyDesign(), { generation: 'POWER6', hea: { type: '2x1G', portGroups: [{ index: 0, mcs: 4 }] } });
    d = ops.addHeaPort(d, { systemId: 'sys-1' });
    d = ops.addPartition(d, { systemId: 'sys-1', kind: 'aix' });
    d = ops.assignHeaLogicalPort(d, { heaPortId: 'hea-1', partitionId: 'lpar-1' });
    expect(d.domain.heaLogicalPorts['lhea-1']).toMatchObject({ deviceName: 'ent0' });
    expect(ops.tryOp(d, ops.assignHeaLogicalPort, { heaPortId: 'hea-1', partitionId: 'lpar-1' })).toMatchObject({ ok: false, ruleId: 'HEA-5' });
  });
});

describe('external and removal', () => {
  it('removing a fabric unplugs ports and withdraws LUNs; removing an array removes its LUNs and their hdisk links', () => {
    const d = buildDualViosTemplate();
    const fab = Object.keys(d.domain.sanFabrics)[0]!;
    const d2 = ops.removeElements(d, { ids: [fab] });
    expect(Object.values(d2.domain.physicalPorts).some((p) => p.cabledToId === fab)).toBe(false);
    expect(Object.values(d2.domain.luns).some((l) => l.fabricIds.includes(fab))).toBe(false);
    const arr = Object.keys(d.domain.storageArrays)[0]!;
    const d3 = ops.removeElements(d, { ids: [arr] });
    expect(Object.keys(d3.domain.luns)).toHaveLength(0);
    expect(Object.values(d3.domain.backingDevices).every((b) => b.lunId === null)).toBe(true);
    expect(checkIntegrity(d3)).toEqual([]);
  });
  it('removing a frame removes everything inside it and its layout', () => {
    const d = buildDualViosTemplate();
    const d2 = ops.removeElements(d, { ids: [Object.keys(d.domain.systems)[0]!] });
    for (const c of ['partitions', 'vscsiAdapters', 'vfcAdapters', 'vethAdapters', 'vtds', 'seas', 'physicalPorts', 'vlans', 'backingDevices'] as const) {
      expect(Object.keys(d2.domain[c])).toHaveLength(0);
    }
    expect(Object.keys(d2.layout.nodes).every((id) => id in d2.domain.sanFabrics || id in d2.domain.storageArrays || id in d2.domain.luns || id in d2.domain.ethernetSwitches)).toBe(true);
    expect(checkIntegrity(d2)).toEqual([]);
  });
  it('removalImpact lists what goes with a delete without changing the design', () => {
    const d = buildDualViosTemplate();
    const vios = Object.values(d.domain.partitions).find((p) => p.kind === 'vios')!;
    const impact = ops.removalImpact(d, [vios.id]);
    expect(impact).toContain(vios.id);
    expect(impact.length).toBeGreaterThan(10);
    expect(d.domain.partitions[vios.id]).toBeDefined();
  });
  it('cables FC ports only to fabrics and Ethernet ports only to switches', () => {
    const d = buildDualViosTemplate();
    const fc = Object.values(d.domain.physicalPorts).find((p) => p.kind === 'fc')!;
    const sw = Object.keys(d.domain.ethernetSwitches)[0]!;
    expect(() => ops.cablePort(d, { portId: fc.id, toId: sw })).toThrow(/SAN fabric/);
  });
});

describe('layout', () => {
  it('moves nodes and refuses unknown ids and non-finite positions', () => {
    const d = buildDualViosTemplate();
    const id = Object.keys(d.domain.partitions)[0]!;
    expect(ops.setLayout(d, { nodes: { [id]: { x: 5, y: 6 } } }).layout.nodes[id]).toMatchObject({ x: 5, y: 6 });
    expect(() => ops.setLayout(d, { nodes: { nope: { x: 1, y: 1 } } })).toThrow();
    expect(() => ops.setLayout(d, { nodes: { [id]: { x: Number.NaN, y: 1 } } })).toThrow();
  });
});

describe('suppressions', () => {
  it('adds one with its reason, refuses an empty reason or a duplicate, and removes it', () => {
    const d = ops.addSuppression(ops.emptyDesign(), { ruleId: 'RED-1', elementIds: ['b', 'a'], reason: 'test LPAR' });
    expect(d.suppressions).toEqual([{ ruleId: 'RED-1', elementIds: ['a', 'b'], reason: 'test LPAR' }]);
    expect(() => ops.addSuppression(d, { ruleId: 'RED-1', elementIds: ['a', 'b'], reason: 'x' })).toThrow(/already/);
    expect(() => ops.addSuppression(d, { ruleId: 'X', elementIds: [], reason: ' ' })).toThrow(/why/);
    expect(ops.removeSuppression(d, { ruleId: 'RED-1', elementIds: ['a', 'b'] }).suppressions).toEqual([]);
  });
});
