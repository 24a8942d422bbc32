import { useEffect, useState } from 'react';
import { openDesign } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { useEditor } from '../canvas/editor-store.ts';

interface TemplateEntry { file: string; title: string; description: string }
const BASE = `${import.meta.env.BASE_URL}templates/`;

/** "New from template": lists public/templates and opens one as a new design (one undo step). */
export function TemplatesDialog() {
  const [list, setList] = useState<TemplateEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => useEditor.getState().set({ templatesOpen: false });
  useEffect(() => {
    fetch(`${BASE}index.json`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((l: TemplateEntry[]) => setList(l), (e: Error) => setError(`The template list could not be loaded: ${e.message}`));
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const choose = async (t: TemplateEntry) => {
    try {
      const res = await fetch(`${BASE}${t.file}.json`);
      const r = openDesign(new Uint8Array(await res.arrayBuffer()));
      if (!r.ok) { setError(`${t.title} could not be opened: ${r.errors[0]}`); return; }
      useDesign.getState().open(r.design);
      useUi.getState().select([]);
      useUi.getState().notify('success', `New design from the template "${t.title}" (Undo returns to the previous design)`);
      close();
    } catch (e) {
      setError(`${t.title} could not be loaded: ${(e as Error).message}`);
    }
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="templates-title">
        <h2 id="templates-title">New from template</h2>
        {error && <p role="alert">{error}</p>}
        {!list && !error && <p className="muted">Loading…</p>}
        <ul className="template-list">
          {list?.map((t) => (
            <li key={t.file}><button type="button" onClick={() => void choose(t)}><strong>{t.title}</strong><small>{t.description}</small></button></li>
          ))}
        </ul>
        <div className="actions"><button type="button" onClick={close}>Cancel</button></div>
      </div>
    </div>
  );
}
