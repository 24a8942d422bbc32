import { useCallback, useRef } from 'react';
import type { Connection, Edge, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import type { Design } from '../model/index.ts';
import { planConnection, type ConnectionLike } from './connect.ts';
import { applyPlan } from './apply-plan.ts';
import type { Plan } from './plan.ts';

const key = (c: ConnectionLike) => `${c.source}|${c.sourceHandle ?? ''}|${c.target}|${c.targetHandle ?? ''}`;

/** Plans for connections, cached per design version (isValidConnection runs for every handle the pointer passes). */
export function usePlanCache() {
  const cache = useRef<{ design: Design | null; plans: Map<string, Plan> }>({ design: null, plans: new Map() });
  return useCallback((c: ConnectionLike): Plan => {
    const design = useDesign.getState().design;
    if (cache.current.design !== design) cache.current = { design, plans: new Map() };
    const k = key(c);
    let p = cache.current.plans.get(k);
    if (!p) cache.current.plans.set(k, (p = planConnection(design, c)));
    return p;
  }, []);
}

/** Wiring by dragging between handles: refused while dragging, applied as one operation on release. */
export function useConnect() {
  const plan = usePlanCache();
  const isValidConnection: IsValidConnection = useCallback((c: Connection | Edge) => plan(c).ok, [plan]);
  const onConnect = useCallback((c: Connection) => {
    if (useUi.getState().readOnly) return;
    applyPlan(plan(c), { select: false });
  }, [plan]);
  const onConnectEnd = useCallback((_e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid !== false || !state.fromHandle || !state.toHandle) return;
    const c = { source: state.fromHandle.nodeId, sourceHandle: state.fromHandle.id ?? null, target: state.toHandle.nodeId, targetHandle: state.toHandle.id ?? null };
    const p = plan(c);
    if (!p.ok) useUi.getState().notify('error', p.ruleId ? `${p.reason} (${p.ruleId})` : p.reason);
  }, [plan]);
  return { isValidConnection, onConnect, onConnectEnd, plan };
}
