import { useState } from 'react';
import { closeImport, importInputs } from './import-flow.ts';
import { Dialog } from './Dialog.tsx';

/** "Paste command output": one text (lsmap, lshwres, lssyscfg, entstat or a collector file) read like a file. */
export function PasteDialog() {
  const [text, setText] = useState('');
  const [name, setName] = useState('pasted output');
  return (
    <Dialog title="Paste command output" onClose={closeImport} className="io-wide">
      <p className="io-hint">Paste what a VIOS (<code>lsmap -all</code>, <code>lsmap -all -npiv</code>, <code>lsmap -all -vnic</code>, <code>lsnports</code>, <code>entstat -d</code>, <code>cluster -status</code>, <code>lssp</code>, <code>lu -list</code>) or the HMC (<code>lshwres</code> virtualio, SR-IOV and vNIC, <code>lssyscfg</code>) printed; several outputs may be pasted together. The kind of output is detected.</p>
      <label className="io-field">Command output
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} spellCheck={false} data-autofocus />
      </label>
      <label className="io-field">Name in the report
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="actions">
        <button type="button" onClick={closeImport}>Cancel</button>
        <button type="button" className="primary" disabled={!text.trim()} onClick={() => void importInputs([{ name: name.trim() || 'pasted output', text }])}>Read output</button>
      </div>
    </Dialog>
  );
}
