import type { Picture } from '../picture/picture.ts';
import type { FlowEdge } from './project.ts';
import { badgeSpots } from '../picture/badges.ts';

/** Above this many lines, counts sit in the middle of their longest segment (placing them is not worth the load time). */
const PLACED_MAX = 1500;

const cache = new WeakMap<readonly FlowEdge[], { picture: Picture; edges: FlowEdge[] }>();

/**
 * The edges drawn zoomed out: the parallel connections between the same two nodes (a client's vSCSI and
 * virtual FC pairs with one VIOS) as one line carrying their count; a single connection stays itself.
 */
export function bundleEdges(picture: Picture, edges: readonly FlowEdge[]): FlowEdge[] {
  // A large design zoomed out mounts no edges (the overview layer draws them): nothing to bundle.
  if (edges.length === 0) return edges as FlowEdge[];
  const hit = cache.get(edges);
  if (hit && hit.picture === picture) return hit.edges;
  const shown = new Set(edges.map((e) => e.id));
  const byId = new Map(edges.map((e) => [e.id, e]));
  const out: FlowEdge[] = [];
  for (const b of picture.bundles()) {
    const members = b.members.filter((m) => shown.has(m.id));
    if (members.length === 0) continue;
    const first = byId.get(members[0]!.id)!;
    if (members.length === 1) { out.push(first); continue; }
    out.push({
      ...first, id: b.id, className: `edge-${b.kind}`, ariaLabel: `${members.length} connections between the same two elements`,
      data: { kind: b.kind, count: members.length, routeId: first.id },
    });
  }
  const placed = out.length <= PLACED_MAX ? placeCounts(picture, out) : out;
  cache.set(edges, { picture, edges: placed });
  return placed;
}

/** Each bundle's count where no other line passes under it (app/picture/badges.ts). */
function placeCounts(picture: Picture, edges: FlowEdge[]): FlowEdge[] {
  if (!edges.some((e) => (e.data?.count ?? 1) > 1)) return edges;
  const lines = [];
  for (const e of edges) {
    const r = picture.route(e.data?.routeId ?? e.id);
    if (r) lines.push({ id: e.id, points: r.points, badge: (e.data?.count ?? 1) > 1 });
  }
  const spots = badgeSpots(lines, picture.boxes.values());
  return edges.map((e) => {
    const at = spots.get(e.id);
    return at && e.data ? { ...e, data: { ...e.data, countAt: at } } : e;
  });
}
