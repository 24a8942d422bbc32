import { useState } from 'react';
import { ShareDialog } from './ShareDialog.tsx';
import './import-export.css';

/** Header: Share… makes a read-only link holding the design. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="io-header-button" onClick={() => setOpen(true)} title="A link that opens this design read-only">Share…</button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
