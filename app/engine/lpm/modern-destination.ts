/**
 * What a destination frame must offer the v3 parts of a partition: its processor compatibility mode, a redundant pair
 * of mover service partitions when there was one, an SR-IOV port in shared mode for each vNIC backing device (and for migratable
 * logical ports to come back on), and for SSP disks a VIOS that is a node of the same cluster.
 */
import { GENERATIONS, supportedCompatModes, type Id, type ManagedSystem, type Partition } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { listing } from '../rules/common.ts';
import type { FrameOffer } from './frames.ts';
import type { ModernNeeds } from './modern-needs.ts';
import type { PartitionNeeds } from './needs.ts';
import { reason } from './rules.ts';
import type { LpmReason } from './types.ts';

const atLeast = (g: string, min: string): boolean => GENERATIONS.indexOf(g as (typeof GENERATIONS)[number]) >= GENERATIONS.indexOf(min as (typeof GENERATIONS)[number]);

function compat(n: PartitionNeeds, m: ModernNeeds, to: FrameOffer, out: LpmReason[]): void {
  const p = n.partition;
  const dst = to.system;
  const active = p.state !== 'not-activated';
  const mode = active ? m.effectiveMode : m.configuredMode;
  if (to.compatModes.includes(mode)) return;
  const how = active && m.configuredMode === 'default' ? `runs in ${mode} mode (default mode on ${n.source.generation})` : `is set to ${mode} mode`;
  out.push(reason('LPM-13', `no ${mode} mode`, `${p.name} ${how}; ${dst.name} supports ${listing([...to.compatModes])}`, [p.id, dst.id]));
}

/** LPM-13 on the partition's own frame: a configured mode the frame does not support (the HMC refuses it, moving or not). */
export function ownFrameCompat(p: Partition, frame: ManagedSystem): LpmReason | null {
  const mode = p.procCompatMode;
  if (!mode) return null;
  const modes = supportedCompatModes(frame);
  if (modes.includes(mode)) return null;
  return reason('LPM-13', `${mode} mode not on ${frame.name}`, `${p.name} is set to compatibility mode ${mode}, which frame ${frame.name} (${frame.generation}) does not support (${modes.join(', ')})`, [p.id, frame.id]);
}

/** LPM-12: two mover service partitions at home, one on the destination (the frames' own MSP reasons: frame-reasons.ts). */
function moverPair(n: PartitionNeeds, from: FrameOffer, to: FrameOffer, out: LpmReason[]): void {
  const msps = to.msps;
  if (msps.length !== 1 || from.msps.length < 2) return;
  out.push(reason('LPM-12', 'one mover service partition', `${n.source.name} has two mover service partitions, ${to.system.name} only ${msps[0]!.name}: no redundant MSP pair for the move (migrlpar --redundantmsps 1 refuses it)`, [n.partition.id, to.system.id, msps[0]!.id]));
}

/** Places every vNIC backing device on a distinct shared-mode SR-IOV port of the destination with room for it. */
function vnics(m: ModernNeeds, n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  if (m.vnics.length === 0) return;
  const p = n.partition;
  const dst = to.system;
  if (!atLeast(dst.generation, 'POWER8')) {
    out.push(reason('LPM-18', `no vNIC on ${dst.generation}`, `${dst.name} is a ${dst.generation} frame: vNIC needs POWER8 or later (FW840), so ${listing(m.vnics.map((v) => v.adapter.deviceName))} of ${p.name} cannot be recreated there`, [p.id, dst.id, ...m.vnics.map((v) => v.adapter.id)]));
    return;
  }
  const room = to.sriovRoom.map((r) => ({ ...r }));
  for (const v of m.vnics) {
    const used = new Set<Id>();
    let placed = 0;
    for (const b of v.backing) {
      const port = room.filter((r) => !used.has(r.id) && r.freeLogical > 0 && r.freeCapacity >= b.capacity).sort((a, c) => c.freeCapacity - a.freeCapacity)[0];
      if (!port) continue;
      used.add(port.id);
      port.freeLogical--;
      port.freeCapacity -= b.capacity;
      placed++;
    }
    const ids = [p.id, dst.id, v.adapter.id, ...v.backing.map((b) => b.id)];
    if (to.vios.length === 0 || (placed === 0 && v.backing.length > 0)) {
      const why = to.vios.length === 0 ? 'it has no running VIOS to own the logical ports' : to.sriovRoom.length === 0 ? 'it has no shared-mode SR-IOV port with a free logical port' : 'its shared-mode SR-IOV ports have no room left (logical ports or capacity)';
      out.push(reason('LPM-18', `vNIC ${v.adapter.deviceName}: no SR-IOV port`, `vNIC ${v.adapter.deviceName} of ${p.name} cannot get a backing device on ${dst.name}: ${why}`, ids));
    } else if (placed < v.backing.length) {
      out.push(reason('LPM-18', `vNIC ${v.adapter.deviceName}: ${placed} of ${v.backing.length} backing devices`, `${dst.name} has room for ${placed} of the ${v.backing.length} backing devices of vNIC ${v.adapter.deviceName} (${p.name}) on distinct SR-IOV ports: the vNIC loses its failover (migrlpar --redundantvnicbkdev 1 refuses it)`, ids, 'warning'));
    } else if (v.viosIds.length > to.vios.length) {
      out.push(reason('LPM-18', `vNIC ${v.adapter.deviceName}: ${to.vios.length} VIOS for ${v.viosIds.length}`, `The backing devices of vNIC ${v.adapter.deviceName} (${p.name}) are on ${v.viosIds.length} VIOS; ${dst.name} has ${to.vios.length === 1 ? 'one running VIOS' : `${to.vios.length} running VIOS`}: the vNIC keeps no failover across VIOS there (migrlpar --redundantvnicbkdev 1 refuses it)`, ids, 'warning'));
    }
  }
}

function hnv(m: ModernNeeds, n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  if (m.hnvPorts.length === 0 || to.sriovRoom.length > 0) return;
  const p = n.partition;
  out.push(reason('LPM-5', 'migratable port stays on its backup', `${to.system.name} has no shared-mode SR-IOV port with room: after the move the migratable logical port${m.hnvPorts.length === 1 ? '' : 's'} of ${p.name} cannot be added back, and traffic stays on the backup device`, [p.id, to.system.id, ...m.hnvPorts], 'warning'));
}

function ssp(ix: DesignIndex, m: ModernNeeds, n: PartitionNeeds, to: FrameOffer, out: LpmReason[]): void {
  for (const [cluster, use] of m.ssp) {
    if (to.vios.some((v) => v.clusters.includes(cluster))) continue;
    const name = ix.design.domain.sspClusters[cluster]?.name ?? cluster;
    out.push(reason('LPM-22', `no node of SSP ${name}`, `${listing(use.lus.map((l) => `LU ${l}`))} of ${n.partition.name} ${use.lus.length === 1 ? 'is' : 'are'} in SSP cluster ${name}; no VIOS of ${to.system.name} is a node of it (an SSP disk is reached through nodes of its cluster)`, [n.partition.id, to.system.id, ...use.elementIds]));
  }
}

/** The v3 reasons `to` refuses or weakens the move. */
export function modernDestinationReasons(ix: DesignIndex, n: PartitionNeeds, m: ModernNeeds, from: FrameOffer, to: FrameOffer): LpmReason[] {
  const out: LpmReason[] = [];
  compat(n, m, to, out);
  if (n.partition.state !== 'not-activated') moverPair(n, from, to, out);
  vnics(m, n, to, out);
  hnv(m, n, to, out);
  ssp(ix, m, n, to, out);
  return out;
}

