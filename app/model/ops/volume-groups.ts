/**
 * Client volume groups with their mirror copies, and the SAN LUNs a client sees through NPIV (document version 2).
 * A volume group's disks are what the client sees as hdisks: SAN LUNs it reaches (vSCSI through a VIOS, NPIV, its own
 * FC ports) or backing devices a VIOS serves it through a VTD (logical volume, file, internal disk).
 */
import type { Design, Id, VolumeGroup } from '../schema/index.ts';
import { volumeGroupSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { op } from './op.ts';

function clientOf(d: Design, partitionId: Id) {
  const p = d.domain.partitions[partitionId];
  if (!p) throw new OpError('No such partition');
  if (p.kind === 'vios') throw new OpError(`${p.name} is a VIOS: client volume groups and NPIV LUNs belong to client partitions`);
  return p;
}

/** Checks the disks of a volume group: each a LUN or a backing device, in one copy and one volume group of the client. */
function checkDisks(d: Design, vg: VolumeGroup): void {
  const copies = [vg.diskIds, vg.mirrorDiskIds, vg.thirdCopyDiskIds];
  if (vg.diskIds.length === 0 && (vg.mirrorDiskIds.length > 0 || vg.thirdCopyDiskIds.length > 0)) throw new OpError('The first copy of a volume group needs a disk');
  if (vg.mirrorDiskIds.length === 0 && vg.thirdCopyDiskIds.length > 0) throw new OpError('A third copy needs a second one');
  const seen = new Set<Id>();
  for (const id of copies.flat()) {
    if (!d.domain.luns[id] && !d.domain.backingDevices[id]) throw new OpError('A volume group disk is a SAN LUN or a backing device served to the client');
    if (d.domain.backingDevices[id]?.kind === 'physical-optical' || d.domain.backingDevices[id]?.kind === 'file-optical') throw new OpError('An optical device cannot hold a volume group');
    if (seen.has(id)) throw new OpError('A disk belongs to one copy of a volume group');
    seen.add(id);
    for (const other of Object.values(d.domain.volumeGroups)) {
      if (other.id === vg.id || other.partitionId !== vg.partitionId) continue;
      if ([other.diskIds, other.mirrorDiskIds, other.thirdCopyDiskIds].some((c) => c.includes(id))) throw new OpError(`The disk is already in volume group ${other.name}`);
    }
  }
}

export interface AddVolumeGroupArgs { id?: Id; partitionId: Id; name?: string; diskIds?: Id[]; mirrorDiskIds?: Id[]; thirdCopyDiskIds?: Id[] }

/** mkvg (and mirrorvg when a second copy is given) in a client partition. */
export const addVolumeGroup = op<AddVolumeGroupArgs>((d, a) => {
  clientOf(d, a.partitionId);
  const taken = Object.values(d.domain.volumeGroups).filter((g) => g.partitionId === a.partitionId).map((g) => g.name);
  let name = a.name ?? (taken.includes('rootvg') ? 'datavg' : 'rootvg');
  if (taken.includes(name)) {
    if (a.name) throw new OpError(`The partition already has a volume group ${name}`);
    for (let i = 1; taken.includes(name); i++) name = `datavg${i}`;
  }
  const id = a.id ?? nextId(d, 'volumeGroups');
  const vg = volumeGroupSchema.parse({ id, partitionId: a.partitionId, name, diskIds: a.diskIds ?? [], mirrorDiskIds: a.mirrorDiskIds ?? [], thirdCopyDiskIds: a.thirdCopyDiskIds ?? [] });
  checkDisks(d, vg);
  d.domain.volumeGroups[id] = vg;
});

export type VolumeGroupPatch = Partial<Pick<VolumeGroup, 'name' | 'diskIds' | 'mirrorDiskIds' | 'thirdCopyDiskIds'>>;

/** Renames a volume group or changes its disks and copies (extendvg, mirrorvg, unmirrorvg, reducevg). */
export const updateVolumeGroup = op<{ id: Id; patch: VolumeGroupPatch }>((d, { id, patch }) => {
  const vg = d.domain.volumeGroups[id];
  if (!vg) throw new OpError('No such volume group');
  const next = volumeGroupSchema.parse({ ...vg, ...patch });
  if (next.name !== vg.name && Object.values(d.domain.volumeGroups).some((g) => g.id !== id && g.partitionId === vg.partitionId && g.name === next.name)) {
    throw new OpError(`The partition already has a volume group ${next.name}`);
  }
  checkDisks(d, next);
  d.domain.volumeGroups[id] = next;
});

/** Zones and masks a SAN LUN to a client partition's WWPNs: the client sees it through NPIV (or its own FC ports). */
export const zoneLunToPartition = op<{ lunId: Id; partitionId: Id }>((d, { lunId, partitionId }) => {
  const lun = d.domain.luns[lunId];
  if (!lun) throw new OpError('No such LUN');
  clientOf(d, partitionId);
  if (!lun.npivClientIds.includes(partitionId)) lun.npivClientIds.push(partitionId);
});

/** Removes a client partition from a LUN's zoning and masking (volume groups naming the LUN keep it: the engine shows it unreachable). */
export const unzoneLunFromPartition = op<{ lunId: Id; partitionId: Id }>((d, { lunId, partitionId }) => {
  const lun = d.domain.luns[lunId];
  if (!lun) throw new OpError('No such LUN');
  lun.npivClientIds = lun.npivClientIds.filter((p) => p !== partitionId);
});
