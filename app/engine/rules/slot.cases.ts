import * as ops from '../../model/ops/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';
import { mEdit, modern } from '../testing/modern-fixture.ts';

export const SLOT_CASES: RuleCase[] = [
  {
    rule: 'SLOT-1', name: 'two adapters in one slot of a client',
    trigger: () => edit((d, id) => { d.domain.vfcAdapters[id.vfc1]!.slot = d.domain.vscsiAdapters[id.vscsi1]!.slot; }),
    near: () => base().design,
  },
  {
    rule: 'SLOT-1', name: 'slot at or above max_virtual_slots',
    trigger: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.slot = 64; }),
    near: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.slot = 63; }),
  },
  {
    rule: 'SLOT-1', name: 'reserved slot 1',
    trigger: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.slot = 1; }),
    near: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.slot = 2 + 40; }),
  },
  {
    rule: 'SLOT-1', name: 'a vNIC in the slot of a virtual SCSI adapter',
    trigger: () => mEdit((d) => { d.domain.vnicAdapters['vnic-1']!.slot = Object.values(d.domain.vscsiAdapters).find((a) => a.partitionId === 'lpar-3')!.slot; }),
    near: modern,
  },
  {
    rule: 'SLOT-1', name: 'a vNIC above max_virtual_slots',
    trigger: () => mEdit((d) => { d.domain.vnicAdapters['vnic-1']!.slot = d.domain.partitions['lpar-3']!.maxVirtualSlots; }),
    near: () => mEdit((d) => { d.domain.vnicAdapters['vnic-1']!.slot = d.domain.partitions['lpar-3']!.maxVirtualSlots - 1; }),
  },
  {
    rule: 'SLOT-2', name: 'VIOS adapter in slot 5 on POWER9',
    trigger: () => ops.setVirtualScsiSlot(base().design, { adapterId: base().id.vhost1, slot: 5 }),
    near: () => ops.setVirtualScsiSlot(base().design, { adapterId: base().id.vhost1, slot: 40 }),
  },
  {
    rule: 'SLOT-2', name: 'low VIOS slots are fine on POWER5',
    trigger: () => edit((d, id) => { d.domain.vethAdapters[id.trunk1]!.slot = 9; }),
    near: () => edit((d, id) => { d.domain.vethAdapters[id.trunk1]!.slot = 9; d.domain.systems[id.sys]!.generation = 'POWER5'; }),
  },
];
