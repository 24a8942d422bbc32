import { designSchema, type Design } from '../schema/index.ts';
import { buildDualViosTemplate } from '../templates/sample.ts';

/**
 * For tests: the dual-VIOS sample (POWER9, vios1 = lpar-1, vios2 = lpar-2, clients aix01 = lpar-3, aix02 = lpar-4,
 * lnx03 = lpar-5) plus one of every element of document version 3, built as plain data (no operation involved):
 * - two shared-mode SR-IOV adapters (sriov-1, sriov-2), one port each (sriovport-1, sriovport-2), cabled to switch-1;
 * - logical ports logport-1 (vios1 on adapter 1) and logport-2 (vios2 on adapter 2), backing vnic-1 of aix01 with
 *   priorities 10 (vnicbd-1, preferred) and 20 (vnicbd-2); logport-3: a direct logical port of lnx03, migratable with
 *   its virtual Ethernet as backup;
 * - SSP cluster ssp-1 with both VIOS as nodes, repository lun-7 and pool disk lun-8 (both presented on both
 *   fabrics); LU lu-1 (thin, 50 GB) mapped to aix02 through vhost1 of both VIOS (bd-lu-1, bd-lu-2);
 * - LPM settings: POWER9 mode for aix01, both VIOS mover service partitions, the frame Enterprise edition.
 */
export function modernDesign(): Design {
  const d = structuredClone(buildDualViosTemplate()) as Design;
  const dom = d.domain;
  const sys = dom.systems['sys-1']!;
  sys.powervmEdition = 'enterprise';
  sys.firmware = '950';
  sys.hmcLevel = 'V10R3M1050';
  dom.partitions['lpar-1']!.msp = true;
  dom.partitions['lpar-2']!.msp = true;
  dom.partitions['lpar-3']!.procCompatMode = 'POWER9';
  for (const n of [1, 2]) {
    dom.sriovAdapters[`sriov-${n}`] = { id: `sriov-${n}`, systemId: 'sys-1', adapterId: n, name: '', mode: 'shared', ownerPartitionId: null, maxLogicalPorts: 48, location: `U78D3.001.WZS0001-P1-C${n}` };
    dom.sriovPhysicalPorts[`sriovport-${n}`] = {
      id: `sriovport-${n}`, adapterId: `sriov-${n}`, portIndex: 0, speedGbps: 10, maxLogicalPorts: 20, capacityGranularity: 2,
      maxPromiscuousPorts: null, switchMode: 'veb', reflectiveRelay: false, cabledToId: 'switch-1',
    };
  }
  const port = (id: string, physicalPortId: string, partitionId: string, deviceName: string, extra: Partial<Design['domain']['sriovLogicalPorts'][string]> = {}) => {
    dom.sriovLogicalPorts[id] = {
      id, physicalPortId, partitionId, deviceName, capacity: 20, maxCapacity: 100, promiscuous: false, migratable: false,
      backupDevice: null, pvid: 0, allowedVlans: 'all', ...extra,
    };
  };
  port('logport-1', 'sriovport-1', 'lpar-1', 'ent10');
  port('logport-2', 'sriovport-2', 'lpar-2', 'ent10');
  const lnxVeth = Object.values(dom.vethAdapters).find((v) => v.partitionId === 'lpar-5')!;
  port('logport-3', 'sriovport-1', 'lpar-5', 'ent1', { migratable: true, backupDevice: { kind: 'veth', id: lnxVeth.id } });
  dom.vnicAdapters['vnic-1'] = { id: 'vnic-1', partitionId: 'lpar-3', slot: 40, deviceName: 'ent2', autoPriorityFailover: true, pvid: 10, allowedVlans: 'all', required: false };
  dom.vnicBackingDevices['vnicbd-1'] = { id: 'vnicbd-1', vnicId: 'vnic-1', logicalPortId: 'logport-1', failoverPriority: 10, serverDeviceName: 'vnicserver0' };
  dom.vnicBackingDevices['vnicbd-2'] = { id: 'vnicbd-2', vnicId: 'vnic-1', logicalPortId: 'logport-2', failoverPriority: 20, serverDeviceName: 'vnicserver0' };

  for (const [id, name, size] of [['lun-7', 'ssp_repo', 10], ['lun-8', 'ssp_pool01', 1000]] as const) {
    dom.luns[id] = { id, arrayId: 'array-1', name, sizeGB: size, fabricIds: ['fabric-1', 'fabric-2'], npivClientIds: [] };
  }
  dom.sspClusters['ssp-1'] = {
    id: 'ssp-1', name: 'ssp_cluster', poolName: 'ssp_pool', nodeIds: ['lpar-1', 'lpar-2'], repositoryLunId: 'lun-7',
    poolLunIds: ['lun-8'], failureGroupName: 'Default', mirrorLunIds: [], mirrorFailureGroupName: 'FG2', alertThresholdPct: 35,
  };
  dom.sspLogicalUnits['lu-1'] = { id: 'lu-1', clusterId: 'ssp-1', name: 'aix02_data02', sizeGB: 50, provisioning: 'thin' };
  const vhosts = Object.values(dom.vscsiAdapters).filter((a) => a.role === 'server' && a.remotePartitionId === 'lpar-4');
  vhosts.forEach((vh, i) => {
    const bd = `bd-lu-${i + 1}`;
    dom.backingDevices[bd] = { id: bd, partitionId: vh.partitionId, kind: 'ssp-lu', name: 'aix02_data02', lunId: null, physicalPortId: null, logicalUnitId: 'lu-1' };
    const lun = Math.max(0, ...Object.values(dom.vtds).filter((v) => v.serverAdapterId === vh.id).map((v) => v.lun)) + 1;
    dom.vtds[`vtd-lu-${i + 1}`] = { id: `vtd-lu-${i + 1}`, serverAdapterId: vh.id, backingDeviceId: bd, name: 'vtscsi_lu', lun, optical: false };
  });
  return designSchema.parse(d);
}
