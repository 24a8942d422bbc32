import { type Design, type ManagedSystem, type Partition, ofPartition } from '../../model/index.ts';
import { natural } from '../natural.ts';

export { natural };

/** Frames by name; the same design always lists them in the same order. */
export const systemsOf = (d: Design): ManagedSystem[] => Object.values(d.domain.systems).sort((a, b) => natural(a.name, b.name) || natural(a.id, b.id));

/** Partitions of a frame by partition id. */
export const partitionsOf = (d: Design, systemId: string): Partition[] =>
  Object.values(d.domain.partitions).filter((p) => p.systemId === systemId).sort((a, b) => a.lparId - b.lparId);

/** Records of a partition (the model's ofPartition) in a stable order: by slot, then device name. */
export function sortedOfPartition<T extends { partitionId: string | null; slot?: number; deviceName?: string; name?: string }>(rec: Record<string, T>, partitionId: string): T[] {
  return ofPartition(rec, partitionId).sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || natural(a.deviceName ?? a.name ?? '', b.deviceName ?? b.name ?? ''));
}

/** A shell word: bare when safe, else in single quotes (a quote inside becomes '\''). */
export function sh(word: string): string {
  return /^[A-Za-z0-9_.,:=/@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export const KIND_LABEL: Record<Partition['kind'], string> = { vios: 'VIOS', aix: 'AIX', linux: 'Linux', ibmi: 'IBM i' };
