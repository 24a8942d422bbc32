import type { Design, Id } from '../model/index.ts';
import { NODE_SIZE, partitionHeightFor, rowCounts } from '../model/layout/tidy.ts';
import { frameSmalls } from '../model/layout/smalls.ts';

export interface Rect { x: number; y: number; w: number; h: number }

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/** Rectangles (relative to the frame) of everything drawn inside a frame. */
export function childRects(design: Design, systemId: Id): Rect[] {
  const d = design.domain;
  const L = design.layout.nodes;
  const rows = rowCounts(design);
  const out: Rect[] = [];
  for (const p of Object.values(d.partitions)) {
    if (p.systemId !== systemId) continue;
    const l = L[p.id] ?? { x: 20, y: 60 };
    out.push({ x: l.x, y: l.y, w: NODE_SIZE.partitionWidth, h: partitionHeightFor(rows.get(p.id) ?? 0) });
  }
  for (const s of frameSmalls(design, systemId)) {
    const l = L[s.id] ?? { x: 0, y: 0 };
    out.push({ x: l.x, y: l.y, w: NODE_SIZE.small.w, h: NODE_SIZE.small.h });
  }
  return out;
}

/** The first free place for a box inside a frame, scanning rows top-down then columns left-right. */
export function freeSpotInFrame(design: Design, systemId: Id, size: { w: number; h: number }, fromY = NODE_SIZE.frameHeader + NODE_SIZE.framePad): { x: number; y: number } {
  const taken = childRects(design, systemId);
  const frameW = design.layout.nodes[systemId]?.w ?? 900;
  const cols = Math.max(1, Math.floor((frameW - 2 * NODE_SIZE.framePad) / (NODE_SIZE.partitionWidth + NODE_SIZE.gap)));
  for (let y = fromY; y < 20000; y += 20) {
    for (let i = 0; i < cols; i++) {
      const r = { x: NODE_SIZE.framePad + i * (NODE_SIZE.partitionWidth + NODE_SIZE.gap), y, ...size };
      if (!taken.some((t) => overlaps(r, t, 16))) return { x: r.x, y: r.y };
    }
  }
  return { x: NODE_SIZE.framePad, y: fromY };
}

/** A free place on the canvas outside every frame: to the right of the frames, below what is already there. */
export function freeSpotOutside(design: Design, column: number): { x: number; y: number } {
  const L = design.layout.nodes;
  let right = 0;
  for (const s of Object.keys(design.domain.systems)) right = Math.max(right, (L[s]?.x ?? 0) + (L[s]?.w ?? 900));
  const x = right + 120 + column * (NODE_SIZE.small.w + 80);
  const d = design.domain;
  let y = 0;
  for (const c of [d.sanFabrics, d.storageArrays, d.luns, d.ethernetSwitches] as Record<string, { id: Id }>[]) {
    for (const r of Object.values(c)) {
      const l = L[r.id];
      if (l && Math.abs(l.x - x) < NODE_SIZE.small.w) y = Math.max(y, l.y + NODE_SIZE.small.h + 20);
    }
  }
  return { x, y };
}

/** Absolute position of a frame (frames are top-level nodes). */
export const frameOrigin = (design: Design, systemId: Id) => design.layout.nodes[systemId] ?? { x: 0, y: 0 };
