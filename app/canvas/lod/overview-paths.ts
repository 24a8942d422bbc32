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

/** elbowPoints as path data, built without the points (ten thousand connections at every projection of a large design). */
function elbow(a: Box, b: Box): string {
  if (b.y >= a.y + a.h || a.y >= b.y + b.h) {
    const down = b.y >= a.y + a.h;
    const ay = r(down ? a.y + a.h : a.y), by = r(down ? b.y : b.y + b.h);
    return `M${r(a.x + a.w / 2)} ${ay}V${r((ay + by) / 2)}H${r(b.x + b.w / 2)}V${by}`;
  }
  const right = a.x + a.w / 2 < b.x + b.w / 2;
  const ax = r(right ? a.x + a.w : a.x), bx = r(right ? b.x : b.x + b.w);
  return `M${ax} ${r(a.y + a.h / 2)}H${r((ax + bx) / 2)}V${r(b.y + b.h / 2)}H${bx}`;
}

export function overviewPaths(boxes: ReadonlyMap<string, Box>, lines: readonly OverviewLine[]): OverviewPaths[] {
  // Pairs already drawn, per kind: source → targets (no key strings built per line: a large design has tens of thousands).
  const seen = new Map<ConnectionKind, Map<string, Set<string>>>();
  const parts = new Map<ConnectionKind, string[]>();
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
    // Leave from the side facing the other node, at mid height.
    let list = parts.get(kind);
    if (!list) parts.set(kind, (list = []));
    list.push(elbow(a, b));
  }
  return [...parts].map(([kind, segs]) => ({ kind, d: segs.join(''), count: segs.length }));
}
