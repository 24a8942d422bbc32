import { useState } from 'react';
import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { Dialog } from './Dialog.tsx';
import { EXPORTS, exportDesign, type ExportKind } from './exports.ts';

/** Export: design JSON, command script, mapping tables and images, optionally sanitized for outside eyes. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [sanitize, setSanitize] = useState(false);
  const selection = useUi((s) => s.selection);
  const [onlySelection, setOnlySelection] = useState(true);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const run = async (kind: ExportKind) => {
    setBusy(kind);
    try {
      const file = await exportDesign(kind, useDesign.getState().design, { sanitize, selection: onlySelection && selection.length ? new Set(selection) : null });
      useUi.getState().notify('success', `Exported ${file}${sanitize ? ' (sanitized)' : ''}`);
    } catch (e) {
      useUi.getState().notify('error', `The export failed: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Dialog title="Export" onClose={onClose}>
      <label className="io-check"><input type="checkbox" checked={sanitize} onChange={(e) => setSanitize(e.target.checked)} /> Sanitize names, serials and WWPNs</label>
      {selection.length > 0 && (
        <label className="io-check"><input type="checkbox" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} /> Images of the selection only ({selection.length} selected)</label>
      )}
      <div className="io-export-list">
        {EXPORTS.map((x) => (
          <div key={x.kind} style={{ display: 'contents' }}>
            <button type="button" disabled={busy !== null} onClick={() => void run(x.kind)}>{x.label}</button>
            <span>{x.about}</span>
          </div>
        ))}
      </div>
      <div className="actions"><button type="button" onClick={onClose}>Close</button></div>
    </Dialog>
  );
}
