import { lazy, Suspense, useState } from 'react';
import './import-export.css';

// The dialog's code loads the first time it is opened.
const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));

/** Header: Export… opens the dialog with every export (JSON, script, CSV, SVG, PNG) and the sanitize option. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="io-header-button" onClick={() => setOpen(true)} title="Export JSON, command script, mapping tables or an image">Export…</button>
      {open && <Suspense fallback={null}><ExportDialog onClose={() => setOpen(false)} /></Suspense>}
    </>
  );
}
