import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema, slotSchema } from './common.ts';

export const wwpnSchema = lazySchema(() => z.string().regex(/^[0-9a-fA-F]{16}$/, 'a WWPN is 16 hexadecimal digits'));

/**
 * One end of a virtual Fibre Channel (NPIV) adapter pair: vfchostN on the VIOS, fcsN on the client.
 * The server end is mapped to one physical FC port with vfcmap; the client end carries its WWPN pair.
 */
export const virtualFcAdapterSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  slot: slotSchema,
  role: z.enum(['server', 'client']),
  remotePartitionId: idSchema.nullable(),
  remoteSlot: slotSchema.nullable(),
  deviceName: deviceNameSchema,
  /** Client only: the two WWPNs (the second is used by Live Partition Mobility). */
  wwpns: z.tuple([wwpnSchema, wwpnSchema]).optional(),
  /** Server only: physical FC port this vfchost is mapped to (vfcmap), or null when NOT_MAPPED. */
  physicalPortId: idSchema.nullable().default(null),
  required: z.boolean().default(false),
  dlparOnly: z.boolean().default(false),
}));
export type VirtualFcAdapter = z.infer<typeof virtualFcAdapterSchema>;
