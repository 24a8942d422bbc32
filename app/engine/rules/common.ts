import type { Id, Partition } from '../../model/schema/index.ts';
import type { AdapterKind, DesignIndex, PairAdapter, PartitionIndex, VirtualAdapter } from '../index-design.ts';
import { slotLabel } from '../labels.ts';
import type { QuickFix } from './types.ts';

/** "vhost0 (slot 13) on vios1" */
export const adapterLabel = (ix: DesignIndex, a: { deviceName: string; slot: number; partitionId: Id }): string =>
  slotLabel(a.deviceName, a.slot, ix.partitionName(a.partitionId));

/** "hdisk3 on vios1" */
export const deviceLabel = (ix: DesignIndex, name: string, partitionId: Id | null): string => `${name} on ${ix.partitionName(partitionId)}`;

export const isVios = (p: Partition | undefined): boolean => p?.kind === 'vios';

/** Lowest slot of a partition that no adapter uses, at or above the first user slot (11 on a VIOS, 2 elsewhere). */
export function freeSlot(ix: DesignIndex, partitionId: Id, taken: ReadonlySet<number> = new Set()): number | null {
  const pi = ix.part(partitionId);
  if (!pi) return null;
  const p = pi.partition;
  for (let s = p.kind === 'vios' ? 11 : 2; s < p.maxVirtualSlots; s++) {
    if (pi.vscsiAt[s] === undefined && pi.vfcAt[s] === undefined && pi.vethAt[s] === undefined && !taken.has(s)) return s;
  }
  return null;
}

/** The quick fix that moves an adapter to another slot, with the op of its kind (the partner's remote slot follows). */
export function moveSlotFix(ix: DesignIndex, kind: AdapterKind, a: VirtualAdapter, slot: number): QuickFix {
  const label = `Move ${adapterLabel(ix, a)} to slot ${slot}`;
  if (kind === 'vscsi') return { label, op: 'setVirtualScsiSlot', args: { adapterId: a.id, slot } };
  if (kind === 'vfc') return { label, op: 'setVirtualFcSlot', args: { adapterId: a.id, slot } };
  return { label, op: 'updateVirtualEthernet', args: { id: a.id, patch: { slot } } };
}

export const kindLabel = (kind: AdapterKind): string =>
  (kind === 'vscsi' ? 'virtual SCSI' : kind === 'vfc' ? 'virtual Fibre Channel' : 'virtual Ethernet');

export type { PairAdapter };

/** The per-partition index records, in partition order. */
export const partIndexes = (ix: DesignIndex): readonly PartitionIndex[] => ix.parts;

/** Joins names for a message: "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The quick fix that merges tunables into a partition's profile (updatePartition replaces the tunables object). */
export function tunablesFix(p: Partition, label: string, patch: NonNullable<Partition['tunables']>, drop: string[] = []): QuickFix {
  const tunables: Record<string, unknown> = { ...(p.tunables ?? {}), ...patch };
  for (const k of drop) delete tunables[k];
  return { label, op: 'updatePartition', args: { id: p.id, patch: { tunables } } };
}
