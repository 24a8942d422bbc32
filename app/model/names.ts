import type { Design, Id } from './schema/index.ts';
import { plain } from './query.ts';

/**
 * Device names the way AIX and the VIOS give them: the lowest free number after the prefix among the
 * partition's devices (vhost0, vhost1 ...; ent numbers are shared by physical ports, virtual adapters,
 * link aggregations, SEAs and HEA logical ports).
 */
export function deviceNamesOf(design: Design, partitionId: Id): Set<string> {
  const d = plain(design.domain);
  const names = new Set<string>();
  const add = (rec: Record<string, { partitionId: Id | null; deviceName: string }>) => {
    for (const r of Object.values(rec)) if (r.partitionId === partitionId) names.add(r.deviceName);
  };
  add(d.vscsiAdapters); add(d.vfcAdapters); add(d.vethAdapters); add(d.physicalPorts);
  add(d.linkAggregations); add(d.seas); add(d.heaLogicalPorts); add(d.etherChannels);
  add(d.sriovLogicalPorts); add(d.vnicAdapters);
  for (const b of Object.values(d.vnicBackingDevices)) {
    if (b.serverDeviceName && d.sriovLogicalPorts[b.logicalPortId]?.partitionId === partitionId) names.add(b.serverDeviceName);
  }
  for (const b of Object.values(d.backingDevices)) if (b.partitionId === partitionId) names.add(b.name);
  for (const v of Object.values(d.vtds)) {
    const server = d.vscsiAdapters[v.serverAdapterId];
    if (server?.partitionId === partitionId) names.add(v.name);
  }
  return names;
}

export function nextDeviceName(used: ReadonlySet<string>, prefix: string): string {
  for (let n = 0; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function allocateDeviceName(design: Design, partitionId: Id, prefix: string): string {
  return nextDeviceName(deviceNamesOf(design, partitionId), prefix);
}

/** Unique name among existing ones: "aix01" -> "aix01-copy", "aix01-copy2" ... */
export function uniqueName(existing: Iterable<string>, wanted: string): string {
  const taken: ReadonlySet<string> = existing instanceof Set ? existing : new Set(existing);
  if (!taken.has(wanted)) return wanted;
  const m = /^(.*?)(\d+)$/.exec(wanted);
  if (m) {
    const width = m[2]!.length;
    for (let n = Number(m[2]) + 1; ; n++) {
      const candidate = `${m[1]}${String(n).padStart(width, '0')}`;
      if (!taken.has(candidate)) return candidate;
    }
  }
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}
