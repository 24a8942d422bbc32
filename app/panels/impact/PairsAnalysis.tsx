import { useEffect, useState } from 'react';
import { useImpact } from '../../store/impact-store.ts';
import { FailureEntryLine } from './SinglePoints.tsx';

const SHOWN = 100;

/** N-2: every pair of shared components, in a worker of its own, with progress and Cancel. */
export function PairsAnalysis() {
  const pairs = useImpact((s) => s.pairs);
  const s = useImpact.getState();
  const [, tick] = useState(0);
  useEffect(() => {
    if (pairs.status !== 'running') return;
    const t = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(t);
  }, [pairs.status]);
  const p = pairs.progress;
  const pct = p && p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
  const outages = pairs.entries.filter((e) => e.outages > 0);
  return (
    <div className="pairs">
      <div className="pairs-bar">
        {pairs.status === 'running' ? (
          <>
            <progress aria-label="Pairs analysed" max={100} value={pct} />
            <span role="status">{p ? `${p.done.toLocaleString()} of ${p.total.toLocaleString()} pairs (${pct} %)` : 'Starting…'} · {((performance.now() - pairs.startedAt) / 1000).toFixed(1)} s</span>
            <button type="button" onClick={s.cancelPairs}>Cancel</button>
          </>
        ) : (
          <>
            <button type="button" onClick={s.analysePairs} title="Fail every pair of shared components (those serving more than one partition) and list what takes clients down">Analyse pairs (N-2)</button>
            <span role="status" className="muted-small">
              {pairs.status === 'done' && `${pairs.entries.length.toLocaleString()} pairs take a client down or cost it a path; ${outages.length.toLocaleString()} cause an Outage (${(pairs.durationMs / 1000).toFixed(1)} s)`}
              {pairs.status === 'cancelled' && 'Cancelled: the analysis was stopped.'}
              {pairs.status === 'failed' && `The analysis failed: ${pairs.error}`}
              {pairs.status === 'idle' && 'Pairs are analysed on request (a large design takes seconds).'}
            </span>
          </>
        )}
      </div>
      {pairs.status === 'done' && outages.length > 0 && (
        <ol className="entries" aria-label="Pairs of failures">{outages.slice(0, SHOWN).map((e) => <FailureEntryLine key={e.components.map((c) => c.id).join('+')} entry={e} />)}</ol>
      )}
    </div>
  );
}
