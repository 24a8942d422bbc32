import { describe, expect, it } from 'vitest';
import * as ops from './index.ts';
import { DesignBuilder } from '../templates/build.ts';
import { checkIntegrity } from '../references.ts';
import { tryOp } from './op.ts';

function pairWithVlan() {
  const b = new DesignBuilder(ops.emptyDesign('t'));
  b.apply(ops.addSystem, { name: 'f1' });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys });
  const [v1, v2] = Object.keys(b.design.domain.partitions) as [string, string];
  b.apply(ops.addVlan, { systemId: sys, vlanId: 10 });
  const vlan = b.last('vlans');
  const ent = (v: string) => b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'ethernet').id;
  return { b, sys, v1, v2, vlan, ent };
}

describe('bridgeVlan', () => {
  it('first SEA bridges alone; the second VIOS forms an SEA failover pair with control channels', () => {
    const { b, v1, v2, vlan, ent } = pairWithVlan();
    b.apply(ops.bridgeVlan, { partitionId: v1, realAdapter: { kind: 'physical-port', id: ent(v1) }, vlanId: vlan });
    let seas = Object.values(b.design.domain.seas);
    expect(seas).toHaveLength(1);
    expect(seas[0]!.haMode).toBe('disabled');
    b.apply(ops.bridgeVlan, { partitionId: v2, realAdapter: { kind: 'physical-port', id: ent(v2) }, vlanId: vlan });
    seas = Object.values(b.design.domain.seas);
    expect(seas.map((s) => s.haMode)).toEqual(['auto', 'auto']);
    const veth = b.design.domain.vethAdapters;
    expect(seas.map((s) => veth[s.defaultAdapterId!]!.trunkPriority)).toEqual([1, 2]);
    expect(seas.map((s) => veth[s.defaultAdapterId!]!.pvid)).toEqual([10, 10]);
    const cc = seas.map((s) => veth[s.controlChannelId!]!.pvid);
    expect(cc[0]).toBe(cc[1]);
    expect(cc[0]).not.toBe(10);
    expect(checkIntegrity(b.design)).toEqual([]);
  });
  it('refuses a non-VIOS, a second SEA on the same VIOS and a third bridge', () => {
    const { b, sys, v1, v2, vlan, ent } = pairWithVlan();
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
    const c = b.last('partitions');
    b.apply(ops.addPhysicalPort, { systemId: sys, partitionId: c, kind: 'ethernet' });
    const r = tryOp(b.design, ops.bridgeVlan, { partitionId: c, realAdapter: { kind: 'physical-port', id: b.last('physicalPorts') }, vlanId: vlan });
    expect(r).toMatchObject({ ok: false, ruleId: 'SEA-1' });
    b.apply(ops.bridgeVlan, { partitionId: v1, realAdapter: { kind: 'physical-port', id: ent(v1) }, vlanId: vlan });
    b.apply(ops.addPhysicalPort, { systemId: sys, partitionId: v1, kind: 'ethernet' });
    expect(tryOp(b.design, ops.bridgeVlan, { partitionId: v1, realAdapter: { kind: 'physical-port', id: b.last('physicalPorts') }, vlanId: vlan })).toMatchObject({ ok: false, ruleId: 'SEAHA-1' });
    b.apply(ops.bridgeVlan, { partitionId: v2, realAdapter: { kind: 'physical-port', id: ent(v2) }, vlanId: vlan });
    b.apply(ops.addPartition, { systemId: sys, kind: 'vios' });
    const v3 = b.last('partitions');
    b.apply(ops.addPhysicalPort, { systemId: sys, partitionId: v3, kind: 'ethernet' });
    expect(tryOp(b.design, ops.bridgeVlan, { partitionId: v3, realAdapter: { kind: 'physical-port', id: b.last('physicalPorts') }, vlanId: vlan })).toMatchObject({ ok: false, ruleId: 'SEAHA-1' });
  });
});

describe('update operations of external elements', () => {
  it('renames uniquely and checks values', () => {
    const b = new DesignBuilder(ops.emptyDesign('t'));
    b.apply(ops.addSanFabric, { name: 'fabric-A' }).apply(ops.addSanFabric, { name: 'fabric-B' });
    const f = b.last('sanFabrics');
    expect(tryOp(b.design, ops.updateSanFabric, { id: f, patch: { name: 'fabric-A' } }).ok).toBe(false);
    b.apply(ops.updateSanFabric, { id: f, patch: { npivSupport: false } });
    expect(b.design.domain.sanFabrics[f]!.npivSupport).toBe(false);
    b.apply(ops.addEthernetSwitch, {});
    const sw = b.last('ethernetSwitches');
    expect(tryOp(b.design, ops.updateEthernetSwitch, { id: sw, patch: { vlans: [10, 4095] } })).toMatchObject({ ok: false, ruleId: 'VLAN-1' });
    b.apply(ops.addStorageArray, {}).apply(ops.addLun, { arrayId: b.last('storageArrays') });
    expect(tryOp(b.design, ops.updateLun, { id: b.last('luns'), patch: { sizeGB: 0 } }).ok).toBe(false);
  });
  it('refuses a WWPN already used', () => {
    const b = new DesignBuilder(ops.emptyDesign('t'));
    b.apply(ops.addSystem, {});
    const sys = b.last('systems');
    b.design = ops.addViosPair(b.design, { systemId: sys });
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
    const c = b.last('partitions');
    const [v1, v2] = Object.keys(b.design.domain.partitions) as [string, string];
    b.apply(ops.connectVirtualFc, { serverPartitionId: v1, clientPartitionId: c });
    b.apply(ops.connectVirtualFc, { serverPartitionId: v2, clientPartitionId: c });
    const [a1, a2] = Object.values(b.design.domain.vfcAdapters).filter((a) => a.role === 'client');
    expect(tryOp(b.design, ops.updateVirtualFcAdapter, { adapterId: a2!.id, patch: { wwpns: a1!.wwpns! } })).toMatchObject({ ok: false, ruleId: 'NPIV-11' });
  });
});
