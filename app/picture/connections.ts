import type { Design, Id } from '../model/index.ts';
import { partnerMap } from '../model/query.ts';
import { modernConnections } from './modern.ts';

export type ConnectionKind = 'vscsi' | 'vfc' | 'ethernet' | 'cable' | 'storage' | 'hea' | 'sriov' | 'vnic' | 'vnic-standby';

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

/** The same values in the same order (the identity caches' dependency check). */
export const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Connections per source collection, kept while the collections they read are the same objects. */
const memo = new WeakMap<object, Map<string, { deps: readonly unknown[]; value: Connection[] }>>();
function cached(tag: string, key: object, deps: readonly unknown[], compute: () => Connection[]): Connection[] {
  let byTag = memo.get(key);
  if (!byTag) memo.set(key, (byTag = new Map()));
  const hit = byTag.get(tag);
  if (hit && sameDeps(hit.deps, deps)) return hit.value;
  const value = compute();
  byTag.set(tag, { deps, value });
  return value;
}

type PairAdapter = Design['domain']['vscsiAdapters'][string] | Design['domain']['vfcAdapters'][string];

/**
 * A vSCSI or virtual FC server adapter and its client. Its id, label and dependencies are made when first read:
 * only the edges React Flow mounts read them, and a large design zoomed out mounts none of its thousands of pairs.
 */
class PairConnection implements Connection {
  readonly source: Id;
  readonly sourceRow: Id;
  readonly target: Id;
  readonly targetRow: Id;
  #id: string | undefined;
  #deps: readonly unknown[] | undefined;
  constructor(readonly kind: 'vscsi' | 'vfc', private readonly a: PairAdapter, private readonly p: PairAdapter) {
    this.source = a.partitionId;
    this.sourceRow = a.id;
    this.target = p.partitionId;
    this.targetRow = p.id;
  }
  get id(): string { return (this.#id ??= `${this.kind}:${this.a.id}`); }
  get deps(): readonly unknown[] { return (this.#deps ??= [this.a, this.p]); }
  get label(): string { return `${this.a.deviceName} ↔ ${this.p.deviceName} · slot ${this.a.slot} ↔ ${this.p.slot}`; }
}

function pairConnections(all: Design['domain']['vscsiAdapters'] | Design['domain']['vfcAdapters'], kind: 'vscsi' | 'vfc'): Connection[] {
  const out: Connection[] = [];
  const partners = partnerMap(all as Record<string, Design['domain']['vscsiAdapters'][string]>);
  for (const a of Object.values(all)) {
    if (a.role !== 'server') continue;
    const p = partners.get(a.id);
    if (p) out.push(new PairConnection(kind, a, p));
  }
  return out;
}

function ethernetConnections(d: Design['domain']): Connection[] {
  const out: Connection[] = [];
  // VLAN node per frame, vswitch and VLAN id (nested maps: no key string per adapter and VLAN).
  const vlanNode = new Map<Id, Map<string, Map<number, Id>>>();
  for (const v of Object.values(d.vlans)) {
    let bySwitch = vlanNode.get(v.systemId);
    if (!bySwitch) vlanNode.set(v.systemId, (bySwitch = new Map()));
    let byId = bySwitch.get(v.vswitch);
    if (!byId) bySwitch.set(v.vswitch, (byId = new Map()));
    byId.set(v.vlanId, v.id);
  }
  const edge = (a: Design['domain']['vethAdapters'][string], t: Id, vid: number, label: string): Connection =>
    ({ id: `eth:${a.id}:${vid}`, kind: 'ethernet', source: a.partitionId, sourceRow: a.id, target: t, targetRow: null, label, deps: [a, t] });
  for (const a of Object.values(d.vethAdapters)) {
    const p = d.partitions[a.partitionId];
    if (!p) continue;
    const byId = vlanNode.get(p.systemId)?.get(a.vswitch);
    if (!byId) continue;
    const t = byId.get(a.pvid);
    if (t) out.push(edge(a, t, a.pvid, `PVID ${a.pvid}`));
    for (const vid of a.additionalVlans) {
      const tagged = byId.get(vid);
      if (tagged) out.push(edge(a, tagged, vid, vid === a.pvid ? `PVID ${vid}` : `VLAN ${vid} (tagged)`));
    }
  }
  return out;
}

/**
 * Every connection drawn between elements, derived from the design: adapter pairs, virtual Ethernet to
 * VLAN, cabling, hdisk to LUN, LUN and array to fabric, HEA logical ports. The canvas and the SVG export
 * both draw from this list. `deps` are the records a connection shows (for the canvas's identity cache).
 * Each kind is kept while the collections it reads are unchanged: editing a client's memory re-derives
 * none of the thousands of adapter pairs.
 */
export function designConnections(design: Design): Connection[] {
  const d = design.domain;
  const parts = [
    cached('vscsi', d.vscsiAdapters, [], () => pairConnections(d.vscsiAdapters, 'vscsi')),
    cached('vfc', d.vfcAdapters, [], () => pairConnections(d.vfcAdapters, 'vfc')),
    cached('eth', d.vethAdapters, [d.partitions, d.vlans], () => ethernetConnections(d)),
    cached('cable', d.physicalPorts, [], () => Object.values(d.physicalPorts).flatMap((port): Connection[] =>
      port.cabledToId && port.partitionId ? [{ id: `cable:${port.id}`, kind: 'cable', source: port.partitionId, sourceRow: port.id, target: port.cabledToId, targetRow: null, label: '', deps: [port] }] : [])),
    cached('lun', d.backingDevices, [], () => Object.values(d.backingDevices).flatMap((b): Connection[] =>
      b.lunId ? [{ id: `lun:${b.id}`, kind: 'storage', source: b.partitionId, sourceRow: b.id, target: b.lunId, targetRow: null, label: '', deps: [b] }] : [])),
    cached('present', d.luns, [], () => Object.values(d.luns).flatMap((lun) => lun.fabricIds.map((f): Connection =>
      ({ id: `present:${lun.id}:${f}`, kind: 'cable', source: lun.id, sourceRow: null, target: f, targetRow: null, label: '', deps: [lun] })))),
    cached('array', d.storageArrays, [], () => Object.values(d.storageArrays).flatMap((a) => a.fabricIds.map((f): Connection =>
      ({ id: `array:${a.id}:${f}`, kind: 'cable', source: a.id, sourceRow: null, target: f, targetRow: null, label: '', deps: [a] })))),
    cached('hea', d.heaLogicalPorts, [], () => Object.values(d.heaLogicalPorts).map((l): Connection =>
      ({ id: `hea:${l.id}`, kind: 'hea', source: l.heaPortId, sourceRow: null, target: l.partitionId, targetRow: l.id, label: `${l.deviceName} logical port`, deps: [l] }))),
    cached('hea-cable', d.heaPorts, [], () => Object.values(d.heaPorts).flatMap((h): Connection[] =>
      h.cabledToId ? [{ id: `hea-cable:${h.id}`, kind: 'cable', source: h.id, sourceRow: null, target: h.cabledToId, targetRow: null, label: '', deps: [h] }] : [])),
    cached('sriov-cable', d.sriovPhysicalPorts, [], () => Object.values(d.sriovPhysicalPorts).flatMap((p): Connection[] =>
      p.cabledToId ? [{ id: `sriov-cable:${p.id}`, kind: 'cable', source: p.id, sourceRow: null, target: p.cabledToId, targetRow: null, label: '', deps: [p] }] : [])),
    cached('modern', d.sriovLogicalPorts, [d.vnicBackingDevices, d.vnicAdapters, d.sriovPhysicalPorts, d.sriovAdapters, d.backingDevices, d.sspLogicalUnits, d.sspClusters, d.partitions, d.luns],
      () => modernConnections(design)),
  ];
  // The whole list is kept while every part is the same array (the canvas and the picture both ask, on every edit).
  if (lastJoined && sameDeps(lastJoined.parts, parts)) return lastJoined.all;
  const all = parts.flat();
  lastJoined = { parts, all };
  return all;
}

let lastJoined: { parts: Connection[][]; all: Connection[] } | null = null;
