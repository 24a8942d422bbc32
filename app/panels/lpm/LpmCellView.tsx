import { memo } from 'react';
import type { LpmCell, LpmReason, LpmRow } from '../../engine/lpm/types.ts';
import { cellReasons } from '../../engine/lpm/types.ts';
import { useUi } from '../../store/ui-store.ts';

/** One reason: rule id and a few words; the whole sentence is its accessible name and tooltip; a click frames its elements. */
function ReasonLine({ r, full }: { r: LpmReason; full: boolean }) {
  return (
    <li className={`lpm-reason lpm-${r.severity}`}>
      <button type="button" title={`${r.ruleId} [${r.tag}]: ${r.message}`} aria-label={`${r.ruleId}${r.severity === 'warning' ? ' (warning)' : ''}: ${r.message}`}
        onClick={() => useUi.getState().focus(r.elementIds)}>
        <b>{r.ruleId}</b><span className="lpm-reason-text"> {full ? r.message : r.short}</span>
      </button>
    </li>
  );
}

/** A cell of the matrix: Ready or Blocked in colour and in words, then every reason (in a few words, or whole when `full`). */
export const LpmCellView = memo(function LpmCellView({ row, cell, frame, full }: { row: LpmRow; cell: LpmCell; frame: string; full: boolean }) {
  if (cell.status === 'source') return <td className="lpm-cell lpm-home"><span className="muted-small">home</span></td>;
  const reasons = cellReasons(row, cell);
  const ready = cell.status === 'ready';
  const verdict = `${row.name} to ${frame}: ${ready ? 'Ready' : 'Blocked'}`;
  return (
    <td className={`lpm-cell lpm-${cell.status}`} aria-label={verdict} title={[verdict, ...reasons.map((r) => `${r.ruleId} ${r.short}`)].join('\n')}>
      <span className={`verdict ${ready ? 'verdict-ok' : 'verdict-outage'}`}>
        <span aria-hidden className="verdict-icon">{ready ? '✓' : '✕'}</span><span className="verdict-word">{ready ? 'Ready' : 'Blocked'}</span>
      </span>
      {reasons.length > 0 && <span className="lpm-reason-count" aria-hidden>{reasons.length}</span>}
      {reasons.length > 0 && (
        <ul className="lpm-reasons" aria-label={`Reasons for ${row.name} to ${frame}`}>
          {reasons.map((r, i) => <ReasonLine key={`${r.ruleId}-${i}`} r={r} full={full} />)}
        </ul>
      )}
    </td>
  );
});
