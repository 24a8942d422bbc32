import type { Design, Id } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import { DesignBuilder } from './build.ts';
import { tidyLayout } from '../layout/tidy.ts';

/**
 * Today's POWER10 frame: a VIOS pair (mover service partitions, SSP nodes) and two SR-IOV adapters in shared mode.
 * Each client's network is a vNIC with two backing devices, one logical port per VIOS on a different adapter
 * (failover priorities alternate so that the VIOS share the load); its rootvg is a thin logical unit of the Shared
 * Storage Pool mapped through both VIOS (client MPIO); its data LUN comes through NPIV, vios1 on fabric A, vios2 on B.
 */
export function buildPower10ModernTemplate(): Design {
  const b = new DesignBuilder(ops.emptyDesign('POWER10: vNIC failover, SR-IOV, Shared Storage Pool and NPIV'));
  b.apply(ops.setDesignDescription, {
    description: 'One POWER10 frame, PowerVM Enterprise. Two VIOS, both SSP nodes and mover service partitions; two shared-mode SR-IOV adapters. '
      + 'Each client: a vNIC failing over between a logical port on vios1 (adapter 1) and one on vios2 (adapter 2), rootvg on an SSP logical unit mapped through both VIOS, a data LUN through NPIV on both fabrics.',
  });
  b.apply(ops.addSystem, { name: 'p10-frame1', typeModel: '9105-42A', serial: '78A1B2C', generation: 'POWER10', installedCores: 24, installedMemoryMB: 1024 * 1024, at: { x: 0, y: 0, w: 1400, h: 760 } });
  const sys = b.last('systems');
  b.apply(ops.updateSystem, { id: sys, patch: { powervmEdition: 'enterprise', firmware: 'FW1050.10', hmcLevel: 'V10R3M1050' } });
  b.design = ops.addViosPair(b.design, { systemId: sys, at: { x: 40, y: 60 } });
  const vios = Object.values(b.design.domain.partitions).filter((p) => p.kind === 'vios').map((p) => p.id) as [Id, Id];
  vios.forEach((v, i) => b.apply(ops.updatePartition, { id: v, patch: { name: `vios${i + 1}`, osLevel: '4.1.0.21', msp: true } }));

  b.apply(ops.addSanFabric, { name: 'fabric-A' });
  const fabA = b.last('sanFabrics');
  b.apply(ops.addSanFabric, { name: 'fabric-B' });
  const fabB = b.last('sanFabrics');
  b.apply(ops.addStorageArray, { name: 'fs9500-1', model: 'FlashSystem 9500', fabricIds: [fabA, fabB] });
  const array = b.last('storageArrays');
  b.apply(ops.addEthernetSwitch, { name: 'core-sw1', vlans: [10] });
  const sw = b.last('ethernetSwitches');
  for (const v of vios) {
    const fcs = Object.values(b.design.domain.physicalPorts).filter((p) => p.partitionId === v && p.kind === 'fc');
    b.apply(ops.cablePort, { portId: fcs[0]!.id, toId: fabA });
    b.apply(ops.cablePort, { portId: fcs[1]!.id, toId: fabB });
    const ent = b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'ethernet');
    b.apply(ops.cablePort, { portId: ent.id, toId: sw });
  }

  // Two SR-IOV adapters in shared mode, two 25 Gb ports each, every port cabled to the switch.
  const ports: Id[][] = [];
  for (const n of [1, 2]) {
    b.apply(ops.addSriovAdapter, { systemId: sys, name: `sriov${n}`, model: 'EC2U 25/10Gb 2-port', location: `U78DA.ND0.WZS00AB-P0-C${n + 1}`, ports: 2, portMaxLogicalPorts: 40, speedGbps: 25 });
    const adapter = b.last('sriovAdapters');
    const mine = Object.values(b.design.domain.sriovPhysicalPorts).filter((p) => p.adapterId === adapter).map((p) => p.id);
    for (const p of mine) b.apply(ops.updateSriovPhysicalPort, { id: p, patch: { cabledToId: sw } });
    ports.push(mine);
  }

  // The Shared Storage Pool: both VIOS, a repository disk and two pool disks presented on both fabrics.
  const lun = (name: string, sizeGB: number): Id => { b.apply(ops.addLun, { arrayId: array, name, sizeGB }); return b.last('luns'); };
  const repo = lun('ssp_repo', 20);
  const pool = [lun('ssp_pool01', 2048), lun('ssp_pool02', 2048)];
  b.apply(ops.createSspCluster, { name: 'p10_cluster', poolName: 'p10_pool', nodeIds: vios, repositoryLunId: repo, poolLunIds: pool });
  const cluster = b.last('sspClusters');

  const clients: [string, 'aix' | 'linux'][] = [['aix01', 'aix'], ['aix02', 'aix'], ['lnx03', 'linux']];
  clients.forEach(([name, kind], i) => {
    b.apply(ops.addPartition, { systemId: sys, kind, name });
    const c = b.last('partitions');
    b.apply(ops.updatePartition, {
      id: c, patch: {
        osLevel: kind === 'aix' ? '7.3 TL2' : 'RHEL 9.4',
        tunables: { hcheckInterval: 60, hcheckMode: 'nonactive', vscsiErrRecov: 'fast_fail', vscsiPathTimeout: 30, fcErrRecov: 'fast_fail', dynamicTracking: true },
      },
    });
    // rootvg: a thin LU of the pool, mapped through a vhost on each node (lu -map on both).
    b.apply(ops.createLogicalUnit, { clusterId: cluster, name: `${name}_rootvg`, sizeGB: 100 });
    const lu = b.last('sspLogicalUnits');
    for (const v of vios) {
      b.apply(ops.connectVirtualScsi, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free' });
      const vhost = b.find('vscsiAdapters', (a) => a.partitionId === v && a.role === 'server' && a.remotePartitionId === c);
      b.design = ops.mapLogicalUnit(b.design, { logicalUnitId: lu, serverAdapterId: vhost.id });
    }
    // Data: NPIV through both VIOS, vios1 on fabric A, vios2 on fabric B; the LUN zoned and masked to the client.
    vios.forEach((v, k) => {
      const port = b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'fc' && p.cabledToId === [fabA, fabB][k]);
      b.apply(ops.connectVirtualFc, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free', physicalPortId: port.id });
    });
    const data = lun(`${name}_data01`, 500);
    b.apply(ops.zoneLunToPartition, { lunId: data, partitionId: c });
    b.apply(ops.addVolumeGroup, { partitionId: c, name: 'datavg', diskIds: [data] });
    // Network: a vNIC on VLAN 10 backed by vios1 (adapter 1) and vios2 (adapter 2); the preferred VIOS alternates.
    const port = i % 2; // spread the clients over the two ports of each adapter
    const first = i % 2 === 0 ? 0 : 1;
    b.apply(ops.connectVnic, { clientPartitionId: c, viosId: vios[first]!, physicalPortId: ports[first]![port]!, capacity: 20, failoverPriority: 10 });
    const vnic = b.last('vnicAdapters');
    b.apply(ops.updateVnic, { id: vnic, patch: { pvid: 10 } });
    b.apply(ops.connectVnic, { clientPartitionId: c, vnicId: vnic, viosId: vios[1 - first]!, physicalPortId: ports[1 - first]![port]!, capacity: 20, failoverPriority: 20 });
  });
  b.apply(ops.applyAutoLayout, { nodes: tidyLayout(b.design, 3) });
  return b.design;
}
