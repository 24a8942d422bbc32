import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema, nameSchema } from './common.ts';

export const BACKING_KINDS = ['physical-volume', 'logical-volume', 'file-disk', 'physical-optical', 'file-optical', 'ssp-lu'] as const;
export const backingKindSchema = lazySchema(() => z.enum(BACKING_KINDS));
export type BackingKind = z.infer<typeof backingKindSchema>;

export const RESERVE_POLICIES = ['no_reserve', 'single_path', 'PR_exclusive', 'PR_shared'] as const;

/**
 * A device on a VIOS that can back a virtual target device: an hdisk (SAN LUN or internal disk),
 * a logical volume, a backing file, a physical optical drive, a file-backed optical medium (ISO in
 * the virtual media repository), or a logical unit of a Shared Storage Pool the VIOS is a node of.
 */
export const backingDeviceSchema = lazySchema(() => z.object({
  id: idSchema,
  /** The VIOS (or IBM i host) that sees this device. */
  partitionId: idSchema,
  kind: backingKindSchema,
  /** hdisk5, an LV name, a file path, cd0, or the media name in the repository. */
  name: nameSchema,
  /** Physical volumes: the SAN LUN this hdisk is (the same LUN appears as one hdisk on each VIOS). */
  lunId: idSchema.nullable().default(null),
  /** Kind "ssp-lu" (document version 3): the logical unit of a Shared Storage Pool this node maps (lu -map). */
  logicalUnitId: idSchema.nullable().optional(),
  /** Internal disks and optical drives: the SAS controller or adapter port that holds them. */
  physicalPortId: idSchema.nullable().default(null),
  reservePolicy: z.enum(RESERVE_POLICIES).optional(),
  sizeGB: z.number().nonnegative().optional(),
  /** Logical volumes and files: the volume group or storage pool they live in (rootvg, datavg ...). */
  volumeGroup: z.string().max(64).optional(),
  /** Optical media: read-only media may be loaded in several vtopt at once (VSCSI-6). */
  readOnly: z.boolean().optional(),
}));
export type BackingDevice = z.infer<typeof backingDeviceSchema>;

/** A virtual target device: links one backing device to one vhost (mkvdev -vdev ... -vadapter vhostN). */
export const virtualTargetDeviceSchema = lazySchema(() => z.object({
  id: idSchema,
  /** The vSCSI server adapter (vhost). */
  serverAdapterId: idSchema,
  /** Null for an empty file-backed optical device (mkvdev -fbo before loadopt). */
  backingDeviceId: idSchema.nullable(),
  name: deviceNameSchema,
  /** LUN number on the vhost: 1 -> 0x8100000000000000, 2 -> 0x8200..., in mapping order. */
  lun: z.number().int().min(1).max(255),
  /** vtopt (optical) rather than vtscsi (disk). */
  optical: z.boolean().default(false),
}));
export type VirtualTargetDevice = z.infer<typeof virtualTargetDeviceSchema>;

/** A storage repository on the VIOS for file-backed optical media (mkrep). */
export const mediaRepositorySchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  storagePool: z.string().max(64).default('rootvg'),
  sizeGB: z.number().positive(),
}));
export type MediaRepository = z.infer<typeof mediaRepositorySchema>;

/** The LUN id lsmap prints for a VTD: 1 -> 0x8100000000000000 (REFERENCE 1.6; the top bit marks the addressing method). */
export const lunHexId = (lun: number): string => `0x${(0x80 + lun).toString(16)}00000000000000`;
export { deviceNameSchema };
