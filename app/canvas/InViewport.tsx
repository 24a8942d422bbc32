import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * Renders its children in React Flow's viewport layer, like <ViewportPortal>, but finds the layer once:
 * <ViewportPortal> queries the DOM in a store selector, i.e. on every pan frame, across thousands of rows.
 */
export function InViewport({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const target = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  return target ? createPortal(children, target) : null;
}
