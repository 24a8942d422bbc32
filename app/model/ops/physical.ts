import type { Id, PhysicalPort, PortKind } from '../schema/index.ts';
import { physicalPortSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName } from '../names.ts';
import { op } from './op.ts';

const PREFIX: Record<PortKind, string> = { ethernet: 'ent', fc: 'fcs', sas: 'sas' };

export interface AddPhysicalPortArgs {
  id?: Id;
  systemId: Id;
  partitionId: Id | null;
  kind: PortKind;
  speedGbps?: number;
  npivCapable?: boolean;
  location?: string;
  adapter?: string;
  deviceName?: string;
}

/** Adds an Ethernet port, FC port or SAS controller to a frame, owned by a partition or unassigned. */
export const addPhysicalPort = op<AddPhysicalPortArgs>((d, a) => {
  if (!d.domain.systems[a.systemId]) throw new OpError('A physical adapter belongs to a frame');
  if (a.partitionId) {
    const p = d.domain.partitions[a.partitionId];
    if (!p) throw new OpError('No such partition');
    if (p.systemId !== a.systemId) throw new OpError(`${p.name} is in another frame`);
  }
  const id = a.id ?? nextId(d, 'physicalPorts');
  const deviceName = a.deviceName ?? (a.partitionId ? allocateDeviceName(d, a.partitionId, PREFIX[a.kind])
    : `${PREFIX[a.kind]}${Object.values(d.domain.physicalPorts).filter((p) => p.systemId === a.systemId && p.kind === a.kind).length}`);
  d.domain.physicalPorts[id] = physicalPortSchema.parse({
    id, systemId: a.systemId, partitionId: a.partitionId, kind: a.kind, deviceName,
    speedGbps: a.speedGbps ?? (a.kind === 'fc' ? 16 : a.kind === 'ethernet' ? 10 : 6),
    npivCapable: a.kind === 'fc' ? (a.npivCapable ?? true) : undefined,
    npivMaxClients: a.kind === 'fc' ? 64 : undefined,
    location: a.location, adapter: a.adapter, cabledToId: null,
  });
});

/** Moves a physical adapter port to another partition (chhwres -r io -o m), or frees it (null). */
export const assignPhysicalPort = op<{ portId: Id; partitionId: Id | null }>((d, { portId, partitionId }) => {
  const port = d.domain.physicalPorts[portId];
  if (!port) throw new OpError('No such physical port');
  if (partitionId) {
    const p = d.domain.partitions[partitionId];
    if (!p || p.systemId !== port.systemId) throw new OpError('A physical adapter can only be given to a partition of its own frame');
  }
  const inUse = Object.values(d.domain.vfcAdapters).some((v) => v.physicalPortId === portId)
    || Object.values(d.domain.seas).some((s) => s.realAdapter?.id === portId)
    || Object.values(d.domain.linkAggregations).some((l) => l.memberIds.includes(portId));
  if (inUse && port.partitionId !== partitionId) throw new OpError(`${port.deviceName} is in use (vfcmap, SEA or link aggregation); free it first`, 'PHYS-1');
  port.partitionId = partitionId;
  if (partitionId) port.deviceName = allocateDeviceName(d, partitionId, PREFIX[port.kind]);
});

export const updatePhysicalPort = op<{ portId: Id; patch: Partial<Pick<PhysicalPort, 'speedGbps' | 'npivCapable' | 'npivMaxClients' | 'location' | 'adapter' | 'deviceName'>> }>((d, { portId, patch }) => {
  const port = d.domain.physicalPorts[portId];
  if (!port) throw new OpError('No such physical port');
  const parsed = physicalPortSchema.safeParse({ ...port, ...patch });
  if (!parsed.success) throw new OpError(`Invalid value: ${parsed.error.issues[0]?.message}`);
  d.domain.physicalPorts[portId] = parsed.data;
});

/** Cables a physical port (or an HEA port) to an Ethernet switch or a SAN fabric; null unplugs it. */
export const cablePort = op<{ portId: Id; toId: Id | null }>((d, { portId, toId }) => {
  const port = d.domain.physicalPorts[portId] ?? d.domain.heaPorts[portId];
  if (!port) throw new OpError('No such port');
  if (toId) {
    const kind = 'kind' in port ? port.kind : 'ethernet';
    if (kind === 'sas') throw new OpError('A SAS controller is not cabled to a switch or fabric');
    if (kind === 'fc' && !d.domain.sanFabrics[toId]) throw new OpError('A Fibre Channel port is cabled to a SAN fabric');
    if (kind === 'ethernet' && !d.domain.ethernetSwitches[toId]) throw new OpError('An Ethernet port is cabled to an Ethernet switch or network');
  }
  port.cabledToId = toId;
});
