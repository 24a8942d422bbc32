import type { Design, Id } from '../../model/index.ts';
import { collectionOf } from '../../model/index.ts';

/** How an admin names an element: "vios1", "vhost0 (vios1)", "hdisk3 (vios2)", "VLAN 10", "fabric-A". */
export function elementLabel(design: Design, id: Id): string {
  const d = design.domain;
  const c = collectionOf(design, id);
  if (!c) return id;
  const rec = (d[c] as Record<string, Record<string, unknown>>)[id]!;
  const owner = typeof rec.partitionId === 'string' ? d.partitions[rec.partitionId]?.name : undefined;
  const withOwner = (name: string) => (owner ? `${name} (${owner})` : name);
  switch (c) {
    case 'vlans': return `VLAN ${d.vlans[id]!.vlanId}`;
    case 'vtds': {
      const vhost = d.vscsiAdapters[d.vtds[id]!.serverAdapterId];
      return `${d.vtds[id]!.name}${vhost ? ` (${d.partitions[vhost.partitionId]?.name ?? ''})` : ''}`;
    }
    case 'heaPorts': return `HEA port ${d.heaPorts[id]!.index}`;
    default:
      if (typeof rec.deviceName === 'string') return withOwner(rec.deviceName);
      if (typeof rec.name === 'string') return c === 'backingDevices' ? withOwner(rec.name) : rec.name;
      return id;
  }
}

/** The canvas node that shows an element (adapters and devices are rows of their partition's node). */
export function nodeOf(design: Design, id: Id): Id {
  const c = collectionOf(design, id);
  if (!c) return id;
  if (c === 'vtds') return design.domain.vscsiAdapters[design.domain.vtds[id]!.serverAdapterId]?.partitionId ?? id;
  const rec = (design.domain[c] as Record<string, Record<string, unknown>>)[id]!;
  return typeof rec.partitionId === 'string' ? rec.partitionId : id;
}
