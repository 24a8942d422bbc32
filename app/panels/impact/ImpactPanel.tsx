import { lazy, Suspense, useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shownResult, useImpact, type ImpactTab } from '../../store/impact-store.ts';
import { PartitionVerdicts } from './PartitionVerdicts.tsx';
import { ComponentPicker } from './ComponentPicker.tsx';
import './impact.css';

// The other tabs load when first opened (they are not part of the first picture).
const SinglePoints = lazy(() => import('./SinglePoints.tsx').then((m) => ({ default: m.SinglePoints })));
const PairsAnalysis = lazy(() => import('./PairsAnalysis.tsx').then((m) => ({ default: m.PairsAnalysis })));
const MaintenanceReport = lazy(() => import('./MaintenanceReport.tsx').then((m) => ({ default: m.MaintenanceReport })));

const TABS: { key: ImpactTab; label: string }[] = [
  { key: 'partitions', label: 'Partitions' },
  { key: 'single-points', label: 'Single points of failure' },
  { key: 'pairs', label: 'Pairs (N-2)' },
  { key: 'maintenance', label: 'Maintenance' },
];

/** The failures in force, by name, and the restore buttons. */
function FailedList() {
  const failed = useImpact(useShallow((s) => s.failures.map((f) => `${f.id}\u0000${s.failable[f.id]?.name ?? f.id}`)));
  if (failed.length === 0) return null;
  return (
    <ul className="failed-list" aria-label="Failed components">
      {failed.map((k) => {
        const [id, name] = k.split('\u0000') as [string, string];
        return (
          <li key={id}>
            <s className="failed-name">{name}</s>
            <button type="button" aria-label={`Restore ${name}`} title={`Restore ${name}`} onClick={() => useImpact.getState().restore(id)}>↺</button>
          </li>
        );
      })}
    </ul>
  );
}

/** The Impact region: every client's storage and network verdict under the failures in force, N-1, N-2, maintenance. */
export function ImpactPanel() {
  const { tab, status, counts, failures, whatIfName, result } = useImpact(useShallow((s) => ({
    tab: s.tab, status: s.status, failures: s.failures.length, result: shownResult(s),
    counts: shownResult(s)?.counts ?? null, whatIfName: s.whatIf ? s.failable[s.whatIf]?.name ?? s.whatIf : null,
  })));
  // The long list follows in a transition: the canvas badges and the summary come first.
  const list = useDeferredValue(result);
  const s = useImpact.getState();
  const summary = !counts ? (status === 'failed' ? 'The impact could not be computed' : 'Computing…')
    : `${counts.Outage} Outage · ${counts.Degraded} Degraded · ${counts.OK} OK${status === 'computing' ? ' · updating…' : ''}`;
  return (
    <section className="bottom-panel impact" role="region" aria-label="Impact">
      <div className="impact-toolbar">
        <h2>Impact</h2>
        <div role="tablist" aria-label="Impact views" className="impact-tabs">
          {TABS.map((t) => (
            <button key={t.key} type="button" role="tab" aria-selected={tab === t.key} aria-controls={`impact-${t.key}`} id={`impact-tab-${t.key}`} onClick={() => s.setTab(t.key)}>{t.label}</button>
          ))}
        </div>
      </div>
      <div className="impact-body" role="tabpanel" id={`impact-${tab}`} aria-labelledby={`impact-tab-${tab}`}>
        {tab === 'partitions' && (
          <>
            <div className="impact-state">
              <span className={`impact-summary${counts?.Outage ? ' has-outage' : counts?.Degraded ? ' has-degraded' : ''}`} role="status" aria-label="Impact summary">{summary}</span>
              {failures > 0 && <><span className="muted-small">Failed:</span><FailedList /><button type="button" onClick={s.restoreAll}>Restore all</button></>}
              {whatIfName && (
                <span className="what-if-banner" role="note">
                  <span>What if <b>{whatIfName}</b> fails? <span className="muted-small">(a preview: nothing is failed)</span></span>
                  <button type="button" onClick={() => s.fail(s.whatIf!)}>Fail it</button>
                  <button type="button" onClick={() => s.setWhatIf(null)}>End preview</button>
                </span>
              )}
              <ComponentPicker />
              {failures === 0 && !whatIfName && <span className="muted-small">or select a VIOS, fabric, array, LUN or switch and press <b>Fail</b> (F) or <b>What if</b>; right-click a port or SEA row.</span>}
            </div>
            {list && <PartitionVerdicts partitions={list.partitions} label="Client partitions" />}
          </>
        )}
        <Suspense fallback={<p className="muted-small" role="status">Loading…</p>}>
          {tab === 'single-points' && <SinglePoints />}
          {tab === 'pairs' && <PairsAnalysis />}
          {tab === 'maintenance' && <MaintenanceReport />}
        </Suspense>
      </div>
    </section>
  );
}
