import { useEffect, useRef } from 'react';
import { removeElements, type Design } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { useEditor } from './editor-store.ts';
import { labelOf } from './labels.ts';
import { edgeRemoval } from './edge-removal.ts';

/** The delete confirmation: what was selected, and everything that goes with it. One undo step. */
export function DeleteDialog() {
  const pending = useEditor((s) => s.pendingDelete);
  const edges = useEditor((s) => s.selectedEdges);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (pending) confirm.current?.focus(); }, [pending]);
  if (!pending) return null;
  const design = useDesign.getState().design;
  const close = () => useEditor.getState().set({ pendingDelete: null });
  const extra = pending.impact.filter((id) => !pending.ids.includes(id));
  const edgePlans = edges.map((id) => edgeRemoval(design, id)).filter((p): p is NonNullable<typeof p> => !!p);
  const doDelete = () => {
    const steps: ((d: Design) => Design)[] = [];
    if (pending.ids.length) steps.push((d) => removeElements(d, { ids: pending.ids }));
    for (const p of edgePlans) steps.push((d) => { try { return p.run(d); } catch { return d; } });
    const r = useDesign.getState().applyAll(steps);
    close();
    if (!r.ok) { useUi.getState().notify('error', r.reason); return; }
    useUi.getState().select([]);
    useEditor.getState().set({ selectedEdges: [] });
    useUi.getState().notify('success', `Deleted ${pending.ids.length + edgePlans.length} element(s)${extra.length ? ` and ${extra.length} that went with them` : ''}`);
  };
  const names = pending.ids.map((id) => labelOf(design, id));
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete {names.length ? names.join(', ') : `${edgePlans.length} connection(s)`}?</h2>
        {edgePlans.length > 0 && <p>Connections: {edgePlans.map((p) => p.label).join(', ')}</p>}
        {extra.length > 0 ? (
          <>
            <p>This also removes {extra.length} element{extra.length > 1 ? 's' : ''} that depend on it:</p>
            <ul aria-label="Also removed">{extra.slice(0, 60).map((id) => <li key={id}>{labelOf(design, id)}</li>)}</ul>
            {extra.length > 60 && <p className="muted">and {extra.length - 60} more</p>}
          </>
        ) : names.length > 0 && <p>Nothing else depends on it.</p>}
        <div className="actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="button" className="danger" ref={confirm} onClick={doDelete}>Delete</button>
        </div>
      </div>
    </div>
  );
}
