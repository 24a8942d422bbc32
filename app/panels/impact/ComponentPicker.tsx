import { useMemo, useState } from 'react';
import { useImpact } from '../../store/impact-store.ts';
import type { FailableComponent } from '../../engine/impact/types.ts';

const MAX_HITS = 8;

export const KIND_LABEL: Record<FailableComponent['kind'], string> = {
  frame: 'frame', vios: 'VIOS', 'physical-port': 'physical port', 'physical-adapter': 'physical adapter',
  'link-aggregation': 'link aggregation', sea: 'SEA', 'hea-port': 'HEA port', 'san-fabric': 'SAN fabric',
  'storage-array': 'storage array', lun: 'LUN', 'ethernet-switch': 'Ethernet switch', 'control-channel': 'control channel',
  'sriov-adapter': 'SR-IOV adapter', 'sriov-port': 'SR-IOV physical port', 'sriov-logical-port': 'SR-IOV logical port',
};

/** Components whose name (or kind) holds every word of the query; whole-name matches first. */
function matches(failable: Readonly<Record<string, FailableComponent>>, q: string): FailableComponent[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: FailableComponent[] = [];
  for (const c of Object.values(failable)) {
    const text = `${c.name} ${KIND_LABEL[c.kind]}`.toLowerCase();
    if (words.every((w) => text.includes(w))) hits.push(c);
  }
  const exact = (c: FailableComponent) => (c.name.toLowerCase() === q.trim().toLowerCase() ? 0 : 1);
  return hits.sort((a, b) => exact(a) - exact(b) || a.name.localeCompare(b.name, undefined, { numeric: true })).slice(0, MAX_HITS);
}

/**
 * Names any failable component, also those the canvas draws as rows (a port, an SEA, a link aggregation)
 * or not at all (a physical adapter): the Failures toolbar then acts on it instead of the selection.
 */
export function ComponentPicker() {
  const failable = useImpact((s) => s.failable);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => matches(failable, q), [failable, q]);
  const choose = (c: FailableComponent | undefined) => {
    if (!c) return;
    useImpact.getState().pick(c.id);
    setQ('');
  };
  return (
    <div className="component-picker">
      <input type="search" aria-label="Component to fail" placeholder="Fail by name…" value={q} role="combobox"
        aria-expanded={hits.length > 0} aria-controls="component-hits" aria-autocomplete="list"
        onChange={(e) => { setQ(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') choose(hits[active]);
          else if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Escape') setQ('');
        }} />
      {hits.length > 0 && (
        <ul className="search-results picker-results" id="component-hits" role="listbox" aria-label="Failable components">
          {hits.map((c, i) => (
            <li key={c.id} role="option" aria-selected={i === active}>
              <button type="button" tabIndex={-1} aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(c)}>
                {c.name} <small>{KIND_LABEL[c.kind]}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
