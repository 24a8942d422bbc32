import { useImpact } from '../../store/impact-store.ts';
import { PartitionVerdicts } from './PartitionVerdicts.tsx';

/** A rehearsed planned shutdown of a VIOS: the administrator's steps, what blocks a clean one, every client's verdict. */
export function MaintenanceReport() {
  const viosId = useImpact((s) => s.rehearsalFor);
  const r = useImpact((s) => s.rehearsal);
  const name = useImpact((s) => (s.rehearsalFor ? s.failable[s.rehearsalFor]?.name ?? s.rehearsalFor : ''));
  if (!viosId) return <p className="muted">Select a VIOS and press Rehearse maintenance.</p>;
  if (!r) return <p className="muted" role="status">Rehearsing the shutdown of {name}…</p>;
  const outages = r.impact.counts.Outage;
  return (
    <div className="maintenance" aria-label={`Maintenance of ${name}`}>
      <p className={`maintenance-verdict ${outages || r.blockers.length ? 'worst-outage' : 'worst-ok'}`} role="status">
        {outages > 0 ? `Shutting ${name} down puts ${outages} client partition${outages === 1 ? '' : 's'} in Outage.`
          : r.blockers.length > 0 ? `No Outage, but ${r.blockers.length} thing${r.blockers.length === 1 ? '' : 's'} block${r.blockers.length === 1 ? 's' : ''} a clean shutdown of ${name}.`
            : `${name} can be shut down cleanly: no Outage, no blocker.`}
        <button type="button" onClick={() => useImpact.getState().rehearse(null)}>Close</button>
      </p>
      <div className="maintenance-cols">
        <div>
          <h3>Steps</h3>
          <ol className="steps">{r.steps.map((s, i) => <li key={i}><code>{s}</code></li>)}</ol>
        </div>
        <div>
          <h3>Blockers ({r.blockers.length})</h3>
          {r.blockers.length === 0 ? <p className="muted">None.</p> : (
            <ul className="blockers" aria-label="Blockers">{r.blockers.map((b, i) => <li key={i}><b>{b.name}</b> {b.reason}</li>)}</ul>
          )}
        </div>
      </div>
      <h3>Clients during the maintenance</h3>
      <PartitionVerdicts partitions={r.impact.partitions} label={`Clients during the maintenance of ${name}`} />
    </div>
  );
}
