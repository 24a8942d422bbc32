import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { isPaletteItem, planDrop } from './palette-actions.ts';
import { applyPlan } from './apply-plan.ts';

const MIME = 'application/x-powervm-palette';

/** HTML5 drop of palette items: the node under the pointer decides where the new element goes. */
export function usePaletteDrop() {
  const { screenToFlowPosition, getNodes } = useReactFlow();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback((e: DragEvent) => {
    const item = e.dataTransfer.getData(MIME);
    if (!isPaletteItem(item) || useUi.getState().readOnly) return;
    e.preventDefault();
    const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    // A frame's body lets the pointer through (dragging it pans the canvas): find the frame by position.
    const over = (e.target as Element | null)?.closest?.('.react-flow__node')?.getAttribute('data-id')
      ?? getNodes().find((n) => n.type === 'frame' && at.x >= n.position.x && at.y >= n.position.y
        && at.x <= n.position.x + (n.width ?? 0) && at.y <= n.position.y + (n.height ?? 0))?.id ?? null;
    applyPlan(planDrop(useDesign.getState().design, item, over, at));
  }, [screenToFlowPosition, getNodes]);
  return { onDragOver, onDrop };
}
