import { memo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { InViewport } from './InViewport.tsx';
import type { ViewRect } from './lod/overview-boxes.ts';

/** Dots every GAP flow pixels, drawn below the design inside the viewport (hidden when zoomed far out). */
const GAP = 20;
/** How far the dots reach beyond the design, in flow pixels. */
const MARGIN = 5000;
const GRID_MIN_ZOOM = 0.3;
const hiddenAt = (s: ReactFlowState) => s.transform[2] < GRID_MIN_ZOOM;

/**
 * The dotted background. It lives in the viewport layer and moves with it, so panning moves pixels already
 * drawn instead of repainting a full-screen pattern on every frame (React Flow's <Background> does that).
 */
export const CanvasGrid = memo(function CanvasGrid({ bounds }: { bounds: ViewRect | null }) {
  const hidden = useStore(hiddenAt);
  if (hidden) return null;
  const b = bounds ?? { x: 0, y: 0, w: 0, h: 0 };
  const x = Math.floor((b.x - MARGIN) / GAP) * GAP;
  const y = Math.floor((b.y - MARGIN) / GAP) * GAP;
  const w = Math.ceil((b.w + 2 * MARGIN) / GAP) * GAP;
  const h = Math.ceil((b.h + 2 * MARGIN) / GAP) * GAP;
  return (
    <InViewport>
      <div className="canvas-grid" aria-hidden style={{ transform: `translate(${x}px, ${y}px)`, width: w, height: h }} />
    </InViewport>
  );
});
