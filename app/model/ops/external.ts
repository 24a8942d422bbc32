import type { Id } from '../schema/index.ts';
import { ethernetSwitchSchema, lunSchema, sanFabricSchema, storageArraySchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { uniqueName } from '../names.ts';
import { op } from './op.ts';

type At = { at?: { x: number; y: number } };

export const addSanFabric = op<{ id?: Id; name?: string; npivSupport?: boolean } & At>((d, a) => {
  const id = a.id ?? nextId(d, 'sanFabrics');
  d.domain.sanFabrics[id] = sanFabricSchema.parse({
    id, name: uniqueName(Object.values(d.domain.sanFabrics).map((f) => f.name), a.name ?? 'fabric-A'), npivSupport: a.npivSupport ?? true,
  });
  d.layout.nodes[id] = { x: a.at?.x ?? 0, y: a.at?.y ?? 0 };
});

export const addStorageArray = op<{ id?: Id; name?: string; model?: string; fabricIds?: Id[] } & At>((d, a) => {
  for (const f of a.fabricIds ?? []) if (!d.domain.sanFabrics[f]) throw new OpError('No such SAN fabric');
  const id = a.id ?? nextId(d, 'storageArrays');
  d.domain.storageArrays[id] = storageArraySchema.parse({
    id, name: uniqueName(Object.values(d.domain.storageArrays).map((s) => s.name), a.name ?? 'array1'),
    model: a.model ?? '', fabricIds: a.fabricIds ?? [],
  });
  d.layout.nodes[id] = { x: a.at?.x ?? 0, y: a.at?.y ?? 0 };
});

export const addLun = op<{ id?: Id; arrayId: Id; name?: string; sizeGB?: number; fabricIds?: Id[] } & At>((d, a) => {
  const array = d.domain.storageArrays[a.arrayId];
  if (!array) throw new OpError('A SAN LUN belongs to a storage array');
  const id = a.id ?? nextId(d, 'luns');
  d.domain.luns[id] = lunSchema.parse({
    id, arrayId: array.id, name: uniqueName(Object.values(d.domain.luns).map((l) => l.name), a.name ?? 'LUN01'),
    sizeGB: a.sizeGB ?? 100, fabricIds: a.fabricIds ?? [...array.fabricIds],
  });
  d.layout.nodes[id] = { x: a.at?.x ?? 0, y: a.at?.y ?? 0 };
});

/** Presents (zones) a LUN through a fabric, or a storage array onto a fabric. */
export const presentOnFabric = op<{ id: Id; fabricId: Id }>((d, { id, fabricId }) => {
  if (!d.domain.sanFabrics[fabricId]) throw new OpError('No such SAN fabric');
  const target = d.domain.luns[id] ?? d.domain.storageArrays[id];
  if (!target) throw new OpError('Only a LUN or a storage array is presented on a fabric');
  if (!target.fabricIds.includes(fabricId)) target.fabricIds.push(fabricId);
});

export const withdrawFromFabric = op<{ id: Id; fabricId: Id }>((d, { id, fabricId }) => {
  const target = d.domain.luns[id] ?? d.domain.storageArrays[id];
  if (!target) throw new OpError('Only a LUN or a storage array is presented on a fabric');
  target.fabricIds = target.fabricIds.filter((f) => f !== fabricId);
});

export const addEthernetSwitch = op<{ id?: Id; name?: string; vlans?: number[] } & At>((d, a) => {
  const id = a.id ?? nextId(d, 'ethernetSwitches');
  d.domain.ethernetSwitches[id] = ethernetSwitchSchema.parse({
    id, name: uniqueName(Object.values(d.domain.ethernetSwitches).map((s) => s.name), a.name ?? 'switch1'), vlans: a.vlans ?? [],
  });
  d.layout.nodes[id] = { x: a.at?.x ?? 0, y: a.at?.y ?? 0 };
});

/** Renames any named element (frame, partition, fabric, array, LUN, switch, VLAN label). */
export const renameElement = op<{ id: Id; name: string }>((d, { id, name }) => {
  const n = name.trim();
  if (!n) throw new OpError('A name cannot be empty');
  const dom = d.domain;
  for (const c of [dom.systems, dom.partitions, dom.sanFabrics, dom.storageArrays, dom.luns, dom.ethernetSwitches, dom.vlans] as Record<string, { name: string }>[]) {
    const rec = c[id];
    if (rec) { rec.name = n; return; }
  }
  throw new OpError('This element has no name to change');
});
