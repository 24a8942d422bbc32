import type { ConnectionKind } from '../../picture/connections.ts';
import type { Box } from './overview-boxes.ts';

type Rect = Pick<Box, 'x' | 'y' | 'w' | 'h'>;

export interface OverviewPaths { kind: ConnectionKind; d: string; count: number }

/** What the overview draws of a connection: its two ends and its kind (a picture's Connection). */
export interface OverviewLine { source: string; target: string; kind: ConnectionKind }

/**
 * Zoomed out, every connection is drawn into one SVG path per kind (instead of thousands of edge
 * elements): one straight segment per pair of nodes and kind, however many adapters join them.
 * `boxes` are the nodes' absolute rectangles (see absoluteBoxes).
 */
const r = Math.round;

/** One orthogonal line between two boxes: between their facing edges, turning half-way (also the I/O animation's). */
export function elbowPoints(a: Rect, b: Rect): { x: number; y: number }[] {
  if (b.y >= a.y + a.h || a.y >= b.y + b.h) {
    const down = b.y >= a.y + a.h;
    const ax = r(a.x + a.w / 2), bx = r(b.x + b.w / 2), ay = r(down ? a.y + a.h : a.y), by = r(down ? b.y : b.y + b.h);
    const my = r((ay + by) / 2);
    return [{ x: ax, y: ay }, { x: ax, y: my }, { x: bx, y: my }, { x: bx, y: by }];
  }
  const right = a.x + a.w / 2 < b.x + b.w / 2;
  const ax = r(right ? a.x + a.w : a.x), bx = r(right ? b.x : b.x + b.w), ay = r(a.y + a.h / 2), by = r(b.y + b.h / 2);
  const mx = r((ax + bx) / 2);
  return [{ x: ax, y: ay }, { x: mx, y: ay }, { x: mx, y: by }, { x: bx, y: by }];
}

/** Horizontal segments by their y and vertical ones by their x, as flat [from, to, from, to, ...] lists. */
interface Segments { h: Map<number, number[]>; v: Map<number, number[]> }

const add = (m: Map<number, number[]>, at: number, a: number, b: number) => {
  if (a === b) return;
  const list = m.get(at);
  if (list) list.push(a < b ? a : b, a < b ? b : a); else m.set(at, a < b ? [a, b] : [b, a]);
};

/** The three segments of elbowPoints (without making the points: tens of thousands of connections at a projection). */
function elbow(s: Segments, a: Box, b: Box): void {
  if (b.y >= a.y + a.h || a.y >= b.y + b.h) {
    const down = b.y >= a.y + a.h;
    const ax = r(a.x + a.w / 2), bx = r(b.x + b.w / 2), ay = r(down ? a.y + a.h : a.y), by = r(down ? b.y : b.y + b.h);
    const my = r((ay + by) / 2);
    add(s.v, ax, ay, my); add(s.h, my, ax, bx); add(s.v, bx, my, by);
    return;
  }
  const right = a.x + a.w / 2 < b.x + b.w / 2;
  const ax = r(right ? a.x + a.w : a.x), bx = r(right ? b.x : b.x + b.w), ay = r(a.y + a.h / 2), by = r(b.y + b.h / 2);
  const mx = r((ax + bx) / 2);
  add(s.h, ay, ax, mx); add(s.v, mx, ay, by); add(s.h, by, mx, bx);
}

/**
 * The segments as path data, those on one line that overlap or touch joined into one: the lines of a row of
 * clients to its VIOS share their middle and last legs, and drawn one by one they were painted over each other
 * hundreds of times (the same pixels: one path's stroke is one shape, however often it covers a point).
 */
function merged(s: Segments): string {
  const out: string[] = [];
  const emit = (m: Map<number, number[]>, horizontal: boolean) => {
    for (const [at, flat] of m) {
      const n = flat.length / 2;
      const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => flat[2 * i]! - flat[2 * j]!);
      let lo = flat[2 * order[0]!]!, hi = flat[2 * order[0]! + 1]!;
      const put = () => out.push(horizontal ? `M${lo} ${at}H${hi}` : `M${at} ${lo}V${hi}`);
      for (let k = 1; k < n; k++) {
        const a = flat[2 * order[k]!]!, b = flat[2 * order[k]! + 1]!;
        if (a > hi) { put(); lo = a; hi = b; } else if (b > hi) hi = b;
      }
      put();
    }
  };
  emit(s.h, true);
  emit(s.v, false);
  return out.join('');
}

/**
 * Every connection of a kind in one path: one elbow per pair of nodes (however many adapters join them), the
 * collinear legs of all of them joined (see merged). `count` is the number of node pairs drawn.
 */
export function overviewPaths(boxes: ReadonlyMap<string, Box>, lines: readonly OverviewLine[]): OverviewPaths[] {
  // Pairs already drawn, per kind: source → targets (no key strings built per line: a large design has tens of thousands).
  const seen = new Map<ConnectionKind, Map<string, Set<string>>>();
  const parts = new Map<ConnectionKind, { segs: Segments; count: number }>();
  for (const e of lines) {
    const kind = e.kind;
    let bySource = seen.get(kind);
    if (!bySource) seen.set(kind, (bySource = new Map()));
    let targets = bySource.get(e.source);
    if (!targets) bySource.set(e.source, (targets = new Set()));
    if (targets.has(e.target)) continue;
    targets.add(e.target);
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b) continue;
    let part = parts.get(kind);
    if (!part) parts.set(kind, (part = { segs: { h: new Map(), v: new Map() }, count: 0 }));
    part.count++;
    elbow(part.segs, a, b);
  }
  return [...parts].map(([kind, { segs, count }]) => ({ kind, d: merged(segs), count }));
}
