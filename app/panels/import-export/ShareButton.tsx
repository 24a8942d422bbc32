import { lazy, Suspense, useState } from 'react';
import './import-export.css';

// The dialog's code loads the first time it is opened.
const ShareDialog = lazy(() => import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })));

/** Header: Share… makes a read-only link holding the design. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="io-header-button" onClick={() => setOpen(true)} title="A link that opens this design read-only">Share…</button>
      {open && <Suspense fallback={null}><ShareDialog onClose={() => setOpen(false)} /></Suspense>}
    </>
  );
}
