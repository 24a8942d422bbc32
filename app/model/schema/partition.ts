import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { workloadSchema } from './simulation.ts';
import { assumedSchema, idSchema, nameSchema } from './common.ts';
import { compatModeSchema } from './compat.ts';

/** Partition kinds; `lpar_env` is aixlinux for aix/linux, os400 for ibmi, vioserver for vios. */
export const PARTITION_KINDS = ['aix', 'linux', 'ibmi', 'vios'] as const;
export const partitionKindSchema = lazySchema(() => z.enum(PARTITION_KINDS));
export type PartitionKind = z.infer<typeof partitionKindSchema>;

export const processorSettingsSchema = lazySchema(() => z.object({
  mode: z.enum(['shared', 'dedicated']),
  /** Processing units (shared) or dedicated processors. */
  minUnits: z.number().nonnegative(),
  desiredUnits: z.number().nonnegative(),
  maxUnits: z.number().nonnegative(),
  /** Virtual processors (shared mode); for dedicated mode equal to the processors. */
  minVirtualProcessors: z.number().int().nonnegative(),
  desiredVirtualProcessors: z.number().int().nonnegative(),
  maxVirtualProcessors: z.number().int().nonnegative(),
  sharing: z.enum(['capped', 'uncapped']),
  /** uncap_weight, 0..255 ([U] range). */
  weight: z.number().int().min(0).max(255),
  sharedPoolId: z.number().int().min(0).max(63).default(0),
}));
export type ProcessorSettings = z.infer<typeof processorSettingsSchema>;

export const memorySettingsSchema = lazySchema(() => z.object({
  minMB: z.number().int().nonnegative(),
  desiredMB: z.number().int().nonnegative(),
  maxMB: z.number().int().nonnegative(),
}));
export type MemorySettings = z.infer<typeof memorySettingsSchema>;

/** AIX client tunables the rules look at (VSCSI-3, VSCSI-4, NPIV-10). */
export const clientTunablesSchema = lazySchema(() => z.object({
  hcheckInterval: z.number().int().min(0).max(3600).optional(),
  hcheckMode: z.enum(['nonactive', 'enabled', 'failed']).optional(),
  vscsiErrRecov: z.enum(['delayed_fail', 'fast_fail']).optional(),
  vscsiPathTimeout: z.number().int().min(0).max(3600).optional(),
  fcErrRecov: z.enum(['delayed_fail', 'fast_fail']).optional(),
  dynamicTracking: z.boolean().optional(),
}));
export type ClientTunables = z.infer<typeof clientTunablesSchema>;

export const partitionSchema = lazySchema(() => z.object({
  id: idSchema,
  systemId: idSchema,
  /** HMC partition id (1..n), unique in the managed system. */
  lparId: z.number().int().min(1).max(1000),
  name: nameSchema,
  kind: partitionKindSchema,
  state: z.enum(['running', 'not-activated']).default('running'),
  /** OS or VIOS level, e.g. "7.2 TL5" or "3.1.4.10". */
  osLevel: z.string().max(40).optional(),
  processor: processorSettingsSchema,
  memory: memorySettingsSchema,
  maxVirtualSlots: z.number().int().min(2).max(65535),
  tunables: clientTunablesSchema.optional(),
  /** I/O of a client for the simulation's load model (optional: defaults by OS). */
  workload: workloadSchema.optional(),
  /** Profile name (default "default"). */
  profileName: z.string().max(64).optional(),
  /** Desired processor compatibility mode (lpar_proc_compat_mode; document version 3; LPM-13); absent: default. */
  procCompatMode: compatModeSchema.optional(),
  /** VIOS: mover service partition (msp=1) (LPM-11). */
  msp: z.boolean().optional(),
  /** Barrier-synchronisation register arrays (active LPM refuses them, LPM-6); absent: 0. */
  bsrArrays: z.number().int().min(0).max(64).optional(),
  /** Memory from a shared memory pool (Active Memory Sharing) (LPM-19, SSP-8). */
  sharedMemory: z.boolean().optional(),
  /** RMC connection to the HMC is down (LPM-11 needs it up); absent: up. */
  rmcDown: z.boolean().optional(),
  /** VIOS: viosecure high network security (LPM-10 blocks LPM unless secure IP tunnels between MSPs). */
  viosecureHigh: z.boolean().optional(),
  /** "processor" / "memory" when no output gave them (see assumedSchema). */
  assumed: assumedSchema,
}));
export type Partition = z.infer<typeof partitionSchema>;

export const lparEnv = (kind: PartitionKind): 'aixlinux' | 'os400' | 'vioserver' =>
  kind === 'vios' ? 'vioserver' : kind === 'ibmi' ? 'os400' : 'aixlinux';
