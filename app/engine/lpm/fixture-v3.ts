/**
 * Document-version-3 records for the LPM tests, added as plain data (SR-IOV adapters and ports, logical ports, vNIC
 * with backing devices, an SSP cluster with an LU mapped to a client): the shapes of app/model/schema.
 */
import { produce } from 'immer';
import type { Design, Id, SriovLogicalPort } from '../../model/schema/index.ts';

/** A shared-mode (or dedicated) SR-IOV adapter with `ports` physical ports on a frame; returns the port ids. */
export function withSriov(design: Design, systemId: Id, opts: { id: string; ports?: number; mode?: 'shared' | 'dedicated'; owner?: Id; maxLogicalPorts?: number }): Design {
  return produce(design, (d) => {
    d.domain.sriovAdapters[opts.id] = {
      id: opts.id, systemId, adapterId: Object.keys(d.domain.sriovAdapters).length + 1, name: '', mode: opts.mode ?? 'shared',
      ownerPartitionId: opts.owner ?? null, maxLogicalPorts: 64,
    };
    for (let i = 0; i < (opts.ports ?? 1); i++) {
      d.domain.sriovPhysicalPorts[`${opts.id}-p${i}`] = {
        id: `${opts.id}-p${i}`, adapterId: opts.id, portIndex: i, speedGbps: 25, maxLogicalPorts: opts.maxLogicalPorts ?? 20, capacityGranularity: 2,
        maxPromiscuousPorts: null, switchMode: 'veb', reflectiveRelay: false, cabledToId: null,
      };
    }
  });
}

export function withLogicalPort(design: Design, id: Id, physicalPortId: Id, partitionId: Id, extra: Partial<SriovLogicalPort> = {}): Design {
  return produce(design, (d) => {
    d.domain.sriovLogicalPorts[id] = {
      id, physicalPortId, partitionId, deviceName: `ent${20 + Object.keys(d.domain.sriovLogicalPorts).length}`, capacity: 20, maxCapacity: 100,
      promiscuous: false, migratable: false, backupDevice: null, pvid: 0, allowedVlans: 'all', ...extra,
    };
  });
}

/** A vNIC on `partitionId` backed by the given logical ports (priorities 10, 20 ...). */
export function withVnic(design: Design, id: Id, partitionId: Id, logicalPortIds: Id[]): Design {
  return produce(design, (d) => {
    d.domain.vnicAdapters[id] = { id, partitionId, slot: 40, deviceName: 'ent9', autoPriorityFailover: true, pvid: 10, allowedVlans: 'all', required: false };
    logicalPortIds.forEach((lp, i) => {
      d.domain.vnicBackingDevices[`${id}-bd${i}`] = { id: `${id}-bd${i}`, vnicId: id, logicalPortId: lp, failoverPriority: 10 * (i + 1) };
    });
  });
}

/** An SSP cluster of `nodes` with one LU mapped to the client through the vhost of each of `mappedOn`. */
export function withSspLu(design: Design, clientId: Id, nodes: Id[], mappedOn: Id[], poolLunId: Id): Design {
  return produce(design, (d) => {
    d.domain.sspClusters['ssp-t'] = {
      id: 'ssp-t', name: 'ssp_cluster', poolName: 'ssp_pool', nodeIds: nodes, repositoryLunId: null, poolLunIds: [poolLunId],
      failureGroupName: 'Default', mirrorLunIds: [], mirrorFailureGroupName: 'FG2', alertThresholdPct: 35,
    };
    d.domain.sspLogicalUnits['lu-t'] = { id: 'lu-t', clusterId: 'ssp-t', name: 'aix01_lu', sizeGB: 50, provisioning: 'thin' };
    mappedOn.forEach((vios, i) => {
      const vhost = Object.values(d.domain.vscsiAdapters).find((a) => a.partitionId === vios && a.role === 'server' && a.remotePartitionId === clientId)!;
      d.domain.backingDevices[`bd-lu-t${i}`] = { id: `bd-lu-t${i}`, partitionId: vios, kind: 'ssp-lu', name: 'aix01_lu', lunId: null, physicalPortId: null, logicalUnitId: 'lu-t' };
      const lun = Math.max(0, ...Object.values(d.domain.vtds).filter((v) => v.serverAdapterId === vhost.id).map((v) => v.lun)) + 1;
      d.domain.vtds[`vtd-lu-t${i}`] = { id: `vtd-lu-t${i}`, serverAdapterId: vhost.id, backingDeviceId: `bd-lu-t${i}`, name: `vtscsi_lu${i}`, lun, optical: false };
    });
  });
}

/** Sets fields of a record (partition, frame) directly. */
export function patch<C extends 'partitions' | 'systems'>(design: Design, collection: C, id: Id, fields: Partial<Design['domain'][C][string]>): Design {
  return produce(design, (d) => { Object.assign(d.domain[collection][id]!, fields); });
}
