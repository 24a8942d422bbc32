/**
 * The reasons one destination frame refuses (or weakens) one partition's move: the checks the HMC makes against the
 * destination in `migrlpar -o v` (MODERN.md 4.1): hardware, name, memory block size, mover service partition,
 * free processors and memory, VLANs bridged, LUNs and fabrics reachable from its VIOS, free virtual slots.
 */
import type { Id } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { listing } from '../rules/common.ts';
import { lunFabrics, viosSees, vlanKey, type FrameOffer, type ViosOffer } from './frames.ts';
import type { PartitionNeeds } from './needs.ts';
import { modernDestinationReasons } from './modern-destination.ts';
import { reason } from './rules.ts';
import type { LpmReason } from './types.ts';

const fmt = (n: number): string => String(Math.round(n * 100) / 100);
const gb = (mb: number): string => `${fmt(mb / 1024)} GB`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function hardware(n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  const p = n.partition;
  const dst = to.system;
  if (to.partitionNames.has(p.name)) out.push(reason('LPM-17', `name ${p.name} taken`, `${dst.name} already has a partition named ${p.name}`, [p.id, dst.id]));
  if (n.source.lmbMB !== dst.lmbMB) {
    out.push(reason('LPM-15', `LMB ${dst.lmbMB} MB, not ${n.source.lmbMB} MB`, `The logical memory block is ${n.source.lmbMB} MB on ${n.source.name} and ${dst.lmbMB} MB on ${dst.name}: both servers need the same size`, [p.id, n.source.id, dst.id]));
  }
}

function resources(n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  const p = n.partition;
  const dst = to.system;
  const c = p.processor;
  if (c.mode === 'shared' && to.freePoolUnits !== null && c.desiredUnits > to.freePoolUnits + 1e-9) {
    out.push(reason('LPM-14', `${fmt(c.desiredUnits)} processing units, ${fmt(to.freePoolUnits)} free`, `${p.name} is entitled to ${fmt(c.desiredUnits)} processing units; the shared pool of ${dst.name} has ${fmt(to.freePoolUnits)} not entitled to its running partitions`, [p.id, dst.id]));
  }
  if (c.mode === 'dedicated' && to.freeDedicatedCores !== null && c.desiredUnits > to.freeDedicatedCores) {
    out.push(reason('LPM-14', `${fmt(c.desiredUnits)} dedicated cores, ${to.freeDedicatedCores} free`, `${p.name} has ${fmt(c.desiredUnits)} dedicated cores; ${dst.name} has ${plural(to.freeDedicatedCores, 'core')} neither dedicated nor entitled in its shared pool`, [p.id, dst.id]));
  }
  if (to.freeMemoryMB !== null && p.memory.desiredMB > to.freeMemoryMB) {
    out.push(reason('LPM-14', `${gb(p.memory.desiredMB)} memory, ${gb(to.freeMemoryMB)} free`, `${p.name} has ${gb(p.memory.desiredMB)} of memory; ${dst.name} has ${gb(to.freeMemoryMB)} not given to its running partitions (before the hypervisor's own share)`, [p.id, dst.id]));
  }
}

function network(n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  const p = n.partition;
  const dst = to.system;
  for (const v of n.vlans) {
    const k = v.key;
    if (to.bridged.has(k) && to.vswitches.has(v.vswitch) && !(v.untagged && to.nonDefaultTrunkPvids.has(k))) continue;
    const on = v.vswitch === 'ETHERNET0' ? '' : ` on ${v.vswitch}`;
    if (!to.vswitches.has(v.vswitch)) {
      out.push(reason('LPM-10', `no virtual switch ${v.vswitch}`, `${dst.name} has no virtual switch ${v.vswitch} for VLAN ${v.vlan} (${p.name} ${listing(v.devices)})`, [p.id, dst.id, ...v.adapterIds]));
      continue;
    }
    if (!to.bridged.has(k)) {
      out.push(reason('LPM-10', `VLAN ${v.vlan}${on} not bridged`, `VLAN ${v.vlan}${on} (${p.name} ${listing(v.devices)}) is not bridged by an SEA on any VIOS of ${dst.name}`, [p.id, dst.id, ...v.adapterIds]));
      continue;
    }
    const trunk = v.untagged ? to.nonDefaultTrunkPvids.get(k) : undefined;
    if (trunk) {
      out.push(reason('LPM-10', `VLAN ${v.vlan} is a non-default trunk PVID`, `On ${dst.name}, VLAN ${v.vlan}${on} is the PVID of a trunk adapter that is not its SEA's default adapter; ${listing(v.devices)} of ${p.name} use it untagged`, [p.id, dst.id, trunk, ...v.adapterIds]));
    }
  }
}

function storage(ix: DesignIndex, n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  if (n.luns.length === 0 && n.vfc.length === 0) return;
  const p = n.partition;
  const dst = to.system;
  const fabricName = (id: Id) => ix.design.domain.sanFabrics[id]?.name ?? id;
  let fewerPaths = false;
  for (const need of n.luns) {
    const seeing = to.vios.filter((v) => viosSees(ix, v, need.lun, need.fabrics));
    if (seeing.length === 0) {
      const fabrics = lunFabrics(ix, need.lun);
      const reach = [...new Set(to.vios.flatMap((v) => [...v.fabrics]))];
      out.push(reason('LPM-7', `LUN ${need.lun.name} not reachable`, `LUN ${need.lun.name} (a vSCSI disk of ${p.name}) is not reachable from any VIOS of ${dst.name}${fabrics.length ? `: it is presented on ${listing(fabrics.map(fabricName))}` : ''}${to.vios.length === 0 ? ', and the frame has no running VIOS' : reach.length ? `, its VIOS reach ${listing(reach.map(fabricName))}` : ', its VIOS have no FC port on a fabric'}`, [p.id, dst.id, ...need.elementIds]));
      continue;
    }
    if (seeing.length < Math.min(2, need.viosIds.length)) fewerPaths = true;
    const bad = seeing.map((v) => v.lunDisks.get(need.lun.id)).filter((b) => b?.reservePolicy && b.reservePolicy !== 'no_reserve' && b.reservePolicy !== 'PR_shared');
    if (bad.length > 0) {
      out.push(reason('LPM-8', `LUN ${need.lun.name}: reserve_policy ${bad[0]!.reservePolicy}`, `On ${dst.name}, ${listing(bad.map((b) => `${b!.name} (reserve_policy=${b!.reservePolicy})`))} for LUN ${need.lun.name}: the destination VIOS must open the disk with no_reserve (or PR_shared)`, [p.id, dst.id, need.lun.id, ...bad.map((b) => b!.id)]));
    }
  }
  if (n.vfc.length === 0) {
    if (fewerPaths) lostRedundancy(n, to, out);
    return;
  }
  const npivVios = new Set<Id>();
  const missing = new Map<Id, string[]>();
  const adapters = new Map<Id, Id[]>();
  for (const v of n.vfc) {
    if (!v.fabricId) continue;
    const hosts = to.vios.filter((x) => x.npivFabrics.has(v.fabricId!));
    for (const h of hosts) npivVios.add(h.id);
    if (hosts.length === 0) {
      const l = missing.get(v.fabricId) ?? [];
      l.push(v.adapter.deviceName);
      missing.set(v.fabricId, l);
      adapters.set(v.fabricId, [...(adapters.get(v.fabricId) ?? []), v.adapter.id]);
    }
  }
  for (const [fabric, devices] of missing) {
    out.push(reason('LPM-7', `no NPIV port on ${fabricName(fabric)}`, `${listing(devices)} of ${p.name} log${devices.length === 1 ? 's' : ''} in on ${fabricName(fabric)}; no VIOS of ${dst.name} has an NPIV-capable FC port there with a free login`, [p.id, dst.id, fabric, ...adapters.get(fabric)!]));
  }
  if (missing.size === 0 && n.npivSourceVios >= 2 && npivVios.size < 2) fewerPaths = true;
  if (fewerPaths) lostRedundancy(n, to, out);
}

function lostRedundancy(n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  const p = n.partition;
  out.push(reason('LPM-12', 'redundant VIOS paths lost', `${p.name} reaches its disks through two VIOS on ${n.source.name}, but through one VIOS of ${to.system.name} only: the move loses the redundancy (migrlpar --redundantvios 1 refuses it)`, [p.id, to.system.id]));
}

/** Assigns the server adapters each source VIOS holds to distinct destination VIOS, largest first, the rest where room is left. */
function slots(ix: DesignIndex, n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  const need = n.slotNeeds;
  const total = n.slotTotal;
  if (total === 0 || to.vios.length === 0) return;
  // enough room on the VIOS with the most free slots for the largest need, and so on: nothing to place
  if (need.length <= to.freeSlotsDesc.length && need.every((k, i) => to.freeSlotsDesc[i]! >= k)) return;
  const free = [...to.freeSlotsDesc];
  let ok = true;
  const rest: number[] = [];
  need.forEach((k, i) => { if (i < free.length) { if (free[i]! < k) ok = false; else free[i]! -= k; } else rest.push(k); });
  if (ok && rest.length > 0) ok = rest.reduce((s, x) => s + x, 0) <= free.reduce((s, x) => s + x, 0);
  if (ok) return;
  const p = n.partition;
  const by = [...n.serverAdapters].map(([vios, k]) => `${k} on ${ix.partitionName(vios)}`);
  out.push(reason('LPM-16', `needs ${total} server slots`, `${p.name} needs ${plural(total, 'server adapter')} (${by.join(', ')}); ${to.system.name} has ${listing(to.vios.map((v: ViosOffer) => `${plural(v.freeSlots, 'free virtual slot')} on ${v.name} (max_virtual_slots ${v.maxVirtualSlots})`))}`, [p.id, to.system.id, ...to.vios.map((v) => v.id)]));
}

/** Reasons on the partition's own frame, whatever the destination: an untagged VLAN that is the PVID of a non-default trunk adapter there (LPM-10). */
export function sourceReasons(n: PartitionNeeds, home: FrameOffer): LpmReason[] {
  const out: LpmReason[] = [];
  for (const v of n.vlans) {
    const trunk = v.untagged ? home.nonDefaultTrunkPvids.get(vlanKey(v.vswitch, v.vlan)) : undefined;
    if (!trunk) continue;
    const on = v.vswitch === 'ETHERNET0' ? '' : ` on ${v.vswitch}`;
    out.push(reason('LPM-10', `untagged on a non-default trunk PVID`, `${listing(v.devices)} of ${n.partition.name} ${v.devices.length === 1 ? 'is' : 'are'} untagged on VLAN ${v.vlan}${on}, the PVID of a trunk adapter that is not its SEA's default adapter on ${home.system.name}: LPM refuses it`, [n.partition.id, trunk, ...v.adapterIds]));
  }
  return out;
}

/** LPM-21: frames managed by two HMCs (a remote migration): SSH keys between them, which the design does not record. */
function hmcs(n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  const a = n.source.hmcName;
  const b = to.system.hmcName;
  if (!a || !b || a === b) return;
  out.push(reason('LPM-21', `remote migration ${a} -> ${b}`, `${n.source.name} is managed by ${a} and ${to.system.name} by ${b}: a remote migration needs SSH keys exchanged between the HMCs (mkauthkeys), which the design does not record`, [n.source.id, to.system.id], 'warning'));
}

/** The free-resource reasons alone (LPM-14): what a cell reads of its destination's free processors and memory. */
export function resourceReasons(n: PartitionNeeds, to: FrameOffer): LpmReason[] {
  const out: LpmReason[] = [];
  if (n.partition.state !== 'not-activated') resources(n, to, out);
  return out;
}

/** Every reason `to` refuses or weakens the move of the partition of `n`. */
export function destinationReasons(ix: DesignIndex, n: PartitionNeeds, from: FrameOffer, to: FrameOffer): LpmReason[] {
  const out: LpmReason[] = [];
  hardware(n, to, out);
  hmcs(n, to, out);
  if (n.partition.state !== 'not-activated') resources(n, to, out);
  network(n, to, out);
  storage(ix, n, to, out);
  slots(ix, n, to, out);
  out.push(...modernDestinationReasons(ix, n, n.modern, from, to));
  return out;
}
