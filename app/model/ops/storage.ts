import type { BackingDevice, BackingKind, Id } from '../schema/index.ts';
import { backingDeviceSchema, virtualTargetDeviceSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName, deviceNamesOf } from '../names.ts';
import { getPartition, vtdsOf } from '../query.ts';
import { op } from './op.ts';

const DEFAULT_PREFIX: Record<BackingKind, string> = {
  'physical-volume': 'hdisk', 'logical-volume': 'lv', 'file-disk': '/var/vio/storagepools/fbpool/disk',
  'physical-optical': 'cd', 'file-optical': 'media', 'ssp-lu': 'lu',
};

export interface AddBackingDeviceArgs {
  id?: Id;
  partitionId: Id;
  kind: BackingKind;
  name?: string;
  lunId?: Id | null;
  physicalPortId?: Id | null;
  sizeGB?: number;
  volumeGroup?: string;
  reservePolicy?: BackingDevice['reservePolicy'];
  readOnly?: boolean;
}

/** Adds a device a VIOS can export: an hdisk (SAN LUN or internal disk), an LV, a file, an optical drive or ISO. */
export const addBackingDevice = op<AddBackingDeviceArgs>((d, a) => {
  const p = getPartition(d, a.partitionId);
  if (p.kind !== 'vios' && p.kind !== 'ibmi') throw new OpError(`${p.name} is not a VIOS: backing devices are exported by a VIOS (or an IBM i host)`, 'PAIR-3');
  if (a.lunId && !d.domain.luns[a.lunId]) throw new OpError('No such SAN LUN');
  if (a.lunId && a.kind !== 'physical-volume') throw new OpError('A SAN LUN is seen by the VIOS as a physical volume (hdisk)');
  if (a.lunId && Object.values(d.domain.backingDevices).some((b) => b.partitionId === p.id && b.lunId === a.lunId)) {
    throw new OpError(`${p.name} already sees this LUN as an hdisk`);
  }
  if (a.physicalPortId) {
    const port = d.domain.physicalPorts[a.physicalPortId];
    if (!port || port.partitionId !== p.id) throw new OpError('An internal disk or drive hangs off a controller of the same VIOS');
  }
  const id = a.id ?? nextId(d, 'backingDevices');
  const used = deviceNamesOf(d, p.id);
  let name = a.name;
  if (!name) {
    const prefix = DEFAULT_PREFIX[a.kind];
    for (let n = a.kind === 'file-optical' || a.kind === 'logical-volume' ? 1 : 0; ; n++) {
      const candidate = a.kind === 'logical-volume' ? `lv${String(n).padStart(2, '0')}` : a.kind === 'file-optical' ? `${prefix}${n}.iso` : `${prefix}${n}`;
      if (!used.has(candidate)) { name = candidate; break; }
    }
  } else if (used.has(name)) {
    throw new OpError(`${p.name} already has a device named ${name}`);
  }
  d.domain.backingDevices[id] = backingDeviceSchema.parse({
    id, partitionId: p.id, kind: a.kind, name, lunId: a.lunId ?? null, physicalPortId: a.physicalPortId ?? null,
    sizeGB: a.sizeGB, volumeGroup: a.volumeGroup ?? (a.kind === 'logical-volume' || a.kind === 'file-disk' ? 'datavg' : undefined),
    reservePolicy: a.reservePolicy ?? (a.kind === 'physical-volume' ? 'single_path' : undefined),
    readOnly: a.readOnly ?? (a.kind === 'file-optical' ? true : undefined),
  });
});

export const updateBackingDevice = op<{ id: Id; patch: Partial<Omit<BackingDevice, 'id' | 'partitionId' | 'kind'>> }>((d, { id, patch }) => {
  const cur = d.domain.backingDevices[id];
  if (!cur) throw new OpError(`No backing device with id ${id}`);
  const parsed = backingDeviceSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw new OpError(`Invalid value: ${parsed.error.issues[0]?.message}`);
  d.domain.backingDevices[id] = parsed.data;
});

export interface MapBackingDeviceArgs {
  serverAdapterId: Id;
  /** Null: an empty file-backed optical device (mkvdev -fbo). */
  backingDeviceId: Id | null;
  vtdId?: Id;
  name?: string;
}

/** mkvdev -vdev <backing> -vadapter vhostN [-dev name]: creates the virtual target device. */
export const mapBackingDevice = op<MapBackingDeviceArgs>((d, a) => {
  const vhost = d.domain.vscsiAdapters[a.serverAdapterId];
  if (!vhost || vhost.role !== 'server') throw new OpError('A backing device is mapped to a virtual SCSI server adapter (vhost)');
  const bd = a.backingDeviceId ? d.domain.backingDevices[a.backingDeviceId] : null;
  if (a.backingDeviceId && !bd) throw new OpError('No such backing device');
  if (bd && bd.partitionId !== vhost.partitionId) {
    throw new OpError(`${bd.name} is on ${d.domain.partitions[bd.partitionId]?.name}; a vhost can only export devices its own VIOS sees`);
  }
  const existing = vtdsOf(d, vhost.id);
  if (bd && existing.some((v) => v.backingDeviceId === bd.id)) throw new OpError(`${bd.name} is already mapped to ${vhost.deviceName}`);
  if (existing.length >= 255) throw new OpError(`${vhost.deviceName} has no free LUN number`);
  const optical = bd ? bd.kind === 'physical-optical' || bd.kind === 'file-optical' : true;
  const name = a.name ?? allocateDeviceName(d, vhost.partitionId, optical ? 'vtopt' : 'vtscsi');
  if (a.name && deviceNamesOf(d, vhost.partitionId).has(a.name)) throw new OpError(`A device named ${a.name} already exists on this VIOS`);
  const id = a.vtdId ?? nextId(d, 'vtds');
  const lun = existing.reduce((m, v) => Math.max(m, v.lun), 0) + 1;
  d.domain.vtds[id] = virtualTargetDeviceSchema.parse({
    id, serverAdapterId: vhost.id, backingDeviceId: bd?.id ?? null, name, lun, optical,
  });
});

/** loadopt / unloadopt: puts a medium into a file-backed optical VTD, or takes it out (null). */
export const loadOptical = op<{ vtdId: Id; backingDeviceId: Id | null }>((d, { vtdId, backingDeviceId }) => {
  const vtd = d.domain.vtds[vtdId];
  if (!vtd?.optical) throw new OpError('Media are loaded into a virtual optical device (vtopt)');
  if (backingDeviceId) {
    const bd = d.domain.backingDevices[backingDeviceId];
    if (bd?.kind !== 'file-optical') throw new OpError('Only a file-backed optical medium (ISO) can be loaded');
  }
  vtd.backingDeviceId = backingDeviceId;
});

export const renameVirtualTarget = op<{ vtdId: Id; name: string }>((d, { vtdId, name }) => {
  const vtd = d.domain.vtds[vtdId];
  if (!vtd) throw new OpError('No such virtual target device');
  const vios = d.domain.vscsiAdapters[vtd.serverAdapterId]!.partitionId;
  if (name !== vtd.name && deviceNamesOf(d, vios).has(name)) throw new OpError(`A device named ${name} already exists on this VIOS`);
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(name)) throw new OpError('A VTD name has 1 to 15 letters, digits, _ . or -');
  vtd.name = name;
});

/** mkrep: the virtual media repository on a VIOS. */
export const addMediaRepository = op<{ partitionId: Id; sizeGB: number; storagePool?: string }>((d, a) => {
  const p = getPartition(d, a.partitionId);
  if (p.kind !== 'vios') throw new OpError('The virtual media repository lives on a VIOS');
  if (Object.values(d.domain.mediaRepositories).some((r) => r.partitionId === p.id)) throw new OpError(`${p.name} already has a media repository`);
  const id = nextId(d, 'mediaRepositories');
  d.domain.mediaRepositories[id] = { id, partitionId: p.id, sizeGB: a.sizeGB, storagePool: a.storagePool ?? 'rootvg' };
});
