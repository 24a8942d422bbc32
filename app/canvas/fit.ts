import type { Viewport } from '@xyflow/react';

/** Screen px kept free around a fitted picture: the canvas tools sit at the top left. */
export const FIT_MARGIN = { top: 72, right: 16, bottom: 16, left: 60 };
/** The minimap's corner (bottom right): the picture keeps clear of it, beside it or above it. */
const MINIMAP = { w: 236, h: 176 };

/** The zoom floor for designs that fit above it (zooming out further shows nothing more to a person). */
export const MIN_ZOOM = 0.05;

/**
 * The zoom floor for a design of these bounds on a screen of this size: MIN_ZOOM, or lower when the whole design
 * fits only below it (a frame of hundreds of partitions: the design must still open fitted, whole).
 * A third of the screen's fit leaves room for the panels and margins around the canvas.
 */
export function minZoomFor(b: { w: number; h: number } | null, screenW: number, screenH: number): number {
  if (!b || b.w <= 0 || b.h <= 0) return MIN_ZOOM;
  return Math.min(MIN_ZOOM, 0.3 * Math.min(screenW / b.w, screenH / b.h));
}

/** A toolbar in the canvas's top right corner (the Failures toolbar): its size in screen px from that corner. */
export interface CornerBox { w: number; h: number }

/**
 * The viewport that shows a rectangle of the flow whole and centred in a canvas of the given size, clear
 * of the canvas tools and of the minimap's corner (whichever of "beside" or "above" it allows the larger zoom),
 * and clear of a toolbar in the top right corner (`topRight`: the picture stays below it or left of it, whichever
 * allows the larger zoom). `aboveTop` screen px are kept free above the picture on top of that (for the frames'
 * labels of a design seen whole).
 */
export function fittedViewport(b: { x: number; y: number; w: number; h: number }, width: number, height: number, maxZoom = 1.2, topRight?: CornerBox | null, aboveTop = 0): Viewport {
  const m = { ...FIT_MARGIN, top: FIT_MARGIN.top + aboveTop };
  const place = (top: number, right: number, bottom: number): Viewport => insetViewport(b, width, height, { top, right, bottom, left: m.left }, maxZoom);
  const corners: [number, number][] = [[MINIMAP.w, m.bottom], [m.right, MINIMAP.h]];
  const tops: { top: number; right: number }[] = topRight && topRight.w > 0 && topRight.h > FIT_MARGIN.top
    ? [{ top: topRight.h + 8 + aboveTop, right: 0 }, { top: m.top, right: topRight.w + 8 }]
    : [{ top: m.top, right: 0 }];
  let best: Viewport | null = null;
  for (const [right, bottom] of corners) for (const t of tops) {
    const v = place(t.top, Math.max(right, t.right), bottom);
    if (!best || v.zoom > best.zoom) best = v;
  }
  return best!;
}

/** The viewport that shows a rectangle of the flow whole and centred in a canvas, `insets` screen px kept free on each side. */
export function insetViewport(b: { x: number; y: number; w: number; h: number }, width: number, height: number, insets: { top: number; right: number; bottom: number; left: number }, maxZoom = 1.2): Viewport {
  const w = Math.max(1, width - insets.left - insets.right);
  const h = Math.max(1, height - insets.top - insets.bottom);
  const zoom = Math.min(maxZoom, w / Math.max(1, b.w), h / Math.max(1, b.h));
  return { zoom, x: insets.left + (w - b.w * zoom) / 2 - b.x * zoom, y: insets.top + (h - b.h * zoom) / 2 - b.y * zoom };
}

/** Where the Failures toolbar sits in the canvas's top right corner (null when it is not shown). */
export function failureToolsCorner(): CornerBox | null {
  const panel = document.querySelector('.failure-tools-panel');
  const flow = panel?.closest('.react-flow');
  if (!panel || !flow) return null;
  const p = panel.getBoundingClientRect();
  const f = flow.getBoundingClientRect();
  if (p.width === 0 || p.height === 0) return null;
  return { w: Math.round(f.right - p.left), h: Math.round(p.bottom - f.top) };
}
