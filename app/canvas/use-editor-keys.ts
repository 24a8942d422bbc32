import { useEffect } from 'react';
import { removalImpact } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { useEditor } from './editor-store.ts';
import { copySelection, duplicateSelection, pasteClipboard } from './clipboard-actions.ts';

const inField = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Asks to delete the selection, listing everything that goes with it. */
export function requestDelete(): void {
  const ids = useUi.getState().selection;
  const edges = useEditor.getState().selectedEdges;
  if (ids.length === 0 && edges.length === 0) return;
  const impact = ids.length ? removalImpact(useDesign.getState().design, ids) : [];
  useEditor.getState().set({ pendingDelete: { ids, impact } });
}

/** Editor keys on the canvas: Delete/Backspace, Ctrl+C/V/D, ? for the shortcut list, Escape. */
export function useEditorKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const editor = useEditor.getState();
      if (e.key === 'Escape' && (editor.pendingDelete || editor.shortcutsOpen)) { editor.set({ pendingDelete: null, shortcutsOpen: false }); return; }
      if (inField(e.target) || editor.pendingDelete || editor.templatesOpen) return;
      if (e.key === '?' && !e.ctrlKey && !e.metaKey) { e.preventDefault(); editor.set({ shortcutsOpen: !editor.shortcutsOpen }); return; }
      if (useUi.getState().readOnly) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) { e.preventDefault(); requestDelete(); return; }
      if (!mod || e.shiftKey || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'c') { if (copySelection()) e.preventDefault(); }
      else if (k === 'v') { e.preventDefault(); pasteClipboard(); }
      else if (k === 'd') { e.preventDefault(); duplicateSelection(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
