import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Design, Id, NodeLayout } from '../model/index.ts';
import { partnerOf } from '../model/query.ts';
import { NODE_SIZE, partitionHeightFor, rowCounts } from '../model/layout/tidy.ts';

/** What to lay out: the whole design, or the inside of one frame. */
export type LayoutScope = { systemId: Id | null };

const LAYERED = {
  'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': '30',
  'elk.layered.spacing.nodeNodeBetweenLayers': '50', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
};
const FRAME_PADDING = `[top=${NODE_SIZE.frameHeader + NODE_SIZE.framePad},left=${NODE_SIZE.framePad},bottom=${NODE_SIZE.framePad},right=${NODE_SIZE.framePad}]`;

/** Node-level links of the design (who is drawn next to whom), as [from, to] pairs of node ids. */
export function designLinks(design: Design): [Id, Id][] {
  const d = design.domain;
  const out: [Id, Id][] = [];
  for (const c of ['vscsiAdapters', 'vfcAdapters'] as const) {
    const all = d[c] as Record<string, (typeof d)['vfcAdapters'][string]>;
    for (const a of Object.values(all)) {
      const p = a.role === 'server' ? partnerOf(all, a) : null;
      if (p) out.push([a.partitionId, p.partitionId]);
    }
  }
  const vlanNode = new Map<string, Id>();
  for (const v of Object.values(d.vlans)) vlanNode.set(`${v.systemId}|${v.vswitch}|${v.vlanId}`, v.id);
  for (const a of Object.values(d.vethAdapters)) {
    const sys = d.partitions[a.partitionId]?.systemId;
    const v = vlanNode.get(`${sys}|${a.vswitch}|${a.pvid}`);
    if (v) out.push([a.partitionId, v]);
  }
  for (const p of Object.values(d.physicalPorts)) if (p.partitionId && p.cabledToId) out.push([p.partitionId, p.cabledToId]);
  for (const b of Object.values(d.backingDevices)) if (b.lunId) out.push([b.partitionId, b.lunId]);
  for (const l of Object.values(d.luns)) { out.push([l.arrayId, l.id]); for (const f of l.fabricIds) out.push([f, l.id]); }
  for (const a of Object.values(d.storageArrays)) for (const f of a.fabricIds) out.push([f, a.id]);
  for (const l of Object.values(d.heaLogicalPorts)) out.push([l.heaPortId, l.partitionId]);
  for (const h of Object.values(d.heaPorts)) if (h.cabledToId) out.push([h.id, h.cabledToId]);
  return out;
}

/**
 * The ELK graph of a design: frames are compound nodes holding their partitions, VLANs and HEA ports
 * (child coordinates relative to the frame, as on the canvas); fabrics, arrays, LUNs and switches sit
 * outside. Each edge lives in the lowest node that contains both ends. Pure; runs in Node for tests.
 */
export function buildElkGraph(design: Design, scope: LayoutScope = { systemId: null }): ElkNode {
  const d = design.domain;
  const rows = rowCounts(design);
  const parentOf = new Map<Id, Id>();
  const childrenOf = (sys: Id): ElkNode[] => {
    const out: ElkNode[] = [];
    const parts = Object.values(d.partitions).filter((p) => p.systemId === sys).sort((a, b) => Number(b.kind === 'vios') - Number(a.kind === 'vios'));
    for (const p of parts) out.push({ id: p.id, width: NODE_SIZE.partitionWidth, height: partitionHeightFor(rows.get(p.id) ?? 0) });
    for (const s of [...Object.values(d.vlans), ...Object.values(d.heaPorts)]) if (s.systemId === sys) out.push({ id: s.id, width: NODE_SIZE.small.w, height: NODE_SIZE.small.h });
    for (const c of out) parentOf.set(c.id, sys);
    return out;
  };
  const edgesFor = (inside: Id | null, ids: Set<Id>): ElkExtendedEdge[] => {
    const seen = new Set<string>();
    const out: ElkExtendedEdge[] = [];
    for (const [a, b] of designLinks(design)) {
      if (!ids.has(a) || !ids.has(b) || a === b) continue;
      const pa = parentOf.get(a) ?? null;
      const pb = parentOf.get(b) ?? null;
      const lca = pa === pb ? pa : null;
      if (lca !== inside) continue;
      const k = `${a}>${b}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ id: `e${out.length}:${k}`, sources: [a], targets: [b] });
    }
    return out;
  };
  if (scope.systemId) {
    const children = childrenOf(scope.systemId);
    const ids = new Set(children.map((c) => c.id));
    return { id: 'root', layoutOptions: { ...LAYERED, 'elk.padding': FRAME_PADDING }, children, edges: edgesFor(scope.systemId, ids) };
  }
  const frames: ElkNode[] = Object.values(d.systems).map((s) => ({ id: s.id, layoutOptions: { ...LAYERED, 'elk.padding': FRAME_PADDING }, children: childrenOf(s.id) }));
  const outside: ElkNode[] = [d.sanFabrics, d.storageArrays, d.luns, d.ethernetSwitches]
    .flatMap((c) => Object.keys(c)).map((id) => ({ id, width: NODE_SIZE.small.w, height: NODE_SIZE.small.h }));
  const all = new Set<Id>([...frames.flatMap((f) => [f.id, ...(f.children ?? []).map((c) => c.id)]), ...outside.map((o) => o.id)]);
  for (const f of frames) f.edges = edgesFor(f.id, all);
  return {
    id: 'root',
    layoutOptions: { ...LAYERED, 'elk.direction': 'RIGHT', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.spacing.nodeNode': '60', 'elk.layered.spacing.nodeNodeBetweenLayers': '120' },
    children: [...frames, ...outside],
    edges: edgesFor(null, all),
  };
}

/** Positions from a laid-out ELK graph, in the design's layout terms (frame children relative to the frame). */
export function layoutFromElk(result: ElkNode): Record<Id, NodeLayout> {
  const out: Record<Id, NodeLayout> = {};
  const r = (n: number | undefined) => Math.round(n ?? 0);
  for (const n of result.children ?? []) {
    if (n.children && n.children.length >= 0 && n.layoutOptions?.['elk.padding']) {
      out[n.id] = { x: r(n.x), y: r(n.y), w: Math.max(400, r(n.width)), h: Math.max(300, r(n.height)) };
      for (const c of n.children ?? []) out[c.id] = { x: r(c.x), y: r(c.y) };
    } else {
      out[n.id] = { x: r(n.x), y: r(n.y) };
    }
  }
  return out;
}

/** The size of a laid-out frame content (single-frame scope). */
export const frameSizeOf = (result: ElkNode): { w: number; h: number } => ({ w: Math.max(400, Math.round(result.width ?? 0)), h: Math.max(300, Math.round(result.height ?? 0)) });
