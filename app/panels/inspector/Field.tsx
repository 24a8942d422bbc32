import { memo, useId, useState } from 'react';
import { OpError, type Id } from '../../model/index.ts';
import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';
import type { FieldSpec } from './specs.ts';

/**
 * One attribute: shows the design's value, applies a change at once (Enter, blur, or choice) as one undo
 * step through the model's operation; a refused value leaves the design as it was and the reason sits
 * next to the field.
 */
export const Field = memo(function Field({ spec, id }: { spec: FieldSpec; id: Id }) {
  const value = useDesign((s) => spec.get(s.design, id));
  const assumed = useDesign((s) => spec.assumed?.(s.design, id) ?? false);
  const readOnly = useUi((s) => s.readOnly);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const htmlId = useId();
  const commit = (raw: string | boolean) => {
    if (raw === value) { setDraft(null); setError(null); return; }
    let failure: string | null = null;
    const r = useDesign.getState().applyAll([(d) => {
      try { return spec.set(d, id, raw); } catch (e) {
        if (e instanceof OpError) failure = e.ruleId ? `${e.message} (${e.ruleId})` : e.message;
        throw e;
      }
    }]);
    if (r.ok) { setDraft(null); setError(null); } else setError(failure ?? r.reason);
  };
  const errId = `${htmlId}-err`;
  const common = { id: htmlId, disabled: readOnly, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errId : undefined };
  return (
    <div className={`field${error ? ' has-error' : ''}${assumed ? ' is-assumed' : ''}`}>
      <label htmlFor={htmlId}>
        {spec.label}
        {assumed && <span className="field-assumed" title="No imported output gave this value: it is a default, not a fact. The capacity rules do not judge it until you set it."> (assumed)</span>}
      </label>
      {spec.kind === 'bool' ? (
        <input type="checkbox" {...common} checked={value === true} onChange={(e) => commit(e.target.checked)} />
      ) : spec.kind === 'select' ? (
        <select {...common} value={String(value)} onChange={(e) => commit(e.target.value)}>
          {!spec.options?.includes(String(value)) && <option value={String(value)}>{String(value) || '—'}</option>}
          {spec.options?.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      ) : (
        <input {...common} type="text" inputMode={spec.kind === 'number' ? 'decimal' : undefined} value={draft ?? String(value)} placeholder={spec.hint}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => { if (draft !== null) commit(draft); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft ?? String(value));
            if (e.key === 'Escape') { setDraft(null); setError(null); }
          }} />
      )}
      {error && <span className="field-error" id={errId} role="alert">{error}</span>}
    </div>
  );
});
