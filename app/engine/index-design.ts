import type {
  BackingDevice, CollectionName, Design, HeaLogicalPort, HeaPort, Id, ManagedSystem, Partition, PhysicalPort, RecordOf,
  SharedEthernetAdapter, VirtualEthernetAdapter, VirtualFcAdapter, VirtualScsiAdapter, VirtualTargetDevice,
} from '../model/schema/index.ts';

export type AdapterKind = 'vscsi' | 'vfc' | 'veth';
export type VirtualAdapter = VirtualScsiAdapter | VirtualFcAdapter | VirtualEthernetAdapter;
export interface SlotUse { kind: AdapterKind; adapter: VirtualAdapter }
export type PairAdapter = VirtualScsiAdapter | VirtualFcAdapter;
export type AllRecords = { [C in CollectionName]: RecordOf<C>[] };

/** Adapters of one kind by slot number: a sparse array; a second adapter in the same slot turns the entry into a list. */
export type SlotTable<T> = (T | T[])[];

/** What the rules need to know about one partition, gathered in one pass. */
export interface PartitionIndex {
  partition: Partition;
  system: ManagedSystem | undefined;
  /** Adapters by slot, one table per kind (count them with countIn). */
  vscsiAt: SlotTable<VirtualScsiAdapter>;
  vfcAt: SlotTable<VirtualFcAdapter>;
  vethAt: SlotTable<VirtualEthernetAdapter>;
  /** VTDs by the slot of their vhost (a VIOS's vhosts are found by slot without a map keyed by adapter id). */
  vtdAt: SlotTable<VirtualTargetDevice>;
  backing: BackingDevice[];
  ports: PhysicalPort[];
  seas: SharedEthernetAdapter[];
  heaLogical: HeaLogicalPort[];
  mediaRepository: boolean;
}

/**
 * Everything the rules look up, built once per validation in one pass over each collection, so that every rule
 * stays linear in the size of the design. Enumerating the record objects and filling hash maps is the costly part
 * on large designs, so the index keeps per-partition arrays (adapters by slot) and resolves adapter pairs on demand
 * from them instead of storing every pair in maps.
 */
export interface DesignIndex {
  design: Design;
  /** Every collection as an array, enumerated once. */
  all: AllRecords;
  partitions: Partition[];
  partitionsBySystem: Map<Id, Partition[]>;
  /** The per-partition records, in partition order. */
  parts: PartitionIndex[];
  part(partitionId: Id): PartitionIndex | undefined;
  /** The virtual target devices of a vhost, in document order (empty when none). */
  vtdsOf(vhost: VirtualScsiAdapter): readonly VirtualTargetDevice[];
  /** How many virtual target devices a vhost has (without building the list). */
  vtdCount(vhost: VirtualScsiAdapter): number;
  /** Backing devices mapped by more than one VTD, with those VTDs (VSCSI-5, VSCSI-6). */
  multiMapped: Map<Id, VirtualTargetDevice[]>;
  /** physical FC port id -> vfchosts mapped to it (vfcmap). */
  vfcByPort: Map<Id, VirtualFcAdapter[]>;
  /** trunk adapter id -> the SEA that lists it. */
  seaOfTrunk: Map<Id, SharedEthernetAdapter>;
  /** control channel adapter id -> the SEA that uses it. */
  seaOfControlChannel: Map<Id, SharedEthernetAdapter>;
  heaPortsBySystem: Map<Id, HeaPort[]>;
  heaLogicalByPort: Map<Id, HeaLogicalPort[]>;
  /** Virtual Ethernet adapters of a frame carrying a VLAN (as PVID or additional VLAN) on a virtual switch. */
  vlanMembers(systemId: Id, vswitch: string, vlan: number): readonly VirtualEthernetAdapter[];
  /** Adapters of any kind in a slot of a partition. */
  at(partitionId: Id, slot: number): SlotUse[];
  /** The server adapter in the client's (remote partition, remote slot), whatever that server names. */
  targetOf<T extends PairAdapter>(kind: 'vscsi' | 'vfc', client: T): T | undefined;
  /** The server of a complete pair (the server names the client back, or accepts any client). */
  serverOf<T extends PairAdapter>(kind: 'vscsi' | 'vfc', client: T): T | undefined;
  /** The client of a complete pair. */
  clientOf<T extends PairAdapter>(kind: 'vscsi' | 'vfc', server: T): T | undefined;
  /** Clients that name an any/any server (the only servers that more than one client can pair with); computed on first use. */
  anyClaims(): Map<Id, PairAdapter[]>;
  /** Client and server adapters of each kind. */
  clients: { vscsi: VirtualScsiAdapter[]; vfc: VirtualFcAdapter[] };
  servers: { vscsi: VirtualScsiAdapter[]; vfc: VirtualFcAdapter[] };
  systemOf(partitionId: Id): ManagedSystem | undefined;
  partitionName(partitionId: Id | null | undefined): string;
}

/** The VLAN ids an adapter carries: its PVID and its additional (tagged) VLANs. */
export function vlansOf(a: VirtualEthernetAdapter): number[] {
  return a.additionalVlans.length === 0 ? [a.pvid] : [a.pvid, ...a.additionalVlans.filter((v) => v !== a.pvid)];
}

/** A function of an indexed design computed once per index: the rules of one validation share its answer. */
export function perIndex<T>(compute: (ix: DesignIndex) => T): (ix: DesignIndex) => T {
  const cache = new WeakMap<DesignIndex, T>();
  return (ix) => {
    let v = cache.get(ix);
    if (v === undefined) cache.set(ix, (v = compute(ix)));
    return v;
  };
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Shared empty list: per-partition lists are allocated on first use (most clients have no ports, SEAs or HEA). */
const EMPTY: never[] = [];
Object.freeze(EMPTY);

/** Counts the adapters of a slot table that satisfy `pred` (no allocation). */
export function countIn<T>(table: SlotTable<T>, pred: (a: T) => boolean): number {
  let n = 0;
  for (let s = 0; s < table.length; s++) {
    const cur = table[s];
    if (cur === undefined) continue;
    if (Array.isArray(cur)) { for (const a of cur) if (pred(a)) n++; } else if (pred(cur)) n++;
  }
  return n;
}

/** Calls `f` with every adapter of a slot table, in slot order (no allocation). */
export function forEachIn<T>(table: SlotTable<T>, f: (a: T) => void): void {
  for (let s = 0; s < table.length; s++) {
    const cur = table[s];
    if (cur === undefined) continue;
    if (Array.isArray(cur)) { for (const a of cur) f(a); } else f(cur);
  }
}

/** Appends to a lazily allocated list field of a partition record. */
function add<K extends 'backing' | 'ports' | 'seas' | 'heaLogical'>(pi: PartitionIndex, k: K, v: PartitionIndex[K][number]): void {
  const list = pi[k] as unknown[];
  if (list === EMPTY) (pi[k] as unknown[]) = [v];
  else list.push(v);
}

function put<T>(table: SlotTable<T>, slot: number, a: T): void {
  const cur = table[slot];
  if (cur === undefined) table[slot] = a;
  else if (Array.isArray(cur)) cur.push(a);
  else table[slot] = [cur, a];
}

/** Entries of a slot table at one slot, as a list. */
function entries<T>(table: SlotTable<T>, slot: number): T[] {
  const cur = table[slot];
  return cur === undefined ? [] : Array.isArray(cur) ? cur : [cur];
}

const isAny = (a: PairAdapter): boolean => a.remotePartitionId === null && a.remoteSlot === null;

export function indexDesign(design: Design): DesignIndex {
  const d = design.domain;
  const all = {} as Record<CollectionName, unknown[]>;
  for (const c of Object.keys(d) as CollectionName[]) {
    const rec = d[c] as Record<string, unknown>;
    const keys = Object.keys(rec);
    const list = new Array<unknown>(keys.length);
    for (let i = 0; i < keys.length; i++) list[i] = rec[keys[i]!];
    all[c] = list;
  }
  const rec = all as AllRecords;

  const parts = new Map<Id, PartitionIndex>();
  const partList: PartitionIndex[] = [];
  const partitionsBySystem = new Map<Id, Partition[]>();
  for (const p of rec.partitions) {
    push(partitionsBySystem, p.systemId, p);
    const pi: PartitionIndex = {
      partition: p, system: d.systems[p.systemId], vscsiAt: EMPTY, vfcAt: EMPTY, vethAt: EMPTY, vtdAt: EMPTY,
      backing: EMPTY, ports: EMPTY, seas: EMPTY, heaLogical: EMPTY, mediaRepository: false,
    };
    parts.set(p.id, pi);
    partList.push(pi);
  }
  const clients = { vscsi: [] as VirtualScsiAdapter[], vfc: [] as VirtualFcAdapter[] };
  const servers = { vscsi: [] as VirtualScsiAdapter[], vfc: [] as VirtualFcAdapter[] };
  for (const a of rec.vscsiAdapters) {
    (a.role === 'client' ? clients.vscsi : servers.vscsi).push(a);
    const pi = parts.get(a.partitionId);
    if (!pi) continue;
    if (pi.vscsiAt === EMPTY) pi.vscsiAt = [];
    put(pi.vscsiAt, a.slot, a);
  }
  const vfcByPort = new Map<Id, VirtualFcAdapter[]>();
  for (const a of rec.vfcAdapters) {
    (a.role === 'client' ? clients.vfc : servers.vfc).push(a);
    const pi = parts.get(a.partitionId);
    if (pi) {
      if (pi.vfcAt === EMPTY) pi.vfcAt = [];
      put(pi.vfcAt, a.slot, a);
    }
    if (a.role === 'server' && a.physicalPortId) push(vfcByPort, a.physicalPortId, a);
  }
  // VLAN membership: frame -> vswitch -> VLAN id -> adapters.
  const vlans = new Map<Id, Map<string, Map<number, VirtualEthernetAdapter[]>>>();
  for (const a of rec.vethAdapters) {
    const pi = parts.get(a.partitionId);
    if (!pi) continue;
    if (pi.vethAt === EMPTY) pi.vethAt = [];
    put(pi.vethAt, a.slot, a);
    let bySwitch = vlans.get(pi.partition.systemId);
    if (!bySwitch) vlans.set(pi.partition.systemId, (bySwitch = new Map()));
    let byVlan = bySwitch.get(a.vswitch);
    if (!byVlan) bySwitch.set(a.vswitch, (byVlan = new Map()));
    push(byVlan, a.pvid, a);
    for (const v of a.additionalVlans) if (v !== a.pvid) push(byVlan, v, a);
  }

  const firstVtd = new Map<Id, VirtualTargetDevice>();
  const multiMapped = new Map<Id, VirtualTargetDevice[]>();
  for (const v of rec.vtds) {
    const vhost = d.vscsiAdapters[v.serverAdapterId];
    const pi = vhost ? parts.get(vhost.partitionId) : undefined;
    if (pi) {
      if (pi.vtdAt === EMPTY) pi.vtdAt = [];
      put(pi.vtdAt, vhost!.slot, v);
    }
    const b = v.backingDeviceId;
    if (!b) continue;
    const first = firstVtd.get(b);
    if (!first) firstVtd.set(b, v);
    else if (multiMapped.has(b)) multiMapped.get(b)!.push(v);
    else multiMapped.set(b, [first, v]);
  }
  for (const b of rec.backingDevices) { const pi = parts.get(b.partitionId); if (pi) add(pi, 'backing', b); }
  for (const p of rec.physicalPorts) { const pi = p.partitionId ? parts.get(p.partitionId) : undefined; if (pi) add(pi, 'ports', p); }
  const seaOfTrunk = new Map<Id, SharedEthernetAdapter>();
  const seaOfControlChannel = new Map<Id, SharedEthernetAdapter>();
  for (const s of rec.seas) {
    const pi = parts.get(s.partitionId);
    if (pi) add(pi, 'seas', s);
    for (const t of s.trunkAdapterIds) if (!seaOfTrunk.has(t)) seaOfTrunk.set(t, s);
    if (s.controlChannelId && !seaOfControlChannel.has(s.controlChannelId)) seaOfControlChannel.set(s.controlChannelId, s);
  }
  const heaPortsBySystem = new Map<Id, HeaPort[]>();
  for (const h of rec.heaPorts) push(heaPortsBySystem, h.systemId, h);
  const heaLogicalByPort = new Map<Id, HeaLogicalPort[]>();
  for (const l of rec.heaLogicalPorts) {
    push(heaLogicalByPort, l.heaPortId, l);
    const pi = parts.get(l.partitionId);
    if (pi) add(pi, 'heaLogical', l);
  }
  for (const r of rec.mediaRepositories) { const pi = parts.get(r.partitionId); if (pi) pi.mediaRepository = true; }

  const tableOf = <T extends PairAdapter>(kind: 'vscsi' | 'vfc', pid: Id): SlotTable<T> | undefined => {
    const pi = parts.get(pid);
    return pi ? ((kind === 'vscsi' ? pi.vscsiAt : pi.vfcAt) as SlotTable<T>) : undefined;
  };
  const targetOf = <T extends PairAdapter>(kind: 'vscsi' | 'vfc', c: T): T | undefined => {
    if (c.role !== 'client' || c.remotePartitionId === null || c.remoteSlot === null) return undefined;
    const table = tableOf<T>(kind, c.remotePartitionId);
    const cur = table?.[c.remoteSlot];
    if (cur === undefined) return undefined;
    if (!Array.isArray(cur)) return cur.role === 'server' ? cur : undefined;
    return cur.find((a) => a.role === 'server');
  };
  // Clients of any/any servers: the only case where a server's client cannot be found from the server itself.
  let anyMap: Map<Id, PairAdapter[]> | null = null;
  const anyClaims = (): Map<Id, PairAdapter[]> => {
    if (anyMap) return anyMap;
    anyMap = new Map();
    if (!servers.vscsi.some(isAny) && !servers.vfc.some(isAny)) return anyMap; // the usual case: no any/any server
    for (const kind of ['vscsi', 'vfc'] as const) {
      for (const c of clients[kind] as PairAdapter[]) {
        const s = targetOf(kind, c);
        if (s && isAny(s)) push(anyMap, s.id, c);
      }
    }
    return anyMap;
  };
  const serverOf = <T extends PairAdapter>(kind: 'vscsi' | 'vfc', c: T): T | undefined => {
    const s = targetOf(kind, c);
    if (!s) return undefined;
    if (isAny(s)) return anyClaims().get(s.id)?.[0] === c ? s : undefined;
    return s.remotePartitionId === c.partitionId && s.remoteSlot === c.slot ? s : undefined;
  };
  const clientOf = <T extends PairAdapter>(kind: 'vscsi' | 'vfc', s: T): T | undefined => {
    if (s.role !== 'server') return undefined;
    if (isAny(s)) return anyClaims().get(s.id)?.[0] as T | undefined;
    if (s.remotePartitionId === null || s.remoteSlot === null) return undefined;
    const cur = tableOf<T>(kind, s.remotePartitionId)?.[s.remoteSlot];
    const c = cur === undefined ? undefined : Array.isArray(cur) ? cur.find((a) => a.role === 'client') : cur.role === 'client' ? cur : undefined;
    return c && c.remotePartitionId === s.partitionId && c.remoteSlot === s.slot ? c : undefined;
  };

  const none: readonly VirtualEthernetAdapter[] = [];
  return {
    design, all: rec, partitions: rec.partitions, partitionsBySystem, parts: partList,
    part: (pid) => parts.get(pid),
    vtdsOf(vhost) {
      const cur = parts.get(vhost.partitionId)?.vtdAt[vhost.slot];
      if (cur === undefined) return EMPTY;
      if (!Array.isArray(cur)) return cur.serverAdapterId === vhost.id ? [cur] : EMPTY;
      return cur.filter((v) => v.serverAdapterId === vhost.id);
    },
    vtdCount(vhost) {
      const cur = parts.get(vhost.partitionId)?.vtdAt[vhost.slot];
      if (cur === undefined) return 0;
      if (!Array.isArray(cur)) return cur.serverAdapterId === vhost.id ? 1 : 0;
      let n = 0;
      for (const v of cur) if (v.serverAdapterId === vhost.id) n++;
      return n;
    },
    multiMapped, vfcByPort, seaOfTrunk, seaOfControlChannel, heaPortsBySystem, heaLogicalByPort,
    vlanMembers: (sys, vswitch, vlan) => vlans.get(sys)?.get(vswitch)?.get(vlan) ?? none,
    at(pid, slot) {
      const pi = parts.get(pid);
      if (!pi) return [];
      return [
        ...entries(pi.vscsiAt, slot).map((adapter) => ({ kind: 'vscsi' as const, adapter })),
        ...entries(pi.vfcAt, slot).map((adapter) => ({ kind: 'vfc' as const, adapter })),
        ...entries(pi.vethAt, slot).map((adapter) => ({ kind: 'veth' as const, adapter })),
      ];
    },
    targetOf, serverOf, clientOf, anyClaims, clients, servers,
    systemOf: (pid) => parts.get(pid)?.system,
    partitionName: (pid) => (pid ? parts.get(pid)?.partition.name ?? pid : 'no partition'),
  };
}
