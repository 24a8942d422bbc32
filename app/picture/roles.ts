import type { Design, Id } from '../model/index.ts';

/**
 * What a VIOS does for its frame, as practitioners label it: the SEA failover role from its trunk
 * priority (primary = the lower number), "SEA load sharing", "SEA" alone, "vNIC server" (no SEA, backs vNICs) or
 * "no SEA". Null for clients.
 */
export function viosRole(design: Design, partitionId: Id): string | null {
  const d = design.domain;
  const p = d.partitions[partitionId];
  if (!p || p.kind !== 'vios') return null;
  const seas = Object.values(d.seas).filter((s) => s.partitionId === partitionId);
  if (!seas.length) {
    // A VIOS without SEA that serves vNICs (vnicserverN over its SR-IOV logical ports) is named for that.
    const vnic = Object.values(d.vnicBackingDevices).some((b) => d.sriovLogicalPorts[b.logicalPortId]?.partitionId === partitionId);
    return vnic ? 'vNIC server' : 'no SEA';
  }
  const sea = seas[0]!;
  if (sea.haMode === 'sharing') return 'SEA load sharing';
  if (sea.haMode === 'disabled') return 'SEA';
  const prio = Math.min(...sea.trunkAdapterIds.map((t) => d.vethAdapters[t]?.trunkPriority ?? 99));
  return prio <= 1 ? 'SEA primary' : 'SEA backup';
}
