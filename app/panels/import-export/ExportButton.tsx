import { useState } from 'react';
import { ExportDialog } from './ExportDialog.tsx';
import './import-export.css';

/** Header: Export… opens the dialog with every export (JSON, script, CSV, SVG, PNG) and the sanitize option. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="io-header-button" onClick={() => setOpen(true)} title="Export JSON, command script, mapping tables or an image">Export…</button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
