import type { Id } from '../schema/index.ts';
import { virtualScsiAdapterSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName } from '../names.ts';
import { op } from './op.ts';
import { assertServerFree, moveSlot, planPair, type PairArgs } from './pairs.ts';
import { allocateSlot, assertSlotFree } from '../slots.ts';

export interface ConnectVirtualScsiArgs extends PairArgs {
  serverAdapterId?: Id;
  clientAdapterId?: Id;
}

/**
 * Creates a virtual SCSI pair: a server adapter (vhostN) in the VIOS and a client adapter (vscsiN) in
 * the client, each naming the other by partition and slot.
 */
export const connectVirtualScsi = op<ConnectVirtualScsiArgs>((d, a) => {
  const { server, client, serverSlot, clientSlot } = planPair(d, a, 'vscsi');
  const sid = a.serverAdapterId ?? nextId(d, 'vscsiAdapters');
  const cid = a.clientAdapterId ?? nextId(d, 'vscsiAdapters', new Set([sid]));
  const serverName = allocateDeviceName(d, server.id, 'vhost');
  const clientName = allocateDeviceName(d, client.id, 'vscsi');
  d.domain.vscsiAdapters[sid] = virtualScsiAdapterSchema.parse({
    id: sid, partitionId: server.id, slot: serverSlot, role: 'server',
    remotePartitionId: client.id, remoteSlot: clientSlot, deviceName: serverName,
  });
  d.domain.vscsiAdapters[cid] = virtualScsiAdapterSchema.parse({
    id: cid, partitionId: client.id, slot: clientSlot, role: 'client',
    remotePartitionId: server.id, remoteSlot: serverSlot, deviceName: clientName, required: true,
  });
});

/** Changes an adapter's slot; the partner's remote slot follows. */
export const setVirtualScsiSlot = op<{ adapterId: Id; slot: number }>((d, { adapterId, slot }) => {
  moveSlot(d, d.domain.vscsiAdapters, adapterId, slot);
});

export const updateVirtualScsiAdapter = op<{ adapterId: Id; patch: { deviceName?: string; required?: boolean; dlparOnly?: boolean } }>((d, { adapterId, patch }) => {
  const a = d.domain.vscsiAdapters[adapterId];
  if (!a) throw new OpError(`No virtual SCSI adapter with id ${adapterId}`);
  Object.assign(a, virtualScsiAdapterSchema.parse({ ...a, ...patch }));
});

/**
 * Gives an existing server adapter (vhost) its client: creates the client adapter and points both ends
 * at each other. Refused when the vhost already serves a client (PAIR-2).
 */
export const attachVirtualScsiClient = op<{ serverAdapterId: Id; clientPartitionId: Id; clientAdapterId?: Id; clientSlot?: number }>((d, a) => {
  const server = d.domain.vscsiAdapters[a.serverAdapterId];
  if (!server || server.role !== 'server') throw new OpError('A client can only be attached to a virtual SCSI server adapter (vhost)');
  assertServerFree(d.domain.vscsiAdapters, server);
  if (server.remotePartitionId !== null && server.remotePartitionId !== a.clientPartitionId) {
    const other = d.domain.partitions[server.remotePartitionId]?.name ?? server.remotePartitionId;
    throw new OpError(`${server.deviceName} is reserved for ${other}; one server adapter serves exactly one client adapter`, 'PAIR-2');
  }
  const client = d.domain.partitions[a.clientPartitionId];
  if (!client) throw new OpError('No such client partition');
  if (client.kind === 'vios') throw new OpError(`${client.name} is a VIOS; the client end belongs to a client partition`);
  if (client.systemId !== d.domain.partitions[server.partitionId]?.systemId) throw new OpError('Client and VIOS must be in the same frame');
  const clientSlot = a.clientSlot ?? (server.remoteSlot ?? allocateSlot(d, client.id));
  assertSlotFree(d, client.id, clientSlot);
  const cid = a.clientAdapterId ?? nextId(d, 'vscsiAdapters');
  d.domain.vscsiAdapters[cid] = virtualScsiAdapterSchema.parse({
    id: cid, partitionId: client.id, slot: clientSlot, role: 'client', remotePartitionId: server.partitionId,
    remoteSlot: server.slot, deviceName: allocateDeviceName(d, client.id, 'vscsi'), required: true,
  });
  server.remotePartitionId = client.id;
  server.remoteSlot = clientSlot;
});
