import type { Design, Id, VirtualEthernetAdapter } from '../schema/index.ts';
import { virtualEthernetAdapterSchema, vlanSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName } from '../names.ts';
import { getPartition } from '../query.ts';
import { allocateSlot, assertSlotFree } from '../slots.ts';
import { op } from './op.ts';

export function assertVlanId(v: number, what = 'VLAN id'): void {
  if (!Number.isInteger(v) || v < 1 || v > 4094) throw new OpError(`${what} ${v} is outside 1..4094 (4095 is reserved by the hypervisor)`, 'VLAN-1');
}

export function assertVswitch(d: Design, systemId: Id, vswitch: string): void {
  const sys = d.domain.systems[systemId];
  if (!sys?.vswitches.includes(vswitch)) throw new OpError(`Virtual switch ${vswitch} does not exist on this frame`);
}

export interface AddVlanArgs { id?: Id; systemId: Id; vlanId: number; vswitch?: string; name?: string; at?: { x: number; y: number } }

/** A VLAN of a frame's virtual switch. */
export const addVlan = op<AddVlanArgs>((d, a) => {
  assertVlanId(a.vlanId);
  const vswitch = a.vswitch ?? d.domain.systems[a.systemId]?.vswitches[0] ?? 'ETHERNET0';
  assertVswitch(d, a.systemId, vswitch);
  if (Object.values(d.domain.vlans).some((v) => v.systemId === a.systemId && v.vswitch === vswitch && v.vlanId === a.vlanId)) {
    throw new OpError(`VLAN ${a.vlanId} already exists on ${vswitch}`);
  }
  const id = a.id ?? nextId(d, 'vlans');
  d.domain.vlans[id] = vlanSchema.parse({ id, systemId: a.systemId, vswitch, vlanId: a.vlanId, name: a.name ?? '' });
  d.layout.nodes[id] = { x: a.at?.x ?? 20, y: a.at?.y ?? 20 };
});

export const updateVlan = op<{ id: Id; patch: { vlanId?: number; name?: string; external?: boolean } }>((d, { id, patch }) => {
  const v = d.domain.vlans[id];
  if (!v) throw new OpError('No such VLAN');
  if (patch.vlanId !== undefined) {
    assertVlanId(patch.vlanId);
    if (Object.values(d.domain.vlans).some((o) => o.id !== id && o.systemId === v.systemId && o.vswitch === v.vswitch && o.vlanId === patch.vlanId)) {
      throw new OpError(`VLAN ${patch.vlanId} already exists on ${v.vswitch}`);
    }
  }
  Object.assign(v, patch);
});

export interface AddVirtualEthernetArgs {
  id?: Id;
  partitionId: Id;
  pvid: number;
  additionalVlans?: number[];
  trunk?: boolean;
  trunkPriority?: number;
  vswitch?: string;
  slot?: number;
}

export function checkVirtualEthernet(a: Pick<VirtualEthernetAdapter, 'pvid' | 'additionalVlans' | 'ieee8021q' | 'trunk' | 'trunkPriority'>): void {
  assertVlanId(a.pvid, 'PVID');
  for (const v of a.additionalVlans) assertVlanId(v, 'Additional VLAN id');
  if (a.additionalVlans.length > 20) throw new OpError('At most 20 additional VLAN ids per virtual Ethernet adapter', 'VLAN-2');
  if (a.additionalVlans.length > 0 && !a.ieee8021q) throw new OpError('Additional VLAN ids need an IEEE 802.1Q adapter', 'VLAN-2');
  if (a.trunk && (a.trunkPriority === undefined || a.trunkPriority < 1 || a.trunkPriority > 15)) {
    throw new OpError(`Trunk priority ${a.trunkPriority} is outside 1..15`, 'SEA-9');
  }
}

/** Adds a virtual Ethernet adapter (entN) in the lowest free slot (or the given one). */
export function addVirtualEthernetIn(d: Design, a: AddVirtualEthernetArgs): Id {
  const p = getPartition(d, a.partitionId);
  const vswitch = a.vswitch ?? d.domain.systems[p.systemId]?.vswitches[0] ?? 'ETHERNET0';
  assertVswitch(d, p.systemId, vswitch);
  if (a.trunk && p.kind !== 'vios') throw new OpError(`${p.name} is not a VIOS: trunk adapters bridge through an SEA in a VIOS`, 'SEA-1');
  const slot = a.slot ?? allocateSlot(d, p.id);
  assertSlotFree(d, p.id, slot);
  const additionalVlans = a.additionalVlans ?? [];
  const rec = virtualEthernetAdapterSchema.parse({
    id: a.id ?? nextId(d, 'vethAdapters'), partitionId: p.id, slot, deviceName: allocateDeviceName(d, p.id, 'ent'),
    pvid: a.pvid, additionalVlans, ieee8021q: additionalVlans.length > 0, trunk: a.trunk ?? false,
    trunkPriority: a.trunk ? (a.trunkPriority ?? 1) : undefined, vswitch,
  });
  checkVirtualEthernet(rec);
  d.domain.vethAdapters[rec.id] = rec;
  return rec.id;
}

export const addVirtualEthernet = op<AddVirtualEthernetArgs>((d, a) => { addVirtualEthernetIn(d, a); });

/** Joins a partition to a VLAN node: a new virtual Ethernet adapter with that PVID on that vswitch. */
export const connectPartitionToVlan = op<{ partitionId: Id; vlanId: Id; adapterId?: Id }>((d, a) => {
  const vlan = d.domain.vlans[a.vlanId];
  if (!vlan) throw new OpError('No such VLAN');
  const p = getPartition(d, a.partitionId);
  if (p.systemId !== vlan.systemId) throw new OpError(`VLAN ${vlan.vlanId} belongs to another frame's virtual switch`, 'VLAN-5');
  addVirtualEthernetIn(d, { partitionId: p.id, pvid: vlan.vlanId, vswitch: vlan.vswitch, ...(a.adapterId ? { id: a.adapterId } : {}) });
});

export type VirtualEthernetPatch = Partial<Pick<VirtualEthernetAdapter, 'pvid' | 'additionalVlans' | 'ieee8021q' | 'trunk' | 'trunkPriority' | 'vswitch' | 'slot' | 'mac' | 'required' | 'dlparOnly'>>;

export const updateVirtualEthernet = op<{ id: Id; patch: VirtualEthernetPatch }>((d, { id, patch }) => {
  const cur = d.domain.vethAdapters[id];
  if (!cur) throw new OpError('No such virtual Ethernet adapter');
  const next = virtualEthernetAdapterSchema.parse({ ...cur, ...patch });
  if (next.trunk && next.trunkPriority === undefined) next.trunkPriority = 1;
  checkVirtualEthernet(next);
  if (patch.slot !== undefined) assertSlotFree(d, cur.partitionId, patch.slot, id);
  if (patch.vswitch !== undefined) assertVswitch(d, getPartition(d, cur.partitionId).systemId, patch.vswitch);
  if (next.trunk && getPartition(d, cur.partitionId).kind !== 'vios') throw new OpError('Only a VIOS adapter can be a trunk adapter', 'SEA-1');
  d.domain.vethAdapters[id] = next;
});
