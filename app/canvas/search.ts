import type { Design, Id } from '../model/index.ts';
import { sriovPortName } from '../picture/modern.ts';

/** A search result: the node to frame, and for an adapter or device the row inside it. */
export interface SearchHit { nodeId: Id; rowId?: Id; label: string }

/** A WWPN as typed (with or without colons, any case) to its 16 hex digits; null when it is not hex. */
const hexOf = (s: string): string | null => {
  const h = s.replace(/[:\s.-]/g, '').toLowerCase();
  return /^[0-9a-f]{4,16}$/.test(h) ? h : null;
};
const asWwpn = (h: string) => h.toLowerCase().match(/.{2}/g)?.join(':') ?? h;

/**
 * Elements whose name contains the query (case-insensitive), exact names first; adapters and devices are
 * found by device name and lead to their row in their partition; a virtual FC client adapter also by its
 * WWPNs (typed with or without colons). Pure.
 */
export function searchDesign(design: Design, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hex = hexOf(q);
  const d = design.domain;
  const hits: (SearchHit & { rank: number })[] = [];
  const test = (name: string, nodeId: Id, label: string, rowId?: Id) => {
    const n = name.toLowerCase();
    const i = n.indexOf(q);
    if (i >= 0) hits.push({ nodeId, label, rank: n === q ? 0 : i === 0 ? 1 : 2, ...(rowId ? { rowId } : {}) });
  };
  for (const s of Object.values(d.systems)) test(s.name, s.id, `Frame ${s.name}`);
  for (const p of Object.values(d.partitions)) test(p.name, p.id, `${p.kind === 'vios' ? 'VIOS' : p.kind.toUpperCase()} ${p.name}`);
  for (const v of Object.values(d.vlans)) { test(`VLAN ${v.vlanId}`, v.id, `VLAN ${v.vlanId}${v.name ? ` ${v.name}` : ''}`); if (v.name) test(v.name, v.id, `VLAN ${v.vlanId} ${v.name}`); }
  for (const c of [d.sanFabrics, d.storageArrays, d.luns, d.ethernetSwitches] as Record<string, { id: Id; name: string }>[]) {
    for (const r of Object.values(c)) test(r.name, r.id, r.name);
  }
  const part = (pid: Id | null) => (pid ? d.partitions[pid]?.name ?? '' : '');
  for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.physicalPorts, d.seas, d.heaLogicalPorts, d.vnicAdapters, d.sriovLogicalPorts] as Record<string, { id: Id; deviceName: string; partitionId: Id | null }>[]) {
    for (const a of Object.values(c)) if (a.partitionId) test(a.deviceName, a.partitionId, `${a.deviceName} on ${part(a.partitionId)}`, a.id);
  }
  for (const b of Object.values(d.backingDevices)) test(b.name, b.partitionId, `${b.name} on ${part(b.partitionId)}`, b.id);
  // vNIC server adapters (vnicserverN on the VIOS, found at the logical port they serve).
  for (const b of Object.values(d.vnicBackingDevices)) {
    const lp = d.sriovLogicalPorts[b.logicalPortId];
    const vnic = d.vnicAdapters[b.vnicId];
    if (lp && b.serverDeviceName) test(b.serverDeviceName, lp.partitionId, `${b.serverDeviceName} on ${part(lp.partitionId)} (vNIC ${vnic?.deviceName ?? '?'} of ${part(vnic?.partitionId ?? null)})`, lp.id);
  }
  // SR-IOV physical ports, Shared Storage Pools (by pool and cluster name) and their logical units (found at the pool).
  for (const p of Object.keys(d.sriovPhysicalPorts)) { const n = sriovPortName(design, p); test(n, p, `SR-IOV ${n}`); }
  for (const c of Object.values(d.sspClusters)) { test(c.poolName, c.id, `Shared storage pool ${c.poolName}`); if (c.name !== c.poolName) test(c.name, c.id, `Cluster ${c.name} (pool ${c.poolName})`); }
  for (const u of Object.values(d.sspLogicalUnits)) test(u.name, u.clusterId, `Logical unit ${u.name} in ${d.sspClusters[u.clusterId]?.poolName ?? '?'}`);
  if (hex) {
    for (const a of Object.values(d.vfcAdapters)) {
      for (const w of a.wwpns ?? []) {
        const i = w.toLowerCase().indexOf(hex);
        if (i >= 0) hits.push({ nodeId: a.partitionId, rowId: a.id, label: `${a.deviceName} on ${part(a.partitionId)} · WWPN ${asWwpn(w)}`, rank: hex.length === 16 ? 0 : i === 0 ? 1 : 2 });
      }
    }
  }
  return hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, undefined, { numeric: true })).slice(0, limit)
    .map(({ rank: _rank, ...hit }) => hit);
}
