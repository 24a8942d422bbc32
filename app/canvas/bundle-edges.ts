import type { Picture } from '../picture/picture.ts';
import type { FlowEdge } from './project.ts';

const cache = new WeakMap<readonly FlowEdge[], { picture: Picture; edges: FlowEdge[] }>();

/**
 * The edges drawn zoomed out: the parallel connections between the same two nodes (a client's vSCSI and
 * virtual FC pairs with one VIOS) as one line carrying their count; a single connection stays itself.
 */
export function bundleEdges(picture: Picture, edges: readonly FlowEdge[]): FlowEdge[] {
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
  cache.set(edges, { picture, edges: out });
  return out;
}
