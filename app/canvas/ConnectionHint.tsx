import { memo } from 'react';
import { useConnection, useStore } from '@xyflow/react';
import { InViewport } from './InViewport.tsx';
import { useDesign } from '../store/design-store.ts';
import { hintFor, resolveEnd } from './endpoints.ts';
import type { Plan } from './plan.ts';
import type { ConnectionLike } from './connect.ts';

/**
 * While a connection is drawn: what it would create, or why it is refused, next to the pointer and in a
 * status line (read by screen readers and by the browser tests).
 */
export const ConnectionHint = memo(function ConnectionHint({ plan }: { plan: (c: ConnectionLike) => Plan }) {
  const conn = useConnection();
  const zoom = useStore((s) => s.transform[2]);
  const design = useDesign((s) => s.design);
  if (!conn.inProgress) return <div className="connect-status" role="status" aria-label="Connection status" />;
  const from = conn.fromHandle;
  let text: string;
  let state: 'hint' | 'ok' | 'refused' = 'hint';
  if (conn.toHandle && (conn.toHandle.nodeId !== from.nodeId || conn.toHandle.id !== from.id)) {
    const p = plan({ source: from.nodeId, sourceHandle: from.id ?? null, target: conn.toHandle.nodeId, targetHandle: conn.toHandle.id ?? null });
    state = p.ok ? 'ok' : 'refused';
    text = p.ok ? p.label : `Refused: ${p.reason}${p.ruleId ? ` (${p.ruleId})` : ''}`;
  } else {
    const end = resolveEnd(design, from.nodeId, from.id);
    text = end ? hintFor(end) : '';
  }
  return (
    <>
      <div className={`connect-status is-${state}`} role="status" aria-label="Connection status">{text}</div>
      <InViewport>
        <div className={`connect-tip is-${state}`} style={{ transform: `translate(${conn.to.x + 14 / zoom}px, ${conn.to.y + 14 / zoom}px) scale(${1 / zoom})` }}>{text}</div>
      </InViewport>
    </>
  );
});
