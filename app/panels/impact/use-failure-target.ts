import { useShallow } from 'zustand/react/shallow';
import { componentFor, useImpact } from '../../store/impact-store.ts';
import { useUi } from '../../store/ui-store.ts';
import type { FailableComponent } from '../../engine/impact/types.ts';

export interface FailureTarget {
  component: FailableComponent | null;
  failed: boolean;
  /** Why nothing can be failed now (shown as the buttons' title). */
  why: string;
}

/** What Fail, Restore, What if and Rehearse act on: the component named in the picker, else the selection. */
export function failureTarget(): FailureTarget {
  const s = useImpact.getState();
  const id = s.picked ?? (useUi.getState().selection.length === 1 ? useUi.getState().selection[0]! : null);
  if (!id) return { component: null, failed: false, why: 'Select a VIOS, a port, an SEA, a fabric, an array, a LUN, a switch or a frame' };
  const component = componentFor(s.failable, id);
  if (!component && !s.impact) return { component: null, failed: false, why: 'The impact engine is starting…' };
  if (!component) return { component: null, failed: false, why: 'The selection cannot fail on its own (a client partition fails with what serves it)' };
  return { component, failed: s.failures.some((f) => f.id === component.id), why: '' };
}

/** The same, as a hook that re-renders when the target or its state changes. */
export function useFailureTarget(): FailureTarget {
  useUi((s) => s.selection);
  const key = useImpact(useShallow((s) => [s.picked, s.failable, s.failures] as const));
  void key;
  return failureTarget();
}
