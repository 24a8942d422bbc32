import type { Design } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import { DesignBuilder } from './build.ts';
import { tidyLayout } from '../layout/tidy.ts';

/**
 * Dual VIOS with NPIV across two fabrics and SEA load sharing: each client has two virtual FC adapters,
 * one through each VIOS, VIOS1 on fabric A and VIOS2 on fabric B; the SEAs run ha_mode=sharing with two trunk
 * adapters each, VLAN 10 (PVID) and VLAN 20 (tagged on PVID 4092) (the VIOS split the VLANs between them); clients sit on VLAN 10 or 20.
 */
export function buildNpivSharingTemplate(): Design {
  const b = new DesignBuilder(ops.emptyDesign('Dual VIOS: NPIV across two fabrics, SEA load sharing'));
  b.apply(ops.addSystem, { name: 'e980-frame1', typeModel: '9080-M9S', serial: '78AB123', generation: 'POWER9', installedCores: 48, installedMemoryMB: 2048 * 1024 });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys });
  const [v1, v2] = Object.values(b.design.domain.partitions).map((p) => p.id) as [string, string];
  b.apply(ops.updatePartition, { id: v1, patch: { name: 'vios1', osLevel: '3.1.4.10' } });
  b.apply(ops.updatePartition, { id: v2, patch: { name: 'vios2', osLevel: '3.1.4.10' } });
  b.apply(ops.addVlan, { systemId: sys, vlanId: 10, name: 'app' });
  const vlan10 = b.last('vlans');
  b.apply(ops.addVlan, { systemId: sys, vlanId: 20, name: 'db' });
  const vlan20 = b.last('vlans');
  b.apply(ops.addSanFabric, { name: 'fabric-A' });
  const fabA = b.last('sanFabrics');
  b.apply(ops.addSanFabric, { name: 'fabric-B' });
  const fabB = b.last('sanFabrics');
  b.apply(ops.addStorageArray, { name: 'ds8k-1', model: 'DS8950F', fabricIds: [fabA, fabB] });
  const array = b.last('storageArrays');
  b.apply(ops.addEthernetSwitch, { name: 'core-sw1', vlans: [10, 20] });
  const sw = b.last('ethernetSwitches');
  for (const [v, fab] of [[v1, fabA], [v2, fabB]] as const) {
    for (const p of Object.values(b.design.domain.physicalPorts).filter((q) => q.partitionId === v && q.kind === 'fc')) b.apply(ops.cablePort, { portId: p.id, toId: fab });
    const ent = b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'ethernet');
    b.apply(ops.cablePort, { portId: ent.id, toId: sw });
    b.apply(ops.bridgeVlan, { partitionId: v, realAdapter: { kind: 'physical-port', id: ent.id }, vlanId: vlan10 });
  }
  // Load sharing needs two trunk adapters with distinct VLANs on each SEA (SEAHA-7). The second trunk
  // carries VLAN 20 tagged on a PVID no client uses (4092), so VLAN 20's frames keep their tag (SEA-6).
  for (const sea of Object.values(b.design.domain.seas)) {
    const first = b.design.domain.vethAdapters[sea.defaultAdapterId!]!;
    b.apply(ops.addVirtualEthernet, { partitionId: sea.partitionId, pvid: 4092, additionalVlans: [20], trunk: true, trunkPriority: first.trunkPriority ?? 1 });
    b.apply(ops.updateSharedEthernet, { id: sea.id, patch: { haMode: 'sharing', trunkAdapterIds: [first.id, b.last('vethAdapters')] } });
  }
  for (let i = 1; i <= 4; i++) {
    b.apply(ops.addPartition, { systemId: sys, kind: i === 4 ? 'linux' : 'aix', name: i === 4 ? 'lnx04' : `aix0${i}` });
    const c = b.last('partitions');
    b.apply(ops.updatePartition, { id: c, patch: { tunables: { fcErrRecov: 'fast_fail', dynamicTracking: true } } });
    for (const [v, fab] of [[v1, fabA], [v2, fabB]] as const) {
      const fcs = Object.values(b.design.domain.physicalPorts).filter((p) => p.partitionId === v && p.kind === 'fc' && p.cabledToId === fab);
      b.apply(ops.connectVirtualFc, { serverPartitionId: v, clientPartitionId: c, physicalPortId: fcs[(i - 1) % fcs.length]!.id });
    }
    // The client boots from a LUN it sees itself through NPIV (zoned and masked to its WWPNs on both fabrics).
    const name = i === 4 ? 'lnx04' : `aix0${i}`;
    b.apply(ops.addLun, { arrayId: array, name: `${name}_rootvg`, sizeGB: 100 });
    const lun = b.last('luns');
    b.apply(ops.zoneLunToPartition, { lunId: lun, partitionId: c });
    b.apply(ops.addVolumeGroup, { partitionId: c, name: 'rootvg', diskIds: [lun] });
    b.apply(ops.connectPartitionToVlan, { partitionId: c, vlanId: i % 2 ? vlan10 : vlan20 });
  }
  b.apply(ops.applyAutoLayout, { nodes: tidyLayout(b.design, 4) });
  return b.design;
}
