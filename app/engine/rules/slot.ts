import type { PartitionIndex, SlotTable } from '../index-design.ts';
import { defineRule, type QuickFix, type Rule } from './types.ts';
import { adapterLabel, freeSlot, listing, moveSlotFix } from './common.ts';

const HMC_ADAPTER_ID = 'https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_3.zip';
const HMC_CONFIG_VIOS = 'https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_2.zip';

export const SLOT_1: Rule = defineRule({
  id: 'SLOT-1', family: 'slot', severity: 'error', tag: 'C',
  title: 'Virtual slot outside 2 .. max_virtual_slots-1, or used twice in a partition',
  explanation: 'A virtual adapter is identified by its slot number inside its partition. Slots 0 and 1 hold the two '
    + 'virtual serial adapters, usable slots run from 2 up to (not including) max_virtual_slots, and a slot number '
    + 'cannot be used by two adapters of the same partition: the HMC refuses the profile otherwise.',
  source: `HMC help "Adapter ID" (VEthernetAdapter.AdapterID.html) in ${HMC_ADAPTER_ID}`,
  run({ index: ix }, emit) {
    for (const pi of ix.parts) {
      const p = pi.partition;
      const flagged = flaggedSlots(pi, 'clash-or-range');
      if (flagged.length === 0) continue;
      const taken = new Set<number>();
      for (const slot of flagged) {
        const uses = ix.at(p.id, slot);
        const outside = slot < 2 || slot >= p.maxVirtualSlots;
        // Adapters that must move: all of them when the slot is outside the range, all but the first on a clash.
        const movers = outside ? uses : uses.slice(1);
        const fixes: QuickFix[] = [];
        for (const u of movers) {
          const to = freeSlot(ix, p.id, taken);
          if (to === null) break;
          taken.add(to);
          fixes.push(moveSlotFix(ix, u.kind, u.adapter, to));
        }
        const names = uses.map((u) => u.adapter.deviceName);
        const message = outside
          ? `Slot ${slot} on ${p.name} (${listing(names)}) is outside 2..${p.maxVirtualSlots - 1}: slots 0 and 1 are reserved and max_virtual_slots is ${p.maxVirtualSlots}`
          : `Slot ${slot} is used twice on ${p.name}: ${listing(names)}`;
        emit(message, [p.id, ...uses.map((u) => u.adapter.id)], fixes);
      }
    }
    // vNIC client adapters (document version 3) take slots too
    const vnicAt = new Map<string, string>();
    for (const v of ix.all.vnicAdapters) {
      const p = ix.part(v.partitionId)?.partition;
      if (!p) continue;
      const k = `${p.id}|${v.slot}`;
      const others = [...ix.at(p.id, v.slot).map((u) => u.adapter), ...(vnicAt.has(k) ? [ix.design.domain.vnicAdapters[vnicAt.get(k)!]!] : [])];
      vnicAt.set(k, v.id);
      if (v.slot < 2 || v.slot >= p.maxVirtualSlots) emit(`Slot ${v.slot} of vNIC ${v.deviceName} on ${p.name} is outside 2..${p.maxVirtualSlots - 1}`, [p.id, v.id]);
      else if (others.length > 0) emit(`Slot ${v.slot} is used twice on ${p.name}: ${listing([...others.map((o) => o.deviceName), v.deviceName])}`, [p.id, v.id, ...others.map((o) => o.id)]);
    }
  },
});

export const SLOT_2: Rule = defineRule({
  id: 'SLOT-2', family: 'slot', severity: 'warning', tag: 'C',
  title: 'VIOS adapter in a low slot (0-10) on POWER6 or later',
  explanation: 'On POWER6 and later, VIOS virtual adapters in slots 0-10 are subject to extra configuration rules '
    + '(the IBM rule list itself was not retrievable, so this is a warning). Keep user adapters of a VIOS at slot 11 '
    + 'and above.',
  source: `iphbm_configVIOS.htm in ${HMC_CONFIG_VIOS}`,
  run({ index: ix }, emit) {
    for (const pi of ix.parts) {
      const p = pi.partition;
      if (p.kind !== 'vios' || pi.system?.generation === 'POWER5') continue;
      const taken = new Set<number>(); // one per VIOS only
      for (const slot of flaggedSlots(pi, 'low')) { // below 2 is SLOT-1
        for (const u of ix.at(p.id, slot)) {
          const to = freeSlot(ix, p.id, taken);
          if (to !== null) taken.add(to);
          emit(`${adapterLabel(ix, u.adapter)} is in a low VIOS slot (0-10), which has special rules on POWER6 and later; use slot 11 or above`,
            [u.adapter.id], to === null ? [] : [moveSlotFix(ix, u.kind, u.adapter, to)]);
        }
      }
    }
  },
});

/**
 * Used slots of a partition that are clashing (two adapters, of any kinds) or outside 2..max-1 ('clash-or-range'),
 * or in the low VIOS range 2..10 ('low'). Runs for every partition, so it allocates only when it finds something.
 */
function flaggedSlots(pi: PartitionIndex, mode: 'clash-or-range' | 'low'): number[] {
  const max = pi.partition.maxVirtualSlots;
  let out: number[] | null = null;
  const tables: readonly SlotTable<unknown>[] = [pi.vscsiAt, pi.vfcAt, pi.vethAt];
  for (let k = 0; k < 3; k++) {
    const table = tables[k]!;
    for (let slot = 0; slot < table.length; slot++) {
      const entry = table[slot];
      if (entry === undefined) continue;
      const hit = mode === 'low' ? slot >= 2 && slot <= 10
        : slot < 2 || slot >= max || Array.isArray(entry) || (k !== 0 && pi.vscsiAt[slot] !== undefined) || (k !== 1 && pi.vfcAt[slot] !== undefined) || (k !== 2 && pi.vethAt[slot] !== undefined);
      if (hit) (out ??= []).push(slot);
    }
  }
  return out ? [...new Set<number>(out)].sort((x, y) => x - y) : [];
}

export const SLOT_RULES: Rule[] = [SLOT_1, SLOT_2];
