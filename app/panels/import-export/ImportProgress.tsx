import { useEffect, useState } from 'react';
import { cancelImport, type ImportPhase } from './import-flow.ts';
import { Dialog } from './Dialog.tsx';

const STAGE = { reading: 'Reading the files…', parsing: 'Reading the command output…', merging: 'Joining what the outputs say…', assembling: 'Building the design…' };

/** Shown while an import runs in its worker: what it does, for how long, and Cancel. */
export function ImportProgress({ phase }: { phase: Extract<ImportPhase, { step: 'running' }> }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => { const t = setInterval(() => setNow(Date.now()), 250); return () => clearInterval(t); }, []);
  const seconds = Math.max(0, Math.floor((now - phase.startedAt) / 1000));
  const what = `${phase.files} ${phase.files === 1 ? 'text' : 'texts'}${phase.lines ? `, ${phase.lines.toLocaleString()} lines` : ''}`;
  return (
    <Dialog title="Importing command output" onClose={cancelImport}>
      <p role="status" aria-live="polite">{STAGE[phase.stage]} ({what}; {seconds} s)</p>
      {phase.fraction === undefined
        ? <progress className="io-progress" aria-label="Import progress" />
        : <progress className="io-progress" aria-label="Import progress" max={100} value={Math.round(phase.fraction * 100)} aria-valuetext={`${Math.round(phase.fraction * 100)} %`} />}
      <p className="io-hint">Your design is untouched until you open the result.</p>
      <div className="actions">
        <button type="button" onClick={cancelImport}>Cancel</button>
      </div>
    </Dialog>
  );
}
