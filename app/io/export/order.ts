import type { Design, ManagedSystem, Partition } from '../../model/index.ts';

/** Natural order of device names: ent2 before ent10. */
export const natural = new Intl.Collator('en', { numeric: true }).compare;

/** Frames by name; the same design always lists them in the same order. */
export const systemsOf = (d: Design): ManagedSystem[] => Object.values(d.domain.systems).sort((a, b) => natural(a.name, b.name) || natural(a.id, b.id));

/** Partitions of a frame by partition id. */
export const partitionsOf = (d: Design, systemId: string): Partition[] =>
  Object.values(d.domain.partitions).filter((p) => p.systemId === systemId).sort((a, b) => a.lparId - b.lparId);

/** Records of a partition, by slot (adapters) or device name. */
export function ofPartition<T extends { partitionId: string | null; slot?: number; deviceName?: string; name?: string }>(rec: Record<string, T>, partitionId: string): T[] {
  return Object.values(rec).filter((r) => r.partitionId === partitionId)
    .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || natural(a.deviceName ?? a.name ?? '', b.deviceName ?? b.name ?? ''));
}

/** A shell word: bare when safe, else in single quotes (a quote inside becomes '\''). */
export function sh(word: string): string {
  return /^[A-Za-z0-9_.,:=/@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export const KIND_LABEL: Record<Partition['kind'], string> = { vios: 'VIOS', aix: 'AIX', linux: 'Linux', ibmi: 'IBM i' };
