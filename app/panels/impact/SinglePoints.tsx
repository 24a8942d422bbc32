import { useState } from 'react';
import type { FailureEntry } from '../../engine/impact/types.ts';
import { useImpact } from '../../store/impact-store.ts';
import { KIND_LABEL } from './ComponentPicker.tsx';

const PAGE = 50;

const names = (e: FailureEntry) => e.components.map((c) => c.name).join(' + ');
const takes = (e: FailureEntry) => [e.outages ? `${e.outages} in Outage` : '', e.degraded ? `${e.degraded} Degraded` : ''].filter(Boolean).join(', ');

/** One N-1 or N-2 entry: the component(s), what they take down, and Fail / What if for a single component. */
export function FailureEntryLine({ entry }: { entry: FailureEntry }) {
  const single = entry.components.length === 1 ? entry.components[0]! : null;
  const s = useImpact.getState();
  const who = entry.partitions.slice(0, 6).map((p) => `${p.name} (${p.verdict})`).join(', ') + (entry.partitions.length > 6 ? ` and ${entry.partitions.length - 6} more` : '');
  return (
    <li className={`entry ${entry.outages ? 'worst-outage' : 'worst-degraded'}`}>
      <span className="entry-what"><b>{names(entry)}</b> <small>{entry.components.map((c) => KIND_LABEL[c.kind]).join(' + ')}</small></span>
      <span className="entry-takes">{takes(entry)}</span>
      <span className="impact-reason" title={entry.partitions[0]?.reason}>{who}</span>
      {single && (
        <span className="entry-actions">
          <button type="button" aria-label={`What if ${single.name} fails`} onClick={() => s.setWhatIf(single.id)}>What if</button>
          <button type="button" aria-label={`Fail ${single.name}`} onClick={() => s.fail(single.id)}>Fail</button>
        </span>
      )}
    </li>
  );
}

/** Every component whose failure alone takes a client down (Outage) or costs it a path (Degraded), by impact. */
export function SinglePoints() {
  const entries = useImpact((s) => s.singlePoints);
  const [limit, setLimit] = useState(PAGE);
  if (!entries) return <p className="muted" role="status">Analysing every component…</p>;
  const spof = entries.filter((e) => e.outages > 0);
  const degrade = entries.filter((e) => e.outages === 0 && e.degraded > 0);
  return (
    <div className="single-points">
      <h3>Single points of failure ({spof.length})</h3>
      {spof.length === 0 ? <p className="muted">No single component takes a client partition down.</p> : (
        <ol className="entries" aria-label="Single points of failure">{spof.slice(0, limit).map((e) => <FailureEntryLine key={names(e)} entry={e} />)}</ol>
      )}
      {degrade.length > 0 && (
        <>
          <h3>Cost redundancy only ({degrade.length})</h3>
          <ol className="entries" aria-label="Components whose failure degrades">{degrade.slice(0, limit).map((e) => <FailureEntryLine key={names(e)} entry={e} />)}</ol>
        </>
      )}
      {Math.max(spof.length, degrade.length) > limit && <button type="button" onClick={() => setLimit((l) => l + PAGE)}>Show more</button>}
    </div>
  );
}
