import {
  type BackingKind, type CollectionName, type Domain, ID_PREFIX, backingDeviceSchema, defaultPartitionSettings,
  linkAggregationSchema, managedSystemSchema, mediaRepositorySchema, partitionSchema, physicalPortSchema, sharedEthernetAdapterSchema,
  virtualEthernetAdapterSchema, virtualFcAdapterSchema, virtualScsiAdapterSchema, virtualTargetDeviceSchema, vlanSchema,
} from '../../model/index.ts';
import type { z } from 'zod';
import { natural } from '../natural.ts';
import { kindOf } from './finalize.ts';
import { generationOf } from './generations.ts';
import type { Inventory, PairEntry, PortEntry } from './inventory.ts';
import type { LuEntry } from './inventory-modern.ts';
import { buildSriovAndVnic, buildSsp } from './records-modern.ts';


export function backingKindOf(name: string, vtdName: string): BackingKind {
  if (/^(hdisk|hdiskpower|vpath|dlmfdrv)\d+$/.test(name)) return 'physical-volume';
  if (/^cd\d+$/.test(name)) return 'physical-optical';
  if (/\.(iso|img)$/i.test(name) || /^vtopt/.test(vtdName) || name.startsWith('/var/vio/VMLibrary/')) return 'file-optical';
  return name.startsWith('/') ? 'file-disk' : 'logical-volume';
}

/** Turns a finished inventory into domain records, each checked by its zod schema (a bad one is skipped with a warning). */
export class RecordBuilder {
  readonly domain = {} as Record<CollectionName, Record<string, unknown>>;
  readonly sysIds = new Map<string, string>();
  readonly partIds = new Map<string, string>();
  private readonly counters = new Map<CollectionName, number>();
  private readonly ids = new Map<string, string>();
  /** Records left out because their schema refused them (references to them must then be cut). */
  skipped = 0;
  /** Records made. */
  made = 0;

  constructor(private readonly inv: Inventory, private readonly names: Map<string, string>) {
    for (const c of Object.keys(ID_PREFIX) as CollectionName[]) this.domain[c] = {};
  }

  add<S extends z.ZodTypeAny>(c: CollectionName, schema: S, rec: Record<string, unknown>, what: string): string | null {
    const n = (this.counters.get(c) ?? 0) + 1;
    const id = `${ID_PREFIX[c]}-${n}`;
    const parsed = schema.safeParse({ ...rec, id });
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      this.inv.warn(`${what} was left out: ${i?.path.join('.')}: ${i?.message}`);
      this.skipped++;
      return null;
    }
    this.counters.set(c, n);
    this.made++;
    this.domain[c][id] = parsed.data;
    return id;
  }

  readonly label = (part: string) => this.names.get(part) ?? part;
  private partOrder = new Map<string, number>();
  readonly order = (part: string) => this.partOrder.get(part) ?? -1;
  /** Logical units of Shared Storage Pools by inventory entry (an lsmap backing device may name one). */
  private luIds = new Map<LuEntry, string>();

  build(): Domain {
    this.systems();
    this.partitions();
    this.ports();
    this.pairs();
    this.ethernet();
    this.seas();
    buildSriovAndVnic(this, this.inv);
    this.luIds = buildSsp(this, this.inv);
    this.storage();
    this.vlans();
    return this.domain as unknown as Domain;
  }

  private systems(): void {
    const systems = [...this.inv.systems.values()].sort((a, b) => Number(a.placeholder) - Number(b.placeholder) || natural(a.key, b.key));
    for (const s of systems) {
      const parts = this.inv.partitionsOf(s.key);
      const vswitches = new Set(['ETHERNET0']);
      for (const e of this.inv.eths) if (e.vswitch && this.inv.parts.get(e.part)?.sysKey === s.key) vswitches.add(e.vswitch);
      const cores = parts.reduce((sum, p) => sum + (p.processor?.desiredUnits ?? 0.5), 0);
      const memory = parts.reduce((sum, p) => sum + (p.memory?.desiredMB ?? 8192), 0);
      const gen = s.generation ?? generationOf(s.typeModel);
      const name = s.name ?? (s.placeholder ? 'imported-frame' : s.typeModel ? `${s.typeModel}*${s.serial}` : `frame-${s.serial}`);
      if (!gen) this.inv.warn(`Frame ${name}: processor generation unknown${s.typeModel ? ` for ${s.typeModel}` : ''}; assumed POWER9`);
      const assumed = [...(s.cores === undefined ? ['installedCores'] : []), ...(s.memoryMB === undefined ? ['installedMemoryMB'] : [])];
      if (assumed.length) {
        this.inv.warn(`Frame ${name}: installed ${s.cores === undefined && s.memoryMB === undefined ? 'processors and memory are' : s.cores === undefined ? 'processors are' : 'memory is'} not in these outputs; assumed to be what its partitions use, and marked as assumed (the capacity rules do not judge assumed numbers)`);
      }
      const id = this.add('systems', managedSystemSchema, {
        name, typeModel: s.typeModel, serial: s.serial, generation: gen ?? 'POWER9', vswitches: [...vswitches],
        installedCores: s.cores ?? Math.min(1920, Math.max(1, Math.ceil(cores))), installedMemoryMB: s.memoryMB ?? Math.max(1024, Math.ceil(memory / 1024) * 1024),
        ...(assumed.length ? { assumed } : {}),
      }, `Frame ${name}`);
      if (id) this.sysIds.set(s.key, id);
    }
  }

  private partitions(): void {
    const order = new Map([...this.sysIds.keys()].map((k, i) => [k, i]));
    const parts = [...this.inv.parts.values()].filter((p) => this.sysIds.has(p.sysKey))
      .sort((a, b) => order.get(a.sysKey)! - order.get(b.sysKey)! || a.lparId - b.lparId);
    const noProc: string[] = [];
    const noMem: string[] = [];
    for (const p of parts) {
      const kind = kindOf(p);
      const def = defaultPartitionSettings(kind);
      const highest = [...this.inv.usedSlots(p.key)].reduce((m, s) => Math.max(m, s), 1);
      const base = {
        systemId: this.sysIds.get(p.sysKey), lparId: p.lparId, name: this.names.get(p.key), kind,
        state: p.state && /not activated/i.test(p.state) ? 'not-activated' : 'running',
        osLevel: p.os?.slice(0, 40), profileName: p.profileName?.slice(0, 64), tunables: p.tunables,
        maxVirtualSlots: p.maxVirtualSlots ?? Math.min(65535, Math.max(def.maxVirtualSlots, highest + 1)),
      };
      // Values no output gave are the defaults of a new partition, marked as assumed.
      const assumed = [...(p.processor?.desiredUnits === undefined ? ['processor'] : []), ...(p.memory?.desiredMB === undefined ? ['memory'] : [])];
      if (assumed.includes('processor')) noProc.push(base.name ?? p.key);
      if (assumed.includes('memory')) noMem.push(base.name ?? p.key);
      const rec = { ...base, processor: { ...def.processor, ...p.processor }, memory: { ...def.memory, ...p.memory }, ...(assumed.length ? { assumed } : {}) };
      if (!partitionSchema.safeParse({ ...rec, id: 'x' }).success) {
        this.inv.warn(`Partition ${base.name}: processor, memory or slot values in the outputs are out of range; defaults used`);
        Object.assign(rec, { processor: def.processor, memory: def.memory, maxVirtualSlots: def.maxVirtualSlots });
      }
      const id = this.add('partitions', partitionSchema, rec, `Partition ${base.name}`);
      if (id) { this.partIds.set(p.key, id); this.partOrder.set(p.key, this.partOrder.size); }
    }
    const some = (names: string[]) => `${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
    if (noProc.length) this.inv.warn(`Assumed: the processor settings (entitlement, virtual processors) of ${noProc.length} partition(s) are not in these outputs (${some(noProc)}); defaults used and marked as assumed (import lshwres -r proc or lssyscfg -r prof for the real values)`);
    if (noMem.length) this.inv.warn(`Assumed: the memory of ${noMem.length} partition(s) is not in these outputs (${some(noMem)}); defaults used and marked as assumed (import lshwres -r mem or lssyscfg -r prof for the real values)`);
  }

  private sorted<T extends { part: string }>(items: Iterable<T>, by: (a: T, b: T) => number): T[] {
    return [...items].filter((x) => this.partIds.has(x.part)).sort((a, b) => this.order(a.part) - this.order(b.part) || by(a, b));
  }

  private systemOf(part: string): string {
    return this.sysIds.get(this.inv.parts.get(part)!.sysKey)!;
  }

  private ports(): void {
    const ports = this.sorted(this.inv.ports.values(), (a, b) => natural(a.deviceName, b.deviceName));
    const portRecord = (p: PortEntry) => this.add('physicalPorts', physicalPortSchema, {
      systemId: this.systemOf(p.part), partitionId: this.partIds.get(p.part), kind: p.kind, deviceName: p.deviceName,
      location: p.location?.slice(0, 80), npivCapable: p.kind === 'fc' ? p.npivCapable : undefined,
      npivMaxClients: p.kind === 'fc' ? p.npivMaxClients : undefined, adapter: p.adapter?.slice(0, 80), cabledToId: null,
    }, `${p.deviceName} on ${this.label(p.part)}`);
    for (const p of ports) {
      if (p.members?.length) continue;
      const id = portRecord(p);
      if (id) this.ids.set(`port|${p.part}|${p.deviceName}`, id);
      if (!p.members && p.adapter && /Link Aggregation|EtherChannel/i.test(p.adapter)) {
        this.inv.warn(`${p.deviceName} on ${this.label(p.part)} is a link aggregation whose member ports are not in the outputs; shown as one port`);
      }
    }
    for (const p of ports.filter((x) => x.members?.length)) {
      const memberIds = p.members!.map((m) => this.ids.get(`port|${p.part}|${m}`) ?? portRecord({ part: p.part, deviceName: m, kind: 'ethernet' }))
        .filter((x): x is string => !!x);
      const id = this.add('linkAggregations', linkAggregationSchema, {
        partitionId: this.partIds.get(p.part), deviceName: p.deviceName, memberIds, mode: p.mode ?? (/802\.3ad/.test(p.adapter ?? '') ? '8023ad' : 'standard'),
        backupMemberId: p.backupMember ? this.ids.get(`port|${p.part}|${p.backupMember}`) ?? null : null,
      }, `Link aggregation ${p.deviceName} on ${this.label(p.part)}`);
      if (id) this.ids.set(`lagg|${p.part}|${p.deviceName}`, id);
    }
  }

  private pairs(): void {
    for (const a of this.sorted(this.inv.pairs.values(), (x, y) => x.slot - y.slot || natural(x.kind, y.kind))) {
      const part = this.inv.parts.get(a.part)!;
      const remoteKey = a.remoteLparId === null || a.remoteLparId === undefined ? null : `${part.sysKey}#${a.remoteLparId}`;
      const remote = remoteKey ? this.partIds.get(remoteKey) ?? null : null;
      const rec: Record<string, unknown> = {
        partitionId: this.partIds.get(a.part), slot: a.slot, role: a.role, remotePartitionId: remote,
        remoteSlot: remote ? a.remoteSlot : null, deviceName: a.deviceName, required: a.required ?? false,
        dlparOnly: !!(part.profileKnown && a.running && !a.inProfile),
      };
      const what = `${a.deviceName} (slot ${a.slot}) on ${this.label(a.part)}`;
      if (a.kind === 'fc') {
        if (a.role === 'client' && a.wwpns) rec.wwpns = a.wwpns;
        rec.physicalPortId = a.fcPort ? this.ids.get(`port|${a.part}|${a.fcPort}`) ?? null : null;
      }
      const id = a.kind === 'scsi' ? this.add('vscsiAdapters', virtualScsiAdapterSchema, rec, what) : this.add('vfcAdapters', virtualFcAdapterSchema, rec, what);
      if (id) this.ids.set(pairKey(a), id);
    }
  }

  private ethernet(): void {
    for (const e of this.sorted(this.inv.eths, (a, b) => (a.slot ?? 0) - (b.slot ?? 0))) {
      const part = this.inv.parts.get(e.part)!;
      if (e.pvid === undefined) this.inv.warn(`${e.deviceName} on ${this.label(e.part)}: PVID not in the outputs; assumed 1`);
      const additionalVlans = e.additionalVlans ?? [];
      const id = this.add('vethAdapters', virtualEthernetAdapterSchema, {
        partitionId: this.partIds.get(e.part), slot: e.slot, deviceName: e.deviceName, pvid: e.pvid ?? 1, additionalVlans,
        ieee8021q: e.ieee ?? additionalVlans.length > 0, trunk: !!e.trunk, trunkPriority: e.trunk ? e.trunkPriority ?? 1 : undefined,
        vswitch: e.vswitch ?? 'ETHERNET0', mac: e.mac?.slice(0, 17), required: e.required ?? false,
        dlparOnly: !!(part.profileKnown && e.running && !e.inProfile),
      }, `${e.deviceName} (slot ${e.slot}) on ${this.label(e.part)}`);
      if (id) this.ids.set(`eth|${e.part}|${e.deviceName}`, id);
    }
  }

  private seas(): void {
    for (const s of this.sorted(this.inv.seas.values(), (a, b) => natural(a.deviceName, b.deviceName))) {
      const trunkIds = s.trunks.map((t) => this.ids.get(`eth|${s.part}|${t}`)).filter((x): x is string => !!x);
      const veths = this.domain.vethAdapters as Record<string, { pvid: number; trunk: boolean; partitionId: string }>;
      const ctlByPvid = Object.entries(veths).find(([, v]) => v.partitionId === this.partIds.get(s.part) && !v.trunk && v.pvid === s.controlPvid)?.[0];
      const ctl = (s.controlAdapter ? this.ids.get(`eth|${s.part}|${s.controlAdapter}`) : undefined) ?? (s.controlPvid !== undefined ? ctlByPvid : undefined);
      const real = s.realAdapter ? this.ids.get(`lagg|${s.part}|${s.realAdapter}`) ?? this.ids.get(`port|${s.part}|${s.realAdapter}`) : undefined;
      const mode = s.haMode?.toLowerCase();
      const haMode = mode && ['auto', 'standby', 'sharing', 'disabled'].includes(mode) ? mode : ctl ? 'auto' : 'disabled';
      const def = (s.defaultAdapter ? this.ids.get(`eth|${s.part}|${s.defaultAdapter}`) : undefined) ?? trunkIds[0];
      this.add('seas', sharedEthernetAdapterSchema, {
        partitionId: this.partIds.get(s.part), deviceName: s.deviceName, trunkAdapterIds: trunkIds,
        realAdapter: real ? { kind: real.startsWith('lagg-') ? 'link-aggregation' : 'physical-port', id: real } : null,
        defaultAdapterId: def ?? null, defaultPvid: def ? veths[def]?.pvid ?? null : null,
        haMode, controlChannelId: ctl ?? null, thread: s.thread ?? true, netaddr: s.netaddr,
      }, `SEA ${s.deviceName} on ${this.label(s.part)}`);
    }
  }

  private backingDevice(part: string, name: string, vtdName: string): string | null {
    const key = `bd|${part}|${name}`;
    const known = this.ids.get(key);
    if (known) return known;
    const lu = this.inv.modern.luOfBacking(name);
    const luId = lu ? this.luIds.get(lu) : undefined;
    if (lu && luId) {
      const id = this.add('backingDevices', backingDeviceSchema, {
        partitionId: this.partIds.get(part), kind: 'ssp-lu', name: lu.name, logicalUnitId: luId,
      }, `Logical unit ${lu.name} on ${this.label(part)}`);
      if (id) this.ids.set(key, id);
      return id;
    }
    const b = this.inv.backings.get(`${part}|${name}`);
    const kind = b?.kind ?? backingKindOf(name, vtdName);
    const id = this.add('backingDevices', backingDeviceSchema, {
      partitionId: this.partIds.get(part), kind, name: kind === 'file-optical' ? name.replace(/^.*\//, '') : name,
      reservePolicy: b?.reservePolicy, sizeGB: b?.sizeGB, volumeGroup: b?.volumeGroup,
    }, `Backing device ${name} on ${this.label(part)}`);
    if (id) this.ids.set(key, id);
    return id;
  }

  private storage(): void {
    for (const [part, r] of this.inv.repositories) {
      if (this.partIds.has(part)) this.add('mediaRepositories', mediaRepositorySchema, { partitionId: this.partIds.get(part), ...r }, `Media repository on ${this.label(part)}`);
    }
    const luns = new Map<string, Set<number>>();
    for (const v of this.sorted(this.inv.vtds.values(), (a, b) => natural(a.vhost, b.vhost) || (a.lun ?? 999) - (b.lun ?? 999))) {
      const vhost = this.ids.get(`scsi|${v.part}|${v.vhost}`);
      if (!vhost) { this.inv.warn(`VTD ${v.name} on ${this.label(v.part)}: its vhost ${v.vhost} is not known; left out`); continue; }
      const backingId = v.backing ? this.backingDevice(v.part, v.backing, v.name) : null;
      if (v.backing && !backingId) continue;
      const kind = backingId ? (this.domain.backingDevices[backingId] as { kind: BackingKind }).kind : null;
      const used = luns.get(vhost) ?? new Set<number>();
      luns.set(vhost, used);
      let lun = v.lun ?? 1;
      while (used.has(lun)) lun++;
      used.add(lun);
      const optical = kind === 'physical-optical' || kind === 'file-optical' || (kind === null && /^vtopt/.test(v.name));
      this.add('vtds', virtualTargetDeviceSchema, { serverAdapterId: vhost, backingDeviceId: backingId, name: v.name, lun, optical }, `VTD ${v.name} on ${this.label(v.part)}`);
    }
    for (const b of this.sorted(this.inv.backings.values(), (x, y) => natural(x.name, y.name))) this.backingDevice(b.part, b.name, '');
  }

  private vlans(): void {
    const seen = new Map<string, { systemId: string; vswitch: string; vlanId: number; external: boolean }>();
    const veths = Object.values(this.domain.vethAdapters) as { partitionId: string; vswitch: string; pvid: number; additionalVlans: number[]; trunk: boolean }[];
    const sysOf = new Map([...this.partIds].map(([k, id]) => [id, this.systemOf(k)]));
    for (const v of veths) {
      for (const vid of [v.pvid, ...v.additionalVlans]) {
        const systemId = sysOf.get(v.partitionId)!;
        const key = `${systemId}|${v.vswitch}|${vid}`;
        const cur = seen.get(key) ?? { systemId, vswitch: v.vswitch, vlanId: vid, external: false };
        cur.external ||= v.trunk;
        seen.set(key, cur);
      }
    }
    const list = [...seen.values()].sort((a, b) => natural(a.systemId, b.systemId) || natural(a.vswitch, b.vswitch) || a.vlanId - b.vlanId);
    for (const v of list) this.add('vlans', vlanSchema, { ...v, name: '' }, `VLAN ${v.vlanId}`);
  }
}

export function pairKey(a: PairEntry): string {
  return `${a.kind}|${a.part}|${a.deviceName}`;
}
