import { useEffect, useRef, useState } from 'react';
import { engineClient } from '../../worker/run-validation.ts';

interface CatalogueEntry { id: string; severity: string; title: string; explanation: string; source: string; tag: string; family: string }

/** Every rule with its severity, explanation and source: generated from the same rule objects the engine runs. */
export function RuleCatalogue({ onClose }: { onClose: () => void }) {
  const [rules, setRules] = useState<CatalogueEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    void engineClient()?.call((r) => r.catalogue()).then((c) => setRules(c as CatalogueEntry[])).catch(() => setRules([]));
  }, []);
  const q = filter.toLowerCase();
  const shown = (rules ?? []).filter((r) => !q || `${r.id} ${r.title} ${r.explanation}`.toLowerCase().includes(q));
  return (
    <dialog ref={dialog} className="catalogue" aria-label="Rule catalogue" onClose={onClose}>
      <header>
        <h2>Rule catalogue</h2>
        <input aria-label="Filter rules" placeholder="Filter: SEA, NPIV-5, reserve…" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </header>
      {rules === null ? <p className="muted">Loading…</p> : (
        <table>
          <thead><tr><th>Rule</th><th>Severity</th><th>What it checks and why</th><th>Source</th></tr></thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <td><b>{r.id}</b><div className="muted-small">[{r.tag}]</div></td>
                <td className={`sev-${r.severity}`}>{r.severity}</td>
                <td><b>{r.title}</b><div>{r.explanation}</div></td>
                <td>{r.source.startsWith('http') ? <a href={r.source} target="_blank" rel="noreferrer noopener">source</a> : r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </dialog>
  );
}
