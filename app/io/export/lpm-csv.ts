import type { LpmMatrix } from '../../engine/lpm/types.ts';
import { cellReasons } from '../../engine/lpm/types.ts';
import { toCsv } from './csv.ts';

export const LPM_CSV_COLUMNS = ['partition', 'kind', 'source_frame', 'destination_frame', 'migration', 'status', 'rule', 'severity', 'tag', 'reason'] as const;

/**
 * The LPM readiness matrix as CSV: one line per reason of every partition and destination frame (a Ready cell
 * without a warning has one line with no rule), so that a spreadsheet can filter by status, rule or frame.
 */
export function lpmCsv(m: LpmMatrix): string {
  const frameName = new Map(m.frames.map((f) => [f.id, f.name]));
  const rows: (string | null)[][] = [[...LPM_CSV_COLUMNS]];
  for (const r of m.rows) {
    for (const c of r.cells) {
      if (c.status === 'source') continue;
      const base = [r.name, r.kind, frameName.get(r.sourceId) ?? r.sourceId, frameName.get(c.destinationId) ?? c.destinationId, r.migration, c.status === 'ready' ? 'Ready' : 'Blocked'];
      const reasons = cellReasons(r, c);
      if (reasons.length === 0) rows.push([...base, null, null, null, null]);
      for (const x of reasons) rows.push([...base, x.ruleId, x.severity, x.tag, x.message]);
    }
  }
  return toCsv(rows);
}
