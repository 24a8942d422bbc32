import type { BackingDevice, ClientTunables, Generation, MemorySettings, PartitionKind, ProcessorSettings } from '../../model/index.ts';
import { ModernInventory } from './inventory-modern.ts';
import type { LparEnv } from './lssyscfg.ts';

/**
 * What the imported outputs say, keyed the way PowerVM identifies things: a frame by its serial, a
 * partition by (frame, partition id), an adapter by (partition, slot), a device by (VIOS, name).
 * Facts from several files land on the same entries; a field is filled once (the first, most
 * authoritative source wins, see merge.ts for the order) and conflicts are reported as warnings.
 */
export interface SysEntry {
  key: string;
  typeModel: string;
  serial: string;
  placeholder: boolean;
  /** Known when read back from an exported script. */
  name?: string;
  generation?: Generation;
  cores?: number;
  memoryMB?: number;
}

export interface PartEntry {
  key: string;
  sysKey: string;
  lparId: number;
  /** Best name seen so far; weight 3 HMC, 2 named as a remote partition, 1 lsmap/uname (may be truncated). */
  name?: { value: string; weight: number };
  env?: LparEnv;
  /** Client OS as lsmap -npiv or lssyscfg names it. */
  os?: string;
  state?: string;
  /** Serves virtual I/O: has a server adapter, a VTD or an SEA. */
  serves: boolean;
  processor?: Partial<ProcessorSettings>;
  memory?: Partial<MemorySettings>;
  maxVirtualSlots?: number;
  profileName?: string;
  wantedProfile?: string;
  /** A profile of this partition was imported: adapters missing from it were added by DLPAR. */
  profileKnown?: boolean;
  placeholder?: boolean;
  /** Stated outright (exported scripts); otherwise derived by kindOf. */
  kind?: PartitionKind;
  tunables?: ClientTunables;
}

export interface PairEntry {
  kind: 'scsi' | 'fc';
  part: string;
  slot: number;
  role: 'server' | 'client';
  /** undefined: not known yet; null: any / no client. */
  remoteLparId?: number | null;
  remoteSlot?: number | null;
  deviceName?: string;
  required?: boolean;
  wwpns?: [string, string];
  /** vfchost: the physical FC port (fcsN) it is mapped to. */
  fcPort?: string;
  inProfile?: boolean;
  running?: boolean;
}

export interface EthEntry {
  part: string;
  slot?: number;
  deviceName?: string;
  pvid?: number;
  additionalVlans?: number[];
  ieee?: boolean;
  trunk?: boolean;
  trunkPriority?: number;
  vswitch?: string;
  mac?: string;
  required?: boolean;
  inProfile?: boolean;
  running?: boolean;
}

export interface VtdEntry {
  part: string;
  vhost: string;
  name: string;
  lun?: number;
  backing: string | null;
  backingPhysloc?: string;
}

export interface PortEntry {
  part: string;
  deviceName: string;
  kind: 'fc' | 'ethernet' | 'sas';
  location?: string;
  npivCapable?: boolean;
  npivMaxClients?: number;
  adapter?: string;
  /** Link aggregation: its member ports (device names), mode and backup port. */
  members?: string[];
  mode?: '8023ad' | 'standard' | 'round_robin';
  backupMember?: string;
}

/** What is known about a backing device beyond its name (chdev, mklv). */
export interface BackingEntry {
  part: string;
  name: string;
  kind?: BackingDevice['kind'];
  reservePolicy?: BackingDevice['reservePolicy'];
  sizeGB?: number;
  volumeGroup?: string;
}

export interface SeaEntry {
  part: string;
  deviceName: string;
  realAdapter?: string;
  realLocation?: string;
  trunks: string[];
  trunkVlans: Record<string, number[]>;
  controlAdapter?: string;
  controlPvid?: number;
  haMode?: string;
  priority?: number;
  thread?: boolean;
  defaultAdapter?: string;
  netaddr?: string;
}

/** Sets each listed field that is still undefined; a differing value already set is a conflict. */
export function fill<T extends object>(target: T, values: Partial<T>, onConflict?: (field: string, had: unknown, got: unknown) => void): void {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const cur = (target as Record<string, unknown>)[k];
    if (cur === undefined) (target as Record<string, unknown>)[k] = v;
    else if (onConflict && JSON.stringify(cur) !== JSON.stringify(v)) onConflict(k, cur, v);
  }
}

export class Inventory {
  readonly systems = new Map<string, SysEntry>();
  readonly parts = new Map<string, PartEntry>();
  readonly pairs = new Map<string, PairEntry>();
  readonly eths: EthEntry[] = [];
  private readonly ethIndex = new Map<string, EthEntry>();
  readonly vtds = new Map<string, VtdEntry>();
  readonly ports = new Map<string, PortEntry>();
  readonly seas = new Map<string, SeaEntry>();
  readonly backings = new Map<string, BackingEntry>();
  readonly repositories = new Map<string, { storagePool: string; sizeGB: number }>();
  readonly warnings: string[] = [];
  private readonly warned = new Set<string>();
  /** SR-IOV, vNIC and Shared Storage Pool facts (document version 3). */
  readonly modern = new ModernInventory((m) => this.warn(m));

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  system(key: string, typeModel = '', serial = '', placeholder = false): SysEntry {
    let s = this.systems.get(key);
    if (!s) { s = { key, typeModel, serial, placeholder }; this.systems.set(key, s); } else if (!s.typeModel && typeModel) s.typeModel = typeModel;
    return s;
  }

  partition(sysKey: string, lparId: number): PartEntry {
    const key = `${sysKey}#${lparId}`;
    let p = this.parts.get(key);
    if (!p) { p = { key, sysKey, lparId, serves: false }; this.parts.set(key, p); }
    return p;
  }

  partitionsOf(sysKey: string): PartEntry[] {
    return [...this.parts.values()].filter((p) => p.sysKey === sysKey);
  }

  /** Records a name for a partition; a heavier source wins, a truncated lsmap name gives way silently. */
  claimName(p: PartEntry, value: string | undefined, weight: number): void {
    const v = value?.trim();
    if (!v) return;
    const cur = p.name;
    if (!cur) { p.name = { value: v, weight }; return; }
    if (cur.value === v) { cur.weight = Math.max(cur.weight, weight); return; }
    const truncated = cur.value.startsWith(v) || v.startsWith(cur.value);
    if (weight > cur.weight || (weight === cur.weight && truncated && v.length > cur.value.length)) {
      if (!truncated && cur.weight > 1) this.warn(`Partition ${p.lparId} is named both "${cur.value}" and "${v}"; using "${v}"`);
      p.name = { value: v, weight };
    } else if (!truncated && weight > 1) this.warn(`Partition ${p.lparId} is named both "${cur.value}" and "${v}"; using "${cur.value}"`);
  }

  pair(kind: 'scsi' | 'fc', part: string, slot: number, role: 'server' | 'client'): PairEntry {
    const key = `${kind}|${part}|${slot}`;
    let a = this.pairs.get(key);
    if (!a) { a = { kind, part, slot, role }; this.pairs.set(key, a); this.slotsInUse?.get(part)?.add(slot); } else if (a.role !== role) {
      this.warn(`Slot ${slot} of partition ${this.parts.get(part)?.lparId} is listed both as ${a.role} and as ${role} adapter; kept ${a.role}`);
    }
    return a;
  }

  /** A virtual Ethernet adapter found by slot or by device name (entstat and lsmap -net know only the name). */
  eth(part: string, slot: number | undefined, deviceName?: string): EthEntry {
    let e = slot !== undefined ? this.ethIndex.get(`${part}|slot|${slot}`) : undefined;
    const named = deviceName ? this.ethIndex.get(`${part}|name|${deviceName}`) : undefined;
    if (!e && named && (named.slot === undefined || slot === undefined)) e = named;
    if (!e) { e = { part }; this.eths.push(e); }
    if (slot !== undefined && e.slot === undefined) { e.slot = slot; this.ethIndex.set(`${part}|slot|${slot}`, e); }
    if (deviceName) {
      if (!e.deviceName) { e.deviceName = deviceName; this.ethIndex.set(`${part}|name|${deviceName}`, e); } else if (e.deviceName !== deviceName) {
        this.warn(`Slot ${slot} of partition ${this.parts.get(part)?.lparId} is named both ${e.deviceName} and ${deviceName}`);
      }
    }
    return e;
  }

  /** Slots in use per partition (vSCSI, vFC and virtual Ethernet), computed once and kept up to date by takeSlot. */
  private slotsInUse: Map<string, Set<number>> | null = null;

  usedSlots(part: string): Set<number> {
    if (!this.slotsInUse) {
      this.slotsInUse = new Map();
      const add = (p: string, s: number | undefined) => {
        if (s === undefined) return;
        const set = this.slotsInUse!.get(p) ?? new Set<number>();
        set.add(s);
        this.slotsInUse!.set(p, set);
      };
      for (const a of this.pairs.values()) add(a.part, a.slot);
      for (const e of this.eths) add(e.part, e.slot);
      for (const v of this.modern.vnics.values()) add(v.part, v.slot);
    }
    let set = this.slotsInUse.get(part);
    if (!set) { set = new Set(); this.slotsInUse.set(part, set); }
    return set;
  }

  port(part: string, deviceName: string, kind: PortEntry['kind']): PortEntry {
    const key = `${part}|${deviceName}`;
    let p = this.ports.get(key);
    if (!p) { p = { part, deviceName, kind }; this.ports.set(key, p); }
    return p;
  }

  sea(part: string, deviceName: string): SeaEntry {
    const key = `${part}|${deviceName}`;
    let s = this.seas.get(key);
    if (!s) { s = { part, deviceName, trunks: [], trunkVlans: {} }; this.seas.set(key, s); }
    this.parts.get(part)!.serves = true;
    return s;
  }

  backing(part: string, name: string): BackingEntry {
    const key = `${part}|${name}`;
    let b = this.backings.get(key);
    if (!b) { b = { part, name }; this.backings.set(key, b); }
    return b;
  }

  vtd(part: string, vhost: string, name: string): VtdEntry {
    const key = `${part}|${name}`;
    let v = this.vtds.get(key);
    if (!v) { v = { part, vhost, name, backing: null }; this.vtds.set(key, v); }
    return v;
  }
}
