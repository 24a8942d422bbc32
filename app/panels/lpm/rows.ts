import type { LpmMatrix, LpmRow } from '../../engine/lpm/types.ts';

/** The rows the region shows: names containing `filter` (case-insensitive), only those some frame refuses when asked. */
export function visibleRows(m: LpmMatrix, filter: string, blockedOnly: boolean): LpmRow[] {
  const f = filter.trim().toLowerCase();
  return m.rows.filter((r) => (!f || r.name.toLowerCase().includes(f)) && (!blockedOnly || r.cells.some((c) => c.status === 'blocked')));
}

/** "3 partitions × 2 frames: 2 Ready · 1 Blocked". */
export function lpmSummary(m: LpmMatrix): string {
  const { ready, blocked, withWarnings } = m.counts;
  const n = m.rows.length;
  return `${n} partition${n === 1 ? '' : 's'} × ${m.frames.length} frames: ${ready} Ready${withWarnings ? ` (${withWarnings} with warnings)` : ''} · ${blocked} Blocked`;
}
