import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema, slotSchema } from './common.ts';

/**
 * One end of a virtual SCSI adapter pair. The server end (vhostN) lives in a VIOS or IBM i host,
 * the client end (vscsiN) in the client. Each end names the other as PowerVM does: by remote partition
 * and remote slot; a server may accept any client (remote partition and slot null, "any/any").
 */
export const virtualScsiAdapterSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  slot: slotSchema,
  role: z.enum(['server', 'client']),
  remotePartitionId: idSchema.nullable(),
  remoteSlot: slotSchema.nullable(),
  deviceName: deviceNameSchema,
  required: z.boolean().default(false),
  /** Added by DLPAR only and not saved to the profile (PAIR-4). */
  dlparOnly: z.boolean().default(false),
}));
export type VirtualScsiAdapter = z.infer<typeof virtualScsiAdapterSchema>;
