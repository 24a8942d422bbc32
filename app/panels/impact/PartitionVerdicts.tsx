import { memo, useState } from 'react';
import type { PartitionImpact } from '../../engine/impact/types.ts';
import { pathHighlight, useImpact } from '../../store/impact-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { VerdictPill } from './VerdictPill.tsx';

/** Lines mounted at first (the bottom area shows a few; each further page on request). */
const PAGE = 40;

/** Selects a partition on the canvas and lights up its lost and surviving paths. */
function show(p: PartitionImpact): void {
  useImpact.getState().setHighlight(pathHighlight(p));
  useUi.getState().select([p.partitionId]);
}

/** One line; re-rendered only when what it shows changes (a new result has new objects for every partition). */
const ImpactLine = memo(function ImpactLine({ p, open }: { p: PartitionImpact; open: boolean }) {
  return (
    <li className={`impact-line worst-${p.verdict.toLowerCase()}${open ? ' open' : ''}`}>
      <button type="button" className="impact-main" onClick={() => (open ? useImpact.getState().setHighlight(null) : show(p))}
        aria-expanded={open} title="Select the partition and show its lost and surviving paths">
        <span className="impact-name">{p.name}</span>
        <VerdictPill verdict={p.storage} what="storage" />
        <VerdictPill verdict={p.network} what="network" />
        <span className="impact-reason">{p.reason || 'every path up'}</span>
      </button>
      {open && (
        <ul className="impact-services" aria-label={`Services of ${p.name}`}>
          {p.services.map((s) => (
            <li key={s.key}>
              <VerdictPill verdict={s.verdict} what={s.kind} />
              <span className="service-label">{s.label}</span>
              <span className="impact-reason">{s.reason}</span>
            </li>
          ))}
          {p.services.length === 0 && <li className="muted">no disk or network</li>}
        </ul>
      )}
    </li>
  );
}, (a, b) => a.open === b.open && (a.p === b.p || (!a.open && a.p.name === b.p.name && a.p.storage === b.p.storage && a.p.network === b.p.network && a.p.reason === b.p.reason)));

/** Every client partition with its storage and network verdict and the reason, worst first (as the engine sorts). */
export function PartitionVerdicts({ partitions, label }: { partitions: readonly PartitionImpact[]; label: string }) {
  const [limit, setLimit] = useState(PAGE);
  const open = useImpact((s) => s.highlight?.partitionId ?? null);
  if (partitions.length === 0) return <p className="muted">No client partition in this design.</p>;
  return (
    <>
      <div className="impact-columns" aria-hidden><span className="impact-name">Partition</span><span>Storage</span><span>Network</span><span>Reason</span></div>
      <ul className="impact-lines" aria-label={label}>
        {partitions.slice(0, limit).map((p) => <ImpactLine key={p.partitionId} p={p} open={open === p.partitionId} />)}
      </ul>
      {partitions.length > limit && <button type="button" onClick={() => setLimit((l) => l + PAGE)}>Show {Math.min(PAGE, partitions.length - limit)} more</button>}
    </>
  );
}
