import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { idSchema, type Id } from './common.ts';

/**
 * A volume group of a client partition (AIX LVM: rootvg, datavg ...) with its disks and mirror copies (document
 * version 2). A disk is named by what the client sees as one hdisk: a SAN LUN (seen through vSCSI MPIO, NPIV or its
 * own FC ports) or a backing device served to it through a VTD (logical volume, file, internal disk). The classic
 * dual-VIOS LV design: rootvg with `diskIds` = the LV from vios1 and `mirrorDiskIds` = the LV from vios2 (mirrorvg).
 * The volume group stays available while one copy has all its disks.
 */
export const volumeGroupSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  name: z.string().min(1).max(15),
  /** The disks of the first copy (every volume group has one). */
  diskIds: z.array(idSchema).default([]),
  /** The disks of the second copy (mirrorvg); empty when the volume group is not mirrored. */
  mirrorDiskIds: z.array(idSchema).default([]),
  /** The disks of a third copy (mirrorvg -c 3); rarely used. */
  thirdCopyDiskIds: z.array(idSchema).default([]),
}));
export type VolumeGroup = z.infer<typeof volumeGroupSchema>;

/** The copies of a volume group that have disks, in order. */
export const copiesOf = (vg: VolumeGroup): Id[][] =>
  [vg.diskIds, vg.mirrorDiskIds, vg.thirdCopyDiskIds].filter((c) => c.length > 0);

