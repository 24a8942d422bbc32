import { useCallback, useRef } from 'react';
import type { Connection, Edge, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import type { Design } from '../model/index.ts';
import { planConnection, type ConnectionLike } from './connect.ts';
import { applyPlan } from './apply-plan.ts';
import type { Plan } from './plan.ts';
import { planDropOnNode } from './connect-targets.ts';
import { useConnectUi } from './connect-ui-store.ts';
import { labelOf } from './labels.ts';

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
  const start = useRef<{ x: number; y: number } | null>(null);
  const onConnectStart = useCallback((e: MouseEvent | TouchEvent) => { start.current = pointOf(e); }, []);
  const onConnectEnd = useCallback((e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (!state.fromHandle) return;
    if (!state.toHandle && state.isValid !== true) { dropOnBody(e, state, start.current); return; }
    if (state.isValid !== false || !state.toHandle) return;
    const c = { source: state.fromHandle.nodeId, sourceHandle: state.fromHandle.id ?? null, target: state.toHandle.nodeId, targetHandle: state.toHandle.id ?? null };
    const p = plan(c);
    if (!p.ok) useUi.getState().notify('error', p.ruleId ? `${p.reason} (${p.ruleId})` : p.reason);
  }, [plan]);
  return { isValidConnection, onConnect, onConnectStart, onConnectEnd, plan };
}

const pointOf = (e: MouseEvent | TouchEvent): { x: number; y: number } => {
  const p = 'changedTouches' in e ? e.changedTouches[0] : e;
  return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
};

/**
 * A connection released on a node's body (no handle near): the planner lists what it can mean there; one
 * operation is applied, several are offered in a menu, none is refused with the reason.
 */
function dropOnBody(e: MouseEvent | TouchEvent, state: FinalConnectionState, from: { x: number; y: number } | null): void {
  if (useUi.getState().readOnly || !state.fromHandle) return;
  const at = pointOf(e);
  // A release next to where the drag started is not a gesture.
  if (from && Math.hypot(at.x - from.x, at.y - from.y) < 12) return;
  const node = document.elementFromPoint(at.x, at.y)?.closest('.react-flow__node');
  const nodeId = node && !node.classList.contains('react-flow__node-frame') ? node.getAttribute('data-id') : null;
  if (!nodeId) return;
  const design = useDesign.getState().design;
  const fromEnd = { nodeId: state.fromHandle.nodeId, handle: state.fromHandle.id ?? null };
  const r = planDropOnNode(design, fromEnd, nodeId);
  const only = r.options.length === 1 ? r.options[0] : undefined;
  if (only) applyPlan({ ok: true, label: only.label, run: only.run }, { select: false });
  else if (r.options.length > 1) {
    const what = fromEnd.handle && !['in', 'out', 'vscsi', 'npiv', 'vnic'].includes(fromEnd.handle) ? labelOf(design, fromEnd.handle) : labelOf(design, fromEnd.nodeId);
    useConnectUi.getState().set({ choice: { x: at.x, y: at.y, title: `Connect ${what} to ${labelOf(design, nodeId)}`, options: r.options } });
  } else if (r.refusal && !r.refusal.ok) {
    useUi.getState().notify('error', r.refusal.ruleId ? `${r.refusal.reason} (${r.refusal.ruleId})` : r.refusal.reason);
  }
}
