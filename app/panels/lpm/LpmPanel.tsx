import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDesign } from '../../store/design-store.ts';
import { useLpm } from '../../store/lpm-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { LpmMatrixTable } from './LpmMatrixTable.tsx';
import { downloadLpmCsv } from './download-lpm-csv.ts';
import { lpmSummary, visibleRows } from './rows.ts';
import './lpm.css';

/**
 * The LPM readiness region: for every client partition and every other frame, Ready or Blocked with every reason
 * and its rule id (computed by the engine worker), filtered by name or to the Blocked ones, downloadable as CSV.
 * Shown while the design has two frames or more.
 */
export function LpmPanel() {
  const frames = useDesign((s) => Object.keys(s.design.domain.systems).length);
  const { matrix, status, blockedOnly, filter, wide } = useLpm(useShallow((s) => ({ matrix: s.matrix, status: s.status, blockedOnly: s.blockedOnly, filter: s.filter, wide: s.wide })));
  const shown = useDeferredValue(matrix);
  if (frames < 2) return null;
  const set = useLpm.getState().set;
  const summary = !matrix ? (status === 'failed' ? 'The LPM readiness could not be computed' : 'Computing…')
    : `${lpmSummary(matrix)}${status === 'computing' ? ' · updating…' : ''}`;
  const download = () => {
    if (!matrix) return;
    const file = downloadLpmCsv(useDesign.getState().design, matrix);
    useUi.getState().notify('success', `Downloaded ${file}`);
  };
  return (
    <section className={`bottom-panel lpm${wide ? ' wide' : ''}`} role="region" aria-label="LPM readiness">
      <div className="lpm-toolbar">
        <h2>LPM readiness</h2>
        <span className={`lpm-summary${matrix?.counts.blocked ? ' has-blocked' : ''}`} role="status" aria-label="LPM summary">{summary}</span>
        <label className="lpm-check"><input type="checkbox" checked={blockedOnly} onChange={(e) => set({ blockedOnly: e.target.checked })} /> Blocked only</label>
        <input type="search" className="lpm-filter" aria-label="Filter partitions by name" placeholder="Filter partitions" value={filter} onChange={(e) => set({ filter: e.target.value })} />
        <button type="button" onClick={download} disabled={!matrix}>Download CSV</button>
        <button type="button" aria-pressed={wide} onClick={() => set({ wide: !wide })} title={wide ? 'Back to the bottom area' : 'Show the matrix larger'}>{wide ? 'Shrink' : 'Enlarge'}</button>
      </div>
      <div className="lpm-body">
        {shown && (shown.rows.length === 0
          ? <p className="muted">No client partition in this design.</p>
          : <LpmMatrixTable matrix={shown} rows={visibleRows(shown, filter, blockedOnly)} full={wide} />)}
      </div>
    </section>
  );
}
