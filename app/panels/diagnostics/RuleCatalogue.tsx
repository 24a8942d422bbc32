import { useEffect, useRef, useState } from 'react';
import { engineClient } from '../../worker/run-validation.ts';

interface CatalogueEntry { id: string; severity: string; title: string; explanation: string; source: string; tag: string; family: string }

/**
 * A rule's sources, separated by " ; " in the catalogue: each address becomes a link named by its site (IBM
 * documentation first, as the rules list it); an archived copy keeps its "archived copy" label.
 */
function SourceLinks({ source }: { source: string }) {
  const parts = source.split(' ; ');
  return (
    <>
      {parts.map((part, i) => {
        const url = /https?:\/\/\S+/.exec(part)?.[0];
        if (!url) return <div key={i}>{part}</div>;
        const archived = /^archived copy/.test(part);
        const site = url.replace(/^https?:\/\/(www\.|www-01\.)?/, '').split('/')[0];
        return <div key={i}><a href={url} target="_blank" rel="noreferrer noopener">{archived ? `archived copy (${site})` : i === 0 ? 'source' : site}</a></div>;
      })}
    </>
  );
}

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
                <td><SourceLinks source={r.source} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </dialog>
  );
}
