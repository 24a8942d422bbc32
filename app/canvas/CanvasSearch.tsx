import { useEffect, useMemo, useRef, useState } from 'react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { searchDesign, type SearchHit } from './search.ts';

/** Finds an element by name and frames it on the canvas (selects it too). "/" puts the cursor here. */
export function CanvasSearch() {
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const design = useDesign((s) => (q ? s.design : null));
  const hits = useMemo(() => (design ? searchDesign(design, q) : []), [design, q]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key === '/' && !(t && ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) { e.preventDefault(); input.current?.focus(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const go = (h: SearchHit | undefined) => {
    if (!h) { if (q) useUi.getState().notify('info', `Nothing named like "${q}"`); return; }
    useUi.getState().focus([h.rowId ?? h.nodeId]);
    setQ('');
    input.current?.blur();
  };
  return (
    <div className="canvas-search" style={{ position: 'relative' }}>
      <input ref={input} type="search" aria-label="Search" placeholder="Search (/)" value={q} role="combobox"
        aria-expanded={hits.length > 0} aria-controls="search-results" aria-autocomplete="list"
        onChange={(e) => { setQ(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(hits[active]);
          else if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Escape') setQ('');
        }} />
      {hits.length > 0 && (
        <ul className="search-results" id="search-results" role="listbox" aria-label="Search results">
          {hits.map((h, i) => (
            <li key={`${h.rowId ?? h.nodeId}-${h.label}`} role="option" aria-selected={i === active}>
              <button type="button" tabIndex={-1} aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => go(h)}>{h.label}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
