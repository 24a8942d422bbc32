import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema, nameSchema, slotSchema, vlanIdSchema } from './common.ts';

/** A virtual Ethernet adapter (l-lan) of a partition, on one virtual switch. */
export const virtualEthernetAdapterSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  slot: slotSchema,
  deviceName: deviceNameSchema,
  pvid: vlanIdSchema,
  additionalVlans: z.array(vlanIdSchema).default([]),
  /** IEEE 802.1Q compatible (needed for additional VLAN ids, VLAN-2). */
  ieee8021q: z.boolean().default(false),
  /** Trunk adapter ("access external network") for an SEA. */
  trunk: z.boolean().default(false),
  /** Trunk priority 1 (highest) .. 15 (SEA-9); only for trunk adapters. */
  trunkPriority: z.number().int().min(0).max(16).optional(),
  vswitch: z.string().min(1).max(64).default('ETHERNET0'),
  mac: z.string().max(17).optional(),
  required: z.boolean().default(false),
  dlparOnly: z.boolean().default(false),
}));
export type VirtualEthernetAdapter = z.infer<typeof virtualEthernetAdapterSchema>;

/** A VLAN of a frame's virtual switch, drawn as a node; adapters join it by PVID or additional VLAN id. */
export const vlanSchema = lazySchema(() => z.object({
  id: idSchema,
  systemId: idSchema,
  vswitch: z.string().min(1).max(64).default('ETHERNET0'),
  vlanId: vlanIdSchema,
  name: z.string().max(80).default(''),
  /** The VLAN is carried on the external network (it may be bridged by an SEA). */
  external: z.boolean().default(true),
}));
export type Vlan = z.infer<typeof vlanSchema>;

/** Link aggregation / EtherChannel on a VIOS (mkvdev -lnagg), usable as an SEA real adapter. */
export const linkAggregationSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  deviceName: deviceNameSchema,
  /** Physical ports or HEA logical ports aggregated. */
  memberIds: z.array(idSchema).min(1),
  mode: z.enum(['8023ad', 'standard', 'round_robin']).default('8023ad'),
  backupMemberId: idSchema.nullable().default(null),
}));
export type LinkAggregation = z.infer<typeof linkAggregationSchema>;

export const realAdapterRefSchema = lazySchema(() => z.object({
  kind: z.enum(['physical-port', 'link-aggregation', 'hea-logical-port', 'sriov-logical-port']),
  id: idSchema,
}));
export type RealAdapterRef = z.infer<typeof realAdapterRefSchema>;

export const HA_MODES = ['disabled', 'auto', 'standby', 'sharing'] as const;

/** A Shared Ethernet Adapter: bridges trunk virtual adapters to one real adapter (mkvdev -sea). */
export const sharedEthernetAdapterSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  deviceName: deviceNameSchema,
  realAdapter: realAdapterRefSchema.nullable(),
  trunkAdapterIds: z.array(idSchema).default([]),
  /** -default: the trunk adapter for untagged frames; -defaultid its PVID (SEA-4). */
  defaultAdapterId: idSchema.nullable().default(null),
  defaultPvid: vlanIdSchema.nullable().default(null),
  haMode: z.enum(HA_MODES).default('disabled'),
  /** ctl_chan: a non-trunk virtual Ethernet adapter of the same VIOS (SEAHA-4). */
  controlChannelId: idSchema.nullable().default(null),
  /** netaddr: address the SEA pings to decide it can bridge (SEAHA-6). */
  netaddr: z.string().max(64).optional(),
  /** IP address configured on the SEA interface (for netaddr checks). */
  ipAddress: z.string().max(64).optional(),
  thread: z.boolean().default(true),
}));
export type SharedEthernetAdapter = z.infer<typeof sharedEthernetAdapterSchema>;

/** A physical port of the Host Ethernet Adapter (IVE). */
export const heaPortSchema = lazySchema(() => z.object({
  id: idSchema,
  systemId: idSchema,
  portGroup: z.number().int().min(0).max(7),
  index: z.number().int().min(0).max(15),
  speedGbps: z.number().positive().max(100),
  /** The partition that may bridge on this port (HEA-9); null when none. */
  promiscuousPartitionId: idSchema.nullable().default(null),
  cabledToId: idSchema.nullable().default(null),
}));
export type HeaPort = z.infer<typeof heaPortSchema>;

/** A logical port of the HEA given to a partition (seen there as entN, lp-hea). */
export const heaLogicalPortSchema = lazySchema(() => z.object({
  id: idSchema,
  heaPortId: idSchema,
  partitionId: idSchema,
  deviceName: deviceNameSchema,
  /** Allowed VLAN ids: up to 20 or "any" (HEA-8). */
  allowedVlans: z.union([z.literal('any'), z.array(vlanIdSchema)]).default('any'),
}));
export type HeaLogicalPort = z.infer<typeof heaLogicalPortSchema>;

/** A client-side EtherChannel in Network Interface Backup mode (NIB-1). */
export const etherChannelSchema = lazySchema(() => z.object({
  id: idSchema,
  partitionId: idSchema,
  deviceName: deviceNameSchema,
  mode: z.enum(['netif_backup', '8023ad', 'standard']).default('netif_backup'),
  /** Virtual Ethernet adapters, HEA logical ports or physical ports. */
  primaryId: idSchema,
  backupId: idSchema.nullable().default(null),
  netaddr: z.string().max(64).optional(),
  /** NIB: seconds between pings of netaddr, and failed pings before switching (AIX defaults 1 and 3). */
  retryTime: z.number().int().min(1).max(60).optional(),
  numRetries: z.number().int().min(1).max(100).optional(),
  pollUplink: z.boolean().default(false),
}));
export type EtherChannel = z.infer<typeof etherChannelSchema>;

export { nameSchema };
