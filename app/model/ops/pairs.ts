import type { Design, Id, Partition, VirtualFcAdapter, VirtualScsiAdapter } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { getPartition, partnerOf } from '../query.ts';
import { assertSlotFree, allocatePairSlots, type SlotPreset } from '../slots.ts';

/** Shared checks and slot choice for a new client/server adapter pair (vSCSI or vFC). */
export interface PairArgs {
  serverPartitionId: Id;
  clientPartitionId: Id;
  preset?: SlotPreset;
  serverSlot?: number;
  clientSlot?: number;
}

export function planPair(d: Design, a: PairArgs, kind: 'vscsi' | 'vfc'): { server: Partition; client: Partition; serverSlot: number; clientSlot: number } {
  const server = getPartition(d, a.serverPartitionId);
  const client = getPartition(d, a.clientPartitionId);
  const label = kind === 'vscsi' ? 'virtual SCSI' : 'virtual Fibre Channel';
  if (server.id === client.id) throw new OpError(`A ${label} adapter pair joins two different partitions`);
  if (server.systemId !== client.systemId) throw new OpError(`A ${label} pair joins partitions of the same frame; ${server.name} and ${client.name} are in different frames`);
  if (kind === 'vscsi' && server.kind !== 'vios' && server.kind !== 'ibmi') {
    throw new OpError(`${server.name} is not a VIOS: virtual SCSI server adapters exist only in a VIOS or an IBM i host`, 'PAIR-3');
  }
  if (kind === 'vfc' && server.kind !== 'vios') {
    throw new OpError(`${server.name} is not a VIOS: virtual Fibre Channel server adapters exist only in a VIOS`, 'PAIR-3');
  }
  if (client.kind === 'vios') throw new OpError(`${client.name} is a VIOS; the client end of a ${label} pair belongs to a client partition`);
  if (kind === 'vfc') {
    const gen = d.domain.systems[server.systemId]?.generation ?? 'POWER9';
    if (gen === 'POWER5') throw new OpError('NPIV (virtual Fibre Channel) needs a POWER6 or later frame', 'NPIV-1');
  }
  const auto = allocatePairSlots(d, server.id, client.id, a.preset ?? 'same-slot');
  const serverSlot = a.serverSlot ?? auto.serverSlot;
  const clientSlot = a.clientSlot ?? (a.serverSlot !== undefined && (a.preset ?? 'same-slot') === 'same-slot' ? a.serverSlot : auto.clientSlot);
  assertSlotFree(d, server.id, serverSlot);
  assertSlotFree(d, client.id, clientSlot);
  return { server, client, serverSlot, clientSlot };
}

/** Changes the slot of one end of a pair and keeps the partner's remote slot in step. */
export function moveSlot<T extends VirtualScsiAdapter | VirtualFcAdapter>(d: Design, all: Record<string, T>, id: Id, slot: number): void {
  const adapter = all[id];
  if (!adapter) throw new OpError(`No adapter with id ${id}`);
  assertSlotFree(d, adapter.partitionId, slot, id);
  const partner = partnerOf(all, adapter);
  adapter.slot = slot;
  if (partner && partner.remotePartitionId === adapter.partitionId) partner.remoteSlot = slot;
}

/** Refuses a second client on a server adapter (PAIR-2). */
export function assertServerFree<T extends VirtualScsiAdapter | VirtualFcAdapter>(all: Record<string, T>, server: T): void {
  const existing = partnerOf(all, server);
  if (existing) throw new OpError(`${server.deviceName} already serves a client; one server adapter serves exactly one client adapter`, 'PAIR-2');
}
