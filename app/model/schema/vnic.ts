import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema, slotSchema, vlanIdSchema } from './common.ts';

/**
 * vNIC (document version 3, MODERN.md section 2): a virtual adapter in a client slot whose frames go straight to an
 * SR-IOV logical port owned by a VIOS (Logical Redirected DMA). With several backing devices exactly one is active;
 * the hypervisor activates the working one with the lowest failover priority.
 */
export const vnicAdapterSchema = lazySchema(() => z.object({
  id: idSchema,
  /** The client partition. */
  partitionId: idSchema,
  slot: slotSchema,
  /** entN in the client. */
  deviceName: deviceNameSchema,
  /** auto_priority_failover: move back to the most preferred working backing device (VNIC-7). */
  autoPriorityFailover: z.boolean().default(true),
  /** port_vlan_id (0: untagged) and allowed VLAN ids ('all' or a list), applied to the backing logical ports. */
  pvid: vlanIdSchema.default(0),
  allowedVlans: z.union([z.literal('all'), z.array(vlanIdSchema)]).default('all'),
  mac: z.string().max(17).optional(),
  required: z.boolean().default(false),
}));
export type VnicAdapter = z.infer<typeof vnicAdapterSchema>;

/** failover_priority: 1..100, lower is preferred, 50 by default (VNIC-6). */
export const DEFAULT_FAILOVER_PRIORITY = 50;

/**
 * One backing device of a vNIC: an SR-IOV logical port owned by a VIOS (the VIOS is the logical port's owner), served
 * by a vnicserverN adapter there.
 */
export const vnicBackingDeviceSchema = lazySchema(() => z.object({
  id: idSchema,
  vnicId: idSchema,
  logicalPortId: idSchema,
  /** The schema accepts 0..255 so that a bad import can still be shown; VNIC-6 reports values outside 1..100. */
  failoverPriority: z.number().int().min(0).max(255).default(DEFAULT_FAILOVER_PRIORITY),
  /** vnicserverN on the VIOS, when known. */
  serverDeviceName: deviceNameSchema.optional(),
  /** The VIOS-side virtual slot (high, HMC-assigned numbers such as 32897), when known. */
  serverSlot: slotSchema.optional(),
}));
export type VnicBackingDevice = z.infer<typeof vnicBackingDeviceSchema>;
