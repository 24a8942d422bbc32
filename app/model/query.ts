import { current, isDraft } from 'immer';
import type {
  Design, Partition, VirtualFcAdapter, VirtualScsiAdapter, Id,
} from './schema/index.ts';
import { OpError } from './errors.ts';

export const values = <T>(rec: Record<string, T>): T[] => Object.values(rec);

export function getPartition(design: Design, id: Id): Partition {
  const p = Object.hasOwn(design.domain.partitions, id) ? design.domain.partitions[id] : undefined;
  if (!p) throw new OpError(`No partition with id ${id}`);
  return p;
}

export const isVios = (p: Partition): boolean => p.kind === 'vios';

/** Every slot used by a partition's virtual adapters (vSCSI, vFC, virtual Ethernet, vNIC). */
export function usedSlots(design: Design, partitionId: Id): Set<number> {
  const used = new Set<number>();
  const d = plain(design.domain);
  for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.vnicAdapters]) {
    for (const a of Object.values(c)) if (a.partitionId === partitionId) used.add(a.slot);
  }
  return used;
}

type PairAdapter = VirtualScsiAdapter | VirtualFcAdapter;

/** The adapter at the other end of a client/server pair, if it exists and points back (or is any/any). */
export function partnerOf<T extends PairAdapter>(all: Record<string, T>, adapter: T): T | null {
  if (adapter.remotePartitionId === null || adapter.remoteSlot === null) {
    if (adapter.role === 'server') {
      return Object.values(all).find((a) => a.role === 'client' && a.remotePartitionId === adapter.partitionId
        && a.remoteSlot === adapter.slot) ?? null;
    }
    return null;
  }
  for (const a of Object.values(all)) {
    if (a.partitionId === adapter.remotePartitionId && a.slot === adapter.remoteSlot && a.role !== adapter.role) return a;
  }
  return null;
}

/** Backing devices mapped to a vhost through its VTDs. */
export function vtdsOf(design: Design, serverAdapterId: Id) {
  return Object.values(design.domain.vtds).filter((v) => v.serverAdapterId === serverAdapterId)
    .sort((a, b) => a.lun - b.lun);
}

/** Child records of a partition in a collection. */
export function ofPartition<T extends { partitionId: Id | null }>(rec: Record<string, T>, partitionId: Id): T[] {
  return Object.values(rec).filter((r) => r.partitionId === partitionId);
}

const partnerCache = new WeakMap<object, Map<Id, PairAdapter>>();

/**
 * Every adapter's partner at once, in linear time (what `partnerOf` gives for one adapter). Cached per
 * collection object, which immer keeps as long as nothing in it changes.
 */
export function partnerMap<T extends PairAdapter>(all: Record<string, T>): ReadonlyMap<Id, T> {
  const cached = partnerCache.get(all);
  if (cached) return cached as Map<Id, T>;
  // Per partition, per slot: the server and the client adapter there, and the first client naming it (numbers and
  // ids as keys, no key strings: this runs once per collection on a design of thousands of adapters, cold).
  interface AtSlot { server?: T; client?: T; claim?: T }
  const byPartition = new Map<Id, Map<number, AtSlot>>();
  const slotOf = (partitionId: Id, slot: number): AtSlot => {
    let slots = byPartition.get(partitionId);
    if (!slots) byPartition.set(partitionId, (slots = new Map()));
    let at = slots.get(slot);
    if (!at) slots.set(slot, (at = {}));
    return at;
  };
  const list = Object.values(all);
  for (const a of list) {
    const at = slotOf(a.partitionId, a.slot);
    if (a.role === 'server') at.server = a; else at.client = a;
    if (a.role === 'client' && a.remotePartitionId !== null && a.remoteSlot !== null) {
      const there = slotOf(a.remotePartitionId, a.remoteSlot);
      if (!there.claim) there.claim = a;
    }
  }
  const out = new Map<Id, T>();
  for (const a of list) {
    const p = a.remotePartitionId === null || a.remoteSlot === null
      ? (a.role === 'server' ? byPartition.get(a.partitionId)?.get(a.slot)?.claim : undefined)
      : (a.role === 'server' ? byPartition.get(a.remotePartitionId)?.get(a.remoteSlot)?.client : byPartition.get(a.remotePartitionId)?.get(a.remoteSlot)?.server);
    if (p) out.set(a.id, p);
  }
  partnerCache.set(all, out);
  return out;
}

/**
 * A plain view of a (possibly immer-drafted) part of the design for reading. Reading a draft's values
 * one by one makes a proxy for each record; inside an operation on a large design that is thousands.
 */
export const plain = <T>(x: T): T => (isDraft(x) ? (current(x as never) as T) : x);

/** Entitled cores and memory (MB) of each frame's partitions, by frame id: summed once per partitions object. */
const usageCache = new WeakMap<object, Map<Id, [number, number]>>();
export function frameUsage(partitions: Design['domain']['partitions']): ReadonlyMap<Id, readonly [number, number]> {
  let m = usageCache.get(partitions);
  if (!m) {
    m = new Map();
    for (const p of Object.values(partitions)) {
      const u = m.get(p.systemId);
      if (u) { u[0] += p.processor.desiredUnits; u[1] += p.memory.desiredMB; } else m.set(p.systemId, [p.processor.desiredUnits, p.memory.desiredMB]);
    }
    usageCache.set(partitions, m);
  }
  return m;
}

/** Client partitions and VIOS of each frame, by frame id: counted once per partitions object. */
const countCache = new WeakMap<object, Map<Id, { clients: number; vios: number }>>();
export function frameCounts(partitions: Design['domain']['partitions']): ReadonlyMap<Id, { readonly clients: number; readonly vios: number }> {
  let m = countCache.get(partitions);
  if (!m) {
    m = new Map();
    for (const p of Object.values(partitions)) {
      const c = m.get(p.systemId) ?? { clients: 0, vios: 0 };
      if (p.kind === 'vios') c.vios++; else c.clients++;
      m.set(p.systemId, c);
    }
    countCache.set(partitions, m);
  }
  return m;
}
