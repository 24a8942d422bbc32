import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useImpact, type ImpactState } from '../../store/impact-store.ts';

export interface FailedElements {
  /** Design records drawn failed (the elements of every failure in force). */
  failed: ReadonlySet<string>;
  /** Records of the component under a What if (drawn as a preview). */
  whatIf: ReadonlySet<string>;
}

/** The drawn elements of some components (a component id that is not listed stands for itself). */
export function elementsOf(s: Pick<ImpactState, 'failable'>, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const c = s.failable[id];
    if (!c) { out.add(id); continue; }
    out.add(c.id);
    for (const e of c.elementIds) out.add(e);
  }
  return out;
}

/** What the canvas draws failed, re-derived only when the failures, the What if or the components change. */
export function useFailedElements(): FailedElements {
  const [failures, whatIf, failable] = useImpact(useShallow((s) => [s.failures, s.whatIf, s.failable] as const));
  return useMemo(() => ({
    failed: elementsOf({ failable }, failures.map((f) => f.id)),
    whatIf: elementsOf({ failable }, whatIf ? [whatIf] : []),
  }), [failures, whatIf, failable]);
}

/** Whether one element is drawn failed ('failed', 'what-if' or ''), as a string so a node re-renders only when its own state changes. */
export function failedStateOf(s: Pick<ImpactState, 'failures' | 'whatIf' | 'failable'>, id: string): '' | 'failed' | 'what-if' {
  for (const f of s.failures) if (f.id === id || s.failable[f.id]?.elementIds.includes(id)) return 'failed';
  if (s.whatIf && (s.whatIf === id || s.failable[s.whatIf]?.elementIds.includes(id))) return 'what-if';
  return '';
}
