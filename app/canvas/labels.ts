import type { CollectionName, Design, Id } from '../model/index.ts';
import { collectionOf } from '../model/index.ts';
import { modernLabel } from '../picture/modern-labels.ts';

/** A short PowerVM name for any element (for confirmations, search results and messages). */
export function labelOf(design: Design, id: Id): string {
  const d = design.domain;
  const c = collectionOf(design, id);
  const on = (pid: Id | null) => (pid ? ` on ${d.partitions[pid]?.name ?? '?'}` : '');
  switch (c as CollectionName | null) {
    case 'systems': return `frame ${d.systems[id]!.name}`;
    case 'partitions': { const p = d.partitions[id]!; return `${p.kind === 'vios' ? 'VIOS' : 'partition'} ${p.name}`; }
    case 'vscsiAdapters': { const a = d.vscsiAdapters[id]!; return `${a.deviceName}${on(a.partitionId)} (slot ${a.slot})`; }
    case 'vfcAdapters': { const a = d.vfcAdapters[id]!; return `${a.deviceName}${on(a.partitionId)} (slot ${a.slot})`; }
    case 'vethAdapters': { const a = d.vethAdapters[id]!; return `${a.deviceName}${on(a.partitionId)} (PVID ${a.pvid})`; }
    case 'backingDevices': { const b = d.backingDevices[id]!; return `${b.name}${on(b.partitionId)}`; }
    case 'vtds': { const v = d.vtds[id]!; return `VTD ${v.name}${on(d.vscsiAdapters[v.serverAdapterId]?.partitionId ?? null)}`; }
    case 'physicalPorts': { const p = d.physicalPorts[id]!; return `${p.deviceName}${on(p.partitionId)}`; }
    case 'seas': { const s = d.seas[id]!; return `SEA ${s.deviceName}${on(s.partitionId)}`; }
    case 'linkAggregations': { const l = d.linkAggregations[id]!; return `${l.deviceName}${on(l.partitionId)}`; }
    case 'heaLogicalPorts': { const l = d.heaLogicalPorts[id]!; return `${l.deviceName}${on(l.partitionId)} (HEA logical port)`; }
    case 'etherChannels': { const e = d.etherChannels[id]!; return `${e.deviceName}${on(e.partitionId)}`; }
    case 'mediaRepositories': return `media repository${on(d.mediaRepositories[id]!.partitionId)}`;
    case 'vlans': return `VLAN ${d.vlans[id]!.vlanId}`;
    case 'heaPorts': return `HEA port ${d.heaPorts[id]!.index}`;
    case 'sanFabrics': return `SAN fabric ${d.sanFabrics[id]!.name}`;
    case 'storageArrays': return `storage array ${d.storageArrays[id]!.name}`;
    case 'luns': return `LUN ${d.luns[id]!.name}`;
    case 'ethernetSwitches': return `switch ${d.ethernetSwitches[id]!.name}`;
    case 'sriovAdapters': case 'sriovPhysicalPorts': case 'sriovLogicalPorts': case 'vnicAdapters': case 'vnicBackingDevices':
    case 'sspClusters': case 'sspLogicalUnits': return modernLabel(design, c!, id);
    default: return id;
  }
}
