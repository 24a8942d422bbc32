import type { Design, Id, RealAdapterRef } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { getPartition } from '../query.ts';
import { op } from './op.ts';
import { addVirtualEthernetIn } from './ethernet.ts';
import { createSharedEthernetIn } from './sea.ts';

/** The PVID of an SEA's default trunk adapter and its virtual switch. */
function bridged(d: Design, seaId: Id): { pvid: number; vswitch: string } | null {
  const sea = d.domain.seas[seaId];
  const trunk = sea?.defaultAdapterId ? d.domain.vethAdapters[sea.defaultAdapterId] : undefined;
  return sea && trunk ? { pvid: sea.defaultPvid ?? trunk.pvid, vswitch: trunk.vswitch } : null;
}

/** A control channel PVID not used by any VLAN or virtual Ethernet adapter of the frame (99 upwards). */
export function freeControlChannelPvid(d: Design, systemId: Id): number {
  const used = new Set<number>();
  for (const v of Object.values(d.domain.vlans)) if (v.systemId === systemId) used.add(v.vlanId);
  for (const a of Object.values(d.domain.vethAdapters)) {
    if (d.domain.partitions[a.partitionId]?.systemId !== systemId) continue;
    used.add(a.pvid);
    for (const x of a.additionalVlans) used.add(x);
  }
  for (let v = 99; v < 4095; v++) if (!used.has(v)) return v;
  throw new OpError('No free VLAN id left for a control channel', 'SEAHA-4');
}

export interface BridgeVlanArgs { partitionId: Id; realAdapter: RealAdapterRef; vlanId: Id }

/**
 * Bridges a frame VLAN to the outside through a new SEA on this VIOS, using the given real adapter. When
 * another VIOS of the frame already bridges the same VLAN, the two become an SEA failover pair: the new
 * trunk gets the next priority (SEAHA-2), both SEAs ha_mode=auto (or sharing if the peer shares), and
 * both get a control channel on one PVID of its own (SEAHA-4).
 */
export const bridgeVlan = op<BridgeVlanArgs>((d, a) => {
  const vlan = d.domain.vlans[a.vlanId];
  if (!vlan) throw new OpError('No such VLAN');
  const vios = getPartition(d, a.partitionId);
  if (vios.kind !== 'vios') throw new OpError(`${vios.name} is not a VIOS: a Shared Ethernet Adapter exists only in a VIOS`, 'SEA-1');
  if (vios.systemId !== vlan.systemId) throw new OpError(`VLAN ${vlan.vlanId} belongs to another frame's virtual switch`, 'VLAN-5');
  const peers: Id[] = [];
  for (const s of Object.values(d.domain.seas)) {
    const b = bridged(d, s.id);
    if (!b || b.pvid !== vlan.vlanId || b.vswitch !== vlan.vswitch) continue;
    if (s.partitionId === vios.id) throw new OpError(`${vios.name} already bridges VLAN ${vlan.vlanId} through ${s.deviceName}`, 'SEAHA-1');
    if (d.domain.partitions[s.partitionId]?.systemId === vios.systemId) peers.push(s.id);
  }
  if (peers.length >= 2) throw new OpError(`VLAN ${vlan.vlanId} is already bridged by an SEA failover pair`, 'SEAHA-1');
  const peer = peers[0] ? d.domain.seas[peers[0]]! : null;
  if (!peer) {
    createSharedEthernetIn(d, { partitionId: vios.id, realAdapter: a.realAdapter, pvid: vlan.vlanId, trunkPriority: 1, vswitch: vlan.vswitch });
    return;
  }
  const peerTrunk = d.domain.vethAdapters[peer.defaultAdapterId!]!;
  const priority = (peerTrunk.trunkPriority ?? 1) + 1;
  if (priority > 15) throw new OpError('Trunk priority would exceed 15', 'SEA-9');
  const haMode = peer.haMode === 'sharing' ? 'sharing' : 'auto';
  const cc = peer.controlChannelId ? d.domain.vethAdapters[peer.controlChannelId]?.pvid : undefined;
  const ccPvid = cc ?? freeControlChannelPvid(d, vios.systemId);
  if (!peer.controlChannelId) {
    peer.controlChannelId = addVirtualEthernetIn(d, { partitionId: peer.partitionId, pvid: ccPvid, vswitch: vlan.vswitch });
  }
  peer.haMode = haMode;
  createSharedEthernetIn(d, {
    partitionId: vios.id, realAdapter: a.realAdapter, pvid: vlan.vlanId, trunkPriority: priority, haMode,
    controlChannelPvid: ccPvid, vswitch: vlan.vswitch,
  });
});
