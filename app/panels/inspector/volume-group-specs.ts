/**
 * Inspector fields of document version 2: a LUN's NPIV clients, a client's volume groups with their disks and
 * mirror copies. Disks are named as an administrator reads them: a LUN by its name, a backing device as name@VIOS.
 */
import type { Design, Id } from '../../model/index.ts';
import * as ops from '../../model/index.ts';
import { OpError } from '../../model/index.ts';
import type { FieldSpec } from './specs-types.ts';

const partitionName = (d: Design, id: Id) => d.domain.partitions[id]?.name ?? id;
const list = (raw: string) => raw.split(',').map((s) => s.trim()).filter(Boolean);

export function diskLabel(d: Design, id: Id): string {
  const lun = d.domain.luns[id];
  if (lun) return lun.name;
  const b = d.domain.backingDevices[id];
  return b ? `${b.name}@${partitionName(d, b.partitionId)}` : id;
}

export function parseDisk(d: Design, text: string): Id {
  const lun = Object.values(d.domain.luns).find((l) => l.name === text);
  if (lun) return lun.id;
  const [name, vios] = text.split('@').map((s) => s.trim());
  const matches = Object.values(d.domain.backingDevices).filter((b) => b.name === name && (!vios || partitionName(d, b.partitionId) === vios));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) throw new OpError(`${text} is on several VIOS: write it as ${name}@vios`);
  throw new OpError(`No LUN or backing device is named ${text}`);
}

const copy = (key: 'diskIds' | 'mirrorDiskIds' | 'thirdCopyDiskIds', label: string, hint: string): FieldSpec => ({
  key, label, kind: 'text', hint,
  get: (d, id) => (d.domain.volumeGroups[id]?.[key] ?? []).map((x) => diskLabel(d, x)).join(', '),
  set: (d, id, v) => ops.updateVolumeGroup(d, { id, patch: { [key]: list(String(v)).map((t) => parseDisk(d, t)) } }),
});

export const VOLUME_GROUP_SPECS: FieldSpec[] = [
  { key: 'name', label: 'Volume group', kind: 'text', get: (d, id) => d.domain.volumeGroups[id]?.name ?? '', set: (d, id, v) => ops.updateVolumeGroup(d, { id, patch: { name: String(v).trim() } }) },
  copy('diskIds', 'Disks (copy 1)', 'LUN names or lv@vios, comma-separated'),
  copy('mirrorDiskIds', 'Mirror copy 2', 'empty: not mirrored'),
  copy('thirdCopyDiskIds', 'Mirror copy 3', 'rarely used'),
];

/** A LUN's NPIV clients (zoned and masked to their WWPNs), by partition name. */
export const NPIV_CLIENTS_SPEC: FieldSpec = {
  key: 'npivClientIds', label: 'NPIV clients', kind: 'text', hint: 'partitions zoned to it, comma-separated',
  get: (d, id) => (d.domain.luns[id]?.npivClientIds ?? []).map((p) => partitionName(d, p)).join(', '),
  set: (d, id, v) => {
    const want = list(String(v)).map((n) => {
      const p = Object.values(d.domain.partitions).find((x) => x.name === n);
      if (!p) throw new OpError(`No partition is named ${n}`);
      return p.id;
    });
    const have = d.domain.luns[id]?.npivClientIds ?? [];
    let next = d;
    for (const p of have) if (!want.includes(p)) next = ops.unzoneLunFromPartition(next, { lunId: id, partitionId: p });
    for (const p of want) if (!have.includes(p)) next = ops.zoneLunToPartition(next, { lunId: id, partitionId: p });
    return next;
  },
};

/** On a client partition: type a name to create a volume group (mkvg); its disks are set in its own section. */
export const ADD_VOLUME_GROUP_SPEC: FieldSpec = {
  key: 'addVolumeGroup', label: 'Add volume group', kind: 'text', hint: 'name, e.g. rootvg',
  get: () => '',
  set: (d, id, v) => ops.addVolumeGroup(d, { partitionId: id, name: String(v).trim() }),
};
