import { lazy, Suspense } from 'react';
import type { CollectionName } from '../../model/index.ts';
import { collectionOf } from '../../model/index.ts';
import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { labelOf } from '../../canvas/labels.ts';
import '../../canvas/canvas.css';

/** The fields and their specifications load the first time an element is selected (not at the app's start). */
const SelectedSettings = lazy(() => import('./SelectedSettings.tsx').then((m) => ({ default: m.SelectedSettings })));

/** Every attribute of the selected element, editable, checked against the reference, applied at once (undoable). */
export function Inspector() {
  const selection = useUi((s) => s.selection);
  const id = selection.length === 1 ? selection[0]! : null;
  const info = useDesign((s) => (id ? `${collectionOf(s.design, id) ?? ''}\u0000${labelOf(s.design, id)}` : ''));
  const [collection, label] = info.split('\u0000') as [CollectionName | '', string];
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {selection.length === 0 && <p className="muted">Select an element to see its settings.</p>}
      {selection.length > 1 && <p className="muted">{selection.length} elements selected.</p>}
      {id && collection && (
        <Suspense fallback={<p className="muted">Loading the settings of {label}…</p>}>
          <SelectedSettings collection={collection} id={id} label={label} />
        </Suspense>
      )}
    </aside>
  );
}
