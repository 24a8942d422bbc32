import type { Generation, HostEthernetAdapter, Id, ManagedSystem } from '../schema/index.ts';
import { managedSystemSchema, withoutAssumed } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { uniqueName } from '../names.ts';
import { op } from './op.ts';

/** Generations that can carry an Integrated Virtual Ethernet adapter (HEA-1). */
export const HEA_GENERATIONS: readonly Generation[] = ['POWER6', 'POWER7'];

export interface AddSystemArgs {
  id?: Id;
  name?: string;
  typeModel?: string;
  serial?: string;
  generation?: Generation;
  installedCores?: number;
  installedMemoryMB?: number;
  hea?: HostEthernetAdapter;
  at?: { x: number; y: number; w?: number; h?: number };
}

export const addSystem = op<AddSystemArgs>((d, a) => {
  const id = a.id ?? nextId(d, 'systems');
  if (d.domain.systems[id]) throw new OpError(`A frame with id ${id} already exists`);
  const generation = a.generation ?? 'POWER9';
  if (a.hea && !HEA_GENERATIONS.includes(generation)) {
    throw new OpError(`An HEA (IVE) exists only on POWER6 and POWER7 frames, not on ${generation}`, 'HEA-1');
  }
  const system = managedSystemSchema.parse({
    id,
    name: uniqueName(Object.values(d.domain.systems).map((s) => s.name), a.name ?? 'frame1'),
    typeModel: a.typeModel ?? '9009-42A',
    serial: a.serial ?? '',
    generation,
    installedCores: a.installedCores ?? 16,
    installedMemoryMB: a.installedMemoryMB ?? 512 * 1024,
    hea: a.hea,
  });
  d.domain.systems[id] = system;
  d.layout.nodes[id] = { x: a.at?.x ?? 0, y: a.at?.y ?? 0, w: a.at?.w ?? 900, h: a.at?.h ?? 600 };
});

export type SystemPatch = Partial<Omit<ManagedSystem, 'id'>>;

export const updateSystem = op<{ id: Id; patch: SystemPatch }>((d, { id, patch }) => {
  const cur = d.domain.systems[id];
  if (!cur) throw new OpError(`No frame with id ${id}`);
  // A value set by the user is no longer assumed.
  const next = withoutAssumed({ ...cur, ...patch, id }, Object.keys(patch));
  if (next.hea && !HEA_GENERATIONS.includes(next.generation)) {
    throw new OpError(`An HEA (IVE) exists only on POWER6 and POWER7 frames, not on ${next.generation}`, 'HEA-1');
  }
  if (patch.name !== undefined && Object.values(d.domain.systems).some((s) => s.id !== id && s.name === patch.name)) {
    throw new OpError(`Another frame is already named ${patch.name}`);
  }
  const parsed = managedSystemSchema.safeParse(next);
  if (!parsed.success) throw new OpError(`Invalid frame settings: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  d.domain.systems[id] = parsed.data;
});
