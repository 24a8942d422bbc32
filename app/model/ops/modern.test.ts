import { describe, expect, it } from 'vitest';
import * as ops from './index.ts';
import { OpError } from '../errors.ts';
import { checkIntegrity } from '../references.ts';
import { DesignBuilder } from '../templates/build.ts';
import { openDesign, saveDesign } from '../design-file.ts';
import type { Design } from '../schema/index.ts';

/** A POWER9 frame with a VIOS pair (v1, v2), an AIX client c1, one switch and two SAN LUNs on one fabric. */
function frame(generation: 'POWER9' | 'POWER7' = 'POWER9') {
  const b = new DesignBuilder(ops.emptyDesign('t'));
  b.apply(ops.addSystem, { name: 'f1', generation });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys });
  const [v1, v2] = Object.keys(b.design.domain.partitions) as [string, string];
  b.apply(ops.addPartition, { systemId: sys, kind: 'aix' });
  const c1 = b.last('partitions');
  b.apply(ops.addEthernetSwitch, { name: 'sw1' });
  return { b, sys, v1, v2, c1, sw: b.last('ethernetSwitches') };
}

const code = (fn: () => unknown): string | undefined => {
  try { fn(); } catch (e) { if (e instanceof OpError) return e.ruleId ?? e.message; throw e; }
  return 'no error';
};
const whole = (d: Design) => {
  expect(checkIntegrity(d)).toEqual([]);
  const r = openDesign(saveDesign(d));
  if (!r.ok) throw new Error(r.errors.join('\n'));
};

describe('SR-IOV adapters and ports', () => {
  it('adds a shared adapter with its physical ports, numbered per frame', () => {
    const { b, sys } = frame();
    b.apply(ops.addSriovAdapter, { systemId: sys, ports: 2, portMaxLogicalPorts: 20 });
    b.apply(ops.addSriovAdapter, { systemId: sys, ports: 4 });
    const adapters = Object.values(b.design.domain.sriovAdapters);
    expect(adapters.map((a) => [a.adapterId, a.mode])).toEqual([[1, 'shared'], [2, 'shared']]);
    const ports = Object.values(b.design.domain.sriovPhysicalPorts);
    expect(ports.filter((p) => p.adapterId === adapters[0]!.id).map((p) => [p.portIndex, p.maxLogicalPorts])).toEqual([[0, 20], [1, 20]]);
    expect(ports.filter((p) => p.adapterId === adapters[1]!.id)).toHaveLength(4);
    whole(b.design);
  });

  it('refuses SR-IOV on a POWER7 frame (SRIOV-11)', () => {
    const { b, sys } = frame('POWER7');
    expect(code(() => ops.addSriovAdapter(b.design, { systemId: sys }))).toBe('SRIOV-11');
  });

  it('updates a port: switch mode, cabling to a switch only, limits not below what is used', () => {
    const { b, sys, v1, sw } = frame();
    b.apply(ops.addSriovAdapter, { systemId: sys, ports: 1 });
    const port = b.last('sriovPhysicalPorts');
    b.apply(ops.updateSriovPhysicalPort, { id: port, patch: { switchMode: 'vepa', reflectiveRelay: true, cabledToId: sw } });
    expect(b.design.domain.sriovPhysicalPorts[port]).toMatchObject({ switchMode: 'vepa', reflectiveRelay: true, cabledToId: sw });
    expect(code(() => ops.updateSriovPhysicalPort(b.design, { id: port, patch: { cabledToId: v1 } }))).toMatch(/cabled to an Ethernet switch/);
    b.apply(ops.addSriovLogicalPort, { physicalPortId: port, partitionId: v1 });
    b.apply(ops.addSriovLogicalPort, { physicalPortId: port, partitionId: v1 });
    expect(code(() => ops.updateSriovPhysicalPort(b.design, { id: port, patch: { maxLogicalPorts: 1 } }))).toBe('SRIOV-2');
    expect(code(() => ops.updateSriovPhysicalPort(b.design, { id: port, patch: { capacityGranularity: 5 } }))).toBe('SRIOV-3');
  });

  it('switches an adapter to dedicated mode only without logical ports, and only then gives it an owner (SRIOV-1)', () => {
    const { b, sys, c1 } = frame();
    b.apply(ops.addSriovAdapter, { systemId: sys, ports: 1 });
    const a = b.last('sriovAdapters');
    const port = b.last('sriovPhysicalPorts');
    expect(code(() => ops.updateSriovAdapter(b.design, { id: a, patch: { ownerPartitionId: c1 } }))).toBe('SRIOV-1');
    const withPort = ops.addSriovLogicalPort(b.design, { physicalPortId: port, partitionId: c1 });
    expect(code(() => ops.updateSriovAdapter(withPort, { id: a, patch: { mode: 'dedicated', ownerPartitionId: c1 } }))).toBe('SRIOV-1');
    b.apply(ops.updateSriovAdapter, { id: a, patch: { mode: 'dedicated', ownerPartitionId: c1 } });
    expect(b.design.domain.sriovAdapters[a]).toMatchObject({ mode: 'dedicated', ownerPartitionId: c1 });
    expect(code(() => ops.addSriovLogicalPort(b.design, { physicalPortId: port, partitionId: c1 }))).toBe('SRIOV-1');
    // back to shared: the owner goes
    b.apply(ops.updateSriovAdapter, { id: a, patch: { mode: 'shared' } });
    expect(b.design.domain.sriovAdapters[a]!.ownerPartitionId).toBeNull();
  });
});

describe('SR-IOV logical ports', () => {
  function withPort() {
    const f = frame();
    f.b.apply(ops.addSriovAdapter, { systemId: f.sys, ports: 2, portMaxLogicalPorts: 3, maxLogicalPorts: 5 });
    const [p0, p1] = Object.keys(f.b.design.domain.sriovPhysicalPorts) as [string, string];
    return { ...f, p0, p1, adapter: f.b.last('sriovAdapters') };
  }

  it('gives a partition a logical port named entN with the port granularity as capacity', () => {
    const { b, c1, p0 } = withPort();
    b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: c1 });
    const lp = Object.values(b.design.domain.sriovLogicalPorts)[0]!;
    expect(lp).toMatchObject({ partitionId: c1, capacity: 2, maxCapacity: 100, promiscuous: false, migratable: false });
    expect(lp.deviceName).toMatch(/^ent\d+$/);
    whole(b.design);
  });

  it('refuses more logical ports than the physical port and the adapter allow (SRIOV-2)', () => {
    const { b, c1, p0, p1 } = withPort();
    for (let i = 0; i < 3; i++) b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: c1 });
    expect(code(() => ops.addSriovLogicalPort(b.design, { physicalPortId: p0, partitionId: c1 }))).toBe('SRIOV-2');
    for (let i = 0; i < 2; i++) b.apply(ops.addSriovLogicalPort, { physicalPortId: p1, partitionId: c1 });
    expect(code(() => ops.addSriovLogicalPort(b.design, { physicalPortId: p1, partitionId: c1 }))).toBe('SRIOV-2');
  });

  it('refuses a capacity off the granularity or a sum above 100 % (SRIOV-3)', () => {
    const { b, c1, v1, p0 } = withPort();
    expect(code(() => ops.addSriovLogicalPort(b.design, { physicalPortId: p0, partitionId: c1, capacity: 3 }))).toBe('SRIOV-3');
    b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: c1, capacity: 60 });
    expect(code(() => ops.addSriovLogicalPort(b.design, { physicalPortId: p0, partitionId: v1, capacity: 42 }))).toBe('SRIOV-3');
    b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: v1, capacity: 40 });
  });

  it('limits promiscuous ports when the limit is known, and keeps an SEA real adapter promiscuous (SRIOV-4)', () => {
    const { b, v1, v2, p0 } = withPort();
    b.apply(ops.updateSriovPhysicalPort, { id: p0, patch: { maxPromiscuousPorts: 1 } });
    b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: v1, promiscuous: true });
    expect(code(() => ops.addSriovLogicalPort(b.design, { physicalPortId: p0, partitionId: v2, promiscuous: true }))).toBe('SRIOV-4');
    const lp = b.last('sriovLogicalPorts');
    const sea = { id: 'sea-x', partitionId: v1, deviceName: 'ent20', realAdapter: { kind: 'sriov-logical-port' as const, id: lp }, trunkAdapterIds: [],
      defaultAdapterId: null, defaultPvid: null, haMode: 'disabled' as const, controlChannelId: null, thread: true };
    const d = { ...b.design, domain: { ...b.design.domain, seas: { 'sea-x': sea } } };
    expect(code(() => ops.updateSriovLogicalPort(d, { id: lp, patch: { promiscuous: false } }))).toBe('SRIOV-4');
    expect(code(() => ops.updateSriovLogicalPort(d, { id: lp, patch: { capacity: 10 } }))).toBe('no error');
  });

  it('makes a client port migratable with a backup device of the same partition (SRIOV-9), never a VIOS port', () => {
    const { b, c1, v1, v2, p0 } = withPort();
    b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: c1 });
    const lp = b.last('sriovLogicalPorts');
    b.apply(ops.addVirtualEthernet, { partitionId: c1, pvid: 10 });
    const veth = b.last('vethAdapters');
    b.apply(ops.updateSriovLogicalPort, { id: lp, patch: { migratable: true, backupDevice: { kind: 'veth', id: veth } } });
    expect(b.design.domain.sriovLogicalPorts[lp]).toMatchObject({ migratable: true, backupDevice: { kind: 'veth', id: veth } });
    b.apply(ops.addVirtualEthernet, { partitionId: v2, pvid: 10 });
    const viosVeth = b.last('vethAdapters');
    expect(code(() => ops.updateSriovLogicalPort(b.design, { id: lp, patch: { backupDevice: { kind: 'veth', id: viosVeth } } }))).toBe('SRIOV-9');
    b.apply(ops.addSriovLogicalPort, { physicalPortId: p0, partitionId: v1 });
    expect(code(() => ops.updateSriovLogicalPort(b.design, { id: b.last('sriovLogicalPorts'), patch: { migratable: true } }))).toBe('LPM-2');
    // removing the backup adapter clears the reference, the design stays whole
    const d = ops.removeElements(b.design, { ids: [veth] });
    expect(d.domain.sriovLogicalPorts[lp]!.backupDevice).toBeNull();
    whole(d);
  });
});

describe('vNIC', () => {
  function twoAdapters() {
    const f = frame();
    f.b.apply(ops.addSriovAdapter, { systemId: f.sys, ports: 2 });
    f.b.apply(ops.addSriovAdapter, { systemId: f.sys, ports: 2 });
    const ports = Object.keys(f.b.design.domain.sriovPhysicalPorts) as [string, string, string, string];
    return { ...f, ports };
  }

  it('a drag from a client to a VIOS and a physical port creates the logical port, the vNIC and its backing device', () => {
    const { b, c1, v1, ports } = twoAdapters();
    b.apply(ops.connectVnic, { clientPartitionId: c1, viosId: v1, physicalPortId: ports[0], capacity: 20 });
    const vnic = Object.values(b.design.domain.vnicAdapters)[0]!;
    const bd = Object.values(b.design.domain.vnicBackingDevices)[0]!;
    const lp = b.design.domain.sriovLogicalPorts[bd.logicalPortId]!;
    expect(vnic).toMatchObject({ partitionId: c1, autoPriorityFailover: true });
    expect(vnic.slot).toBeGreaterThanOrEqual(2);
    expect(lp).toMatchObject({ partitionId: v1, physicalPortId: ports[0], capacity: 20 });
    expect(bd).toMatchObject({ vnicId: vnic.id, failoverPriority: 50, serverDeviceName: 'vnicserver0' });
    whole(b.design);
  });

  it('a second drag to another VIOS makes a failover vNIC with a less preferred priority', () => {
    const { b, c1, v1, v2, ports } = twoAdapters();
    b.apply(ops.connectVnic, { clientPartitionId: c1, viosId: v1, physicalPortId: ports[0] });
    const vnicId = b.last('vnicAdapters');
    b.apply(ops.addSriovLogicalPort, { physicalPortId: ports[2], partitionId: v2 });
    b.apply(ops.connectVnic, { clientPartitionId: c1, vnicId, logicalPortId: b.last('sriovLogicalPorts') });
    const bds = Object.values(b.design.domain.vnicBackingDevices).filter((x) => x.vnicId === vnicId);
    expect(bds.map((x) => x.failoverPriority)).toEqual([50, 60]);
    expect(Object.keys(b.design.domain.vnicAdapters)).toHaveLength(1);
  });

  it('refuses a backing device on a client, a used logical port, the same physical port twice (VNIC-1, VNIC-4)', () => {
    const { b, c1, v1, ports } = twoAdapters();
    b.apply(ops.addSriovLogicalPort, { physicalPortId: ports[0], partitionId: c1 });
    const clientPort = b.last('sriovLogicalPorts');
    expect(code(() => ops.connectVnic(b.design, { clientPartitionId: c1, logicalPortId: clientPort }))).toBe('VNIC-1');
    expect(code(() => ops.connectVnic(b.design, { clientPartitionId: v1, viosId: v1, physicalPortId: ports[0] }))).toBe('VNIC-1');
    b.apply(ops.connectVnic, { clientPartitionId: c1, viosId: v1, physicalPortId: ports[1] });
    const vnicId = b.last('vnicAdapters');
    const used = Object.values(b.design.domain.vnicBackingDevices)[0]!.logicalPortId;
    expect(code(() => ops.addVnic(b.design, { partitionId: c1 }))).toBe('no error');
    const other = ops.addVnic(b.design, { partitionId: c1 });
    expect(code(() => ops.addVnicBackingDevice(other, { vnicId: Object.keys(other.domain.vnicAdapters)[1]!, logicalPortId: used }))).toMatch(/already backs a vNIC/);
    expect(code(() => ops.connectVnic(b.design, { clientPartitionId: c1, vnicId, viosId: v1, physicalPortId: ports[1] }))).toBe('VNIC-4');
  });

  it('keeps failover priorities in 1..100 (VNIC-6) and the vNIC slot free in the client', () => {
    const { b, c1, v1, ports } = twoAdapters();
    b.apply(ops.connectVnic, { clientPartitionId: c1, viosId: v1, physicalPortId: ports[0] });
    const bd = b.last('vnicBackingDevices');
    for (const bad of [0, 101, 2.5]) expect(code(() => ops.updateVnicBackingDevice(b.design, { id: bd, patch: { failoverPriority: bad } }))).toBe('VNIC-6');
    b.apply(ops.updateVnicBackingDevice, { id: bd, patch: { failoverPriority: 1 } });
    expect(b.design.domain.vnicBackingDevices[bd]!.failoverPriority).toBe(1);
    const vnic = Object.values(b.design.domain.vnicAdapters)[0]!;
    expect(code(() => ops.addVirtualEthernet(b.design, { partitionId: c1, pvid: 1, slot: vnic.slot }))).toBe('SLOT-1');
    b.apply(ops.updateVnic, { id: vnic.id, patch: { autoPriorityFailover: false } });
    expect(b.design.domain.vnicAdapters[vnic.id]!.autoPriorityFailover).toBe(false);
  });

  it('removing a vNIC removes its backing devices; removing a VIOS removes its logical ports and those backing devices', () => {
    const { b, c1, v1, v2, ports } = twoAdapters();
    b.apply(ops.connectVnic, { clientPartitionId: c1, viosId: v1, physicalPortId: ports[0] });
    b.apply(ops.connectVnic, { clientPartitionId: c1, vnicId: b.last('vnicAdapters'), viosId: v2, physicalPortId: ports[2] });
    const d1 = ops.removeElements(b.design, { ids: [v1] });
    expect(Object.values(d1.domain.vnicBackingDevices)).toHaveLength(1);
    expect(Object.values(d1.domain.sriovLogicalPorts).every((l) => l.partitionId !== v1)).toBe(true);
    whole(d1);
    const d2 = ops.removeElements(b.design, { ids: [b.last('vnicAdapters')] });
    expect(d2.domain.vnicBackingDevices).toEqual({});
    whole(d2);
  });
});

describe('Shared Storage Pools', () => {
  function withLuns() {
    const f = frame();
    f.b.apply(ops.addSanFabric, { name: 'A' });
    const fab = f.b.last('sanFabrics');
    f.b.apply(ops.addStorageArray, { name: 'v7k', fabricIds: [fab] });
    const arr = f.b.last('storageArrays');
    const luns: string[] = [];
    for (const n of ['repo', 'pool1', 'pool2', 'pool3']) {
      f.b.apply(ops.addLun, { arrayId: arr, name: n, sizeGB: 100, fabricIds: [fab] });
      luns.push(f.b.last('luns'));
    }
    f.b.apply(ops.createSspCluster, { name: 'c1', poolName: 'p1', nodeIds: [f.v1, f.v2], repositoryLunId: luns[0]!, poolLunIds: [luns[1]!] });
    return { ...f, luns, cluster: f.b.last('sspClusters') };
  }

  it('creates a cluster with its pool, adds a mirror pool disk, refuses a disk used twice or in another cluster', () => {
    const { b, luns, cluster, c1 } = withLuns();
    b.apply(ops.addSspPoolDisk, { clusterId: cluster, lunId: luns[2]!, mirror: true });
    expect(b.design.domain.sspClusters[cluster]).toMatchObject({ poolLunIds: [luns[1]], mirrorLunIds: [luns[2]], failureGroupName: 'Default' });
    expect(code(() => ops.addSspPoolDisk(b.design, { clusterId: cluster, lunId: luns[0]! }))).toBe('SSP-2');
    expect(code(() => ops.createSspCluster(b.design, { name: 'c2', poolName: 'p2', nodeIds: [], repositoryLunId: luns[1]!, poolLunIds: [luns[3]!] }))).toBe('SSP-3');
    expect(code(() => ops.createSspCluster(b.design, { name: 'c2', poolName: 'p2', nodeIds: [c1], repositoryLunId: null, poolLunIds: [] }))).toBe('SSP-4');
    expect(code(() => ops.createSspCluster(b.design, { name: 'x'.repeat(64), poolName: 'p2', nodeIds: [], repositoryLunId: null, poolLunIds: [] }))).toBe('SSP-9');
    whole(b.design);
  });

  it('creates a thin LU and maps it on both nodes: one ssp-lu backing device and one VTD per node', () => {
    const { b, cluster, v1, v2, c1 } = withLuns();
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v1, clientPartitionId: c1 });
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v2, clientPartitionId: c1 });
    b.apply(ops.createLogicalUnit, { clusterId: cluster, name: 'aix01_rootvg', sizeGB: 60 });
    const lu = b.last('sspLogicalUnits');
    expect(b.design.domain.sspLogicalUnits[lu]).toMatchObject({ provisioning: 'thin', sizeGB: 60 });
    for (const vhost of Object.values(b.design.domain.vscsiAdapters).filter((a) => a.role === 'server')) {
      b.design = ops.mapLogicalUnit(b.design, { logicalUnitId: lu, serverAdapterId: vhost.id });
    }
    const bds = Object.values(b.design.domain.backingDevices).filter((x) => x.logicalUnitId === lu);
    expect(bds.map((x) => [x.partitionId, x.kind, x.name]).sort()).toEqual([[v1, 'ssp-lu', 'aix01_rootvg'], [v2, 'ssp-lu', 'aix01_rootvg']]);
    expect(Object.values(b.design.domain.vtds).filter((v) => bds.some((x) => x.id === v.backingDeviceId))).toHaveLength(2);
    whole(b.design);
    // renaming the LU renames what the nodes show; removing a node takes its mapping with it
    b.apply(ops.updateLogicalUnit, { id: lu, patch: { name: 'aix01_boot' } });
    expect(Object.values(b.design.domain.backingDevices).filter((x) => x.logicalUnitId === lu).every((x) => x.name === 'aix01_boot')).toBe(true);
    b.apply(ops.removeSspNode, { clusterId: cluster, partitionId: v2 });
    expect(Object.values(b.design.domain.backingDevices).filter((x) => x.logicalUnitId === lu).map((x) => x.partitionId)).toEqual([v1]);
    whole(b.design);
    // removing the LU removes the mappings
    const d = ops.removeElements(b.design, { ids: [lu] });
    expect(Object.values(d.domain.backingDevices).some((x) => x.kind === 'ssp-lu')).toBe(false);
    whole(d);
  });

  it('maps an LU only on a node of its cluster (SSP-1)', () => {
    const { b, cluster, v1, v2, c1 } = withLuns();
    b.apply(ops.removeSspNode, { clusterId: cluster, partitionId: v2 });
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v2, clientPartitionId: c1 });
    b.apply(ops.createLogicalUnit, { clusterId: cluster, name: 'lu1', sizeGB: 10, provisioning: 'thick' });
    const vhost = Object.values(b.design.domain.vscsiAdapters).find((a) => a.partitionId === v2 && a.role === 'server')!;
    expect(code(() => ops.mapLogicalUnit(b.design, { logicalUnitId: b.last('sspLogicalUnits'), serverAdapterId: vhost.id }))).toBe('SSP-1');
    b.apply(ops.addSspNode, { clusterId: cluster, partitionId: v2 });
    expect(code(() => ops.addSspNode(b.design, { clusterId: cluster, partitionId: v1 }))).toMatch(/already a node/);
  });
});

describe('settings LPM reads', () => {
  it('sets compatibility mode, MSP and edition; refuses MSP on a client', () => {
    const { b, sys, v1, c1 } = frame();
    b.apply(ops.updatePartition, { id: c1, patch: { procCompatMode: 'POWER8', bsrArrays: 0, sharedMemory: false } });
    b.apply(ops.updatePartition, { id: v1, patch: { msp: true } });
    b.apply(ops.updateSystem, { id: sys, patch: { powervmEdition: 'enterprise', compatModes: ['default', 'POWER8', 'POWER9'], lmbMB: 256 } });
    expect(b.design.domain.partitions[c1]).toMatchObject({ procCompatMode: 'POWER8' });
    expect(b.design.domain.partitions[v1]!.msp).toBe(true);
    expect(b.design.domain.systems[sys]!.powervmEdition).toBe('enterprise');
    expect(code(() => ops.updatePartition(b.design, { id: c1, patch: { msp: true } }))).toBe('LPM-11');
    expect(() => ops.updatePartition(b.design, { id: c1, patch: { procCompatMode: 'POWER4' as never } })).toThrow(OpError);
    whole(b.design);
  });
});
