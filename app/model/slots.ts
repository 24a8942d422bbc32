import type { Design, Id } from './schema/index.ts';
import { OpError } from './errors.ts';
import { getPartition, plain, usedSlots } from './query.ts';

/** First user slot: 2 on clients (0 and 1 hold the virtual serial adapters); 11 on a VIOS (SLOT-2 default). */
export const firstUserSlot = (design: Design, partitionId: Id): number =>
  getPartition(design, partitionId).kind === 'vios' ? 11 : 2;

/** Checks that a slot can be used in a partition (SLOT-1): in range and not taken. */
export function assertSlotFree(design: Design, partitionId: Id, slot: number, ignoreAdapterId?: Id): void {
  const p = getPartition(design, partitionId);
  if (!Number.isInteger(slot) || slot < 2 || slot >= p.maxVirtualSlots) {
    throw new OpError(`Slot ${slot} is outside 2..${p.maxVirtualSlots - 1} on ${p.name} (max virtual slots ${p.maxVirtualSlots})`, 'SLOT-1');
  }
  const d = plain(design.domain);
  for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.vnicAdapters]) {
    for (const a of Object.values(c)) {
      if (a.partitionId === partitionId && a.slot === slot && a.id !== ignoreAdapterId) {
        throw new OpError(`Slot ${slot} is already used on ${p.name} by ${a.deviceName}`, 'SLOT-1');
      }
    }
  }
}

/** Lowest free slot of a partition at or above `from`, below max_virtual_slots. */
export function allocateSlot(design: Design, partitionId: Id, from?: number): number {
  const p = getPartition(design, partitionId);
  const used = usedSlots(design, partitionId);
  for (let s = Math.max(2, from ?? firstUserSlot(design, partitionId)); s < p.maxVirtualSlots; s++) {
    if (!used.has(s)) return s;
  }
  throw new OpError(`${p.name} has no free virtual slot (max virtual slots ${p.maxVirtualSlots})`, 'SLOT-1');
}

export type SlotPreset = 'next-free' | 'same-slot';

/**
 * Slots for a new client/server pair. `same-slot` (client slot = server slot, a common convention)
 * finds the lowest slot free on both partitions; `next-free` takes each side's lowest free slot.
 */
export function allocatePairSlots(design: Design, serverId: Id, clientId: Id, preset: SlotPreset = 'same-slot'):
  { serverSlot: number; clientSlot: number } {
  if (preset === 'same-slot') {
    const s = getPartition(design, serverId);
    const c = getPartition(design, clientId);
    const usedS = usedSlots(design, serverId);
    const usedC = usedSlots(design, clientId);
    const limit = Math.min(s.maxVirtualSlots, c.maxVirtualSlots);
    for (let slot = firstUserSlot(design, serverId); slot < limit; slot++) {
      if (!usedS.has(slot) && !usedC.has(slot)) return { serverSlot: slot, clientSlot: slot };
    }
  }
  return { serverSlot: allocateSlot(design, serverId), clientSlot: allocateSlot(design, clientId) };
}
