/**
 * What the imported outputs say about SR-IOV, vNIC and Shared Storage Pools (document version 3), keyed the way
 * PowerVM identifies them: an adapter by (frame, adapter id) or by its slot location, a logical port by its 8-hex id or
 * by its location (physical port location + -S<n>), a vNIC by (client partition, slot), a cluster by its name.
 * Facts from several files land on the same entries, the first (most authoritative) source winning, as in inventory.ts.
 */
import type { HmcLogicalPortFact, HmcSriovPortFact } from './lshwres-sriov.ts';

export interface SriovAdapterEntry {
  key: string;
  sysKey: string;
  adapterId?: number;
  location?: string;
  mode?: 'shared' | 'dedicated';
  maxLogicalPorts?: number;
  /** Known when read back from an exported script. */
  name?: string;
  model?: string;
}

/** A physical port as the inventory keeps it: the `lshwres` row's settings, keyed by its adapter's key. */
export type SriovPortEntry = Omit<HmcSriovPortFact, 'line' | 'adapterId' | 'label'> & { adapterKey: string; reflectiveRelay?: boolean };

/** A logical port as the inventory keeps it: the `lshwres` row's settings, keyed by its owner and its adapter's key. */
export type LogicalPortEntry = Omit<HmcLogicalPortFact, 'line' | 'lparName' | 'lparId' | 'adapterId' | 'logicalPortId'> & {
  key: string;
  /** Owner partition (inventory partition key). */
  part: string;
  adapterKey: string;
  logicalPortId?: string;
  deviceName?: string;
};

export interface VnicBackingEntry {
  logicalPortKey: string;
  priority?: number;
  serverName?: string;
  serverSlot?: number;
}

export interface VnicEntry {
  part: string;
  slot: number;
  deviceName?: string;
  autoPriorityFailover?: boolean;
  pvid?: number;
  allowedVlans?: 'all' | number[];
  mac?: string;
  backings: VnicBackingEntry[];
}

export interface ClusterEntry {
  name: string;
  poolName?: string;
  /** Node partitions (inventory keys), in the order the outputs list them. */
  nodes: string[];
}

export interface LuEntry {
  name: string;
  poolName?: string;
  sizeMB?: number;
  udid?: string;
  thick?: boolean;
}

/** The adapter slot location of a physical port or logical port location: U78D3.ND1.X-P1-C7-T1-S3 -> U78D3.ND1.X-P1-C7. */
export function adapterLocationOf(location: string): { adapter: string; port?: number; logical?: number } | null {
  const m = /^(U\S+?)-T(\d+)(?:-S(\d+))?$/.exec(location.trim());
  if (!m) return null;
  return { adapter: m[1]!, port: Number(m[2]) - 1, ...(m[3] !== undefined ? { logical: Number(m[3]) } : {}) };
}

export class ModernInventory {
  readonly adapters = new Map<string, SriovAdapterEntry>();
  private readonly adapterById = new Map<string, SriovAdapterEntry>();
  private readonly adapterByLoc = new Map<string, SriovAdapterEntry>();
  readonly ports = new Map<string, SriovPortEntry>();
  readonly logicalPorts = new Map<string, LogicalPortEntry>();
  private readonly lpById = new Map<string, LogicalPortEntry>();
  private readonly lpByLoc = new Map<string, LogicalPortEntry>();
  readonly vnics = new Map<string, VnicEntry>();
  readonly clusters = new Map<string, ClusterEntry>();
  readonly lus = new Map<string, LuEntry>();
  /** Pools lssp lists, by name (the output does not name the cluster). */
  readonly pools = new Map<string, { sizeMB?: number; freeMB?: number }>();

  constructor(private readonly warn: (message: string) => void) {}

  /** The adapter of a frame known by its id, its location, or both (both link the two). */
  adapter(sysKey: string, adapterId?: number, location?: string): SriovAdapterEntry {
    const byId = adapterId !== undefined ? this.adapterById.get(`${sysKey}|${adapterId}`) : undefined;
    const byLoc = location ? this.adapterByLoc.get(`${sysKey}|${location}`) : undefined;
    if (byId && byLoc && byId !== byLoc) {
      this.warn(`SR-IOV adapter ${adapterId} and the adapter at ${location} are listed as one and as two; kept as two`);
      return byId;
    }
    let a = byId ?? byLoc;
    if (!a) { a = { key: `sriov${this.adapters.size + 1}`, sysKey }; this.adapters.set(a.key, a); }
    if (adapterId !== undefined && a.adapterId === undefined) { a.adapterId = adapterId; this.adapterById.set(`${sysKey}|${adapterId}`, a); }
    if (location && a.location === undefined) { a.location = location; this.adapterByLoc.set(`${sysKey}|${location}`, a); }
    return a;
  }

  port(adapterKey: string, portIndex: number): SriovPortEntry {
    const key = `${adapterKey}|${portIndex}`;
    let p = this.ports.get(key);
    if (!p) { p = { adapterKey, portIndex }; this.ports.set(key, p); }
    return p;
  }

  /** A logical port known by its id or by its location; created on (adapter, port) for its owner. */
  logicalPort(part: string, adapterKey: string, portIndex: number, logicalPortId?: string, location?: string): LogicalPortEntry {
    const sys = this.adapters.get(adapterKey)!.sysKey;
    let lp = (logicalPortId ? this.lpById.get(`${sys}|${logicalPortId}`) : undefined) ?? (location ? this.lpByLoc.get(`${sys}|${location}`) : undefined);
    if (lp && lp.part !== part) {
      this.warn(`Logical port ${logicalPortId ?? location} is listed for two partitions (${lp.part.replace(/^.*#/, 'id ')} and ${part.replace(/^.*#/, 'id ')}); kept the first`);
      return lp;
    }
    if (!lp) {
      lp = { key: `lp${this.logicalPorts.size + 1}`, part, adapterKey, portIndex };
      this.logicalPorts.set(lp.key, lp);
      this.port(adapterKey, portIndex);
    }
    if (logicalPortId && !lp.logicalPortId) { lp.logicalPortId = logicalPortId; this.lpById.set(`${sys}|${logicalPortId}`, lp); }
    if (location && !lp.location) { lp.location = location; this.lpByLoc.set(`${sys}|${location}`, lp); }
    return lp;
  }

  /** Records where a logical port known by its id sits (its location: physical port location + -S<n>). */
  locate(lp: LogicalPortEntry, location: string): void {
    if (lp.location) return;
    const sys = this.adapters.get(lp.adapterKey)!.sysKey;
    if (this.lpByLoc.has(`${sys}|${location}`)) return;
    lp.location = location;
    this.lpByLoc.set(`${sys}|${location}`, lp);
  }

  vnic(part: string, slot: number): VnicEntry {
    const key = `${part}|${slot}`;
    let v = this.vnics.get(key);
    if (!v) { v = { part, slot, backings: [] }; this.vnics.set(key, v); }
    return v;
  }

  backing(v: VnicEntry, logicalPortKey: string): VnicBackingEntry {
    let b = v.backings.find((x) => x.logicalPortKey === logicalPortKey);
    if (!b) { b = { logicalPortKey }; v.backings.push(b); }
    return b;
  }

  cluster(name: string): ClusterEntry {
    let c = this.clusters.get(name);
    if (!c) { c = { name, nodes: [] }; this.clusters.set(name, c); }
    return c;
  }

  lu(name: string, poolName?: string): LuEntry {
    const key = `${poolName ?? ''}|${name}`;
    let u = this.lus.get(key) ?? (poolName ? undefined : [...this.lus.values()].find((x) => x.name === name));
    if (!u) { u = { name, ...(poolName ? { poolName } : {}) }; this.lus.set(key, u); }
    return u;
  }

  private luIndex: { size: number; byName: Map<string, LuEntry> } | null = null;

  /** The LU an lsmap backing device names: `<lu name>.<udid>` or the bare LU name (an index: linear in the VTDs). */
  luOfBacking(backing: string): LuEntry | undefined {
    if (this.lus.size === 0) return undefined;
    if (!this.luIndex || this.luIndex.size !== this.lus.size) {
      const byName = new Map<string, LuEntry>();
      for (const u of this.lus.values()) if (!byName.has(u.name)) byName.set(u.name, u);
      this.luIndex = { size: this.lus.size, byName };
    }
    const exact = this.luIndex.byName.get(backing);
    if (exact) return exact;
    const dot = backing.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const u = this.luIndex.byName.get(backing.slice(0, dot));
    const suffix = backing.slice(dot + 1);
    return u && ((u.udid && suffix === u.udid) || /^[0-9a-f]{16,}$/i.test(suffix)) ? u : undefined;
  }
}
