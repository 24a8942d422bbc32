import type { CollectionName, Design, Id } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { hasRecord } from '../references.ts';
import { allocateDeviceName, uniqueName } from '../names.ts';
import { allocateSlot } from '../slots.ts';
import { nextLparId } from './partitions.ts';
import { nextWwpnPair } from './vfc.ts';

/** What Copy keeps: a snapshot of the design and the elements chosen (frames bring everything inside them). */
export interface Clip { source: Design; ids: Id[] }

const TOP: readonly CollectionName[] = ['systems', 'partitions', 'vlans', 'heaPorts', 'sanFabrics', 'storageArrays', 'luns', 'ethernetSwitches'];

/** Copies elements that are drawn as nodes; a frame brings its partitions, VLANs and HEA ports. */
export function copyElements(design: Design, ids: readonly Id[]): Clip {
  const d = design.domain;
  const out = new Set<Id>();
  for (const id of ids) {
    if (!TOP.some((c) => hasRecord(d[c], id))) continue;
    out.add(id);
    if (hasRecord(d.systems, id)) {
      for (const c of ['partitions', 'vlans', 'heaPorts'] as const) {
        for (const r of Object.values(d[c])) if (r.systemId === id) out.add(r.id);
      }
    }
    if (d.storageArrays[id]) for (const l of Object.values(d.luns)) if (l.arrayId === id) out.add(l.id);
  }
  return { source: design, ids: [...out] };
}

export interface PasteArgs { clip: Clip; offset?: { x: number; y: number } }

/**
 * Pastes a clip as new elements: new ids, names renamed (aix01 -> aix02), new partition ids, and for every
 * client adapter whose VIOS was not copied a new server adapter in a free slot of that VIOS (vFC clients get
 * new WWPNs). Pure: returns the new design and the ids of the new top-level elements.
 */
export function pasteClip(design: Design, a: PasteArgs): { design: Design; created: Id[] } {
  const d: Design = structuredClone(design);
  const src = a.clip.source.domain;
  const off = a.offset ?? { x: 40, y: 40 };
  const map = new Map<Id, Id>();
  const picked = new Set(a.clip.ids);
  const created: Id[] = [];
  const taken = new Set<Id>();
  const fresh = (c: CollectionName) => { const id = nextId(d, c, taken); taken.add(id); return id; };
  const ref = (id: Id | null | undefined): Id | null => (id ? map.get(id) ?? (idExists(d, id) ? id : null) : null);
  const place = (oldId: Id, newId: Id, parentCopied: boolean) => {
    const l = a.clip.source.layout.nodes[oldId];
    if (l) d.layout.nodes[newId] = parentCopied ? { ...l } : { ...l, x: l.x + off.x, y: l.y + off.y };
  };
  const names = (rec: Record<string, { name: string }>) => Object.values(rec).map((r) => r.name);
  const sel = <T extends { id: Id }>(rec: Record<string, T>) => Object.values(rec).filter((r) => picked.has(r.id));

  for (const s of sel(src.systems)) {
    const id = fresh('systems');
    map.set(s.id, id);
    d.domain.systems[id] = { ...structuredClone(s), id, name: uniqueName(names(d.domain.systems), s.name) };
    place(s.id, id, false); created.push(id);
  }
  for (const c of ['sanFabrics', 'storageArrays', 'ethernetSwitches'] as const) {
    for (const r of sel(src[c] as Record<string, { id: Id; name: string }>)) {
      const id = fresh(c);
      map.set(r.id, id);
      (d.domain[c] as Record<string, unknown>)[id] = { ...structuredClone(r), id, name: uniqueName(names(d.domain[c]), r.name) };
      place(r.id, id, false); created.push(id);
    }
  }
  for (const arr of Object.values(d.domain.storageArrays)) if (map.has(arr.id) || created.includes(arr.id)) arr.fabricIds = arr.fabricIds.map((f) => ref(f)).filter((f): f is Id => !!f);
  for (const l of sel(src.luns)) {
    const arrayId = ref(l.arrayId);
    if (!arrayId) continue;
    const id = fresh('luns');
    map.set(l.id, id);
    d.domain.luns[id] = { ...structuredClone(l), id, arrayId, name: uniqueName(names(d.domain.luns), l.name), fabricIds: l.fabricIds.map(ref).filter((f): f is Id => !!f) };
    place(l.id, id, false); created.push(id);
  }
  for (const v of sel(src.vlans)) {
    const systemId = ref(v.systemId);
    if (!systemId) continue;
    let vlanId = v.vlanId;
    const used = new Set(Object.values(d.domain.vlans).filter((o) => o.systemId === systemId && o.vswitch === v.vswitch).map((o) => o.vlanId));
    while (used.has(vlanId)) vlanId = vlanId >= 4094 ? 1 : vlanId + 1;
    const id = fresh('vlans');
    map.set(v.id, id);
    d.domain.vlans[id] = { ...structuredClone(v), id, systemId, vlanId };
    place(v.id, id, map.has(v.systemId)); if (!map.has(v.systemId)) created.push(id);
  }
  for (const h of sel(src.heaPorts)) {
    if (!map.has(h.systemId)) continue; // HEA ports are hardware of their frame: copied only with it
    const id = fresh('heaPorts');
    map.set(h.id, id);
    d.domain.heaPorts[id] = { ...structuredClone(h), id, systemId: map.get(h.systemId)!, promiscuousPartitionId: null, cabledToId: ref(h.cabledToId) };
    place(h.id, id, true);
  }
  const parts = sel(src.partitions).filter((p) => ref(p.systemId));
  for (const p of parts) {
    const systemId = ref(p.systemId)!;
    const id = fresh('partitions');
    map.set(p.id, id);
    const siblings = Object.values(d.domain.partitions).filter((o) => o.systemId === systemId);
    d.domain.partitions[id] = { ...structuredClone(p), id, systemId, lparId: nextLparId(siblings, systemId), name: uniqueName(siblings.map((o) => o.name), p.name) };
    place(p.id, id, map.has(p.systemId)); if (!map.has(p.systemId)) created.push(id);
  }
  const inCopy = (pid: Id | null) => !!pid && map.has(pid) && !!src.partitions[pid];
  for (const port of Object.values(src.physicalPorts)) {
    if (!inCopy(port.partitionId)) continue;
    const id = fresh('physicalPorts');
    map.set(port.id, id);
    d.domain.physicalPorts[id] = { ...structuredClone(port), id, systemId: map.get(port.partitionId!) ? d.domain.partitions[map.get(port.partitionId!)!]!.systemId : port.systemId, partitionId: map.get(port.partitionId!)!, cabledToId: ref(port.cabledToId) };
  }
  for (const v of Object.values(src.vethAdapters)) {
    if (!inCopy(v.partitionId)) continue;
    const id = fresh('vethAdapters');
    map.set(v.id, id);
    d.domain.vethAdapters[id] = { ...structuredClone(v), id, partitionId: map.get(v.partitionId)! };
  }
  pastePairs(d, src, map, inCopy, fresh);
  for (const b of Object.values(src.backingDevices)) {
    if (!inCopy(b.partitionId)) continue;
    const id = fresh('backingDevices');
    map.set(b.id, id);
    d.domain.backingDevices[id] = { ...structuredClone(b), id, partitionId: map.get(b.partitionId)!, lunId: ref(b.lunId), physicalPortId: ref(b.physicalPortId) };
  }
  for (const v of Object.values(src.vtds)) {
    const serverAdapterId = map.get(v.serverAdapterId);
    const backing = v.backingDeviceId ? map.get(v.backingDeviceId) : null;
    if (!serverAdapterId || !inCopy(src.vscsiAdapters[v.serverAdapterId]?.partitionId ?? null) || backing === undefined) continue;
    const id = fresh('vtds');
    d.domain.vtds[id] = { ...structuredClone(v), id, serverAdapterId, backingDeviceId: backing };
  }
  for (const l of Object.values(src.heaLogicalPorts)) {
    const heaPortId = ref(l.heaPortId);
    if (!inCopy(l.partitionId) || !heaPortId) continue;
    const id = fresh('heaLogicalPorts');
    map.set(l.id, id);
    d.domain.heaLogicalPorts[id] = { ...structuredClone(l), id, heaPortId, partitionId: map.get(l.partitionId)! };
  }
  for (const l of Object.values(src.linkAggregations)) {
    if (!inCopy(l.partitionId) || !l.memberIds.every((m) => map.has(m))) continue;
    const id = fresh('linkAggregations');
    map.set(l.id, id);
    d.domain.linkAggregations[id] = { ...structuredClone(l), id, partitionId: map.get(l.partitionId)!, memberIds: l.memberIds.map((m) => map.get(m)!), backupMemberId: l.backupMemberId ? map.get(l.backupMemberId) ?? null : null };
  }
  for (const s of Object.values(src.seas)) {
    if (!inCopy(s.partitionId) || (s.realAdapter && !map.has(s.realAdapter.id))) continue;
    const id = fresh('seas');
    const m = (x: Id | null) => (x ? map.get(x) ?? null : null);
    d.domain.seas[id] = { ...structuredClone(s), id, partitionId: map.get(s.partitionId)!, realAdapter: s.realAdapter ? { kind: s.realAdapter.kind, id: map.get(s.realAdapter.id)! } : null,
      trunkAdapterIds: s.trunkAdapterIds.map((t) => map.get(t)!).filter(Boolean), defaultAdapterId: m(s.defaultAdapterId), controlChannelId: m(s.controlChannelId) };
  }
  for (const r of Object.values(src.mediaRepositories)) {
    if (!inCopy(r.partitionId)) continue;
    const id = fresh('mediaRepositories');
    d.domain.mediaRepositories[id] = { ...r, id, partitionId: map.get(r.partitionId)! };
  }
  for (const e of Object.values(src.etherChannels)) {
    if (!inCopy(e.partitionId) || !map.has(e.primaryId)) continue;
    const id = fresh('etherChannels');
    d.domain.etherChannels[id] = { ...structuredClone(e), id, partitionId: map.get(e.partitionId)!, primaryId: map.get(e.primaryId)!, backupId: e.backupId ? map.get(e.backupId) ?? null : null };
  }
  if (created.length === 0) throw new OpError('Nothing to paste here');
  return { design: d, created };
}

function idExists(d: Design, id: Id): boolean {
  for (const c of Object.keys(d.domain) as CollectionName[]) if (hasRecord(d.domain[c], id)) return true;
  return false;
}

/**
 * vSCSI and vFC pairs of the copied partitions. Both ends copied: the pair is copied as is. Only the client
 * copied: a new server adapter in a free slot of the same VIOS (a vhost serves one client). Only the server
 * copied: left out (its client already has a server).
 */
function pastePairs(d: Design, src: Design['domain'], map: Map<Id, Id>, inCopy: (p: Id | null) => boolean, fresh: (c: CollectionName) => Id): void {
  for (const c of ['vscsiAdapters', 'vfcAdapters'] as const) {
    const all = src[c] as Record<string, Design['domain']['vfcAdapters'][string]>;
    for (const a of Object.values(all)) {
      if (!inCopy(a.partitionId)) continue;
      const remote = a.remotePartitionId;
      if (a.role === 'server' && remote && !inCopy(remote)) continue;
      const id = fresh(c);
      map.set(a.id, id);
      const rec = { ...structuredClone(a), id, partitionId: map.get(a.partitionId)!, remotePartitionId: remote ? map.get(remote) ?? remote : null };
      if (c === 'vfcAdapters' && a.role === 'client') rec.wwpns = nextWwpnPair(d);
      if (c === 'vfcAdapters' && a.role === 'server') rec.physicalPortId = a.physicalPortId ? map.get(a.physicalPortId) ?? null : null;
      if (a.role === 'client' && remote && !inCopy(remote)) {
        const vios = d.domain.partitions[remote];
        if (!vios || vios.systemId !== d.domain.partitions[rec.partitionId]?.systemId) continue;
        const slot = allocateSlot(d, remote);
        const sid = fresh(c);
        const server = Object.values(all).find((s) => s.partitionId === remote && s.slot === a.remoteSlot && s.role === 'server');
        const serverRec = {
          id: sid, partitionId: remote, slot, role: 'server' as const, remotePartitionId: rec.partitionId, remoteSlot: a.slot,
          deviceName: allocateDeviceName(d, remote, c === 'vscsiAdapters' ? 'vhost' : 'vfchost'), required: false, dlparOnly: false,
          ...(c === 'vfcAdapters' ? { physicalPortId: server?.physicalPortId ?? null } : {}),
        };
        (d.domain[c] as Record<string, unknown>)[sid] = serverRec;
        rec.remoteSlot = slot;
      }
      (d.domain[c] as Record<string, unknown>)[id] = rec;
    }
  }
}
