import type { Design } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import { DesignBuilder } from './build.ts';
import { tidyLayout } from '../layout/tidy.ts';

/**
 * A POWER6 frame using IVE: a 4-port 1 Gb Host Ethernet Adapter (two port groups) cabled to a switch; the
 * clients get HEA logical ports (lp-hea) on two physical ports for their network, and their disks through
 * a VIOS with vSCSI (rootvg LUNs from one fabric).
 */
export function buildPower6HeaTemplate(): Design {
  const b = new DesignBuilder(ops.emptyDesign('POWER6 frame with IVE (HEA) ports'));
  b.apply(ops.addSystem, {
    name: 'p570-frame1', typeModel: '9117-MMA', serial: '10ABCDE', generation: 'POWER6', installedCores: 8, installedMemoryMB: 128 * 1024,
    hea: { type: '4x1G', portGroups: [{ index: 0, mcs: 4 }, { index: 1, mcs: 4 }] },
  });
  const sys = b.last('systems');
  b.apply(ops.addEthernetSwitch, { name: 'access-sw1', vlans: [10] });
  const sw = b.last('ethernetSwitches');
  const hea: string[] = [];
  for (let i = 0; i < 2; i++) {
    b.apply(ops.addHeaPort, { systemId: sys });
    hea.push(b.last('heaPorts'));
    b.apply(ops.cablePort, { portId: b.last('heaPorts'), toId: sw });
  }
  b.apply(ops.addPartition, { systemId: sys, kind: 'vios', name: 'vios1' });
  const vios = b.last('partitions');
  b.apply(ops.updatePartition, { id: vios, patch: { osLevel: '2.2.6.65', maxVirtualSlots: 200 } });
  b.apply(ops.addPhysicalPort, { systemId: sys, partitionId: vios, kind: 'fc', speedGbps: 4 });
  const fcs = b.last('physicalPorts');
  b.apply(ops.assignHeaLogicalPort, { heaPortId: hea[0]!, partitionId: vios });
  b.apply(ops.addSanFabric, { name: 'fabric-A', npivSupport: false });
  const fab = b.last('sanFabrics');
  b.apply(ops.cablePort, { portId: fcs, toId: fab });
  b.apply(ops.addStorageArray, { name: 'ds4800', model: 'DS4800', fabricIds: [fab] });
  const array = b.last('storageArrays');
  for (let i = 1; i <= 3; i++) {
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix', name: `aix0${i}` });
    const c = b.last('partitions');
    b.apply(ops.updatePartition, { id: c, patch: { osLevel: '6.1 TL9', maxVirtualSlots: 20 } });
    b.apply(ops.addLun, { arrayId: array, name: `aix0${i}_rootvg`, sizeGB: 50 });
    b.apply(ops.addBackingDevice, { partitionId: vios, kind: 'physical-volume', lunId: b.last('luns'), sizeGB: 50 });
    const bd = b.last('backingDevices');
    b.apply(ops.connectVirtualScsi, { serverPartitionId: vios, clientPartitionId: c });
    const vhost = b.find('vscsiAdapters', (a) => a.role === 'server' && a.remotePartitionId === c);
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost.id, backingDeviceId: bd });
    b.apply(ops.assignHeaLogicalPort, { heaPortId: hea[i % 2]!, partitionId: c });
  }
  b.apply(ops.applyAutoLayout, { nodes: tidyLayout(b.design, 3) });
  return b.design;
}
