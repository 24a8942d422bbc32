import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { collectionOf } from '../model/index.ts';

/** Shows the attributes of the selected element. */
export function Inspector() {
  const selection = useUi((s) => s.selection);
  const design = useDesign((s) => s.design);
  const id = selection.length === 1 ? selection[0]! : null;
  const collection = id ? collectionOf(design, id) : null;
  const record = id && collection ? (design.domain[collection] as Record<string, unknown>)[id] : null;
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {selection.length === 0 && <p className="muted">Select an element to see its settings.</p>}
      {selection.length > 1 && <p className="muted">{selection.length} elements selected.</p>}
      {record !== null && record !== undefined && (
        <dl className="attributes">
          {Object.entries(record as Record<string, unknown>).filter(([k]) => k !== 'id').map(([k, v]) => (
            <div key={k}><dt>{k}</dt><dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd></div>
          ))}
        </dl>
      )}
    </aside>
  );
}
