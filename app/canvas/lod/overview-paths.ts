import type { FlowEdge } from '../project.ts';

type EdgeKind = NonNullable<FlowEdge['data']>['kind'];
import type { Box } from './overview-boxes.ts';

export interface OverviewPaths { kind: EdgeKind; d: string; count: number }

/**
 * Zoomed out, every connection is drawn into one SVG path per kind (instead of thousands of edge
 * elements): one straight segment per pair of nodes and kind, however many adapters join them.
 * `boxes` are the nodes' absolute rectangles (see absoluteBoxes).
 */
const r = Math.round;

/** One orthogonal line between two boxes: between their facing edges, turning half-way. */
function elbow(a: Box, b: Box): string {
  if (b.y >= a.y + a.h || a.y >= b.y + b.h) {
    const down = b.y >= a.y + a.h;
    const ax = a.x + a.w / 2, bx = b.x + b.w / 2, ay = down ? a.y + a.h : a.y, by = down ? b.y : b.y + b.h;
    return `M${r(ax)} ${r(ay)}V${r((ay + by) / 2)}H${r(bx)}V${r(by)}`;
  }
  const right = a.x + a.w / 2 < b.x + b.w / 2;
  const ax = right ? a.x + a.w : a.x, bx = right ? b.x : b.x + b.w, ay = a.y + a.h / 2, by = b.y + b.h / 2;
  return `M${r(ax)} ${r(ay)}H${r((ax + bx) / 2)}V${r(by)}H${r(bx)}`;
}

export function overviewPaths(boxes: ReadonlyMap<string, Box>, edges: readonly FlowEdge[]): OverviewPaths[] {
  // Pairs already drawn, per kind: source → targets (no key strings built per edge: a large design has tens of thousands).
  const seen = new Map<EdgeKind, Map<string, Set<string>>>();
  const parts = new Map<EdgeKind, string[]>();
  for (const e of edges) {
    const kind = e.data?.kind ?? 'cable';
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
