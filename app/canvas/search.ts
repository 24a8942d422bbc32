import type { Design, Id } from '../model/index.ts';

export interface SearchHit { nodeId: Id; label: string }

/**
 * Elements whose name contains the query (case-insensitive), exact names first; adapters and devices are
 * found by device name and lead to their partition. Pure.
 */
export function searchDesign(design: Design, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const d = design.domain;
  const hits: (SearchHit & { rank: number })[] = [];
  const test = (name: string, nodeId: Id, label: string) => {
    const n = name.toLowerCase();
    const i = n.indexOf(q);
    if (i >= 0) hits.push({ nodeId, label, rank: n === q ? 0 : i === 0 ? 1 : 2 });
  };
  for (const s of Object.values(d.systems)) test(s.name, s.id, `Frame ${s.name}`);
  for (const p of Object.values(d.partitions)) test(p.name, p.id, `${p.kind === 'vios' ? 'VIOS' : p.kind.toUpperCase()} ${p.name}`);
  for (const v of Object.values(d.vlans)) { test(`VLAN ${v.vlanId}`, v.id, `VLAN ${v.vlanId}${v.name ? ` ${v.name}` : ''}`); if (v.name) test(v.name, v.id, `VLAN ${v.vlanId} ${v.name}`); }
  for (const c of [d.sanFabrics, d.storageArrays, d.luns, d.ethernetSwitches] as Record<string, { id: Id; name: string }>[]) {
    for (const r of Object.values(c)) test(r.name, r.id, r.name);
  }
  const part = (pid: Id | null) => (pid ? d.partitions[pid]?.name ?? '' : '');
  for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.physicalPorts, d.seas, d.heaLogicalPorts] as Record<string, { deviceName: string; partitionId: Id | null }>[]) {
    for (const a of Object.values(c)) if (a.partitionId) test(a.deviceName, a.partitionId, `${a.deviceName} on ${part(a.partitionId)}`);
  }
  for (const b of Object.values(d.backingDevices)) test(b.name, b.partitionId, `${b.name} on ${part(b.partitionId)}`);
  return hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, undefined, { numeric: true })).slice(0, limit);
}
