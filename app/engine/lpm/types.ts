/**
 * Live Partition Mobility readiness (MODERN.md section 4 and rule ids LPM-1 .. LPM-22): for every client partition
 * and every other frame of the design, whether the HMC's validation (`migrlpar -o v`) would let it move there, and
 * if not, every reason with its rule id. Plain data: it crosses the worker boundary and goes into CSV and JSON.
 */
import type { Id } from '../../model/schema/index.ts';
import type { RuleTag } from '../rules/types.ts';

/** error: the HMC refuses the migration (blocks the cell); warning: it moves, but loses something (redundancy). */
export type LpmSeverity = 'error' | 'warning';

export interface LpmReason {
  /** LPM-7, LPM-10, SRIOV-5 ... (MODERN.md section 6). */
  ruleId: string;
  severity: LpmSeverity;
  tag: RuleTag;
  /** A few words for the matrix cell: "VLAN 20 not bridged". */
  short: string;
  /** The whole sentence, naming the elements: "VLAN 20 of ent1 is not bridged by an SEA on any VIOS of p10-b". */
  message: string;
  /** Document ids of the elements involved (partition, adapters, LUNs, frames ...). */
  elementIds: Id[];
}

/** One destination frame for one partition. `source`: the frame the partition is on. */
export type LpmStatus = 'ready' | 'blocked' | 'source';

export interface LpmCell {
  destinationId: Id;
  status: LpmStatus;
  /** Reasons that concern this destination only (the row's `everywhere` reasons apply too). */
  reasons: LpmReason[];
}

export interface LpmRow {
  partitionId: Id;
  name: string;
  kind: 'aix' | 'linux' | 'ibmi';
  /** Active migration for a running partition; inactive (no mover service partitions, no free resources needed) otherwise. */
  migration: 'active' | 'inactive';
  sourceId: Id;
  /** Reasons that block (or warn about) every destination alike: the partition's own configuration. */
  everywhere: LpmReason[];
  /** One per frame of the matrix, in `frames` order; the partition's own frame has status `source`. */
  cells: LpmCell[];
}

export interface LpmFrame { id: Id; name: string; generation: string }

export interface LpmMatrix {
  frames: LpmFrame[];
  rows: LpmRow[];
  /** Over every cell but the sources. */
  counts: { ready: number; blocked: number; withWarnings: number };
}

/** The reasons of a cell, those of its row first. */
export const cellReasons = (row: LpmRow, cell: LpmCell): LpmReason[] =>
  cell.status === 'source' ? [] : [...row.everywhere, ...cell.reasons];
