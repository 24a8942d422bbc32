/**
 * What a client partition takes with it when it moves: the VLANs of its virtual Ethernet adapters, the SAN LUNs of
 * its vSCSI disks, the fabrics its virtual FC adapters log in on, the server adapters its VIOS hold for it, its
 * processors and memory; and what stops it moving anywhere (physical I/O, HEA, local disks, reserve policies).
 */
import type { Id, Lun, ManagedSystem, Partition, VirtualFcAdapter } from '../../model/schema/index.ts';
import { listing } from '../rules/common.ts';
import { vlansOf, type DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import { lunFabrics, vlanKey } from './frames.ts';
import { modernIndex } from './modern-index.ts';
import { modernNeeds, modernReasons, type ModernNeeds } from './modern-needs.ts';
import { reason } from './rules.ts';
import type { LpmReason } from './types.ts';

export interface VlanNeed { vswitch: string; vlan: number; key: string; untagged: boolean; adapterIds: Id[]; devices: string[] }
export interface LunNeed { lun: Lun; viosIds: Id[]; elementIds: Id[]; fabrics: Id[] }
export interface VfcNeed { adapter: VirtualFcAdapter; viosId: Id; fabricId: Id | null }

export interface PartitionNeeds {
  partition: Partition;
  source: ManagedSystem;
  everywhere: LpmReason[];
  vlans: VlanNeed[];
  luns: LunNeed[];
  vfc: VfcNeed[];
  /** Source VIOS -> server adapters (vhost, vfchost) it holds for this partition; the destination recreates them. */
  serverAdapters: Map<Id, number>;
  /** The counts of `serverAdapters`, most first, and their sum. */
  slotNeeds: number[];
  slotTotal: number;
  /** Source VIOS of the NPIV adapters that log in on a fabric. */
  npivSourceVios: number;
  /** vNIC, SSP, compatibility mode, migratable SR-IOV ports (document version 3). */
  modern: ModernNeeds;
}

const OK_RESERVE = new Set(['no_reserve', 'PR_shared']);

/** Reasons that hold whatever the destination: the partition's own adapters and disks. */
function ownReasons(ix: DesignIndex, p: Partition): LpmReason[] {
  const pi = ix.part(p.id)!;
  const out: LpmReason[] = [];
  if (pi.ports.length > 0) {
    const names = pi.ports.map((x) => x.deviceName);
    out.push(reason('LPM-3', `physical I/O ${names.join(', ')}`, `${p.name} owns physical I/O (${listing(names)}): remove it by DLPAR before the move, all I/O must go through a VIOS`, [p.id, ...pi.ports.map((x) => x.id)]));
  }
  if (pi.heaLogical.length > 0) {
    const names = pi.heaLogical.map((x) => x.deviceName);
    out.push(reason('LPM-4', `HEA logical port ${names.join(', ')}`, `${p.name} has HEA logical ports (${listing(names)}): an HEA port is physical I/O and cannot move`, [p.id, ...pi.heaLogical.map((x) => x.id)]));
  }
  const local = new Map<Id, { name: string; on: string; what: string }>();
  const unlinked = new Map<Id, { name: string; on: string }>();
  const badReserve = new Map<Id, { name: string; on: string; policy: string }>();
  for (const path of derived(ix).diskPaths.get(p.id) ?? []) {
    const b = path.backing;
    const on = ix.partitionName(b.partitionId);
    if (b.kind === 'logical-volume' || b.kind === 'file-disk') local.set(b.id, { name: b.name, on, what: b.kind === 'file-disk' ? 'a file' : 'a logical volume' });
    else if (b.kind === 'physical-volume' && !b.lunId) {
      if (b.physicalPortId) local.set(b.id, { name: b.name, on, what: 'an internal disk' });
      else unlinked.set(b.id, { name: b.name, on });
    } else if (b.kind === 'physical-volume' && b.reservePolicy && !OK_RESERVE.has(b.reservePolicy)) badReserve.set(b.id, { name: b.name, on, policy: b.reservePolicy });
  }
  if (local.size > 0) {
    const l = [...local.values()];
    out.push(reason('LPM-7', `local disk ${l.map((x) => x.name).join(', ')}`, `${p.name} has disks that are not on the SAN (${listing(l.map((x) => `${x.name} on ${x.on}, ${x.what}`))}): only SAN disks reachable from both frames can move`, [p.id, ...local.keys()]));
  }
  if (unlinked.size > 0) {
    const l = [...unlinked.values()];
    out.push(reason('LPM-7', `disk ${l.map((x) => x.name).join(', ')} not linked to a LUN`, `${listing(l.map((x) => `${x.name} on ${x.on}`))} of ${p.name} ${l.length === 1 ? 'is' : 'are'} not linked to a SAN LUN in the design: whether the destination's VIOS see ${l.length === 1 ? 'it' : 'them'} cannot be checked`, [p.id, ...unlinked.keys()], 'warning'));
  }
  if (badReserve.size > 0) {
    const l = [...badReserve.values()];
    out.push(reason('LPM-8', `reserve_policy ${[...new Set(l.map((x) => x.policy))].join(', ')}`, `${listing(l.map((x) => `${x.name} on ${x.on} (reserve_policy=${x.policy})`))}: a disk of a mobile partition needs reserve_policy=no_reserve (or PR_shared) so that the destination VIOS can open it`, [p.id, ...badReserve.keys()]));
  }
  const noWwpn: VirtualFcAdapter[] = [];
  const sameWwpn: VirtualFcAdapter[] = [];
  for (const entry of pi.vfcAt) {
    if (entry === undefined) continue;
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      if (c.role !== 'client') continue;
      if (!c.wwpns) noWwpn.push(c);
      else if (c.wwpns[0].toLowerCase() === c.wwpns[1].toLowerCase()) sameWwpn.push(c);
    }
  }
  if (sameWwpn.length > 0) {
    out.push(reason('LPM-9', `${sameWwpn.map((a) => a.deviceName).join(', ')}: one WWPN twice`, `${listing(sameWwpn.map((a) => a.deviceName))} of ${p.name} carr${sameWwpn.length === 1 ? 'ies' : 'y'} the same WWPN twice: the second WWPN logs in on the destination and must be its own, zoned and masked`, [p.id, ...sameWwpn.map((a) => a.id)]));
  }
  if (noWwpn.length > 0) {
    out.push(reason('LPM-9', `${noWwpn.map((a) => a.deviceName).join(', ')}: no WWPN pair`, `${listing(noWwpn.map((a) => a.deviceName))} of ${p.name} ha${noWwpn.length === 1 ? 's' : 've'} no WWPN pair in the design: whether the second WWPN is zoned cannot be checked`, [p.id, ...noWwpn.map((a) => a.id)], 'warning'));
  }
  return out;
}

/** What one client partition needs from a destination. */
export function partitionNeeds(ix: DesignIndex, p: Partition, source: ManagedSystem): PartitionNeeds {
  const pi = ix.part(p.id)!;
  const der = derived(ix);
  const d = ix.design.domain;
  const vlans: VlanNeed[] = [];
  for (const entry of pi.vethAt) {
    if (entry === undefined) continue;
    for (const a of Array.isArray(entry) ? entry : [entry]) {
      if (a.trunk) continue;
      for (const vlan of vlansOf(a)) {
        let need = vlans.find((v) => v.vswitch === a.vswitch && v.vlan === vlan);
        if (!need) vlans.push((need = { vswitch: a.vswitch, vlan, key: vlanKey(a.vswitch, vlan), untagged: false, adapterIds: [], devices: [] }));
        if (vlan === a.pvid) need.untagged = true;
        need.adapterIds.push(a.id);
        need.devices.push(a.deviceName);
      }
    }
  }
  const serverAdapters = new Map<Id, number>();
  const count = (vios: Id) => serverAdapters.set(vios, (serverAdapters.get(vios) ?? 0) + 1);
  const luns: LunNeed[] = [];
  for (const entry of pi.vscsiAt) {
    if (entry === undefined) continue;
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      const server = c.role === 'client' ? ix.serverOf('vscsi', c) : undefined;
      if (server) count(server.partitionId);
    }
  }
  for (const g of der.lunGroups(p.id)) {
    const lun = d.luns[g.lunId];
    if (!lun) continue;
    luns.push({ lun, viosIds: g.vios, elementIds: [lun.id, ...g.paths.map((x) => x.backing.id)], fabrics: lunFabrics(ix, lun) });
  }
  const vfc: VfcNeed[] = [];
  for (const entry of pi.vfcAt) {
    if (entry === undefined) continue;
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      const server = c.role === 'client' ? ix.serverOf('vfc', c) : undefined;
      if (!server) continue;
      count(server.partitionId);
      const port = server.physicalPortId ? d.physicalPorts[server.physicalPortId] : undefined;
      const fabricId = port?.cabledToId && d.sanFabrics[port.cabledToId] ? port.cabledToId : null;
      vfc.push({ adapter: c, viosId: server.partitionId, fabricId });
    }
  }
  const mx = modernIndex(ix);
  const everywhere = [...ownReasons(ix, p), ...modernReasons(mx, p)];
  const slotNeeds = [...serverAdapters.values()].sort((a, b) => b - a);
  const npivSourceVios = new Set(vfc.filter((v) => v.fabricId).map((v) => v.viosId)).size;
  return {
    partition: p, source, everywhere, vlans, luns, vfc, serverAdapters, slotNeeds, slotTotal: slotNeeds.reduce((s, x) => s + x, 0), npivSourceVios,
    modern: modernNeeds(ix, mx, p, source),
  };
}
