import type { Design, Id } from '../schema/index.ts';
import { virtualFcAdapterSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName } from '../names.ts';
import { op } from './op.ts';
import { moveSlot, planPair, type PairArgs } from './pairs.ts';

/** Next WWPN pair: c05076 prefix (NPIV-8) and a counter above every WWPN in the design (never reused, NPIV-11). */
export function nextWwpnPair(d: Design): [string, string] {
  let max = 0x0800000000n;
  for (const a of Object.values(d.domain.vfcAdapters)) {
    for (const w of a.wwpns ?? []) {
      const n = BigInt(`0x${w.slice(6)}`);
      if (w.toLowerCase().startsWith('c05076') && n > max) max = n;
    }
  }
  const hex = (n: bigint) => `c05076${n.toString(16).padStart(10, '0')}`;
  return [hex(max + 2n), hex(max + 3n)];
}

export interface ConnectVirtualFcArgs extends PairArgs {
  serverAdapterId?: Id;
  clientAdapterId?: Id;
  /** Map the new vfchost to this physical FC port at once (vfcmap). */
  physicalPortId?: Id;
}

/** Creates a virtual FC pair: vfchostN in the VIOS, fcsN with a WWPN pair in the client. */
export const connectVirtualFc = op<ConnectVirtualFcArgs>((d, a) => {
  const { server, client, serverSlot, clientSlot } = planPair(d, a, 'vfc');
  const sid = a.serverAdapterId ?? nextId(d, 'vfcAdapters');
  const cid = a.clientAdapterId ?? nextId(d, 'vfcAdapters', new Set([sid]));
  d.domain.vfcAdapters[sid] = virtualFcAdapterSchema.parse({
    id: sid, partitionId: server.id, slot: serverSlot, role: 'server', remotePartitionId: client.id,
    remoteSlot: clientSlot, deviceName: allocateDeviceName(d, server.id, 'vfchost'), physicalPortId: null,
  });
  d.domain.vfcAdapters[cid] = virtualFcAdapterSchema.parse({
    id: cid, partitionId: client.id, slot: clientSlot, role: 'client', remotePartitionId: server.id,
    remoteSlot: serverSlot, deviceName: allocateDeviceName(d, client.id, 'fcs'), wwpns: nextWwpnPair(d), required: true,
  });
  if (a.physicalPortId) mapIn(d, sid, a.physicalPortId);
});

function mapIn(d: Design, serverAdapterId: Id, physicalPortId: Id): void {
  const vfc = d.domain.vfcAdapters[serverAdapterId];
  if (!vfc || vfc.role !== 'server') throw new OpError('vfcmap needs a virtual FC server adapter (vfchost)');
  const port = d.domain.physicalPorts[physicalPortId];
  if (!port || port.kind !== 'fc') throw new OpError('vfcmap maps a vfchost to a physical Fibre Channel port');
  if (port.partitionId !== vfc.partitionId) {
    const owner = port.partitionId ? d.domain.partitions[port.partitionId]?.name : 'no partition';
    throw new OpError(`${port.deviceName} belongs to ${owner}; a vfchost maps only to an FC port of its own VIOS`, 'NPIV-4');
  }
  if (port.npivCapable === false) throw new OpError(`${port.deviceName} is not NPIV-capable`, 'NPIV-2');
  vfc.physicalPortId = physicalPortId;
}

/** vfcmap -vadapter vfchostN -fcp fcsM */
export const mapVirtualFc = op<{ serverAdapterId: Id; physicalPortId: Id }>((d, a) => mapIn(d, a.serverAdapterId, a.physicalPortId));

/** vfcmap -vadapter vfchostN -fcp (unmap) */
export const unmapVirtualFc = op<{ serverAdapterId: Id }>((d, { serverAdapterId }) => {
  const vfc = d.domain.vfcAdapters[serverAdapterId];
  if (!vfc) throw new OpError(`No virtual FC adapter with id ${serverAdapterId}`);
  vfc.physicalPortId = null;
});

export const setVirtualFcSlot = op<{ adapterId: Id; slot: number }>((d, { adapterId, slot }) => {
  moveSlot(d, d.domain.vfcAdapters, adapterId, slot);
});
