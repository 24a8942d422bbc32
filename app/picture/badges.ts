import type { PictureBox } from './boxes.ts';
import { labelPoint, type Pt } from './routes.ts';

/** Half the side of the square a bundle's count badge needs (flow px, at the largest label scale it is drawn with). */
export const BADGE_HALF = 19;
const CELL = 80;
const STEP = 6;

interface Seg { x1: number; y1: number; x2: number; y2: number; owner: number }
interface Rect { x1: number; y1: number; x2: number; y2: number }

const meets = (a: Rect, b: Rect) => a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;

/**
 * Where each bundle writes its count: on its own line, where no other line passes under the badge, no
 * box is covered and no other badge stands; failing that beside its line; failing that in the middle of its
 * longest segment. `lines` are every line drawn (the bundles among them); returns a spot per bundle id. Pure.
 */
export function badgeSpots(lines: readonly { id: string; points: readonly Pt[]; badge: boolean }[], boxes: Iterable<PictureBox>): Map<string, Pt> {
  const cells = new Map<number, (Seg | Rect)[]>();
  const key = (cx: number, cy: number) => cx * 1_000_003 + cy;
  const add = (r: Seg | Rect) => {
    for (let cx = Math.floor(Math.min(r.x1, r.x2) / CELL); cx <= Math.floor(Math.max(r.x1, r.x2) / CELL); cx++) {
      for (let cy = Math.floor(Math.min(r.y1, r.y2) / CELL); cy <= Math.floor(Math.max(r.y1, r.y2) / CELL); cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(r); else cells.set(k, [r]);
      }
    }
  };
  for (const b of boxes) {
    // A frame's body holds lines; only its header (its name) is kept clear.
    add({ x1: b.x, y1: b.y, x2: b.x + b.w, y2: b.y + (b.kind === 'frame' ? 44 : b.h) });
  }
  lines.forEach((l, owner) => {
    for (let i = 1; i < l.points.length; i++) {
      const p = l.points[i - 1]!, q = l.points[i]!;
      add({ x1: Math.min(p.x, q.x), y1: Math.min(p.y, q.y), x2: Math.max(p.x, q.x), y2: Math.max(p.y, q.y), owner });
    }
  });
  const free = (c: Pt, owner: number) => {
    const r = { x1: c.x - BADGE_HALF, y1: c.y - BADGE_HALF, x2: c.x + BADGE_HALF, y2: c.y + BADGE_HALF };
    for (let cx = Math.floor(r.x1 / CELL); cx <= Math.floor(r.x2 / CELL); cx++) {
      for (let cy = Math.floor(r.y1 / CELL); cy <= Math.floor(r.y2 / CELL); cy++) {
        for (const o of cells.get(key(cx, cy)) ?? []) {
          if ('owner' in o) {
            if (o.owner === owner) continue;
            // A segment is a thin rectangle: widen it by the stroke.
            if (meets(r, { x1: o.x1 - 2, y1: o.y1 - 2, x2: o.x2 + 2, y2: o.y2 + 2 })) return false;
          } else if (meets(r, o)) return false;
        }
      }
    }
    return true;
  };
  const out = new Map<string, Pt>();
  lines.forEach((l, owner) => {
    if (!l.badge) return;
    const spot = search(l.points, (c) => free(c, owner)) ?? labelPoint(l.points);
    out.set(l.id, spot);
    // Later badges keep clear of this one.
    add({ x1: spot.x - BADGE_HALF, y1: spot.y - BADGE_HALF, x2: spot.x + BADGE_HALF, y2: spot.y + BADGE_HALF });
  });
  return out;
}

/** Candidate spots along a line (its longer segments first, from their middle outwards), then beside it. */
function search(points: readonly Pt[], ok: (c: Pt) => boolean): Pt | null {
  const segs = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!, q = points[i]!;
    segs.push({ p, q, len: Math.abs(q.x - p.x) + Math.abs(q.y - p.y) });
  }
  segs.sort((a, b) => b.len - a.len);
  for (const beside of [0, BADGE_HALF + 3, -(BADGE_HALF + 3)]) {
    for (const { p, q, len } of segs) {
      if (len < 2 * BADGE_HALF && beside === 0) continue;
      const ux = Math.sign(q.x - p.x), uy = Math.sign(q.y - p.y);
      const half = len / 2;
      for (let d = 0; d <= half - BADGE_HALF; d += STEP) {
        for (const s of d ? [d, -d] : [0]) {
          const c = { x: p.x + ux * (half + s) + -uy * beside, y: p.y + uy * (half + s) + ux * beside };
          if (ok(c)) return { x: Math.round(c.x * 10) / 10, y: Math.round(c.y * 10) / 10 };
        }
      }
    }
  }
  return null;
}
