import { useEditor } from '../canvas/editor-store.ts';
import { useUi } from '../store/ui-store.ts';
import { TemplatesDialog } from './TemplatesDialog.tsx';

/** The header button that opens the "New from template" dialog. */
export function TemplatesButton() {
  const open = useEditor((s) => s.templatesOpen);
  const readOnly = useUi((s) => s.readOnly);
  return (
    <>
      <button type="button" disabled={readOnly} onClick={() => useEditor.getState().set({ templatesOpen: true })} title="New from template">From template…</button>
      {open && <TemplatesDialog />}
    </>
  );
}
