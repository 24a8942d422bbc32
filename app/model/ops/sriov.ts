/**
 * SR-IOV adapters, their physical ports and logical ports (document version 3, MODERN.md section 1). The operations
 * refuse what the HMC refuses (SRIOV-1, -2, -3, -4, -11); the rules report the same things for files and imports.
 */
import type { BackupDeviceRef, Design, Id, SriovAdapter, SriovLogicalPort, SriovPhysicalPort } from '../schema/index.ts';
import { sriovAdapterSchema, sriovLogicalPortSchema, sriovPhysicalPortSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName, deviceNamesOf } from '../names.ts';
import { getPartition, plain } from '../query.ts';
import {
  SRIOV_GENERATIONS, backingOfLogicalPort, capacitySum, isMultipleOf, isSeaRealAdapter, logicalPortsOnAdapter, logicalPortsOnPort,
} from '../modern-query.ts';
import { op } from './op.ts';

const invalid = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  new OpError(`Invalid value for ${e.issues[0]?.path.join('.')}: ${e.issues[0]?.message}`);

export interface AddSriovAdapterArgs {
  id?: Id;
  systemId: Id;
  adapterId?: number;
  mode?: SriovAdapter['mode'];
  name?: string;
  location?: string;
  model?: string;
  maxLogicalPorts?: number;
  /** Physical ports created with the adapter (2 by default), each with these settings. */
  ports?: number;
  portMaxLogicalPorts?: number;
  speedGbps?: number;
  at?: { x: number; y: number };
}

/** Adds an SR-IOV adapter with its physical ports to a frame; refused on frames without SR-IOV (SRIOV-11). */
export const addSriovAdapter = op<AddSriovAdapterArgs>((d, a) => {
  const sys = d.domain.systems[a.systemId];
  if (!sys) throw new OpError('An SR-IOV adapter sits in a frame');
  if (!SRIOV_GENERATIONS.includes(sys.generation)) {
    throw new OpError(`SR-IOV needs a POWER7+ (select models), POWER8 or later frame; ${sys.name} is ${sys.generation}`, 'SRIOV-11');
  }
  const onFrame = Object.values(plain(d.domain.sriovAdapters)).filter((x) => x.systemId === sys.id);
  const adapterId = a.adapterId ?? Math.max(0, ...onFrame.map((x) => x.adapterId)) + 1;
  if (onFrame.some((x) => x.adapterId === adapterId)) throw new OpError(`Adapter id ${adapterId} is already used in ${sys.name}`);
  const id = a.id ?? nextId(d, 'sriovAdapters');
  const parsed = sriovAdapterSchema.safeParse({
    id, systemId: sys.id, adapterId, mode: a.mode ?? 'shared', name: a.name ?? '', location: a.location, model: a.model,
    ...(a.maxLogicalPorts !== undefined ? { maxLogicalPorts: a.maxLogicalPorts } : {}),
  });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.sriovAdapters[id] = parsed.data;
  if (a.at) d.layout.nodes[id] = { x: a.at.x, y: a.at.y };
  const count = a.ports ?? 2;
  if (!Number.isInteger(count) || count < 1 || count > 8) throw new OpError('An SR-IOV adapter has 1 to 8 physical ports');
  for (let i = 0; i < count; i++) addPortIn(d, { adapterId: id, portIndex: i, maxLogicalPorts: a.portMaxLogicalPorts, speedGbps: a.speedGbps });
});

export type SriovAdapterPatch = Partial<Pick<SriovAdapter, 'adapterId' | 'mode' | 'name' | 'location' | 'model' | 'ownerPartitionId' | 'maxLogicalPorts'>>;

/** Changes an adapter: mode (shared / dedicated with its owner), its logical-port limit, its names. */
export const updateSriovAdapter = op<{ id: Id; patch: SriovAdapterPatch }>((d, { id, patch }) => {
  const cur = d.domain.sriovAdapters[id];
  if (!cur) throw new OpError('No such SR-IOV adapter');
  const parsed = sriovAdapterSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  const next = parsed.data;
  const used = logicalPortsOnAdapter(d, id).length;
  if (next.mode === 'dedicated' && used > 0) {
    throw new OpError(`The adapter still has ${used} logical port(s); a dedicated-mode adapter belongs wholly to one partition`, 'SRIOV-1');
  }
  if (next.mode === 'shared' && next.ownerPartitionId !== null) {
    if (patch.ownerPartitionId) throw new OpError('A shared-mode adapter belongs to the hypervisor; only a dedicated one has an owner partition', 'SRIOV-1');
    next.ownerPartitionId = null;
  }
  if (next.ownerPartitionId !== null && getPartition(d, next.ownerPartitionId).systemId !== cur.systemId) {
    throw new OpError('A dedicated adapter belongs to a partition of its own frame');
  }
  if (next.maxLogicalPorts < used) throw new OpError(`The adapter has ${used} logical ports; its limit cannot go below that`, 'SRIOV-2');
  if (patch.adapterId !== undefined && Object.values(d.domain.sriovAdapters).some((x) => x.id !== id && x.systemId === cur.systemId && x.adapterId === patch.adapterId)) {
    throw new OpError(`Adapter id ${patch.adapterId} is already used in this frame`);
  }
  d.domain.sriovAdapters[id] = next;
});

interface AddPortArgs { id?: Id; adapterId: Id; portIndex?: number; maxLogicalPorts?: number | undefined; speedGbps?: number | undefined }

function addPortIn(d: Design, a: AddPortArgs): Id {
  const adapter = d.domain.sriovAdapters[a.adapterId];
  if (!adapter) throw new OpError('A physical port belongs to an SR-IOV adapter');
  const siblings = Object.values(d.domain.sriovPhysicalPorts).filter((p) => p.adapterId === adapter.id);
  const portIndex = a.portIndex ?? Math.max(-1, ...siblings.map((p) => p.portIndex)) + 1;
  if (siblings.some((p) => p.portIndex === portIndex)) throw new OpError(`The adapter already has a port ${portIndex}`);
  const id = a.id ?? nextId(d, 'sriovPhysicalPorts');
  const parsed = sriovPhysicalPortSchema.safeParse({
    id, adapterId: adapter.id, portIndex,
    ...(a.maxLogicalPorts !== undefined ? { maxLogicalPorts: a.maxLogicalPorts } : {}),
    ...(a.speedGbps !== undefined ? { speedGbps: a.speedGbps } : {}),
  });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.sriovPhysicalPorts[id] = parsed.data;
  return id;
}

/** Adds one physical port to an adapter (imports; a new adapter gets its ports at once). */
export const addSriovPhysicalPort = op<AddPortArgs>((d, a) => { addPortIn(d, a); });

export type SriovPhysicalPortPatch = Partial<Omit<SriovPhysicalPort, 'id' | 'adapterId'>>;

/** Changes a physical port: logical-port and promiscuous limits, granularity, switch mode, cabling. */
export const updateSriovPhysicalPort = op<{ id: Id; patch: SriovPhysicalPortPatch }>((d, { id, patch }) => {
  const cur = d.domain.sriovPhysicalPorts[id];
  if (!cur) throw new OpError('No such SR-IOV physical port');
  const parsed = sriovPhysicalPortSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  const next = parsed.data;
  const lps = logicalPortsOnPort(d, id);
  if (next.maxLogicalPorts < lps.length) throw new OpError(`The port has ${lps.length} logical ports; its limit cannot go below that`, 'SRIOV-2');
  const promiscuous = lps.filter((l) => l.promiscuous).length;
  if (next.maxPromiscuousPorts !== null && next.maxPromiscuousPorts < promiscuous) {
    throw new OpError(`${promiscuous} logical port(s) of this port hold the promiscuous permission`, 'SRIOV-4');
  }
  const off = lps.find((l) => !isMultipleOf(l.capacity, next.capacityGranularity));
  if (off) throw new OpError(`${off.deviceName} has capacity ${off.capacity} %, not a multiple of ${next.capacityGranularity} % (HSCL1294)`, 'SRIOV-3');
  if (next.cabledToId !== null && !d.domain.ethernetSwitches[next.cabledToId]) throw new OpError('An SR-IOV port is cabled to an Ethernet switch');
  if (patch.portIndex !== undefined && Object.values(d.domain.sriovPhysicalPorts).some((p) => p.id !== id && p.adapterId === cur.adapterId && p.portIndex === patch.portIndex)) {
    throw new OpError(`The adapter already has a port ${patch.portIndex}`);
  }
  d.domain.sriovPhysicalPorts[id] = next;
});

export interface AddSriovLogicalPortArgs {
  id?: Id;
  physicalPortId: Id;
  partitionId: Id;
  deviceName?: string;
  capacity?: number;
  maxCapacity?: number;
  promiscuous?: boolean;
  migratable?: boolean;
  backupDevice?: BackupDeviceRef | null;
  pvid?: number;
  logicalPortId?: string;
}

/** Checks a logical port as it would be on its physical port; throws what the HMC would answer. */
function assertLogicalPortFits(d: Design, lp: SriovLogicalPort): void {
  const port = d.domain.sriovPhysicalPorts[lp.physicalPortId];
  if (!port) throw new OpError('A logical port is created on a physical port of an SR-IOV adapter');
  const adapter = d.domain.sriovAdapters[port.adapterId]!;
  if (adapter.mode !== 'shared') throw new OpError('Logical ports exist only on an adapter in shared mode; a dedicated-mode adapter belongs wholly to one partition', 'SRIOV-1');
  const owner = getPartition(d, lp.partitionId);
  if (owner.systemId !== adapter.systemId) throw new OpError('A logical port goes to a partition of the adapter\'s frame');
  const others = logicalPortsOnPort(d, port.id).filter((l) => l.id !== lp.id);
  if (others.length + 1 > port.maxLogicalPorts) throw new OpError(`The physical port allows ${port.maxLogicalPorts} logical ports`, 'SRIOV-2');
  const onAdapter = logicalPortsOnAdapter(d, adapter.id).filter((l) => l.id !== lp.id).length;
  if (onAdapter + 1 > adapter.maxLogicalPorts) throw new OpError(`The adapter allows ${adapter.maxLogicalPorts} logical ports in all`, 'SRIOV-2');
  if (!isMultipleOf(lp.capacity, port.capacityGranularity)) {
    throw new OpError(`Capacity ${lp.capacity} % is not a multiple of the port's granularity ${port.capacityGranularity} % (HSCL1294)`, 'SRIOV-3');
  }
  const sum = capacitySum([...others, lp]);
  if (sum > 100) throw new OpError(`The capacities of the port's logical ports would add up to ${sum} % (at most 100 %)`, 'SRIOV-3');
  if (lp.maxCapacity < lp.capacity) throw new OpError('Max capacity is at least the capacity');
  if (lp.promiscuous && port.maxPromiscuousPorts !== null && others.filter((l) => l.promiscuous).length + 1 > port.maxPromiscuousPorts) {
    throw new OpError(`The physical port allows ${port.maxPromiscuousPorts} promiscuous logical port(s)`, 'SRIOV-4');
  }
  if (lp.backupDevice) {
    const bk = lp.backupDevice.kind === 'veth' ? d.domain.vethAdapters[lp.backupDevice.id] : d.domain.vnicAdapters[lp.backupDevice.id];
    if (!bk) throw new OpError('No such backup device');
    if (bk.partitionId !== lp.partitionId) throw new OpError('The backup device of a migratable logical port is an adapter of the same partition', 'SRIOV-9');
  }
  if (lp.migratable && owner.kind === 'vios') throw new OpError('A VIOS is never migrated: its logical ports are not migratable', 'LPM-2');
  if (!lp.promiscuous && isSeaRealAdapter(d, lp.id)) throw new OpError(`${lp.deviceName} is an SEA real adapter and needs the promiscuous permission`, 'SRIOV-4');
}

/** Creates a logical port in a draft; returns its id (for operations that create one on the way). */
export function addLogicalPortIn(d: Design, a: AddSriovLogicalPortArgs): Id {
  const owner = getPartition(d, a.partitionId);
  const id = a.id ?? nextId(d, 'sriovLogicalPorts');
  const port = d.domain.sriovPhysicalPorts[a.physicalPortId];
  const deviceName = a.deviceName ?? allocateDeviceName(d, owner.id, 'ent');
  if (a.deviceName && deviceNamesOf(d, owner.id).has(a.deviceName)) throw new OpError(`${owner.name} already has a device named ${a.deviceName}`);
  const parsed = sriovLogicalPortSchema.safeParse({
    id, physicalPortId: a.physicalPortId, partitionId: owner.id, deviceName,
    capacity: a.capacity ?? port?.capacityGranularity ?? 2, maxCapacity: a.maxCapacity ?? 100,
    promiscuous: a.promiscuous ?? false, migratable: a.migratable ?? false, backupDevice: a.backupDevice ?? null,
    pvid: a.pvid ?? 0, logicalPortId: a.logicalPortId,
  });
  if (!parsed.success) throw invalid(parsed.error);
  assertLogicalPortFits(d, parsed.data);
  d.domain.sriovLogicalPorts[id] = parsed.data;
  return id;
}

/** Creates a logical port on a physical port for a partition (chhwres -r sriov --rsubtype logport -o a). */
export const addSriovLogicalPort = op<AddSriovLogicalPortArgs>((d, a) => { addLogicalPortIn(d, a); });

export type SriovLogicalPortPatch = Partial<Omit<SriovLogicalPort, 'id' | 'physicalPortId' | 'partitionId'>>;

/** Changes a logical port (capacity, promiscuous, migratable and its backup device, VLANs, name). */
export const updateSriovLogicalPort = op<{ id: Id; patch: SriovLogicalPortPatch }>((d, { id, patch }) => {
  const cur = d.domain.sriovLogicalPorts[id];
  if (!cur) throw new OpError('No such logical port');
  const parsed = sriovLogicalPortSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  if (patch.deviceName !== undefined && patch.deviceName !== cur.deviceName && deviceNamesOf(d, cur.partitionId).has(patch.deviceName)) {
    throw new OpError(`Another device of this partition is named ${patch.deviceName}`);
  }
  if (parsed.data.migratable && backingOfLogicalPort(d, id)) throw new OpError('A vNIC backing device is not a migratable logical port', 'SRIOV-9');
  assertLogicalPortFits(d, parsed.data);
  d.domain.sriovLogicalPorts[id] = parsed.data;
});
