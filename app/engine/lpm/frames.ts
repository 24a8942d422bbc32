/**
 * What a frame offers a partition that arrives by LPM, computed once per frame: its running VIOS with their free
 * virtual slots and the SAN fabrics their FC ports reach (NPIV-capable ports with a free login apart), the VLANs its
 * SEAs bridge, the processors and memory not yet entitled, the partition names in use.
 */
import { isAssumed, supportedCompatModes, type CompatMode, type Id, type Lun, type ManagedSystem, type Partition, type PhysicalPort } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import { modernIndex } from './modern-index.ts';

export interface ViosOffer {
  id: Id;
  name: string;
  /** Slots 2 .. max_virtual_slots-1 less the slots its virtual adapters use (SLOT-1). */
  freeSlots: number;
  maxVirtualSlots: number;
  /** Fabrics an FC port of this VIOS is cabled to. */
  fabrics: Set<Id>;
  /** Fabrics an NPIV-capable FC port of this VIOS reaches on an NPIV switch, with a free virtual FC login. */
  npivFabrics: Set<Id>;
  /** Backing devices of this VIOS by the SAN LUN they are (the hdisk the VIOS already sees). */
  lunDisks: Map<Id, { id: Id; name: string; reservePolicy: string | undefined }>;
  /** Mover service partition: 'yes' (msp=1 and RMC up), 'no' (msp=0 or RMC down), 'unknown' (msp not recorded). */
  msp: 'yes' | 'no' | 'unknown';
  /** viosecure high network security (LPM-10). */
  viosecureHigh: boolean;
  /** Its RMC connection to the HMC is down (LPM-11). */
  rmcDown: boolean;
  /** SSP clusters this VIOS is a node of. */
  clusters: Id[];
}

/** A physical port of a shared-mode SR-IOV adapter with what it can still give: logical ports and capacity in %. */
export interface SriovRoom { id: Id; adapterId: Id; freeLogical: number; freeCapacity: number }

export interface FrameOffer {
  system: ManagedSystem;
  vios: ViosOffer[];
  vswitches: Set<string>;
  /** `vswitch|vlan` -> the SEAs (with a real adapter, on a running VIOS) that bridge it. */
  bridged: Map<string, Id[]>;
  /** `vswitch|vlan` that is the PVID of an SEA trunk adapter other than the SEA's default adapter. */
  nonDefaultTrunkPvids: Map<string, Id>;
  /** Processing units of the shared pool not entitled to running partitions; null when the cores are assumed. */
  freePoolUnits: number | null;
  /** Whole cores neither in the shared pool's use nor dedicated; null when assumed. */
  freeDedicatedCores: number | null;
  /** Memory not given to running partitions (the hypervisor's own share is not counted); null when assumed. */
  freeMemoryMB: number | null;
  partitionNames: Set<string>;
  /** Processor compatibility modes the frame supports (its list, else its generation's). */
  compatModes: readonly CompatMode[];
  /** Shared-mode SR-IOV physical ports that can take one more logical port. */
  sriovRoom: SriovRoom[];
  /** Free virtual slots of its VIOS, most first. */
  freeSlotsDesc: number[];
  /** VIOS that can be mover service partition (msp not 0, RMC up). */
  msps: ViosOffer[];
}

const EPS = 1e-9;
export const vlanKey = (vswitch: string, vlan: number): string => `${vswitch}|${vlan}`;

/** Fabrics on which a LUN is presented (its own list, else its array's; empty when not drawn). */
export function lunFabrics(ix: DesignIndex, lun: Lun): Id[] {
  const array = ix.design.domain.storageArrays[lun.arrayId];
  if (lun.fabricIds.length === 0) return array?.fabricIds ?? [];
  if (!array || array.fabricIds.length === 0) return lun.fabricIds;
  return lun.fabricIds.filter((f) => array.fabricIds.includes(f));
}

/** Whether a VIOS sees a LUN: it has an hdisk for it, or an FC port on a fabric the LUN is presented on. */
export function viosSees(ix: DesignIndex, v: ViosOffer, lun: Lun, fabrics: readonly Id[] = lunFabrics(ix, lun)): boolean {
  if (v.lunDisks.has(lun.id)) return true;
  if (fabrics.length === 0) return v.fabrics.size > 0;
  return fabrics.some((f) => v.fabrics.has(f));
}

/** Mover service partition: 'yes' (msp=1 and RMC up), 'no' (msp=0 or RMC down), 'unknown' (msp not recorded). */
export const moverState = (p: Partition): ViosOffer['msp'] => (p.msp === false || p.rmcDown ? 'no' : p.msp ? 'yes' : 'unknown');

function npivUsable(ix: DesignIndex, port: PhysicalPort): boolean {
  const d = ix.design.domain;
  const fabric = port.cabledToId ? d.sanFabrics[port.cabledToId] : undefined;
  if (!fabric || port.npivCapable === false || fabric.npivSupport === false) return false;
  const logins = derived(ix).activeNpiv.get(port.id)?.length ?? 0;
  return logins < (port.npivMaxClients ?? DEFAULT_SETTINGS.defaultNpivMaxClients);
}

function viosOffer(ix: DesignIndex, viosId: Id): ViosOffer {
  const pi = ix.part(viosId)!;
  const p = pi.partition;
  let used = 0;
  // every used slot counts, also one at or above max_virtual_slots (that adapter has to move below it first)
  const end = Math.max(pi.vscsiAt.length, pi.vfcAt.length, pi.vethAt.length);
  for (let s = 2; s < end; s++) {
    if (pi.vscsiAt[s] !== undefined || pi.vfcAt[s] !== undefined || pi.vethAt[s] !== undefined) used++;
  }
  const fabrics = new Set<Id>();
  const npivFabrics = new Set<Id>();
  for (const port of pi.ports) {
    if (port.kind !== 'fc' || !port.cabledToId || !ix.design.domain.sanFabrics[port.cabledToId]) continue;
    fabrics.add(port.cabledToId);
    if (npivUsable(ix, port)) npivFabrics.add(port.cabledToId);
  }
  const lunDisks = new Map<Id, { id: Id; name: string; reservePolicy: string | undefined }>();
  for (const b of pi.backing) if (b.kind === 'physical-volume' && b.lunId) lunDisks.set(b.lunId, { id: b.id, name: b.name, reservePolicy: b.reservePolicy });
  return {
    id: viosId, name: p.name, freeSlots: Math.max(0, p.maxVirtualSlots - 2 - used), maxVirtualSlots: p.maxVirtualSlots, fabrics, npivFabrics, lunDisks,
    msp: moverState(p), viosecureHigh: !!p.viosecureHigh, rmcDown: !!p.rmcDown, clusters: modernIndex(ix).clustersOfNode.get(viosId) ?? [],
  };
}

/** The offer of one frame. */
export function frameOffer(ix: DesignIndex, system: ManagedSystem): FrameOffer {
  const d = ix.design.domain;
  const parts = ix.partitionsBySystem.get(system.id) ?? [];
  const running = parts.filter((p) => p.state !== 'not-activated');
  const vios = running.filter((p) => p.kind === 'vios').map((p) => viosOffer(ix, p.id));
  const viosIds = new Set(vios.map((v) => v.id));
  const bridged = new Map<string, Id[]>();
  const nonDefaultTrunkPvids = new Map<string, Id>();
  for (const sea of ix.all.seas) {
    if (!viosIds.has(sea.partitionId) || !sea.realAdapter) continue;
    for (const t of sea.trunkAdapterIds) {
      const trunk = d.vethAdapters[t];
      if (!trunk) continue;
      for (const vlan of [trunk.pvid, ...trunk.additionalVlans]) {
        const k = vlanKey(trunk.vswitch, vlan);
        const list = bridged.get(k);
        if (!list) bridged.set(k, [sea.id]);
        else if (!list.includes(sea.id)) list.push(sea.id);
      }
      const defaultId = sea.defaultAdapterId ?? sea.trunkAdapterIds[0];
      if (trunk.id !== defaultId) nonDefaultTrunkPvids.set(vlanKey(trunk.vswitch, trunk.pvid), trunk.id);
    }
  }
  let shared = 0;
  let dedicated = 0;
  let memory = 0;
  let assumedCpu = isAssumed(system, 'installedCores') && system.sharedPoolCores === undefined;
  let assumedMem = isAssumed(system, 'installedMemoryMB');
  for (const p of running) {
    if (p.processor.mode === 'shared') shared += p.processor.desiredUnits;
    else dedicated += p.processor.desiredUnits;
    memory += p.memory.desiredMB;
    if (isAssumed(p, 'processor.desiredUnits')) assumedCpu = true;
    if (isAssumed(p, 'memory.desiredMB')) assumedMem = true;
  }
  const pool = system.sharedPoolCores ?? Math.max(0, system.installedCores - dedicated);
  const outsidePool = system.sharedPoolCores === undefined ? system.installedCores - dedicated - shared : system.installedCores - dedicated - system.sharedPoolCores;
  return {
    system, vios, vswitches: new Set(system.vswitches), bridged, nonDefaultTrunkPvids,
    freePoolUnits: assumedCpu ? null : Math.max(0, pool - shared),
    freeDedicatedCores: assumedCpu ? null : Math.max(0, Math.floor(outsidePool + EPS)),
    freeMemoryMB: assumedMem ? null : Math.max(0, system.installedMemoryMB - memory),
    partitionNames: new Set(parts.map((p) => p.name)),
    compatModes: supportedCompatModes(system),
    sriovRoom: sriovRoom(ix, system.id),
    freeSlotsDesc: vios.map((v) => v.freeSlots).sort((a, b) => b - a),
    msps: vios.filter((v) => v.msp !== 'no'),
  };
}

function sriovRoom(ix: DesignIndex, systemId: Id): SriovRoom[] {
  const mx = modernIndex(ix);
  const out: SriovRoom[] = [];
  for (const { port, adapter, logical } of mx.sharedPortsBySystem.get(systemId) ?? []) {
    const freeLogical = Math.min(port.maxLogicalPorts - logical.length, adapter.maxLogicalPorts - (mx.logicalPerAdapter.get(adapter.id) ?? 0));
    const freeCapacity = 100 - logical.reduce((s, lp) => s + lp.capacity, 0);
    if (freeLogical > 0 && freeCapacity > 0) out.push({ id: port.id, adapterId: adapter.id, freeLogical, freeCapacity });
  }
  return out;
}
