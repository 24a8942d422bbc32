import type { Id } from '../schema/index.ts';
import { heaLogicalPortSchema, heaPortSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName } from '../names.ts';
import { getPartition } from '../query.ts';
import { op } from './op.ts';

/** Adds a physical port to the frame's Host Ethernet Adapter; refused when the frame has no HEA (HEA-1). */
export const addHeaPort = op<{ id?: Id; systemId: Id; portGroup?: number; speedGbps?: number }>((d, a) => {
  const sys = d.domain.systems[a.systemId];
  if (!sys) throw new OpError('An HEA port belongs to a frame');
  if (!sys.hea) throw new OpError(`${sys.name} has no Host Ethernet Adapter (IVE exists only on POWER6 and POWER7 frames that have one)`, 'HEA-1');
  const ports = Object.values(d.domain.heaPorts).filter((p) => p.systemId === sys.id);
  const max = sys.hea.type === '4x1G' ? 4 : 2;
  if (ports.length >= max) throw new OpError(`A ${sys.hea.type} HEA has ${max} physical ports`, 'HEA-2');
  const groups = sys.hea.portGroups.length;
  const portGroup = a.portGroup ?? (groups === 2 ? ports.length % 2 : 0);
  if (portGroup >= groups) throw new OpError(`Port group ${portGroup} does not exist on this HEA`, 'HEA-2');
  const id = a.id ?? nextId(d, 'heaPorts');
  d.domain.heaPorts[id] = heaPortSchema.parse({
    id, systemId: sys.id, portGroup, index: ports.length, speedGbps: a.speedGbps ?? (sys.hea.type === '2x10G' ? 10 : 1),
  });
});

/** Gives a partition a logical port on an HEA physical port (seen there as entN, lp-hea). */
export const assignHeaLogicalPort = op<{ id?: Id; heaPortId: Id; partitionId: Id }>((d, a) => {
  const port = d.domain.heaPorts[a.heaPortId];
  if (!port) throw new OpError('No such HEA port');
  const p = getPartition(d, a.partitionId);
  if (p.systemId !== port.systemId) throw new OpError('HEA logical ports go to partitions of the same frame');
  if (Object.values(d.domain.heaLogicalPorts).some((l) => l.heaPortId === port.id && l.partitionId === p.id)) {
    throw new OpError(`${p.name} already has a logical port on this physical port`, 'HEA-5');
  }
  const id = a.id ?? nextId(d, 'heaLogicalPorts');
  d.domain.heaLogicalPorts[id] = heaLogicalPortSchema.parse({
    id, heaPortId: port.id, partitionId: p.id, deviceName: allocateDeviceName(d, p.id, 'ent'),
  });
});

/** Sets the partition allowed to bridge on an HEA physical port (HEA-9). */
export const setHeaPromiscuous = op<{ heaPortId: Id; partitionId: Id | null }>((d, { heaPortId, partitionId }) => {
  const port = d.domain.heaPorts[heaPortId];
  if (!port) throw new OpError('No such HEA port');
  if (partitionId) getPartition(d, partitionId);
  port.promiscuousPartitionId = partitionId;
});
