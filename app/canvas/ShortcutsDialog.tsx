import { useEditor } from './editor-store.ts';

export const SHORTCUTS: [string, string][] = [
  ['Enter (on a palette item)', 'Add it into the selected frame or partition, or the first one that fits'],
  ['Drag a palette item', 'Drop it on the canvas, a frame or a partition'],
  ['Drag handle → handle', 'Wire: vSCSI, NPIV, VTD, vfcmap, cable, VLAN, SEA, HEA logical port'],
  ['Drag handle → a node', 'Wire to the right adapter of that node, or pick one when several fit'],
  ['C', 'Connect… the selected element: every connection it can make, with the operation'],
  ['Arrow keys (Shift: bigger step)', 'Move the selected elements (one undo step per burst)'],
  ['Click, Shift+click', 'Select, add to the selection'],
  ['Shift+drag on the canvas', 'Box select'],
  ['Delete / Backspace', 'Delete the selection (asks, and lists what goes with it)'],
  ['Ctrl+C / Ctrl+V', 'Copy / paste (renamed, new ids, slots and WWPNs)'],
  ['Ctrl+D', 'Duplicate'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo'],
  ['Ctrl+S', 'Save as JSON'],
  ['/', 'Search an element by name'],
  ['F', 'Fail the selected VIOS, port, SEA, fabric, array, LUN, switch or frame; again to restore it'],
  ['?', 'This list'],
  ['Escape', 'Close a dialog'],
];

/** The keyboard shortcut list, opened with ? */
export function ShortcutsDialog() {
  const open = useEditor((s) => s.shortcutsOpen);
  if (!open) return null;
  const close = () => useEditor.getState().set({ shortcutsOpen: false });
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl className="shortcuts">{SHORTCUTS.map(([k, v]) => <div key={k} style={{ display: 'contents' }}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
        <div className="actions"><button type="button" className="primary" autoFocus onClick={close}>Close</button></div>
      </div>
    </div>
  );
}
