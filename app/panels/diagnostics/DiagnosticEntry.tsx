import { useState } from 'react';
import type { Diagnostic } from '../../engine/rules/types.ts';
import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { addSuppression } from '../../model/index.ts';
import * as ops from '../../model/ops/index.ts';
import { elementLabel, nodeOf } from './element-label.ts';

/** One diagnostic: rule id, message, the elements (click to select and frame them), quick fixes, suppress. */
export function DiagnosticEntry({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const design = useDesign((s) => s.design);
  const apply = useDesign((s) => s.apply);
  const { focus, notify, readOnly } = useUi.getState();
  const [suppressing, setSuppressing] = useState(false);
  const [reason, setReason] = useState('');
  const names = d.elementIds.map((id) => elementLabel(design, id));
  const show = () => focus([...new Set(d.elementIds.map((id) => nodeOf(design, id)))]);
  const fix = (f: NonNullable<Diagnostic['fixes']>[number]) => {
    const fn = (ops as unknown as Record<string, ops.Op<unknown>>)[f.op];
    if (!fn) { notify('error', `Unknown fix ${f.op}`); return; }
    const r = apply(fn, f.args);
    notify(r.ok ? 'success' : 'error', r.ok ? `Applied: ${f.label}` : `Could not apply the fix: ${r.reason}`);
  };
  const suppress = () => {
    const r = apply(addSuppression, { ruleId: d.ruleId, elementIds: d.elementIds, reason });
    if (!r.ok) notify('error', r.reason);
    else setSuppressing(false);
  };
  return (
    <li className={`diag diag-${d.severity}`}>
      <button type="button" className="diag-main" onClick={show} title="Select and show the elements">
        <span className="diag-rule">{d.ruleId}</span> <span className="diag-message">{d.message}</span>
        {names.length > 0 && <span className="diag-elements"> — {names.join(', ')}</span>}
      </button>
      <span className="diag-actions">
        {!readOnly && d.fixes?.map((f) => (
          <button key={f.label} type="button" className="diag-fix" onClick={() => fix(f)}>Fix: {f.label}</button>
        ))}
        {!readOnly && !suppressing && <button type="button" className="diag-suppress" onClick={() => setSuppressing(true)} aria-label={`Suppress ${d.ruleId}`}>Suppress</button>}
      </span>
      {suppressing && (
        <form className="diag-suppress-form" onSubmit={(e) => { e.preventDefault(); suppress(); }}>
          <input aria-label="Reason for suppressing" placeholder="Why is this acceptable here?" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          <button type="submit">Suppress</button>
          <button type="button" onClick={() => setSuppressing(false)}>Cancel</button>
        </form>
      )}
    </li>
  );
}
