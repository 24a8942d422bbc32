/**
 * vNIC client adapters and their backing devices (document version 3, MODERN.md section 2). A backing device is an
 * SR-IOV logical port owned by a VIOS (VNIC-1); a second backing device on another VIOS makes a failover vNIC.
 */
import type { Design, Id, VnicAdapter, VnicBackingDevice } from '../schema/index.ts';
import { vnicAdapterSchema, vnicBackingDeviceSchema, DEFAULT_FAILOVER_PRIORITY } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName, deviceNamesOf, nextDeviceName } from '../names.ts';
import { getPartition } from '../query.ts';
import { allocateSlot, assertSlotFree } from '../slots.ts';
import { backingOfLogicalPort, isSeaRealAdapter, logicalPortPlace } from '../modern-query.ts';
import { op } from './op.ts';
import { addLogicalPortIn } from './sriov.ts';

const invalid = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  new OpError(`Invalid value for ${e.issues[0]?.path.join('.')}: ${e.issues[0]?.message}`);

export interface AddVnicArgs {
  id?: Id;
  partitionId: Id;
  slot?: number;
  deviceName?: string;
  autoPriorityFailover?: boolean;
  pvid?: number;
}

function addVnicIn(d: Design, a: AddVnicArgs): Id {
  const p = getPartition(d, a.partitionId);
  if (p.kind === 'vios') throw new OpError('A vNIC is a client adapter; its server side lives in the VIOS that owns the backing logical port', 'VNIC-1');
  const slot = a.slot ?? allocateSlot(d, p.id);
  assertSlotFree(d, p.id, slot);
  if (a.deviceName && deviceNamesOf(d, p.id).has(a.deviceName)) throw new OpError(`${p.name} already has a device named ${a.deviceName}`);
  const id = a.id ?? nextId(d, 'vnicAdapters');
  const parsed = vnicAdapterSchema.safeParse({
    id, partitionId: p.id, slot, deviceName: a.deviceName ?? allocateDeviceName(d, p.id, 'ent'),
    autoPriorityFailover: a.autoPriorityFailover ?? true, pvid: a.pvid ?? 0, required: false,
  });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.vnicAdapters[id] = parsed.data;
  return id;
}

/** Adds a vNIC client adapter without backing device yet (chhwres -r virtualio --rsubtype vnic -o a). */
export const addVnic = op<AddVnicArgs>((d, a) => { addVnicIn(d, a); });

export type VnicPatch = Partial<Omit<VnicAdapter, 'id' | 'partitionId'>>;

export const updateVnic = op<{ id: Id; patch: VnicPatch }>((d, { id, patch }) => {
  const cur = d.domain.vnicAdapters[id];
  if (!cur) throw new OpError('No such vNIC');
  const parsed = vnicAdapterSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  if (patch.slot !== undefined && patch.slot !== cur.slot) assertSlotFree(d, cur.partitionId, patch.slot, id);
  if (patch.deviceName !== undefined && patch.deviceName !== cur.deviceName && deviceNamesOf(d, cur.partitionId).has(patch.deviceName)) {
    throw new OpError(`Another device of this partition is named ${patch.deviceName}`);
  }
  d.domain.vnicAdapters[id] = parsed.data;
});

export const assertFailoverPriority = (n: number): void => {
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new OpError(`A failover priority is a whole number from 1 to 100 (lower is preferred); ${n} is not`, 'VNIC-6');
};

export interface AddVnicBackingArgs {
  id?: Id;
  vnicId: Id;
  logicalPortId: Id;
  failoverPriority?: number;
}

function addBackingIn(d: Design, a: AddVnicBackingArgs): Id {
  const vnic = d.domain.vnicAdapters[a.vnicId];
  if (!vnic) throw new OpError('No such vNIC');
  const { lp, port, adapter } = logicalPortPlace(d, a.logicalPortId);
  if (!lp || !port || !adapter) throw new OpError('A vNIC backing device is an SR-IOV logical port', 'VNIC-1');
  const vios = getPartition(d, lp.partitionId);
  if (vios.kind !== 'vios') throw new OpError(`${lp.deviceName} belongs to ${vios.name}, not to a VIOS: a vNIC is backed by a logical port of a VIOS`, 'VNIC-1');
  if (adapter.mode !== 'shared') throw new OpError('A vNIC backing device is a logical port of an adapter in shared mode', 'VNIC-1');
  const client = getPartition(d, vnic.partitionId);
  if (client.systemId !== vios.systemId) throw new OpError('The backing device of a vNIC is on a VIOS of the same frame');
  if (backingOfLogicalPort(d, lp.id)) throw new OpError(`${lp.deviceName} on ${vios.name} already backs a vNIC`);
  if (isSeaRealAdapter(d, lp.id)) throw new OpError(`${lp.deviceName} on ${vios.name} is an SEA real adapter`);
  if (lp.migratable) throw new OpError('A migratable logical port cannot back a vNIC', 'SRIOV-9');
  const siblings = Object.values(d.domain.vnicBackingDevices).filter((b) => b.vnicId === vnic.id);
  const samePort = siblings.find((b) => d.domain.sriovLogicalPorts[b.logicalPortId]?.physicalPortId === port.id);
  if (samePort) throw new OpError('Two backing devices of one vNIC use different physical ports (a link-down would take both)', 'VNIC-4');
  const failoverPriority = a.failoverPriority ?? (siblings.length === 0 ? DEFAULT_FAILOVER_PRIORITY : Math.min(100, Math.max(...siblings.map((b) => b.failoverPriority)) + 10));
  assertFailoverPriority(failoverPriority);
  const id = a.id ?? nextId(d, 'vnicBackingDevices');
  d.domain.vnicBackingDevices[id] = vnicBackingDeviceSchema.parse({
    id, vnicId: vnic.id, logicalPortId: lp.id, failoverPriority,
    serverDeviceName: nextDeviceName(deviceNamesOf(d, vios.id), 'vnicserver'),
  });
  return id;
}

/** Adds a backing device (a VIOS's logical port) to a vNIC: the second one on another VIOS makes it a failover vNIC. */
export const addVnicBackingDevice = op<AddVnicBackingArgs>((d, a) => { addBackingIn(d, a); });

export interface ConnectVnicArgs {
  clientPartitionId: Id;
  /** The vNIC to add a backing device to; absent: a new vNIC in the client. */
  vnicId?: Id;
  /** An existing logical port of a VIOS ... */
  logicalPortId?: Id;
  /** ... or a VIOS and a physical port of a shared adapter: the HMC creates the logical port with the capacity. */
  viosId?: Id;
  physicalPortId?: Id;
  capacity?: number;
  failoverPriority?: number;
}

/** The drag from a client to a VIOS's logical port (or to a physical port for a VIOS): a vNIC with its backing device. */
export const connectVnic = op<ConnectVnicArgs>((d, a) => {
  let logicalPortId = a.logicalPortId;
  if (!logicalPortId) {
    if (!a.viosId || !a.physicalPortId) throw new OpError('A vNIC backing device needs a logical port of a VIOS, or a VIOS and an SR-IOV physical port');
    const vios = getPartition(d, a.viosId);
    if (vios.kind !== 'vios') throw new OpError(`${vios.name} is not a VIOS: a vNIC is backed by a logical port of a VIOS`, 'VNIC-1');
    logicalPortId = addLogicalPortIn(d, { physicalPortId: a.physicalPortId, partitionId: vios.id, ...(a.capacity !== undefined ? { capacity: a.capacity } : {}) });
  }
  let vnicId = a.vnicId;
  if (vnicId) {
    const vnic = d.domain.vnicAdapters[vnicId];
    if (!vnic || vnic.partitionId !== a.clientPartitionId) throw new OpError('The vNIC belongs to another partition');
  } else {
    vnicId = addVnicIn(d, { partitionId: a.clientPartitionId });
  }
  addBackingIn(d, { vnicId, logicalPortId, ...(a.failoverPriority !== undefined ? { failoverPriority: a.failoverPriority } : {}) });
});

export type VnicBackingPatch = Partial<Pick<VnicBackingDevice, 'failoverPriority' | 'serverDeviceName' | 'serverSlot'>>;

/** Changes a backing device: its failover priority (the only attribute that changes on a running partition, VNIC-9). */
export const updateVnicBackingDevice = op<{ id: Id; patch: VnicBackingPatch }>((d, { id, patch }) => {
  const cur = d.domain.vnicBackingDevices[id];
  if (!cur) throw new OpError('No such vNIC backing device');
  if (patch.failoverPriority !== undefined) assertFailoverPriority(patch.failoverPriority);
  const parsed = vnicBackingDeviceSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.vnicBackingDevices[id] = parsed.data;
});
