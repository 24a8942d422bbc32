import type { Box, ViewRect } from './overview-boxes.ts';
import { rectsPath } from './overview-shapes.ts';

/** How the design's extent maps into the minimap: minimap = offset + (flow - origin) × scale. */
export interface MinimapFit { scale: number; originX: number; originY: number; offsetX: number; offsetY: number }

/** Fits the rectangle around every box (padded by 4 %) into a minimap of the given size, centred. */
export function fitMinimap(boxes: Iterable<Box>, width: number, height: number): MinimapFit {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x); y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.w); y2 = Math.max(y2, b.y + b.h);
  }
  if (!Number.isFinite(x1)) { x1 = 0; y1 = 0; x2 = width; y2 = height; }
  const pad = Math.max(x2 - x1, y2 - y1) * 0.04;
  x1 -= pad; y1 -= pad; x2 += pad; y2 += pad;
  const scale = Math.min(width / (x2 - x1), height / (y2 - y1));
  return { scale, originX: x1, originY: y1, offsetX: (width - (x2 - x1) * scale) / 2, offsetY: (height - (y2 - y1) * scale) / 2 };
}

export const toMinimap = (f: MinimapFit, x: number, y: number): { x: number; y: number } =>
  ({ x: f.offsetX + (x - f.originX) * f.scale, y: f.offsetY + (y - f.originY) * f.scale });

export const fromMinimap = (f: MinimapFit, x: number, y: number): { x: number; y: number } =>
  ({ x: f.originX + (x - f.offsetX) / f.scale, y: f.originY + (y - f.offsetY) / f.scale });

/** The part of the flow the screen shows (not padded), in flow coordinates. */
export function screenRect(transform: readonly [number, number, number], width: number, height: number): ViewRect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
}

/** The minimap's paths, one per class of box (frames, VIOS, clients, the rest, the selection). */
export function minimapPaths(boxes: Iterable<Box>, f: MinimapFit, isVios: (id: string) => boolean, selected: ReadonlySet<string>): Record<'frames' | 'vios' | 'clients' | 'other' | 'selected', string> {
  const groups = { frames: [] as Box[], vios: [] as Box[], clients: [] as Box[], other: [] as Box[], selected: [] as Box[] };
  for (const b of boxes) {
    const p = toMinimap(f, b.x, b.y);
    // At least a pixel, so a partition stays visible however large the design.
    const m: Box = { ...b, x: p.x, y: p.y, w: Math.max(1, b.w * f.scale), h: Math.max(1, b.h * f.scale) };
    if (selected.has(b.id)) groups.selected.push(m);
    else if (b.type === 'frame') groups.frames.push(m);
    else if (b.type === 'partition') (isVios(b.id) ? groups.vios : groups.clients).push(m);
    else groups.other.push(m);
  }
  const path = (bs: Box[]) => rectsPath(bs.map((b) => ({ ...b, x: b.x * 10, y: b.y * 10, w: b.w * 10, h: b.h * 10 })));
  // Drawn in tenths of a pixel (the SVG scales by 0.1), so small boxes keep their place after rounding.
  return { frames: path(groups.frames), vios: path(groups.vios), clients: path(groups.clients), other: path(groups.other), selected: path(groups.selected) };
}
