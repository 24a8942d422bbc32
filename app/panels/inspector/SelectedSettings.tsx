import { useShallow } from 'zustand/react/shallow';
import type { CollectionName } from '../../model/index.ts';
import { useDesign } from '../../store/design-store.ts';
import { labelOf } from '../../canvas/labels.ts';
import { RecordFields } from './RecordFields.tsx';
import { SPECS } from './specs.ts';
import { modernChildren } from './modern-specs.ts';

const CHILDREN: CollectionName[] = ['vscsiAdapters', 'vfcAdapters', 'vethAdapters', 'seas', 'physicalPorts', 'backingDevices', 'volumeGroups'];

/** The adapters and devices of a partition, as [collection, id, label] (re-renders only when that list changes). */
function useChildren(collection: CollectionName, id: string): [CollectionName, string, string][] {
  return useDesign(useShallow((s) => {
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

/**
 * The settings of the one selected element and of its adapters and devices: every field, editable, checked
 * against the reference. Its field specifications load with it, the first time something is selected (they are
 * not part of the app's start).
 */
export function SelectedSettings({ collection, id, label }: { collection: CollectionName; id: string; label: string }) {
  const children = useChildren(collection, id);
  return (
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
  );
}
