import type { Design, Id } from '../model/index.ts';
import { partnerMap } from '../model/query.ts';

export type ConnectionKind = 'vscsi' | 'vfc' | 'ethernet' | 'cable' | 'storage' | 'hea';

export interface Connection {
  id: string;
  kind: ConnectionKind;
  source: Id;
  sourceRow: Id | null;
  target: Id;
  targetRow: Id | null;
  label: string;
  deps: readonly unknown[];
}

/**
 * Every connection drawn between elements, derived from the design: adapter pairs, virtual Ethernet to
 * VLAN, cabling, hdisk to LUN, LUN and array to fabric, HEA logical ports. The canvas and the SVG export
 * both draw from this list. `deps` are the records a connection shows (for the canvas's identity cache).
 */
export function designConnections(design: Design): Connection[] {
  const d = design.domain;
  const out: Connection[] = [];
  for (const c of ['vscsiAdapters', 'vfcAdapters'] as const) {
    const all = d[c] as Record<string, (typeof d)[typeof c][string]>;
    const partners = partnerMap(all);
    for (const a of Object.values(all)) {
      if (a.role !== 'server') continue;
      const p = partners.get(a.id);
      if (!p) continue;
      const kind = c === 'vscsiAdapters' ? 'vscsi' : 'vfc';
      out.push({ id: `${kind}:${a.id}`, kind, source: a.partitionId, sourceRow: a.id, target: p.partitionId, targetRow: p.id,
        label: `${a.deviceName} ↔ ${p.deviceName} · slot ${a.slot} ↔ ${p.slot}`, deps: [a, p] });
    }
  }
  const vlanNode = new Map<string, Id>();
  for (const v of Object.values(d.vlans)) vlanNode.set(`${v.systemId}|${v.vswitch}|${v.vlanId}`, v.id);
  for (const a of Object.values(d.vethAdapters)) {
    const p = d.partitions[a.partitionId];
    if (!p) continue;
    for (const vid of [a.pvid, ...a.additionalVlans]) {
      const t = vlanNode.get(`${p.systemId}|${a.vswitch}|${vid}`);
      if (t) out.push({ id: `eth:${a.id}:${vid}`, kind: 'ethernet', source: a.partitionId, sourceRow: a.id, target: t, targetRow: null, label: vid === a.pvid ? `PVID ${vid}` : `VLAN ${vid} (tagged)`, deps: [a, t] });
    }
  }
  for (const port of Object.values(d.physicalPorts)) {
    if (port.cabledToId && port.partitionId) out.push({ id: `cable:${port.id}`, kind: 'cable', source: port.partitionId, sourceRow: port.id, target: port.cabledToId, targetRow: null, label: '', deps: [port] });
  }
  for (const b of Object.values(d.backingDevices)) {
    if (b.lunId) out.push({ id: `lun:${b.id}`, kind: 'storage', source: b.partitionId, sourceRow: b.id, target: b.lunId, targetRow: null, label: '', deps: [b] });
  }
  for (const lun of Object.values(d.luns)) for (const f of lun.fabricIds) out.push({ id: `present:${lun.id}:${f}`, kind: 'cable', source: lun.id, sourceRow: null, target: f, targetRow: null, label: '', deps: [lun] });
  for (const a of Object.values(d.storageArrays)) for (const f of a.fabricIds) out.push({ id: `array:${a.id}:${f}`, kind: 'cable', source: a.id, sourceRow: null, target: f, targetRow: null, label: '', deps: [a] });
  for (const l of Object.values(d.heaLogicalPorts)) out.push({ id: `hea:${l.id}`, kind: 'hea', source: l.heaPortId, sourceRow: null, target: l.partitionId, targetRow: l.id, label: `${l.deviceName} logical port`, deps: [l] });
  for (const h of Object.values(d.heaPorts)) if (h.cabledToId) out.push({ id: `hea-cable:${h.id}`, kind: 'cable', source: h.id, sourceRow: null, target: h.cabledToId, targetRow: null, label: '', deps: [h] });
  return out;
}
