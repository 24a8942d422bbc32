import { lazy, Suspense, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDiagnostics } from '../../store/diagnostics-store.ts';
import type { Severity } from '../../engine/rules/types.ts';
import { DiagnosticEntry } from './DiagnosticEntry.tsx';
import { SuppressedList } from './SuppressedList.tsx';
import { HiddenDiagnostics } from './HiddenDiagnostics.tsx';

// The catalogue's code (every rule with its sources) loads the first time it is opened.
const RuleCatalogue = lazy(() => import('./RuleCatalogue.tsx').then((m) => ({ default: m.RuleCatalogue })));

const SEVERITIES: { key: Severity; label: string }[] = [
  { key: 'error', label: 'Errors' }, { key: 'warning', label: 'Warnings' }, { key: 'info', label: 'Info' },
];
/** Entries mounted at first per severity (the bottom area shows a few; each further page on request). */
const PAGE = 50;

/** The Diagnostics region: counts by severity, entries grouped by severity, status of the worker. */
export function DiagnosticsPanel() {
  const { diagnostics, counts, status, current, durationMs, suppressed } = useDiagnostics(useShallow((s) => ({
    diagnostics: s.diagnostics, counts: s.counts, status: s.status, current: s.resultRevision === s.designRevision,
    durationMs: s.durationMs, suppressed: s.suppressed.length,
  })));
  const [hidden, setHidden] = useState<Record<Severity, boolean>>({ error: false, warning: false, info: true });
  const [limit, setLimit] = useState(PAGE);
  const [catalogue, setCatalogue] = useState(false);
  const [showSuppressed, setShowSuppressed] = useState(false);
  const statusText = status === 'restarting' ? 'Restarting the validation worker…'
    : status === 'failed' ? 'Validation failed; it will retry after the next change'
      : !current || status === 'checking' || status === 'starting' ? 'Checking…' : `Up to date · ${durationMs.toFixed(1)} ms`;
  return (
    <section className="bottom-panel diagnostics" role="region" aria-label="Diagnostics">
      <div className="diag-toolbar">
        <h2>Diagnostics</h2>
        {SEVERITIES.map(({ key, label }) => (
          <button key={key} type="button" className={`diag-count count-${key}`} aria-pressed={!hidden[key]}
            onClick={() => setHidden((h) => ({ ...h, [key]: !h[key] }))}>
            {label} <b>{counts[key]}</b>
          </button>
        ))}
        <span className={`diag-status${current ? '' : ' stale'}`} role="status">{statusText}</span>
        <button type="button" onClick={() => setShowSuppressed((v) => !v)} aria-pressed={showSuppressed}>Suppressed ({suppressed})</button>
        <button type="button" onClick={() => setCatalogue(true)}>Rule catalogue</button>
      </div>
      {showSuppressed ? <SuppressedList /> : (
        <div className={`diag-groups${current ? '' : ' stale'}`}>
          {SEVERITIES.filter((s) => !hidden[s.key]).map(({ key, label }) => {
            const list = diagnostics.filter((d) => d.severity === key);
            if (list.length === 0) return null;
            return (
              <div key={key} className="diag-group">
                <h3>{label} ({list.length})</h3>
                <ul>{list.slice(0, limit).map((d) => <DiagnosticEntry key={d.key} diagnostic={d} />)}</ul>
                {list.length > limit && <button type="button" onClick={() => setLimit((l) => l + PAGE)}>Show {Math.min(PAGE, list.length - limit)} more</button>}
              </div>
            );
          })}
          {current && diagnostics.length === 0 && <p className="muted">No problems found: the design follows every rule in the catalogue.</p>}
          {diagnostics.length > 0 && SEVERITIES.every(({ key }) => hidden[key] || counts[key] === 0) && (
            <HiddenDiagnostics hidden={SEVERITIES.filter(({ key }) => hidden[key] && counts[key] > 0).map(({ key, label }) => ({ label, count: counts[key] }))}
              onShow={() => setHidden({ error: false, warning: false, info: false })} />
          )}
        </div>
      )}
      {catalogue && <Suspense fallback={null}><RuleCatalogue onClose={() => setCatalogue(false)} /></Suspense>}
    </section>
  );
}
