import type { Design } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import { DesignBuilder } from './build.ts';
import { tidyLayout } from '../layout/tidy.ts';

/**
 * Single VIOS: one POWER9 frame, one VIOS with two FC ports and one Ethernet port, three AIX clients with
 * a rootvg LUN each through a vhost, one NPIV adapter each, and an SEA (no failover) bridging VLAN 10.
 */
export function buildSingleViosTemplate(): Design {
  const b = new DesignBuilder(ops.emptyDesign('Single VIOS: vSCSI, NPIV and one SEA'));
  b.apply(ops.addSystem, { name: 's922-frame1', typeModel: '9009-22A', serial: '7844ABC', generation: 'POWER9', installedCores: 10, installedMemoryMB: 512 * 1024 });
  const sys = b.last('systems');
  b.apply(ops.addPartition, { systemId: sys, kind: 'vios', name: 'vios1' });
  const vios = b.last('partitions');
  b.apply(ops.updatePartition, { id: vios, patch: { osLevel: '3.1.4.10' } });
  for (const kind of ['fc', 'fc', 'ethernet'] as const) b.apply(ops.addPhysicalPort, { systemId: sys, partitionId: vios, kind });
  b.apply(ops.addVlan, { systemId: sys, vlanId: 10, name: 'production' });
  const vlan = b.last('vlans');
  b.apply(ops.addSanFabric, { name: 'fabric-A' });
  const fab = b.last('sanFabrics');
  b.apply(ops.addStorageArray, { name: 'v7k-1', model: 'FlashSystem 7300', fabricIds: [fab] });
  const array = b.last('storageArrays');
  b.apply(ops.addEthernetSwitch, { name: 'core-sw1', vlans: [10] });
  const sw = b.last('ethernetSwitches');
  const fcs = Object.values(b.design.domain.physicalPorts).filter((p) => p.kind === 'fc');
  for (const p of fcs) b.apply(ops.cablePort, { portId: p.id, toId: fab });
  const ent = b.find('physicalPorts', (p) => p.kind === 'ethernet');
  b.apply(ops.cablePort, { portId: ent.id, toId: sw });
  b.apply(ops.bridgeVlan, { partitionId: vios, realAdapter: { kind: 'physical-port', id: ent.id }, vlanId: vlan });
  for (let i = 1; i <= 3; i++) {
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix', name: `aix0${i}` });
    const c = b.last('partitions');
    b.apply(ops.addLun, { arrayId: array, name: `aix0${i}_rootvg`, sizeGB: 80 });
    b.apply(ops.addBackingDevice, { partitionId: vios, kind: 'physical-volume', lunId: b.last('luns'), sizeGB: 80 });
    const bd = b.last('backingDevices');
    b.apply(ops.connectVirtualScsi, { serverPartitionId: vios, clientPartitionId: c });
    const vhost = b.find('vscsiAdapters', (a) => a.role === 'server' && a.remotePartitionId === c);
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost.id, backingDeviceId: bd });
    b.apply(ops.connectVirtualFc, { serverPartitionId: vios, clientPartitionId: c, physicalPortId: fcs[(i - 1) % 2]!.id });
    b.apply(ops.connectPartitionToVlan, { partitionId: c, vlanId: vlan });
  }
  b.apply(ops.applyAutoLayout, { nodes: tidyLayout(b.design, 3) });
  return b.design;
}
