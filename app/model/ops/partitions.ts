import type { Id, Partition, PartitionKind } from '../schema/index.ts';
import { partitionSchema, withoutAssumed } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { uniqueName } from '../names.ts';
import { plain, usedSlots } from '../query.ts';
import { op } from './op.ts';

const BASE_NAMES: Record<PartitionKind, string> = { vios: 'vios1', aix: 'aix01', linux: 'lnx01', ibmi: 'ibmi01' };

/** Sensible profile values for a new partition of each kind. */
export function defaultPartitionSettings(kind: PartitionKind): Pick<Partition, 'processor' | 'memory' | 'maxVirtualSlots'> {
  const vios = kind === 'vios';
  return {
    processor: {
      mode: 'shared', minUnits: 0.1, desiredUnits: vios ? 1 : 0.5, maxUnits: vios ? 4 : 2,
      minVirtualProcessors: 1, desiredVirtualProcessors: vios ? 2 : 1, maxVirtualProcessors: 4,
      sharing: 'uncapped', weight: vios ? 255 : 128, sharedPoolId: 0,
    },
    memory: vios ? { minMB: 4096, desiredMB: 8192, maxMB: 16384 } : { minMB: 2048, desiredMB: 8192, maxMB: 16384 },
    maxVirtualSlots: vios ? 1000 : 64,
  };
}

export function nextLparId(partitions: Iterable<Partition>, systemId: Id): number {
  const used = new Set<number>();
  for (const p of partitions) if (p.systemId === systemId) used.add(p.lparId);
  let n = 1;
  while (used.has(n)) n++;
  return n;
}

export interface AddPartitionArgs {
  id?: Id;
  systemId: Id;
  kind: PartitionKind;
  name?: string;
  lparId?: number;
  at?: { x: number; y: number };
}

export const addPartition = op<AddPartitionArgs>((d, a) => {
  const system = d.domain.systems[a.systemId];
  if (!system) throw new OpError('A partition can only be placed inside a frame');
  const id = a.id ?? nextId(d, 'partitions');
  const all = Object.values(plain(d.domain.partitions));
  const lparId = a.lparId ?? nextLparId(all, a.systemId);
  if (all.some((p) => p.systemId === a.systemId && p.lparId === lparId)) {
    throw new OpError(`Partition id ${lparId} is already used in ${system.name}`);
  }
  const names = all.filter((p) => p.systemId === a.systemId).map((p) => p.name);
  const p = partitionSchema.parse({
    id, systemId: a.systemId, lparId, kind: a.kind,
    name: uniqueName(names, a.name ?? BASE_NAMES[a.kind]),
    ...defaultPartitionSettings(a.kind),
  });
  d.domain.partitions[id] = p;
  d.layout.nodes[id] = { x: a.at?.x ?? 40, y: a.at?.y ?? 60 };
});

export type PartitionPatch = Partial<Omit<Partition, 'id' | 'systemId'>>;

export const updatePartition = op<{ id: Id; patch: PartitionPatch }>((d, { id, patch }) => {
  const cur = d.domain.partitions[id];
  if (!cur) throw new OpError(`No partition with id ${id}`);
  // A value set by the user is no longer assumed.
  const next = withoutAssumed({
    ...cur, ...patch, id, systemId: cur.systemId,
    processor: { ...cur.processor, ...patch.processor },
    memory: { ...cur.memory, ...patch.memory },
  }, Object.keys(patch));
  const parsed = partitionSchema.safeParse(next);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new OpError(`Invalid value for ${i?.path.join('.')}: ${i?.message}`);
  }
  const others = Object.values(plain(d.domain.partitions)).filter((p) => p.systemId === cur.systemId && p.id !== id);
  if (patch.name !== undefined && others.some((p) => p.name === patch.name)) {
    throw new OpError(`Another partition of this frame is already named ${patch.name}`);
  }
  if (patch.lparId !== undefined && others.some((p) => p.lparId === patch.lparId)) {
    throw new OpError(`Partition id ${patch.lparId} is already used in this frame`);
  }
  if (patch.maxVirtualSlots !== undefined) {
    const highest = Math.max(1, ...usedSlots(d, id));
    if (patch.maxVirtualSlots <= highest) {
      throw new OpError(`Max virtual slots must stay above the highest slot in use (${highest})`, 'SLOT-1');
    }
  }
  if (parsed.data.kind !== 'vios' && (parsed.data.msp || parsed.data.viosecureHigh)) {
    throw new OpError('Only a VIOS is a mover service partition or has viosecure settings', 'LPM-11');
  }
  if (patch.kind !== undefined && patch.kind !== cur.kind && cur.kind === 'vios') {
    const serves = Object.values(d.domain.vscsiAdapters).some((a) => a.partitionId === id && a.role === 'server')
      || Object.values(d.domain.vfcAdapters).some((a) => a.partitionId === id && a.role === 'server')
      || Object.values(d.domain.seas).some((s) => s.partitionId === id)
      || Object.values(d.domain.sspClusters).some((c) => c.nodeIds.includes(id))
      || Object.values(d.domain.vnicBackingDevices).some((b) => d.domain.sriovLogicalPorts[b.logicalPortId]?.partitionId === id);
    if (serves) throw new OpError('This VIOS still has server adapters, SEAs, vNIC backing devices or a cluster; remove them before changing its type', 'PAIR-3');
  }
  d.domain.partitions[id] = parsed.data;
});
