import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { assumedSchema, idSchema, nameSchema } from './common.ts';
import { compatModeSchema, powervmEditionSchema } from './compat.ts';

export const GENERATIONS = ['POWER5', 'POWER6', 'POWER7', 'POWER7+', 'POWER8', 'POWER9', 'POWER10'] as const;
export const generationSchema = lazySchema(() => z.enum(GENERATIONS));
export type Generation = z.infer<typeof generationSchema>;

/** HEA adapter types (HEA-2): 2-port 1 Gb (one port group), 4-port 1 Gb and 2-port 10 Gb (two port groups). */
export const HEA_TYPES = ['2x1G', '4x1G', '2x10G'] as const;

export const heaPortGroupSchema = lazySchema(() => z.object({
  index: z.number().int().min(0).max(7),
  /** Multi-Core Scaling: logical ports per port group = 16 / MCS (HEA-3). */
  mcs: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16)]),
}));

export const hostEthernetAdapterSchema = lazySchema(() => z.object({
  type: z.enum(HEA_TYPES),
  portGroups: z.array(heaPortGroupSchema).min(1).max(2),
}));
export type HostEthernetAdapter = z.infer<typeof hostEthernetAdapterSchema>;

/** A managed system (frame, CEC). */
export const managedSystemSchema = lazySchema(() => z.object({
  id: idSchema,
  name: nameSchema,
  /** Machine type-model, e.g. 9179-MHD. */
  typeModel: z.string().max(32).default(''),
  serial: z.string().max(32).default(''),
  generation: generationSchema,
  installedCores: z.number().positive().max(1920),
  installedMemoryMB: z.number().int().positive(),
  /** Cores in the default shared processor pool; defaults to installed cores less dedicated ones. */
  sharedPoolCores: z.number().nonnegative().optional(),
  /** System firmware level, e.g. "7.8" (SEAHA-4 automatic control channel needs 7.8+). */
  firmware: z.string().max(32).optional(),
  /** Logical memory block size in MB (16..256; Power10 also 1024/2048/4096 with FW1050) (LPM-15). */
  lmbMB: z.number().int().positive().default(256),
  /** Virtual switches; the first is the default (ETHERNET0). */
  vswitches: z.array(z.string().min(1).max(64)).min(1).default(['ETHERNET0']),
  /** Integrated Virtual Ethernet (Host Ethernet Adapter), POWER6/POWER7 only (HEA-1). */
  hea: hostEthernetAdapterSchema.optional(),
  /** Managed by IVM (one VIOS, no SEA failover) rather than by an HMC. */
  ivm: z.boolean().default(false),
  /** PowerVM edition (document version 3; LPM-1); absent when not known. */
  powervmEdition: powervmEditionSchema.optional(),
  /** Processor compatibility modes the frame supports (lpar_proc_compat_modes); absent: those of its generation. */
  compatModes: z.array(compatModeSchema).max(16).optional(),
  /** HMC level managing the frame, e.g. "V10R3M1050" (VNIC-2, VNIC-3, SRIOV-9). */
  hmcLevel: z.string().max(40).optional(),
  /** Name of the managing HMC (LPM-21: two HMCs need exchanged SSH keys). */
  hmcName: z.string().max(80).optional(),
  /** installedCores / installedMemoryMB when no output gave them (see assumedSchema). */
  assumed: assumedSchema,
}));
export type ManagedSystem = z.infer<typeof managedSystemSchema>;
