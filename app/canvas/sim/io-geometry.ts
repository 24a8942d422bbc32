/**
 * Geometry of the I/O animation, pure: the polyline each simulated connection is drawn along (its orthogonal route
 * zoomed in; zoomed out, the overview's box-to-box line), oriented the way I/O runs, with its cumulative lengths so
 * that dots can be placed along it quickly in every animation frame.
 */
import type { Pt } from '../../picture/routes.ts';

export interface Polyline {
  /** x0, y0, x1, y1 ... in flow coordinates, in the direction I/O runs. */
  xy: Float64Array;
  /** Cumulative length at each point (cum[0] = 0). */
  cum: Float64Array;
  length: number;
  /** Bounding box, for culling. */
  x1: number; y1: number; x2: number; y2: number;
}

export function polyline(points: readonly Pt[], reverse: boolean): Polyline {
  const pts = reverse ? [...points].reverse() : points;
  const n = pts.length;
  const xy = new Float64Array(n * 2);
  const cum = new Float64Array(n);
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = pts[i]!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
    if (i > 0) cum[i] = cum[i - 1]! + Math.hypot(p.x - pts[i - 1]!.x, p.y - pts[i - 1]!.y);
    x1 = Math.min(x1, p.x); y1 = Math.min(y1, p.y); x2 = Math.max(x2, p.x); y2 = Math.max(y2, p.y);
  }
  return { xy, cum, length: n > 0 ? cum[n - 1]! : 0, x1, y1, x2, y2 };
}

/** The point at distance s along a polyline (0 <= s <= length); `hint` is the segment to start looking at. */
export function pointAt(p: Polyline, s: number, out: { x: number; y: number; i: number }, hint = 1): void {
  const n = p.cum.length;
  let i = Math.max(1, Math.min(hint, n - 1));
  while (i < n - 1 && p.cum[i]! < s) i++;
  while (i > 1 && p.cum[i - 1]! > s) i--;
  const a = p.cum[i - 1]!, b = p.cum[i]!;
  const f = b > a ? (s - a) / (b - a) : 0;
  out.x = p.xy[2 * i - 2]! + (p.xy[2 * i]! - p.xy[2 * i - 2]!) * f;
  out.y = p.xy[2 * i - 1]! + (p.xy[2 * i + 1]! - p.xy[2 * i - 1]!) * f;
  out.i = i;
}

/** The middle of a polyline (where a countdown or a utilisation is written). */
export function midpoint(p: Polyline): Pt {
  const o = { x: 0, y: 0, i: 1 };
  if (p.cum.length < 2) return { x: p.xy[0] ?? 0, y: p.xy[1] ?? 0 };
  pointAt(p, p.length / 2, o);
  return { x: o.x, y: o.y };
}

export interface Rect { x: number; y: number; w: number; h: number }

/** The flow rectangle a viewport shows (transform [tx, ty, zoom], screen size), padded by `pad` screen px. */
export function flowView(t: readonly [number, number, number], width: number, height: number, pad = 40): { x1: number; y1: number; x2: number; y2: number } {
  const [tx, ty, z] = t;
  return { x1: (-tx - pad) / z, y1: (-ty - pad) / z, x2: (width - tx + pad) / z, y2: (height - ty + pad) / z };
}

export const meets = (p: Polyline, v: { x1: number; y1: number; x2: number; y2: number }): boolean =>
  p.x2 >= v.x1 && p.x1 <= v.x2 && p.y2 >= v.y1 && p.y1 <= v.y2;
