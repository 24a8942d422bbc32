import type { CollectionName, Design, Id } from '../model/schema/index.ts';
import { collectionOf } from '../model/ids.ts';

/** Names elements the way an admin reads them: aix01, vhost0 (slot 13) on vios1, hdisk3 on vios1, VLAN 10. */

const partitionName = (design: Design, pid: Id | null | undefined): string =>
  (pid ? design.domain.partitions[pid]?.name ?? pid : 'no partition');

export const slotLabel = (deviceName: string, slot: number, partition: string): string =>
  `${deviceName} (slot ${slot}) on ${partition}`;

/** A readable name for any element of the document, for lists of elements (CLI, diagnostics panel). */
export function describeElement(design: Design, id: Id): string {
  const c: CollectionName | null = collectionOf(design, id);
  if (!c) return id;
  const d = design.domain;
  switch (c) {
    case 'systems': return `frame ${d.systems[id]!.name}`;
    case 'partitions': return d.partitions[id]!.name;
    case 'vscsiAdapters': case 'vfcAdapters': case 'vethAdapters': {
      const a = d[c][id]!;
      return slotLabel(a.deviceName, a.slot, partitionName(design, a.partitionId));
    }
    case 'backingDevices': { const b = d.backingDevices[id]!; return `${b.name} on ${partitionName(design, b.partitionId)}`; }
    case 'vtds': {
      const v = d.vtds[id]!;
      const vhost = d.vscsiAdapters[v.serverAdapterId];
      return `${v.name} on ${partitionName(design, vhost?.partitionId)}`;
    }
    case 'mediaRepositories': return `media repository on ${partitionName(design, d.mediaRepositories[id]!.partitionId)}`;
    case 'physicalPorts': {
      const p = d.physicalPorts[id]!;
      return p.partitionId ? `${p.deviceName} on ${partitionName(design, p.partitionId)}` : `${p.deviceName} (unassigned, ${d.systems[p.systemId]?.name ?? p.systemId})`;
    }
    case 'vlans': { const v = d.vlans[id]!; return `VLAN ${v.vlanId} (${v.vswitch}, ${d.systems[v.systemId]?.name ?? v.systemId})`; }
    case 'linkAggregations': case 'seas': case 'heaLogicalPorts': case 'etherChannels': {
      const r = d[c][id]!;
      return `${r.deviceName} on ${partitionName(design, r.partitionId)}`;
    }
    case 'heaPorts': { const h = d.heaPorts[id]!; return `HEA port ${h.portGroup}-${h.index} (${d.systems[h.systemId]?.name ?? h.systemId})`; }
    case 'sanFabrics': return `fabric ${d.sanFabrics[id]!.name}`;
    case 'storageArrays': return `storage array ${d.storageArrays[id]!.name}`;
    case 'luns': return `LUN ${d.luns[id]!.name}`;
    case 'ethernetSwitches': return `switch ${d.ethernetSwitches[id]!.name}`;
    case 'volumeGroups': { const g = d.volumeGroups[id]!; return `${g.name} of ${partitionName(design, g.partitionId)}`; }
    case 'sriovAdapters': { const a = d.sriovAdapters[id]!; return `SR-IOV adapter ${a.adapterId}${a.name ? ` ${a.name}` : ''} (${d.systems[a.systemId]?.name ?? a.systemId})`; }
    case 'sriovPhysicalPorts': {
      const p = d.sriovPhysicalPorts[id]!;
      const a = d.sriovAdapters[p.adapterId];
      return `SR-IOV port ${a?.adapterId ?? '?'}/${p.portIndex} (${a ? d.systems[a.systemId]?.name ?? a.systemId : p.adapterId})`;
    }
    case 'sriovLogicalPorts': case 'vnicAdapters': { const r = d[c][id]!; return `${r.deviceName} on ${partitionName(design, r.partitionId)}`; }
    case 'vnicBackingDevices': {
      const b = d.vnicBackingDevices[id]!;
      const lp = d.sriovLogicalPorts[b.logicalPortId];
      const vnic = d.vnicAdapters[b.vnicId];
      return `backing device ${lp?.deviceName ?? b.logicalPortId} on ${partitionName(design, lp?.partitionId)} of ${vnic?.deviceName ?? b.vnicId} on ${partitionName(design, vnic?.partitionId)}`;
    }
    case 'sspClusters': return `SSP cluster ${d.sspClusters[id]!.name}`;
    case 'sspLogicalUnits': { const u = d.sspLogicalUnits[id]!; return `LU ${u.name} (${d.sspClusters[u.clusterId]?.name ?? u.clusterId})`; }
  }
}
