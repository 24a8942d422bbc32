import type { Id } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { createdIds } from './palette-actions.ts';
import type { Plan } from './plan.ts';

/** Applies a gesture's plan as one undo step; a refusal is told to the user; what was created is selected. */
export function applyPlan(plan: Plan, opts: { select?: boolean } = {}): { ok: boolean; created: Id[] } {
  const ui = useUi.getState();
  if (!plan.ok) {
    ui.notify('error', plan.ruleId ? `${plan.reason} (${plan.ruleId})` : plan.reason);
    return { ok: false, created: [] };
  }
  const before = useDesign.getState().design;
  const r = useDesign.getState().applyAll([plan.run]);
  if (!r.ok) {
    ui.notify('error', r.reason);
    return { ok: false, created: [] };
  }
  const created = createdIds(before, r.design);
  if (opts.select !== false && created.length > 0) ui.select(created.slice(0, 1));
  ui.notify('success', plan.label);
  return { ok: true, created };
}
