import type { EdgeKind, FlowEdge } from '../project.ts';
import type { Box } from './overview-boxes.ts';

export interface OverviewPaths { kind: EdgeKind; d: string; count: number }

/**
 * Zoomed out, every connection is drawn into one SVG path per kind (instead of thousands of edge
 * elements): one straight segment per pair of nodes and kind, however many adapters join them.
 * `boxes` are the nodes' absolute rectangles (see absoluteBoxes).
 */
export function overviewPaths(boxes: ReadonlyMap<string, Box>, edges: readonly FlowEdge[]): OverviewPaths[] {
  const seen = new Set<string>();
  const parts = new Map<EdgeKind, string[]>();
  for (const e of edges) {
    const kind = e.data?.kind ?? 'cable';
    const key = `${kind}|${e.source}|${e.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b) continue;
    // Leave from the side facing the other node, at mid height.
    const ax = a.x + a.w / 2 < b.x + b.w / 2 ? a.x + a.w : a.x;
    const bx = a.x + a.w / 2 < b.x + b.w / 2 ? b.x : b.x + b.w;
    let list = parts.get(kind);
    if (!list) parts.set(kind, (list = []));
    list.push(`M${Math.round(ax)} ${Math.round(a.y + a.h / 2)}L${Math.round(bx)} ${Math.round(b.y + b.h / 2)}`);
  }
  return [...parts].map(([kind, segs]) => ({ kind, d: segs.join(''), count: segs.length }));
}
