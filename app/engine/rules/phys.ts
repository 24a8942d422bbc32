import type { PhysicalPort } from '../../model/schema/index.ts';
import { defineRule, type Rule } from './types.ts';
import { listing, partIndexes } from './common.ts';

/** The adapter slot of a location code: U78AA.001.WZSGP9Y-P1-C2-T1 -> U78AA.001.WZSGP9Y-P1-C2. */
export const adapterSlotOf = (location: string): string => location.replace(/-T\d+$/i, '');

export const PHYS_1: Rule = defineRule({
  id: 'PHYS-1', family: 'phys', severity: 'error', tag: 'C',
  title: 'Physical adapter owned by more than one partition, or by another frame\'s partition',
  explanation: 'A physical I/O slot (with all the ports of its adapter) belongs to one partition of its own managed '
    + 'system at a time (profile io_slots); moving it uses chhwres -r io ... -o m.',
  source: 'https://www.ibm.com/docs/POWER9/p9edm/chhwres.html',
  run({ index: ix, design }, emit) {
    const bySlot = new Map<string, PhysicalPort[]>();
    for (const port of ix.all.physicalPorts) {
      const owner = port.partitionId ? design.domain.partitions[port.partitionId] : undefined;
      if (owner && owner.systemId !== port.systemId) {
        emit(`${port.deviceName} belongs to frame ${design.domain.systems[port.systemId]?.name ?? port.systemId} but is given to ${owner.name}, a partition of another frame`, [port.id, owner.id]);
      }
      if (!port.location || !port.partitionId) continue;
      const k = `${port.systemId}\u0000${adapterSlotOf(port.location)}`;
      const list = bySlot.get(k);
      if (list) list.push(port); else bySlot.set(k, [port]);
    }
    for (const ports of bySlot.values()) {
      const owners = new Set(ports.map((p) => p.partitionId));
      if (owners.size < 2) continue;
      emit(`The ports of adapter slot ${adapterSlotOf(ports[0]!.location!)} are given to ${owners.size} partitions (${listing(ports.map((p) => `${p.deviceName} to ${ix.partitionName(p.partitionId)}`))}); a slot belongs to one partition`,
        ports.map((p) => p.id));
    }
  },
});

export const PHYS_2: Rule = defineRule({
  id: 'PHYS-2', family: 'phys', severity: 'warning', tag: 'C',
  title: 'Client partition with physical adapters cannot use Live Partition Mobility',
  explanation: 'Live Partition Mobility needs all I/O of the partition to be virtual (NPIV counts as virtual). A client '
    + 'partition that owns physical adapters cannot move. Said here in any design, with one frame or more (the LPM '
    + 'matrix names it under LPM-3; a dedicated SR-IOV adapter is LPM-3).',
  source: 'https://manualarchiveguide.com/manuals/IBM-BladeCenter-PS703-Technical-Overview-And-Introduction-3493525?page=127',
  run({ index: ix }, emit) {
    for (const { partition: p, ports } of partIndexes(ix)) {
      const pid = p.id;
      if (ports.length === 0 || p.kind === 'vios') continue;
      emit(`${p.name} owns physical adapter port${ports.length > 1 ? 's' : ''} ${listing(ports.map((x) => x.deviceName))} and cannot use Live Partition Mobility`, [pid, ...ports.map((x) => x.id)],
        ports.length === 1 ? [{ label: `Take ${ports[0]!.deviceName} away from ${p.name} (unassigned)`, op: 'assignPhysicalPort', args: { portId: ports[0]!.id, partitionId: null } }] : []);
    }
  },
});

export const PHYS_RULES: Rule[] = [PHYS_1, PHYS_2];
