import type { PictureBox } from './boxes.ts';
import { DIR, isVertical, type Port } from './ports.ts';

export interface Pt { x: number; y: number }
interface Rect { x: number; y: number; w: number; h: number }

const CELL = 240;
const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;
const MARGIN = 6;

/** A grid of the obstacles (partitions, small nodes, frame headers) to test segments against quickly. */
export class Obstacles {
  private cells = new Map<number, Rect[]>();
  readonly rects: Rect[] = [];
  constructor(rects: Iterable<Rect>) {
    for (const r of rects) {
      const e = { x: r.x - MARGIN, y: r.y - MARGIN, w: r.w + 2 * MARGIN, h: r.h + 2 * MARGIN };
      this.rects.push(e);
      for (let cx = Math.floor(e.x / CELL); cx <= Math.floor((e.x + e.w) / CELL); cx++) {
        for (let cy = Math.floor(e.y / CELL); cy <= Math.floor((e.y + e.h) / CELL); cy++) {
          const k = cellKey(cx, cy);
          const list = this.cells.get(k);
          if (list) list.push(e); else this.cells.set(k, [e]);
        }
      }
    }
  }

  /** Whether an axis-aligned segment passes through an obstacle (touching an edge does not count). */
  blocked(a: Pt, b: Pt): boolean {
    const x1 = Math.min(a.x, b.x), x2 = Math.max(a.x, b.x), y1 = Math.min(a.y, b.y), y2 = Math.max(a.y, b.y);
    for (let cx = Math.floor(x1 / CELL); cx <= Math.floor(x2 / CELL); cx++) {
      for (let cy = Math.floor(y1 / CELL); cy <= Math.floor(y2 / CELL); cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const r of list) if (x1 < r.x + r.w && x2 > r.x && y1 < r.y + r.h && y2 > r.y) return true;
      }
    }
    return false;
  }

  /** Obstacles that meet a rectangle. */
  near(x1: number, y1: number, x2: number, y2: number): Rect[] {
    const out = new Set<Rect>();
    for (let cx = Math.floor(x1 / CELL); cx <= Math.floor(x2 / CELL); cx++) {
      for (let cy = Math.floor(y1 / CELL); cy <= Math.floor(y2 / CELL); cy++) {
        for (const r of this.cells.get(cellKey(cx, cy)) ?? []) if (r.x < x2 && r.x + r.w > x1 && r.y < y2 && r.y + r.h > y1) out.add(r);
      }
    }
    return [...out];
  }
}

/** The obstacles of a picture: every partition and small node, and each frame's header (its name). */
export function obstaclesOf(boxes: Iterable<PictureBox>, frameHeader: number): Obstacles {
  const rects: Rect[] = [];
  for (const b of boxes) rects.push(b.kind === 'frame' ? { x: b.x, y: b.y, w: b.w, h: frameHeader } : b);
  return new Obstacles(rects);
}

/** Drops repeated points and middle points of straight runs. */
export function simplify(pts: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of pts) {
    const q = out[out.length - 1];
    if (q && q.x === p.x && q.y === p.y) continue;
    const o = out[out.length - 2];
    if (o && q && ((o.x === q.x && q.x === p.x) || (o.y === q.y && q.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const stubOf = (p: Port, len: number): Pt => ({ x: r1(p.x + DIR[p.side][0] * len), y: r1(p.y + DIR[p.side][1] * len) });
const lengthOf = (pts: Pt[]) => pts.reduce((s, p, i) => (i ? s + Math.abs(p.x - pts[i - 1]!.x) + Math.abs(p.y - pts[i - 1]!.y) : 0), 0);

/**
 * An orthogonal route between two ports: a short stub straight out of each port (longer for some kinds,
 * so lines of different kinds turn at different places and never lie on each other), then the cheapest
 * of a few L, Z and detour shapes whose segments pass through no obstacle. Lines of one kind towards the
 * same node share their turning line: they run together as a bundle.
 */
export function orthogonalRoute(from: Port, to: Port, obstacles: Obstacles | null, lane = 0): Pt[] {
  // A stub straight out of each port; shorter when a neighbour stands that close.
  const stubEnd = (p: Port) => {
    const long = stubOf(p, 14 + lane * 6);
    return obstacles && obstacles.blocked(stubOf(p, MARGIN + 1), long) ? stubOf(p, MARGIN + 3) : long;
  };
  const a = stubEnd(from);
  const b = stubEnd(to);
  const simple = middles(a, b, from, to);
  const at = (m: Pt[]) => simplify([{ x: from.x, y: from.y }, a, ...m, b, { x: to.x, y: to.y }]);
  if (!obstacles) return at(simple[0]!);
  // The ends lie on their own boxes' edges: test from just outside the (widened) boxes.
  const s0 = stubOf(from, MARGIN + 1);
  const s1 = stubOf(to, MARGIN + 1);
  const blocks = (pts: Pt[]) => {
    let n = 0;
    for (let i = 1; i < pts.length; i++) if (obstacles.blocked(i === 1 ? s0 : pts[i - 1]!, i === pts.length - 1 ? s1 : pts[i]!)) n++;
    return n;
  };
  // The shortest clear one of the simple shapes; else the first clear detour (nearest first).
  let best: Pt[] | null = null;
  let bestCost = Infinity;
  for (const m of simple) {
    const pts = at(m);
    const cost = blocks(pts) * 1e6 + lengthOf(pts) + pts.length * 30;
    if (cost < bestCost) { best = pts; bestCost = cost; }
  }
  if (bestCost < 1e6) return best!;
  for (const m of detours(a, b, obstacles)) {
    const pts = at(m);
    const n = blocks(pts);
    if (n === 0) return pts;
    const cost = n * 1e6 + lengthOf(pts) + pts.length * 30;
    if (cost < bestCost) { best = pts; bestCost = cost; }
  }
  // Last: the shortest path with few bends over the lines through the gaps around the obstacles.
  const g = gridPath(a, b, obstacles);
  return g ? at(g) : best!;
}

/** Candidate middle points between the two stubs, simplest first. */
function middles(a: Pt, b: Pt, from: Port, to: Port): Pt[][] {
  const out: Pt[][] = [];
  const vA = isVertical(from.side);
  const vB = isVertical(to.side);
  if (vA && vB) out.push([{ x: a.x, y: b.y }], [{ x: a.x, y: (a.y + b.y) / 2 }, { x: b.x, y: (a.y + b.y) / 2 }]);
  else if (!vA && !vB) out.push([{ x: (a.x + b.x) / 2, y: a.y }, { x: (a.x + b.x) / 2, y: b.y }]);
  out.push([{ x: a.x, y: b.y }], [{ x: b.x, y: a.y }]);
  return out;
}

/** Detours through the gaps beside the obstacles between (and just around) the two ends, nearest first. */
function detours(a: Pt, b: Pt, obstacles: Obstacles): Pt[][] {
  const out: Pt[][] = [];
  // Detours through the gaps next to the obstacles between (and just around) the two ends.
  const pad = 400;
  const near = obstacles.near(Math.min(a.x, b.x) - pad, Math.min(a.y, b.y) - pad, Math.max(a.x, b.x) + pad, Math.max(a.y, b.y) + pad);
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (const r of near) { xs.add(r.x - 10); xs.add(r.x + r.w + 10); ys.add(r.y - 10); ys.add(r.y + r.h + 10); }
  // Gaps next to either end first: a line drops down the gutter beside its client, then runs along the channel.
  const nearest = (vals: Set<number>, p: number, q: number) => {
    const all = [...vals];
    const byP = [...all].sort((u, v) => Math.abs(u - p) - Math.abs(v - p)).slice(0, 5);
    const byQ = [...all].sort((u, v) => Math.abs(u - q) - Math.abs(v - q)).slice(0, 5);
    return [...new Set([...byP, ...byQ])];
  };
  const gx = nearest(xs, a.x, b.x);
  const gy = nearest(ys, a.y, b.y);
  for (const x of gx) out.push([{ x, y: a.y }, { x, y: b.y }]);
  for (const y of gy) out.push([{ x: a.x, y }, { x: b.x, y }]);
  for (const x of gx) for (const y of gy) {
    out.push([{ x: a.x, y }, { x, y }, { x, y: b.y }], [{ x, y: a.y }, { x, y }, { x: b.x, y }]);
  }
  return out;
}

/**
 * Dijkstra over the grid of lines through both ends and beside every obstacle near them: moves along a
 * line between neighbouring crossings when that stretch is clear, a bend costs as much as 40 px.
 * Returns the middle points (without the two ends), or null when nothing connects them.
 */
function gridPath(a: Pt, b: Pt, obstacles: Obstacles): Pt[] | null {
  const pad = 600;
  const near = obstacles.near(Math.min(a.x, b.x) - pad, Math.min(a.y, b.y) - pad, Math.max(a.x, b.x) + pad, Math.max(a.y, b.y) + pad);
  const xs = new Set([a.x, b.x]);
  const ys = new Set([a.y, b.y]);
  for (const r of near) { xs.add(r.x - 10); xs.add(r.x + r.w + 10); ys.add(r.y - 10); ys.add(r.y + r.h + 10); }
  const X = [...xs].sort((p, q) => p - q);
  const Y = [...ys].sort((p, q) => p - q);
  const W = X.length, H = Y.length;
  if (W * H > 40_000) return null;
  const idx = (i: number, j: number) => j * W + i;
  const start = idx(X.indexOf(a.x), Y.indexOf(a.y));
  const goal = idx(X.indexOf(b.x), Y.indexOf(b.y));
  // State: node × arriving direction (0 horizontal, 1 vertical), so bends can be charged.
  const dist = new Float64Array(W * H * 2).fill(Infinity);
  const prev = new Int32Array(W * H * 2).fill(-1);
  const heap: [number, number][] = [];
  const push = (d: number, st: number) => {
    heap.push([d, st]);
    let i = heap.length - 1;
    while (i > 0) { const up = (i - 1) >> 1; if (heap[up]![0] <= heap[i]![0]) break; [heap[up], heap[i]] = [heap[i]!, heap[up]!]; i = up; }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  for (const dir of [0, 1]) { dist[start * 2 + dir] = 0; push(0, start * 2 + dir); }
  while (heap.length) {
    const [d, st] = pop();
    if (d > dist[st]!) continue;
    const node = st >> 1, dir = st & 1;
    if (node === goal) {
      const path: Pt[] = [];
      for (let s2 = st; s2 >= 0; s2 = prev[s2]!) path.push({ x: X[(s2 >> 1) % W]!, y: Y[Math.floor((s2 >> 1) / W)]! });
      return path.reverse().slice(1, -1);
    }
    const i = node % W, j = Math.floor(node / W);
    for (const [di, dj, nd] of [[1, 0, 0], [-1, 0, 0], [0, 1, 1], [0, -1, 1]] as const) {
      const ni = i + di, nj = j + dj;
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      const p = { x: X[i]!, y: Y[j]! }, q = { x: X[ni]!, y: Y[nj]! };
      if (obstacles.blocked(p, q)) continue;
      const ns = idx(ni, nj) * 2 + nd;
      const cost = d + Math.abs(q.x - p.x) + Math.abs(q.y - p.y) + (nd !== dir && node !== start ? 40 : 0);
      if (cost < dist[ns]!) { dist[ns] = cost; prev[ns] = st; push(cost, ns); }
    }
  }
  return null;
}

/** A route as an SVG path. */
export const pathOf = (pts: readonly Pt[]): string => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('');

/** The middle of the longest segment (where a bundle's count is written). */
export function labelPoint(pts: readonly Pt[]): Pt {
  let best = { x: pts[0]?.x ?? 0, y: pts[0]?.y ?? 0 };
  let len = -1;
  for (let i = 1; i < pts.length; i++) {
    const l = Math.abs(pts[i]!.x - pts[i - 1]!.x) + Math.abs(pts[i]!.y - pts[i - 1]!.y);
    if (l > len) { len = l; best = { x: (pts[i]!.x + pts[i - 1]!.x) / 2, y: (pts[i]!.y + pts[i - 1]!.y) / 2 }; }
  }
  return best;
}
