import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { idSchema } from './common.ts';

/**
 * Shared Storage Pools (document version 3, MODERN.md section 3): a cluster of VIOS (the nodes) with exactly one
 * pool, created together on a repository disk and pool disks that every node sees over the SAN (SSP-1, SSP-2). Pool
 * disks sit in failure groups: the first holds every pool, a second one mirrors the pool (failgrp, pv -fg).
 * Names are kept as typed; SSP-9 reports lengths PowerVM refuses.
 */
export const sspClusterSchema = lazySchema(() => z.object({
  id: idSchema,
  /** Cluster name (cluster -create -clustername). */
  name: z.string().min(1).max(200),
  /** Pool name (-sp). */
  poolName: z.string().min(1).max(200),
  /** The VIOS partitions that are nodes of the cluster. */
  nodeIds: z.array(idSchema).default([]),
  /** The repository disk (-repopvs): a SAN LUN; null until chosen. */
  repositoryLunId: idSchema.nullable().default(null),
  /** Pool disks (-sppvs) of the first failure group. */
  poolLunIds: z.array(idSchema).default([]),
  failureGroupName: z.string().min(1).max(200).default('Default'),
  /** Pool disks of the second failure group (pool mirroring); empty when the pool is not mirrored. */
  mirrorLunIds: z.array(idSchema).default([]),
  mirrorFailureGroupName: z.string().min(1).max(200).default('FG2'),
  /** Pool free-space alert threshold in % (alert -set -type threshold) (SSP-10). */
  alertThresholdPct: z.number().int().min(1).max(99).default(35),
}));
export type SspCluster = z.infer<typeof sspClusterSchema>;

export const LU_PROVISIONING = ['thin', 'thick'] as const;

/**
 * A logical unit of the pool: a file in the pool, thin by default. It reaches a client as a vSCSI disk through a
 * backing device of kind "ssp-lu" on a node (lu -map on each node for dual-VIOS clients, SSP-11).
 */
export const sspLogicalUnitSchema = lazySchema(() => z.object({
  id: idSchema,
  clusterId: idSchema,
  name: z.string().min(1).max(200),
  sizeGB: z.number().positive().max(1_000_000),
  provisioning: z.enum(LU_PROVISIONING).default('thin'),
  /** LU udid, when known. */
  udid: z.string().max(64).optional(),
}));
export type SspLogicalUnit = z.infer<typeof sspLogicalUnitSchema>;
