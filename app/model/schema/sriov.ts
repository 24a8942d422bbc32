import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema, vlanIdSchema } from './common.ts';

/**
 * SR-IOV (document version 3, MODERN.md section 1). An adapter in **shared** mode belongs to the hypervisor, which
 * carves logical ports (virtual functions) out of its physical ports for many partitions; in **dedicated** mode the
 * whole adapter belongs to one partition like any PCIe adapter (SRIOV-1).
 */
export const SRIOV_MODES = ['shared', 'dedicated'] as const;

export const sriovAdapterSchema = lazySchema(() => z.object({
  id: idSchema,
  systemId: idSchema,
  /** adapter_id on the HMC (1, 2 ...). */
  adapterId: z.number().int().min(1).max(255),
  name: z.string().max(80).default(''),
  /** Physical location code of the slot, e.g. U78CD.001.FZHG310-P1-C1. */
  location: z.string().max(80).optional(),
  /** Feature code or description, e.g. "EC2U 25/10Gb 2-port". */
  model: z.string().max(80).optional(),
  mode: z.enum(SRIOV_MODES).default('shared'),
  /** Dedicated mode: the partition that owns the whole adapter; null when unassigned (shared mode: always null). */
  ownerPartitionId: idSchema.nullable().default(null),
  /** adapter_max_logical_ports: logical ports of all partitions together (SRIOV-2); per adapter model. */
  maxLogicalPorts: z.number().int().min(1).max(1024).default(64),
}));
export type SriovAdapter = z.infer<typeof sriovAdapterSchema>;

/** VEB keeps traffic between logical ports of one physical port inside the adapter; VEPA sends it out to the switch. */
export const SWITCH_MODES = ['veb', 'vepa'] as const;

/** A physical port of an SR-IOV adapter (lshwres -r sriov --rsubtype physport). */
export const sriovPhysicalPortSchema = lazySchema(() => z.object({
  id: idSchema,
  adapterId: idSchema,
  /** phys_port_id (0, 1 ...). */
  portIndex: z.number().int().min(0).max(63),
  location: z.string().max(80).optional(),
  speedGbps: z.number().positive().max(400).default(10),
  /** phys_port_max_logical_ports, adapter-specific (live captures: 40 on RoCE ports, 16 on 4-port ethc) (SRIOV-2). */
  maxLogicalPorts: z.number().int().min(1).max(256).default(16),
  /** min_eth_capacity_granularity in % (capacity is a multiple of it, HSCL1294) (SRIOV-3). */
  capacityGranularity: z.number().positive().max(100).default(2),
  /** Logical ports allowed the promiscuous permission on this port; null when not known (SRIOV-4: number [U]). */
  maxPromiscuousPorts: z.number().int().min(0).max(256).nullable().default(null),
  switchMode: z.enum(SWITCH_MODES).default('veb'),
  /** VEPA: the external switch port has reflective relay enabled (SRIOV-7). */
  reflectiveRelay: z.boolean().default(false),
  /** Where the port is cabled (an Ethernet switch outside the frame). */
  cabledToId: idSchema.nullable().default(null),
}));
export type SriovPhysicalPort = z.infer<typeof sriovPhysicalPortSchema>;

/** The backup device of a migratable (HNV) logical port: a virtual Ethernet adapter or a vNIC of the same partition. */
export const backupDeviceRefSchema = lazySchema(() => z.object({
  kind: z.enum(['veth', 'vnic']),
  id: idSchema,
}));
export type BackupDeviceRef = z.infer<typeof backupDeviceRefSchema>;

/**
 * A logical port (virtual function) on one physical port, owned by one partition: a client uses it directly (seen
 * as entN), a VIOS uses it as an SEA real adapter or as the backing device of a vNIC (VNIC-1).
 */
export const sriovLogicalPortSchema = lazySchema(() => z.object({
  id: idSchema,
  physicalPortId: idSchema,
  /** The owner partition. */
  partitionId: idSchema,
  /** entN in the owner. */
  deviceName: deviceNameSchema,
  /** logical_port_id as the HMC shows it (8 hex digits, e.g. 27004005), when known. */
  logicalPortId: z.string().regex(/^[0-9a-fA-F]{8}$/, 'a logical-port id is 8 hexadecimal digits').optional(),
  /** Desired minimum bandwidth in % of the physical port (a multiple of the granularity, SRIOV-3). */
  capacity: z.number().min(0).max(100).default(2),
  /** Upper bandwidth in % (100 when not limited). */
  maxCapacity: z.number().min(0).max(100).default(100),
  /** Promiscuous permission: needed to be an SEA real adapter (SRIOV-4). */
  promiscuous: z.boolean().default(false),
  /** Migratable (Hybrid Network Virtualization): needs a backup device (SRIOV-9). */
  migratable: z.boolean().default(false),
  backupDevice: backupDeviceRefSchema.nullable().default(null),
  /** port_vlan_id (0: untagged) and allowed VLAN ids ('all' or a list). */
  pvid: vlanIdSchema.default(0),
  allowedVlans: z.union([z.literal('all'), z.array(vlanIdSchema)]).default('all'),
  mac: z.string().max(17).optional(),
}));
export type SriovLogicalPort = z.infer<typeof sriovLogicalPortSchema>;
