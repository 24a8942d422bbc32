import type { Box, ViewRect } from './overview-boxes.ts';

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
  const groups = { frames: [] as string[], vios: [] as string[], clients: [] as string[], other: [] as string[], selected: [] as string[] };
  const r = Math.round;
  for (const b of boxes) {
    const p = toMinimap(f, b.x, b.y);
    // At least a pixel, so a partition stays visible however large the design; drawn in tenths of a pixel (the SVG
    // scales by 0.1), so small boxes keep their place after rounding (the rectangle rectsPath draws, without the copies).
    const w = r(Math.max(1, b.w * f.scale) * 10);
    const rect = `M${r(p.x * 10)} ${r(p.y * 10)}h${w}v${r(Math.max(1, b.h * f.scale) * 10)}h${-w}z`;
    if (selected.has(b.id)) groups.selected.push(rect);
    else if (b.type === 'frame') groups.frames.push(rect);
    else if (b.type === 'partition') (isVios(b.id) ? groups.vios : groups.clients).push(rect);
    else groups.other.push(rect);
  }
  return { frames: groups.frames.join(''), vios: groups.vios.join(''), clients: groups.clients.join(''), other: groups.other.join(''), selected: groups.selected.join('') };
}
