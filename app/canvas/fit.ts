import type { Viewport } from '@xyflow/react';

/** Screen px kept free around a fitted picture: the canvas tools sit at the top left. */
export const FIT_MARGIN = { top: 72, right: 16, bottom: 16, left: 60 };
/** The minimap's corner (bottom right): the picture keeps clear of it, beside it or above it. */
const MINIMAP = { w: 236, h: 176 };

/**
 * The viewport that shows a rectangle of the flow whole and centred in a canvas of the given size, clear
 * of the canvas tools and of the minimap's corner (whichever of "beside" or "above" it allows the larger zoom).
 */
export function fittedViewport(b: { x: number; y: number; w: number; h: number }, width: number, height: number, maxZoom = 1.2): Viewport {
  const m = FIT_MARGIN;
  const place = (right: number, bottom: number): Viewport => {
    const w = Math.max(1, width - m.left - right);
    const h = Math.max(1, height - m.top - bottom);
    const zoom = Math.min(maxZoom, w / Math.max(1, b.w), h / Math.max(1, b.h));
    return { zoom, x: m.left + (w - b.w * zoom) / 2 - b.x * zoom, y: m.top + (h - b.h * zoom) / 2 - b.y * zoom };
  };
  const beside = place(MINIMAP.w, m.bottom);
  const above = place(m.right, MINIMAP.h);
  return beside.zoom >= above.zoom ? beside : above;
}
