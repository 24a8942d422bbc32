import { copyElements, pasteClip, type Clip } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { labelOf } from './labels.ts';

let clip: Clip | null = null;
let pastes = 0;

/** Ctrl+C: keeps a snapshot of the selected elements (frames bring their contents). */
export function copySelection(): boolean {
  const { selection, notify } = useUi.getState();
  const design = useDesign.getState().design;
  const c = copyElements(design, selection);
  if (c.ids.length === 0) { notify('info', 'Select frames, partitions or other elements to copy'); return false; }
  clip = c;
  pastes = 0;
  notify('info', `Copied ${c.ids.length} element${c.ids.length > 1 ? 's' : ''}`);
  return true;
}

function pasteFrom(c: Clip, step: number): boolean {
  const { notify, select } = useUi.getState();
  let created: string[] = [];
  const r = useDesign.getState().applyAll([(d) => { const out = pasteClip(d, { clip: c, offset: { x: 40 * step, y: 40 * step } }); created = out.created; return out.design; }]);
  if (!r.ok) { notify('error', r.reason); return false; }
  select(created);
  notify('success', `Pasted ${created.map((id) => labelOf(r.design, id)).join(', ')}`);
  return true;
}

/** Ctrl+V: new copies, renamed, with new ids, partition ids, slots and WWPNs; each paste a little further. */
export function pasteClipboard(): boolean {
  if (!clip) { useUi.getState().notify('info', 'Nothing copied yet'); return false; }
  pastes++;
  return pasteFrom(clip, pastes);
}

/** Ctrl+D: copy and paste in one go, leaving the clipboard as it was. */
export function duplicateSelection(): boolean {
  const c = copyElements(useDesign.getState().design, useUi.getState().selection);
  if (c.ids.length === 0) { useUi.getState().notify('info', 'Select something to duplicate'); return false; }
  return pasteFrom(c, 1);
}
