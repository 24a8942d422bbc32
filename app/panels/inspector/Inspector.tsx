import { useShallow } from 'zustand/react/shallow';
import type { CollectionName } from '../../model/index.ts';
import { collectionOf } from '../../model/index.ts';
import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { labelOf } from '../../canvas/labels.ts';
import { RecordFields } from './RecordFields.tsx';
import { SPECS } from './specs.ts';
import { modernChildren } from './modern-specs.ts';
import '../../canvas/canvas.css';

const CHILDREN: CollectionName[] = ['vscsiAdapters', 'vfcAdapters', 'vethAdapters', 'seas', 'physicalPorts', 'backingDevices', 'volumeGroups'];

/** The adapters and devices of a partition, as [collection, id, label] (re-renders only when that list changes). */
function useChildren(collection: CollectionName | '', id: string | null): [CollectionName, string, string][] {
  return useDesign(useShallow((s) => {
    if (!id) return [];
    const out: string[] = [];
    const partitionId = collection === 'partitions' ? id : null;
    for (const c of partitionId ? CHILDREN : []) {
      for (const r of Object.values(s.design.domain[c]) as { id: string; partitionId: string | null }[]) {
        if (r.partitionId === partitionId && SPECS[c]) out.push(`${c}\u0000${r.id}\u0000${labelOf(s.design, r.id)}`);
      }
    }
    // vNICs with their backing devices, logical ports; a vNIC's backing devices, a pool's LUs, an SR-IOV port's adapter.
    for (const [c, cid] of modernChildren(s.design, collection, id)) out.push(`${c}\u0000${cid}\u0000${labelOf(s.design, cid)}`);
    return out;
  })).map((k) => k.split('\u0000') as [CollectionName, string, string]);
}

/** Every attribute of the selected element, editable, checked against the reference, applied at once (undoable). */
export function Inspector() {
  const selection = useUi((s) => s.selection);
  const id = selection.length === 1 ? selection[0]! : null;
  const info = useDesign((s) => (id ? `${collectionOf(s.design, id) ?? ''}\u0000${labelOf(s.design, id)}` : ''));
  const [collection, label] = info.split('\u0000') as [CollectionName | '', string];
  const children = useChildren(collection, id);
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {selection.length === 0 && <p className="muted">Select an element to see its settings.</p>}
      {selection.length > 1 && <p className="muted">{selection.length} elements selected.</p>}
      {id && collection && (
        <section aria-label={`Settings of ${label}`}>
          <h3 className="inspector-title">{label}</h3>
          <RecordFields collection={collection} id={id} />
          {children.map(([c, cid, clabel]) => (
            <details key={cid} className="inspector-child">
              <summary>{clabel}</summary>
              <RecordFields collection={c} id={cid} />
            </details>
          ))}
        </section>
      )}
    </aside>
  );
}
