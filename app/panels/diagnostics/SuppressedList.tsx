import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { removeSuppression } from '../../model/index.ts';
import { elementLabel } from './element-label.ts';

/** Diagnostics the user silenced, with their reasons; each can be restored. */
export function SuppressedList() {
  const design = useDesign((s) => s.design);
  const apply = useDesign((s) => s.apply);
  const readOnly = useUi((s) => s.readOnly);
  if (design.suppressions.length === 0) return <p className="muted">Nothing is suppressed.</p>;
  return (
    <ul className="suppressed">
      {design.suppressions.map((s) => (
        <li key={`${s.ruleId}|${s.elementIds.join(',')}`}>
          <b>{s.ruleId}</b> {s.elementIds.map((id) => elementLabel(design, id)).join(', ') || 'everywhere'} — “{s.reason}”
          {!readOnly && <button type="button" onClick={() => apply(removeSuppression, { ruleId: s.ruleId, elementIds: s.elementIds })}>Restore</button>}
        </li>
      ))}
    </ul>
  );
}
