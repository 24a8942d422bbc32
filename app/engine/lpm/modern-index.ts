/**
 * The records of document version 3 the LPM checks look up (SR-IOV, vNIC, Shared Storage Pools), gathered in one pass
 * per design: logical ports by owner and by physical port, shared-mode physical ports by frame, vNIC adapters by
 * partition with their backing devices, SSP clusters by node.
 */
import type { Id, SriovAdapter, SriovLogicalPort, SriovPhysicalPort, VnicAdapter, VnicBackingDevice } from '../../model/schema/index.ts';
import { perIndex, push, type DesignIndex } from '../index-design.ts';

export interface SharedPort { port: SriovPhysicalPort; adapter: SriovAdapter; logical: SriovLogicalPort[] }

export interface ModernIndex {
  logicalByOwner: Map<Id, SriovLogicalPort[]>;
  /** Physical ports of shared-mode adapters, by frame. */
  sharedPortsBySystem: Map<Id, SharedPort[]>;
  /** Logical ports per SR-IOV adapter (all its physical ports). */
  logicalPerAdapter: Map<Id, number>;
  /** Dedicated-mode adapters by the partition that owns them. */
  dedicatedByOwner: Map<Id, SriovAdapter[]>;
  vnicsByPartition: Map<Id, VnicAdapter[]>;
  backingByVnic: Map<Id, VnicBackingDevice[]>;
  /** VIOS id -> the SSP clusters it is a node of. */
  clustersOfNode: Map<Id, Id[]>;
}

export const modernIndex = perIndex((ix: DesignIndex): ModernIndex => {
  const d = ix.design.domain;
  const logicalByOwner = new Map<Id, SriovLogicalPort[]>();
  const logicalByPort = new Map<Id, SriovLogicalPort[]>();
  const logicalPerAdapter = new Map<Id, number>();
  for (const lp of ix.all.sriovLogicalPorts) {
    push(logicalByOwner, lp.partitionId, lp);
    push(logicalByPort, lp.physicalPortId, lp);
    const adapter = d.sriovPhysicalPorts[lp.physicalPortId]?.adapterId;
    if (adapter) logicalPerAdapter.set(adapter, (logicalPerAdapter.get(adapter) ?? 0) + 1);
  }
  const sharedPortsBySystem = new Map<Id, SharedPort[]>();
  for (const port of ix.all.sriovPhysicalPorts) {
    const adapter = d.sriovAdapters[port.adapterId];
    if (adapter?.mode === 'shared') push(sharedPortsBySystem, adapter.systemId, { port, adapter, logical: logicalByPort.get(port.id) ?? [] });
  }
  const dedicatedByOwner = new Map<Id, SriovAdapter[]>();
  for (const a of ix.all.sriovAdapters) if (a.mode === 'dedicated' && a.ownerPartitionId) push(dedicatedByOwner, a.ownerPartitionId, a);
  const vnicsByPartition = new Map<Id, VnicAdapter[]>();
  for (const v of ix.all.vnicAdapters) push(vnicsByPartition, v.partitionId, v);
  const backingByVnic = new Map<Id, VnicBackingDevice[]>();
  for (const b of ix.all.vnicBackingDevices) push(backingByVnic, b.vnicId, b);
  const clustersOfNode = new Map<Id, Id[]>();
  for (const c of ix.all.sspClusters) for (const n of c.nodeIds) push(clustersOfNode, n, c.id);
  const out = { logicalByOwner, sharedPortsBySystem, logicalPerAdapter, dedicatedByOwner, vnicsByPartition, backingByVnic, clustersOfNode };
  return out;
});
